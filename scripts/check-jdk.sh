#!/usr/bin/env bash
# Shows, without running a test, which JDK the README's commands build and test with (issue 16): Maven may run on an
# older `java`; the toolchains plugin selects an installed JDK >= 21 (or JAVA_HOME when it is >= 21).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "Maven runs on: $(${JAVA_HOME:+$JAVA_HOME/bin/}java -version 2>&1 | head -1) (JAVA_HOME=${JAVA_HOME:-unset})"
selected=$(./mvnw -B -ntp -X validate 2>&1 | sed -n 's/.*Found matching JDK toolchain: JDK\[\(.*\)\].*/\1/p' | tail -1)
if [ -z "$selected" ]; then
  selected="${JAVA_HOME:-}"   # the running JDK matched: the toolchain plugin keeps it
fi
[ -n "$selected" ] && [ -x "$selected/bin/java" ] || { echo "could not tell which JDK was selected" >&2; exit 1; }
echo "Selected JDK for compiling, testing and running: $selected"
"$selected/bin/java" -version 2>&1 | sed 's/^/  /'
