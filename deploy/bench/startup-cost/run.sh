#!/usr/bin/env bash
# Issue #19 item #6: what each extension of the fixed stack costs at start, as a figure.
#   deploy/bench/startup-cost/run.sh [RUNS]        (RUNS per row and JVM mode, default 5)
# For each row (extensions added cumulatively, see pom.xml: rest, +orm, +flyway, +kafka, +ours) it packages the
# harness app, then starts it RUNS times without an AOT cache, trains the cache (one start with
# -XX:AOTCacheOutput, exercised, stopped with SIGTERM, as ./mezasu build trains the services'), and starts it RUNS
# times from the cache. Each start is timed by Probe.java: process start to /q/health/ready UP, VmRSS 10 s later.
# PostgreSQL and Kafka are the repo's local stack (./mezasu infra's launcher) on free ports with throwaway data,
# so a running ./mezasu is never touched. Output: a table in $WORK/results.md (WORK: target/run under this dir), and
# per row the apps' logs: plain.log, training.log, aot.log, and steps.log (one more start, without the AOT cache and
# not counted, with -Dquarkus.debug.print-startup-times=true: Quarkus's own time per start-up step).
# The JVM is the services' (MEZASU_SERVICE_JAVA, else the first JDK 25+ under /usr/lib/jvm) with their options.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
RUNS="${1:-5}"
WORK="$HERE/target/run"
LAUNCHER="$ROOT/deploy/local-stack/target/mezasu-local-stack-0.1.0-SNAPSHOT.jar"
# LocalStack.serviceJvmOptions(): what the services start with.
JVM_OPTIONS=(-XX:+UseSerialGC -Xms32m -Xmx1g -XX:+ExitOnOutOfMemoryError)
ROWS=("rest:" "+orm:orm" "+flyway:orm,flyway" "+kafka:orm,flyway,kafka" "+ours:orm,flyway,kafka,ours")

die() { echo "startup-cost: $*" >&2; exit 1; }

service_java() {
  if [ -n "${MEZASU_SERVICE_JAVA:-}" ]; then echo "$MEZASU_SERVICE_JAVA"; return; fi
  local home version
  for home in /usr/lib/jvm/*/; do
    version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null || true)
    if [ -n "$version" ] && [ "$version" -ge 25 ] && [ -x "$home/bin/java" ]; then echo "${home%/}/bin/java"; return; fi
  done
  die "no JDK 25+ under /usr/lib/jvm (set MEZASU_SERVICE_JAVA)"
}

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

# Offline first (the root build has fetched all of it), Maven Central otherwise.
package_row() {
  local profiles="$1" args=(-q -B -f "$HERE/pom.xml" package -DskipTests)
  # What an earlier row compiled must go (not with mvn clean, which would take $WORK with it).
  find "$HERE/target" -mindepth 1 -maxdepth 1 ! -name run -exec rm -rf {} +
  [ -n "$profiles" ] && args+=("-P$profiles")
  "$ROOT/mvnw" -o "${args[@]}" || "$ROOT/mvnw" -ntp "${args[@]}"
}

STACK_PID=""
stop_stack() {
  if [ -n "$STACK_PID" ] && kill -0 "$STACK_PID" 2>/dev/null; then
    kill -TERM "$STACK_PID"  # its shutdown hook stops PostgreSQL and the in-process broker
    wait "$STACK_PID" || true
  fi
}
trap stop_stack EXIT

JAVA="$(service_java)"
[ -f "$LAUNCHER" ] || die "build the launcher first: ./mvnw -q -pl deploy/local-stack -am package -DskipTests"
rm -rf "$WORK" && mkdir -p "$WORK"  # mkdir -p: target/ may not exist yet
echo "startup-cost: $RUNS runs per row and mode on $("$JAVA" -version 2>&1 | head -1) ($JAVA)"

# Package every row first, so no build competes with the measured starts.
for row in "${ROWS[@]}"; do
  name="${row%%:*}" profiles="${row#*:}"
  echo "startup-cost: packaging $name (profiles: ${profiles:-none})"
  package_row "$profiles"
  cp -a "$HERE/target/quarkus-app" "$WORK/app$name"
done

export MEZASU_PG_PORT="$(free_port)" MEZASU_KAFKA_PORT="$(free_port)" QUARKUS_HTTP_PORT="$(free_port)"
java -cp "$LAUNCHER:$ROOT/deploy/local-stack/target/lib/*" io.mezasu.stack.LocalStackMain infra \
  --root "$ROOT" --data-dir "$WORK/stack" >"$WORK/stack.log" 2>&1 &
STACK_PID=$!
until grep -q "Mezasu is up" "$WORK/stack.log"; do
  kill -0 "$STACK_PID" 2>/dev/null || { cat "$WORK/stack.log"; die "the local stack did not start"; }
  sleep 1
done
# The launcher prints what a service needs (Kafka, JDBC URL, user, password, the JWT verifier) as export lines.
eval "$(sed -n 's/^  export //p' "$WORK/stack.log" | sed 's/^/export /')"

{
  echo "| row | no AOT cache: ready min / median ms | RSS median MB | AOT cache: ready min / median ms | RSS median MB |"
  echo "|---|---|---|---|---|"
} >"$WORK/results.md"
for row in "${ROWS[@]}"; do
  name="${row%%:*}" app="$WORK/app${row%%:*}" label="$(echo "${row%%:*}" | tr -d '+')"
  # Without Flyway there is no table, so Hibernate must not validate one (the other rows validate, as the services).
  strategy=validate; [ "$name" = "+orm" ] && strategy=none
  export QUARKUS_HIBERNATE_ORM_SCHEMA_MANAGEMENT_STRATEGY="$strategy"
  echo "startup-cost: $name without an AOT cache"
  plain=$(java "$HERE/Probe.java" measure "$app" "$JAVA" "$RUNS" "${label}_plain" "${JVM_OPTIONS[@]}" | sed -n 's/^summary //p')
  echo "startup-cost: $name training its AOT cache"
  java "$HERE/Probe.java" train "$app" "$JAVA" "${label}_training" "${JVM_OPTIONS[@]}"
  echo "startup-cost: $name from its AOT cache"
  aot=$(java "$HERE/Probe.java" measure "$app" "$JAVA" "$RUNS" "${label}_aot" "${JVM_OPTIONS[@]}" -XX:AOTCache=app.aot | sed -n 's/^summary //p')
  # One more start, not counted: Quarkus's own per-step times (steps.log), to tell which step of the row costs what.
  java "$HERE/Probe.java" measure "$app" "$JAVA" 1 "${label}_steps" "${JVM_OPTIONS[@]}" \
    -Dquarkus.debug.print-startup-times=true >/dev/null
  read -r pmin pmed prss _ <<<"$plain"
  read -r amin amed arss _ <<<"$aot"
  echo "| $name | $pmin / $pmed | $prss | $amin / $amed | $arss |" >>"$WORK/results.md"
done
# Quarkus's steps of 20 ms or more, from each row's steps.log (the services' list in docs/benchmarks.md uses the same cut).
for row in "${ROWS[@]}"; do
  echo "- ${row%%:*}: $(awk '/Build step .* completed in: [0-9]+ms/ { n = $NF; sub("ms", "", n);
    if (n + 0 >= 20) { sub(".*Build step ", ""); sub(" completed in: ", " "); printf "%s; ", $0 } }' \
    "$WORK/app${row%%:*}/steps.log")$(grep -o 'started in [0-9.]*s' "$WORK/app${row%%:*}/steps.log" | head -1)"
done >>"$WORK/results.md"
# Other builds share the cores: the load says how much the figures are worth.
echo "On $("$JAVA" -version 2>&1 | head -1), $RUNS runs per row and mode; load average (1/5/15 min) at the end:" \
  "$(cut -d' ' -f1-3 /proc/loadavg)" >>"$WORK/results.md"
echo
cat "$WORK/results.md"
