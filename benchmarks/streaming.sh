#!/usr/bin/env bash
# Streaming on one Open Liberty (S-11.5, issue 14): CLIENTS (default 1000) idle event streams with a 1 s heartbeat
# held for SECONDS (default 60), counting each client's heartbeats and the server's live threads before and during;
# then the time to first byte of a streamed route against a Jakarta REST StreamingOutput doing the same, warmed up,
# alternating rounds. Needs curl and jcmd. Run from the project root:  bash benchmarks/streaming.sh [CLIENTS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
clients="${1:-1000}"; seconds="${2:-60}"
base=http://localhost:9280
./mvnw -B -q -Pbenchmarks -pl benchmarks -am -DskipTests package
./mvnw -B -q -Pbenchmarks -pl benchmarks liberty:create liberty:deploy liberty:start
trap './mvnw -B -q -Pbenchmarks -pl benchmarks liberty:stop' EXIT
pid=$(pgrep -f 'benchmarks/target/liberty/wlp/bin/tools/ws-server.jar' | head -1)
threads() { jcmd "$pid" Thread.print | grep -c '^"'; }
curl -fsS -m 3 -N "$base/events/idle" > /dev/null || true  # warms the route up
sleep 2
echo "== $clients idle event streams for $seconds s"
echo "server threads before: $(threads)"
java benchmarks/src/client/SseLoad.java "$base/events/idle" "$clients" "$seconds" &
load=$!
sleep $((seconds / 2 + 5))
echo "server threads during: $(threads)"
wait "$load"
echo "== time to first byte of /chat (route) and /rest/chat (StreamingOutput), seconds"
ttfb() { curl -sS -N -o /dev/null -w '%{time_starttransfer}' "$base$1"; }
for i in $(seq 1 50); do ttfb '/chat?q=warm' > /dev/null; ttfb '/rest/chat?q=warm' > /dev/null; done
route=(); rest=()
for i in $(seq 1 30); do route+=("$(ttfb "/chat?q=r$i")"); rest+=("$(ttfb "/rest/chat?q=r$i")"); done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "route: median $(median "${route[@]}") of ${#route[@]}; StreamingOutput: median $(median "${rest[@]}") of ${#rest[@]}"
