#!/usr/bin/env bash
# WebSocket routes on one Open Liberty (S-17, issue 30): CLIENTS (default 1000) idle sockets of a route held for
# SECONDS (default 60), the server's live threads before and during; then the round-trip rate of a small message on a
# WebSocket route (/socket/echo) against a plain Jakarta WebSocket @ServerEndpoint doing the same (/plain/echo), one
# socket each, warmed up, in alternating rounds. Needs jcmd. Run from the project root:
#   bash benchmarks/sockets.sh [CLIENTS] [SECONDS] [ROUNDS] [MESSAGES]
set -euo pipefail
cd "$(dirname "$0")/.."
clients="${1:-1000}"; seconds="${2:-60}"; rounds="${3:-7}"; messages="${4:-5000}"
base=ws://localhost:9280
if (exec 3<>/dev/tcp/localhost/9280) 2>/dev/null; then
  echo "port 9280 is in use: stop the server that holds it first" >&2; exit 1
fi
./mvnw -B -q -Pbenchmarks -pl benchmarks -am -DskipTests package
./mvnw -B -q -Pbenchmarks -pl benchmarks liberty:create liberty:deploy liberty:start
trap './mvnw -B -q -Pbenchmarks -pl benchmarks liberty:stop' EXIT
pid=$(pgrep -f 'benchmarks/target/liberty/wlp/bin/tools/ws-server.jar' | head -1)
threads() { jcmd "$pid" Thread.print | grep -c '^"'; }
java benchmarks/src/client/SocketLoad.java rtt "$base/socket/echo" "$base/plain/echo" 1 500 > /dev/null  # warms up
sleep 2
echo "== $clients idle sockets of a route for $seconds s"
echo "server threads before: $(threads)"
java benchmarks/src/client/SocketLoad.java idle "$base/socket/echo" "$clients" "$seconds" &
load=$!
sleep $((seconds / 2 + 10))
echo "server threads during: $(threads)"
wait "$load"
echo "== round trips a second, one socket each, $rounds alternating rounds of $messages messages"
java benchmarks/src/client/SocketLoad.java rtt "${A:-$base/socket/echo}" "${B:-$base/plain/echo}" "$rounds" "$messages"
