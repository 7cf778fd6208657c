# Sourced by ./mvnw before Maven starts (issue 16). The build needs a JDK >= 21; Maven itself may run on an older
# `java`, because the toolchains plugin (pom.xml) picks an installed JDK >= 21 for the compiler, the tests and
# spring-boot:run. When no such JDK is installed, say so in words instead of a compiler stack trace.
attest_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | cut -d. -f1
}
attest_has_jdk21() {
  set +f  # ./mvnw runs with globbing off
  for attest_home in "${JAVA_HOME:-}" /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.jdks/* \
      "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$attest_home" ] && [ -x "$attest_home/bin/javac" ] || continue
    attest_major=$(attest_java_major "$attest_home/bin/java")
    [ "${attest_major:-0}" -ge 21 ] 2>/dev/null && { set -f; return 0; }
  done
  set -f
  attest_javac=$(command -v javac 2>/dev/null || true)
  if [ -n "$attest_javac" ]; then
    attest_major=$(attest_java_major "$(dirname "$(readlink -f "$attest_javac")")/java")
    [ "${attest_major:-0}" -ge 21 ] 2>/dev/null && return 0
  fi
  return 1
}
if [ "${ATTEST_SKIP_JDK_CHECK:-}" != true ] && ! attest_has_jdk21; then
  echo "Attest KZ needs a JDK 21 or newer, and none is installed on this machine." >&2
  echo "Install one, for example on Debian or Ubuntu: apt-get install openjdk-21-jdk (or any JDK >= 21 under" >&2
  echo "/usr/lib/jvm, ~/.jdks or JAVA_HOME), then run the same command again. Maven finds it by itself." >&2
  exit 1
fi
