#!/usr/bin/env bash
# Shared driver of run-quick.sh and run-full.sh: run.sh quick|full
set -uo pipefail
MODE=${1:?quick or full}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
JAR=$HERE/target/benchmarks.jar
OUT=$HERE/target/results-$MODE-$(date +%Y%m%dT%H%M%S)
JAVA=${JAVA:-java}

if [ ! -f "$JAR" ] || [ ! -f "$ROOT/mock-server/target/sunoport-mock-server.jar" ]; then
  (cd "$ROOT" && mvn -B -pl benchmarks -am package -DskipTests) || exit 2
fi
mkdir -p "$OUT"

case $MODE in
  quick) JMH_OPTS=(-f 1 -wi 2 -i 3 -w 1s -r 1s); LOAD=(5 2 1); AWAITS=1000 ;;
  full)  JMH_OPTS=(-f 2 -wi 4 -i 8 -w 2s -r 2s); LOAD=(15 5 5); AWAITS=10000 ;;
  *) echo "usage: run.sh quick|full" >&2; exit 2 ;;
esac

status=0
echo "== $MODE run, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $("$JAVA" -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== JMH: java -jar benchmarks.jar ${JMH_OPTS[*]} -prof gc (log: $OUT/jmh.txt)"
"$JAVA" -jar "$JAR" "${JMH_OPTS[@]}" -prof gc -rf json -rff "$OUT/jmh.json" >"$OUT/jmh.txt" 2>&1 || status=1
"$JAVA" -cp "$JAR" io.github.sunoport.benchmarks.JmhSummary "$OUT/jmh.json" | tee "$OUT/jmh-summary.txt" || status=1

echo "== load: benchmarks/load/mock-load.sh ${LOAD[*]}"
"$HERE/load/mock-load.sh" "${LOAD[@]}" | tee "$OUT/load.txt" || status=1

echo "== await at scale: AwaitAtScale $AWAITS 2000 500"
"$JAVA" -cp "$JAR" io.github.sunoport.benchmarks.AwaitAtScale "$AWAITS" 2000 500 2>"$OUT/await.log" \
  | tee "$OUT/await.txt" || status=1

echo "== results in $OUT; exit $status (1 = a target missed or a step failed)"
exit $status
