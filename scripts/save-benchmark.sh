#!/usr/bin/env bash
# Save benchmark with the platform and the load generator in separate processes (README.md, "Benchmarks").
# Usage: scripts/save-benchmark.sh [candidates=500] [answers=20] [max-seconds=600]
# Starts the packaged jar on a fresh embedded PostgreSQL in a temporary directory, on a free loopback port, drives it
# from kz.attest.delivery.SaveLoadGenerator in a second JVM, prints the figures and the load average, and stops the
# platform again. Loopback only; bounded in count (candidates × (answers + 5) saves) and time.
set -euo pipefail
cd "$(dirname "$0")/.."

CANDIDATES=${1:-500}
ANSWERS=${2:-20}
MAX_SECONDS=${3:-600}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

if [ -z "${SKIP_BUILD:-}" ] || ! ls target/attest-kz-*.jar >/dev/null 2>&1; then
  ./mvnw -B -q -o -DskipTests package
fi
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/benchmark-classpath.txt \
  -Dmdep.includeArtifactIds=postgresql -Dmdep.includeScope=runtime >/dev/null
JAR=$(ls target/attest-kz-*.jar | grep -v original | head -1)
DATA=$(mktemp -d /tmp/attest-save-benchmark.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || echo 18080)

SERVER_PID=
cleanup() {
  status=$?
  if [ "$status" != 0 ] && [ -f "$DATA/server.log" ]; then
    echo "--- last lines of the platform's log ---"; grep -v '^\s*at ' "$DATA/server.log" | tail -20
  fi
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$DATA"
}
trap cleanup EXIT

echo "Starting the platform ($JAR) on 127.0.0.1:$PORT, data in $DATA"
"$JAVA" -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" --attest.data-dir="$DATA" \
  --logging.level.root=WARN --logging.level.kz.attest=WARN \
  --logging.level.kz.attest.itembank.DemonstrationBank=INFO >"$DATA/server.log" 2>&1 &
SERVER_PID=$!
for i in $(seq 1 300); do
  if curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then echo "The platform did not start:"; tail -40 "$DATA/server.log"; exit 1; fi
  if [ "$i" = 300 ]; then echo "The platform did not answer within 300 s"; exit 1; fi
  sleep 1
done
# the demonstration bank is loaded after the start; wait until it can fill a form
for _ in $(seq 1 120); do
  grep -q "Demonstration question bank" "$DATA/server.log" 2>/dev/null && break
  sleep 1
done
sleep 2
echo "Platform up; load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
set +e
"$JAVA" -cp "target/test-classes:$(cat target/benchmark-classpath.txt)" kz.attest.delivery.SaveLoadGenerator \
  --base="http://127.0.0.1:$PORT" --data-dir="$DATA" --candidates="$CANDIDATES" --answers="$ANSWERS" \
  --max-seconds="$MAX_SECONDS"
STATUS=$?
set -e
echo "Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $STATUS
