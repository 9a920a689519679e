#!/usr/bin/env bash
# Load test of the mock server's runnable jar on loopback with wrk (Debian: apt-get install -y wrk).
#
#   benchmarks/load/mock-load.sh [duration_s=15] [warmup_s=5] [startup_runs=3]
#
# 1. start-to-first-answer: starts the jar `startup_runs` times on a free port, polls with curl until the first
#    HTTP 200 of the documented record-info example, and reports each time (ns clock, `date +%s%N`);
# 2. starts the jar once more (--timeline 1), checks the answer is the documented example, warms up with wrk,
#    then runs `wrk -t2 -c64 -d<duration>s --latency` against
#    GET /kie/api/v1/lyrics/record-info?taskId=11dc****8b0f with a valid token;
# 3. reads the server's VmRSS from /proc/<pid>/status after the run, stops the server, prints a summary.
# Everything binds 127.0.0.1 and every loop is bounded. Exit status 1 when a target is missed.
# The jar runs with the JVM flags mock-server/README.md documents for QA (MOCK_JAVA_OPTS, default
# '-Xmx64m -XX:+UseSerialGC'); MOCK_JAVA_OPTS='' measures the JVM's defaults instead. MOCK_LAUNCHER=<the distribution's
# bin/sunoport-mock-server> starts that script (with its own JVM defaults) instead of the jar, for every run.
set -euo pipefail

DURATION=${1:-15}
WARMUP=${2:-5}
STARTUP_RUNS=${3:-3}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
JAR=${MOCK_JAR:-$ROOT/mock-server/target/sunoport-mock-server.jar}
JAVA=${JAVA:-java}
MOCK_JAVA_OPTS=${MOCK_JAVA_OPTS--Xmx64m -XX:+UseSerialGC}
PATH_QUERY='/kie/api/v1/lyrics/record-info?taskId=11dc****8b0f'
TOKEN='bench-token'
EXPECTED=$ROOT/mock-server/src/main/resources/sunoport-mock/kie/lyrics-record-info/success.json
LOG=$(mktemp -d "${TMPDIR:-/tmp}/mock-load.XXXXXX")

command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 2; }
[ -f "$JAR" ] || { echo "$JAR not found: mvn -B -pl mock-server -am package -DskipTests" >&2; exit 2; }

SERVER_PID=
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=
}
trap stop_server EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# Starts the jar and waits (at most 20 s) for the first 200; sets STARTUP_MS. Not called in a subshell, so that
# SERVER_PID stays visible to stop_server.
start_server() {
  local port=$1 out=$2 t0 t1 code
  t0=$(date +%s%N)
  # shellcheck disable=SC2086 # MOCK_JAVA_OPTS is a list of JVM flags
  if [ -n "${MOCK_LAUNCHER:-}" ]; then
    "$MOCK_LAUNCHER" --port "$port" --timeline 1 >"$out" 2>&1 &
  else
    "$JAVA" ${MOCK_JAVA_OPTS:-} -jar "$JAR" --port "$port" --timeline 1 >"$out" 2>&1 &
  fi
  SERVER_PID=$!
  for _ in $(seq 1 4000); do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
      "http://127.0.0.1:$port$PATH_QUERY" 2>/dev/null || true)
    if [ "$code" = 200 ]; then
      t1=$(date +%s%N)
      STARTUP_MS=$(( (t1 - t0) / 1000000 ))
      # CPU time to the first answer: steadier than wall time when other work shares the machine.
      STARTUP_CPU_MS=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$SERVER_PID/stat")
      return 0
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "server exited: $(cat "$out")" >&2; return 1; }
    sleep 0.005
  done
  echo "no answer in 20 s" >&2
  return 1
}

STARTUPS=()
STARTUP_CPUS=()
for i in $(seq 1 "$STARTUP_RUNS"); do
  start_server "$(free_port)" "$LOG/startup-$i.log"
  STARTUPS+=("$STARTUP_MS")
  STARTUP_CPUS+=("$STARTUP_CPU_MS")
  stop_server
done

PORT=$(free_port)
start_server "$PORT" "$LOG/server.log"
URL="http://127.0.0.1:$PORT$PATH_QUERY"

# The answer must be the documented example, byte for byte.
curl -s -H "Authorization: Bearer $TOKEN" "$URL" -o "$LOG/answer.json"
cmp -s "$LOG/answer.json" "$EXPECTED" || { echo "answer differs from $EXPECTED" >&2; exit 1; }
RESPONSE_BYTES=$(curl -s -o /dev/null -w '%{size_header} %{size_download}' -H "Authorization: Bearer $TOKEN" \
  -H 'Accept: application/json' "$URL" | awk '{print $1 + $2}')

wrk -t2 -c64 -d"${WARMUP}s" -s "$HERE/record-info.lua" "$URL" >"$LOG/warmup.txt"
cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }
CPU0=$(cpu_ticks)
wrk -t2 -c64 -d"${DURATION}s" --latency -s "$HERE/record-info.lua" "$URL" | tee "$LOG/wrk.txt" >/dev/null
CPU1=$(cpu_ticks)
RSS_KB=$(awk '/^VmRSS:/ {print $2}' "/proc/$SERVER_PID/status")
HWM_KB=$(awk '/^VmHWM:/ {print $2}' "/proc/$SERVER_PID/status")
THREADS=$(awk '/^Threads:/ {print $2}' "/proc/$SERVER_PID/status")
stop_server

S=$(grep '^WRK_SUMMARY' "$LOG/wrk.txt")
val() { echo "$S" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k {print $2}'; }
REQ=$(val requests); DUR=$(val duration_us); BYTES=$(val bytes)
SOCKET_ERRORS=$(( $(val connect) + $(val read) + $(val write) + $(val timeout) ))
STATUS_ERRORS=$(val status)
# Every answer is the same example: total bytes / requests must be exactly one answer's size.
WRONG_SIZE=$(awk -v b="$BYTES" -v r="$REQ" -v s="$RESPONSE_BYTES" 'BEGIN { print (b == r * s) ? 0 : 1 }')
RPS=$(awk -v r="$REQ" -v d="$DUR" 'BEGIN { printf "%.0f", r / (d / 1e6) }')
P50=$(awk -v x="$(val p50_us)" 'BEGIN { printf "%.2f", x / 1000 }')
P99=$(awk -v x="$(val p99_us)" 'BEGIN { printf "%.2f", x / 1000 }')
P999=$(awk -v x="$(val p999_us)" 'BEGIN { printf "%.2f", x / 1000 }')
# Server CPU per request is less sensitive to other load on the machine than requests/s.
CPU_US=$(awk -v t=$((CPU1 - CPU0)) -v hz="$(getconf CLK_TCK)" -v r="$REQ" 'BEGIN { printf "%.1f", t / hz * 1e6 / r }')
RSS_MB=$(awk -v k="$RSS_KB" 'BEGIN { printf "%.0f", k / 1024 }')
HWM_MB=$(awk -v k="$HWM_KB" 'BEGIN { printf "%.0f", k / 1024 }')
STARTUP_MAX=$(printf '%s\n' "${STARTUPS[@]}" | sort -n | tail -1)
STARTUP_MED=$(printf '%s\n' "${STARTUPS[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')

fail=0
verdict() { if [ "$1" = 1 ]; then echo "met"; else echo "MISSED"; fail=1; fi; }
SERVED_BY="java ${MOCK_JAVA_OPTS:-} -jar sunoport-mock-server.jar"
[ -n "${MOCK_LAUNCHER:-}" ] && SERVED_BY="$MOCK_LAUNCHER (its JVM defaults)"
echo "mock-server load: $SERVED_BY; wrk -t2 -c64 -d${DURATION}s --latency (after ${WARMUP}s warm-up), $(nproc) cores, $("$JAVA" -version 2>&1 | head -1)"
printf '  %-22s %10s   target >= 20000   %s\n' "requests/s" "$RPS" "$(verdict "$(awk -v x="$RPS" 'BEGIN{print (x >= 20000)}')")"
printf '  %-22s %10s us   (server user+sys CPU per request)\n' "server CPU" "$CPU_US"
printf '  %-22s %10s ms\n' "p50" "$P50"
printf '  %-22s %10s ms   target < 10 ms    %s\n' "p99" "$P99" "$(verdict "$(awk -v x="$P99" 'BEGIN{print (x < 10)}')")"
printf '  %-22s %10s ms\n' "p99.9" "$P999"
printf '  %-22s %10s      target 0          %s\n' "errors" "socket=$SOCKET_ERRORS non2xx=$STATUS_ERRORS wrong-size=$WRONG_SIZE" \
  "$(verdict "$(( SOCKET_ERRORS + STATUS_ERRORS + WRONG_SIZE == 0 ))")"
printf '  %-22s %10s MB   target < 200 MB   %s   (peak VmHWM %s MB, %s threads)\n' "RSS after run" "$RSS_MB" \
  "$(verdict "$(( RSS_MB < 200 ))")" "$HWM_MB" "$THREADS"
if [ -n "${MOCK_LAUNCHER:-}" ]; then
  # The launcher's first start ever writes its class-data archive (slower); the median is what a QA user meets.
  printf '  %-22s %10s ms   target < 500 ms   %s   (launcher; runs: %s)\n' "start-to-first-answer" "$STARTUP_MED" \
    "$(verdict "$(( STARTUP_MED < 500 ))")" "${STARTUPS[*]}"
else
  printf '  %-22s %10s ms   target < 1000 ms  %s   (runs: %s)\n' "start-to-first-answer" "$STARTUP_MED" \
    "$(verdict "$(( STARTUP_MAX < 1000 ))")" "${STARTUPS[*]}"
fi
echo "  start-up CPU ms (user+sys to the first answer), per run: ${STARTUP_CPUS[*]}"
echo "  requests $REQ, $BYTES bytes ($RESPONSE_BYTES per answer); raw output in $LOG"
exit $fail
