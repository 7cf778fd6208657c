# Shared by bench/exam-load.sh and bench/crash-test.sh: build, start and stop the packaged platform on loopback.
# shellcheck shell=bash
# The JDK the build uses (issue 16): JAVA_HOME when it is >= 21, else an installed JDK >= 21, as the toolchains plugin
# finds it; the default `java` may be older than the jar needs.
bench_java() {
  local home major
  for home in "${JAVA_HOME:-}" /usr/lib/jvm/* /usr/java/* /opt/java/* "$HOME"/.jdks/*; do
    [ -n "$home" ] && [ -x "$home/bin/java" ] || continue
    major=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | cut -d. -f1)
    if [ "${major:-0}" -ge 21 ] 2>/dev/null; then echo "$home/bin/java"; return 0; fi
  done
  echo java
}
JAVA=$(bench_java)

# Builds the jar (unless SKIP_BUILD=1 and one exists) and the generator's class path (test classes, JDBC driver, Jackson,
# Apache HttpClient 5 and its SLF4J API).
bench_build() {
  if [ -z "${SKIP_BUILD:-}" ] || ! ls target/attest-kz-*.jar >/dev/null 2>&1; then
    echo "Building the packaged jar and the load generator"
    ./mvnw -B -q -ntp ${MVN_OFFLINE--o} -DskipTests package
  fi
  if [ ! -f target/test-classes/kz/attest/delivery/ExamLoadGenerator.class ]; then
    ./mvnw -B -q -ntp ${MVN_OFFLINE--o} -DskipTests test-compile
  fi
  ./mvnw -B -q -ntp ${MVN_OFFLINE--o} dependency:build-classpath -Dmdep.outputFile=target/benchmark-classpath.txt \
    -Dmdep.includeArtifactIds=postgresql,jackson-core,jackson-databind,jackson-annotations,httpclient5,httpcore5,httpcore5-h2,slf4j-api -Dmdep.includeScope=runtime >/dev/null
  JAR=$(ls target/attest-kz-*.jar | grep -v original | head -1)
  GENERATOR_CP="target/test-classes:$(cat target/benchmark-classpath.txt)"
}

# A free loopback port below the kernel's ephemeral range (so that no outgoing connection takes it before the start).
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 12000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  echo "No free port" >&2; return 1
}

# bench_start <data-dir> <port> <log> [extra java options...]: starts the jar in the background, sets SERVER_PID.
bench_start() {
  local data=$1 port=$2 log=$3
  shift 3
  # shellcheck disable=SC2086
  "$JAVA" ${SERVER_JAVA_OPTS:-} "$@" -jar "$JAR" --server.address=127.0.0.1 --server.port="$port" \
    --attest.data-dir="$data" --logging.level.root=WARN --logging.level.kz.attest=WARN \
    --logging.level.kz.attest.itembank.DemonstrationBank=INFO --logging.level.kz.attest.delivery.ServerOutages=INFO \
    ${SERVER_ARGS:-} >>"$log" 2>&1 &
  SERVER_PID=$!
}

# bench_wait <port> <pid> <log> <seconds>: until /actuator/health/readiness answers UP (as a balancer waits); fails if
# the process died.
bench_wait() {
  local port=$1 pid=$2 log=$3 limit=$4
  for _ in $(seq 1 "$limit"); do
    if curl -sf "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "The platform did not start:"; grep -v '^\s*at ' "$log" | tail -30; return 1; fi
    sleep 1
  done
  echo "The platform did not answer within $limit s"
  return 1
}

# The demonstration bank is loaded after the start; a form can be assembled once it is there.
bench_wait_bank() {
  local log=$1
  for _ in $(seq 1 180); do
    grep -q "Demonstration question bank" "$log" 2>/dev/null && return 0
    sleep 1
  done
  echo "No demonstration question bank after 180 s (continuing)"
}

# bench_stop <pid>: SIGTERM, then SIGKILL after 60 s.
bench_stop() {
  local pid=$1
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

# The embedded PostgreSQL's postmaster (first line of postmaster.pid) and, if it is still there, a fast stop of it.
postmaster_pid() {
  head -1 "$1/pgdata/postmaster.pid" 2>/dev/null || true
}
stop_orphan_postgres() {
  local data=$1 pid
  pid=$(postmaster_pid "$data")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -INT "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
  fi
}
