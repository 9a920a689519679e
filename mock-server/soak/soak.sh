#!/usr/bin/env bash
# Soak run of the mock server (not part of `mvn verify`): 60 s of load on documented requests plus the seeded fuzzer
# at once, RSS sampled every 5 s. Passes when valid requests saw no errors, the fuzzer found no problem and RSS shows
# no growth trend (the last third of the samples averages at most 15% above the middle third).
#
#   mvn -B -DskipTests install        # builds mock-server/target/sunoport-mock-server.jar and the test classes
#   mock-server/soak/soak.sh [seconds] [seed]
#
# Needs a JDK and curl; uses wrk for the load when installed, else a bounded curl loop.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-60}
SEED=${2:-20250611}
JAR=target/sunoport-mock-server.jar
CP="$JAR:target/test-classes"
[[ -f $JAR && -d target/test-classes/io/github/sunoport/mock/fuzz ]] || { echo "build first: mvn -B -DskipTests install" >&2; exit 2; }
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 18787)
WORK=$(mktemp -d)
java -Xmx256m -jar "$JAR" --host 127.0.0.1 --port "$PORT" --timeline 0.5 >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fs -o /dev/null -H 'Authorization: Bearer soak' "http://127.0.0.1:$PORT/kie/api/v1/chat/credit" && break; sleep 0.2; done
BASE="http://127.0.0.1:$PORT"
echo "mock server pid $SERVER on $BASE; ${SECONDS_TO_RUN}s of load + fuzz (seed $SEED)"

rss() { awk '/VmRSS/ {print $2}' "/proc/$SERVER/status"; }
( for ((t = 0; t <= SECONDS_TO_RUN; t += 5)); do echo "$t $(rss)"; sleep 5; done ) >"$WORK/rss.txt" &
SAMPLER=$!

java -cp "$CP" io.github.sunoport.mock.fuzz.FuzzMain "$PORT" "$SECONDS_TO_RUN" "$SEED" >"$WORK/fuzz.txt" 2>&1 &
FUZZ=$!

LOAD_ERRORS=0
if command -v wrk >/dev/null; then
  cat >"$WORK/load.lua" <<LUA
local paths = {
  "/kie/api/v1/lyrics/record-info?taskId=11dc****8b0f",
  "/sunoapi-org/api/v1/generate/record-info?taskId=5c79****be8e",
  "/sunoapi-com/api/v1/suno/get-lyrics/3d51f2fb-2a52-4207-9808-a3aa7c9f64ce",
  "/kie/api/v1/chat/credit", "/sunoapi-org/api/v1/generate/credit", "/sunoapi-com/api/v1/get-credits" }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], { ["Authorization"] = "Bearer soak" })
end
LUA
  wrk -t2 -c16 -d"${SECONDS_TO_RUN}s" -s "$WORK/load.lua" "$BASE" >"$WORK/load.txt" 2>&1 &
  LOAD=$!
  # Creates too, so tasks move through their lifecycle while the rest runs.
  ( end=$((SECONDS + SECONDS_TO_RUN)); n=0; bad=0
    while ((SECONDS < end)); do
      code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer soak' -H 'Content-Type: application/json' \
        -d '{"prompt":"rain","customMode":false,"instrumental":false,"model":"V4_5","callBackUrl":"http://127.0.0.1:9/cb"}' \
        "$BASE/kie/api/v1/generate")
      n=$((n + 1)); [[ $code == 200 ]] || bad=$((bad + 1))
    done; echo "creates: $n sent, $bad not 200" ) >"$WORK/creates.txt" &
  CREATES=$!
  wait $LOAD $CREATES
  cat "$WORK/load.txt" "$WORK/creates.txt"
  grep -q 'Non-2xx or 3xx responses' "$WORK/load.txt" && LOAD_ERRORS=1
  grep -q 'Socket errors' "$WORK/load.txt" && LOAD_ERRORS=1
  grep -q ', 0 not 200' "$WORK/creates.txt" || LOAD_ERRORS=1
else
  end=$((SECONDS + SECONDS_TO_RUN)); n=0; bad=0
  while ((SECONDS < end)); do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer soak' "$BASE/kie/api/v1/lyrics/record-info?taskId=11dc****8b0f")
    n=$((n + 1)); [[ $code == 200 ]] || bad=$((bad + 1))
  done
  echo "load (curl): $n requests, $bad not 200"; ((bad == 0)) || LOAD_ERRORS=1
fi
FUZZ_STATUS=0; wait $FUZZ || FUZZ_STATUS=$?
wait $SAMPLER || true
cat "$WORK/fuzz.txt" | head -40
FINAL=$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer soak' "$BASE/kie/api/v1/lyrics/record-info?taskId=11dc****8b0f")

echo "RSS (KiB) every 5 s:"; awk '{printf "  %3ss %8d\n", $1, $2}' "$WORK/rss.txt"
TREND=$(awk '{v[NR]=$2} END {n=NR; a=int(n/3); m=0; l=0; for(i=a+1;i<=2*a;i++) m+=v[i]; for(i=2*a+1;i<=n;i++) l+=v[i];
  m/=a; l/=(n-2*a); printf "%.1f", (l/m-1)*100}' "$WORK/rss.txt")
echo "RSS of the last third vs the middle third: ${TREND}%"
GROWTH=$(awk -v t="$TREND" 'BEGIN {print (t > 15) ? 1 : 0}')
echo "summary: load errors=$LOAD_ERRORS, fuzz exit=$FUZZ_STATUS, RSS growth flagged=$GROWTH, normal request after=$FINAL"
grep -i -E 'exception|error' "$WORK/server.log" | grep -v -i 'callback' | head -5 || true
[[ $LOAD_ERRORS == 0 && $FUZZ_STATUS == 0 && $GROWTH == 0 && $FINAL == 200 ]]
