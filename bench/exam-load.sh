#!/usr/bin/env bash
# Exam day under load with the real client (issue 12, docs/benchmarks.md).
# Usage: bench/exam-load.sh [--candidates N=10000] [--think 5-20] [--duration S=120] [--burst N=0] [--saturate S=20]
#                           [--jfr FILE]
#                           [--keep] [any --name=value option of kz.attest.delivery.ExamLoadGenerator]
# Builds the jar (SKIP_BUILD=1 reuses target/*.jar), starts it on 127.0.0.1 on a fresh embedded PostgreSQL in a
# temporary directory (or on ATTEST_DB_URL with ATTEST_DB_USER / ATTEST_DB_PASSWORD), seeds N checked-in candidates,
# drives them over HTTP as the real client does, compares the database with every acknowledged save, measures
# pgbench on the same server and prints, last, the RESULT line. Loopback only; bounded in time; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh

CANDIDATES=10000 THINK=5-20 DURATION=120 BURST=0 JFR= KEEP= EXTRA=()
while [ $# -gt 0 ]; do
  case "$1" in
    --candidates) CANDIDATES=$2; shift 2 ;;
    --think) THINK=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --burst) BURST=$2; shift 2 ;;
    --saturate) EXTRA+=("--saturate=$2"); shift 2 ;;
    --jfr) JFR=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    --*=*) EXTRA+=("$1"); shift ;;
    *) echo "Unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done

bench_build
DATA=$(mktemp -d /tmp/attest-exam-load.XXXXXX)
PORT=$(free_port)
LOG="$DATA/server.log"
SERVER_PID=
cleanup() {
  status=$?
  if [ "$status" != 0 ] && [ -f "$LOG" ]; then echo "--- last lines of the platform's log ---"; grep -v '^\s*at ' "$LOG" | tail -20; fi
  bench_stop "$SERVER_PID"
  if [ -z "${ATTEST_DB_URL:-}" ]; then stop_orphan_postgres "$DATA"; fi
  if [ -z "$KEEP" ]; then rm -rf "$DATA"; else echo "Kept $DATA" >&2; fi
}
trap cleanup EXIT

JAVA_OPTS=()
if [ -n "$JFR" ]; then JAVA_OPTS+=("-XX:StartFlightRecording=filename=$JFR,settings=profile,dumponexit=true"); fi
DB_ARGS=()
if [ -n "${ATTEST_DB_URL:-}" ]; then
  DB_ARGS=(--db-url="$ATTEST_DB_URL" --db-user="${ATTEST_DB_USER:-attest}" --db-password="${ATTEST_DB_PASSWORD:-}")
  echo "Starting the platform ($JAR) on 127.0.0.1:$PORT with the external PostgreSQL $ATTEST_DB_URL"
  SERVER_ARGS="--attest.demo-data=true ${SERVER_ARGS:-}" bench_start "$DATA" "$PORT" "$LOG" "${JAVA_OPTS[@]}"
else
  echo "Starting the platform ($JAR) on 127.0.0.1:$PORT, embedded PostgreSQL in $DATA"
  bench_start "$DATA" "$PORT" "$LOG" "${JAVA_OPTS[@]}"
fi
bench_wait "$PORT" "$SERVER_PID" "$LOG" "${START_SECONDS:-600}"
bench_wait_bank "$LOG"
echo "Platform up (pid $SERVER_PID); load average $(cut -d' ' -f1-3 /proc/loadavg)"

set +e
"$JAVA" ${GENERATOR_JAVA_OPTS:-} -Xmx2g -Djdk.httpclient.keepalive.timeout=10 -cp "$GENERATOR_CP" kz.attest.delivery.ExamLoadGenerator \
  --base="http://127.0.0.1:$PORT" --data-dir="$DATA" --candidates="$CANDIDATES" --think="$THINK" \
  --duration="$DURATION" --burst="$BURST" --server-pid="$SERVER_PID" "${DB_ARGS[@]}" "${EXTRA[@]}" | tee "$DATA/generator.log" | grep --line-buffered -v "^RESULT "
STATUS=${PIPESTATUS[0]}
set -e
RESULT=$(grep '^RESULT ' "$DATA/generator.log" | tail -1 || true)
bench_stop "$SERVER_PID"; SERVER_PID=
if [ -n "$JFR" ]; then echo "Flight recording of the platform: $JFR"; fi
[ -n "$RESULT" ] || { echo "The generator printed no RESULT (exit $STATUS)"; exit 1; }
echo "$RESULT"  # the last line
exit $STATUS
