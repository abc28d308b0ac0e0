#!/usr/bin/env bash
# Streaming on one Open Liberty (S-11.5, issue 14): CLIENTS (default 1000) idle event streams with a 1 s heartbeat
# held for SECONDS (default 60), counting each client's heartbeats and the server's live threads before and during;
# then the time to first byte of a streamed route against a Jakarta REST StreamingOutput doing the same, warmed up,
# alternating rounds. Needs curl and jcmd. Run from the project root:  bash benchmarks/streaming.sh [CLIENTS] [SECONDS]
#
# With "blocking" first (S-11.7, issue 32):  bash benchmarks/streaming.sh blocking [CLIENTS] [SECONDS] [ROUNDS]
# CLIENTS streams whose body blocks (BlockingStreamRoute: sleeps a second between lines, holding no lock) held for
# SECONDS, on Open Liberty 26.0.0.5 (Jakarta EE 11) on JDK 25, the same WAR twice on one server: /platform on the
# default managed executor, /virtual on a virtual one (routehandlers.executor); alternating rounds (ROUNDS, default
# 2; virtual first, each starting once the pool's idle threads are gone), each with the server's live platform
# threads and used heap (after a GC) before and during, and the lines each client received.
set -euo pipefail
cd "$(dirname "$0")/.."
base=http://localhost:9280
if [ "${1:-}" = "blocking" ]; then
  clients="${2:-1000}"; seconds="${3:-60}"; rounds="${4:-2}"
  jdk=$(ls -d /usr/lib/jvm/*-25-* /usr/lib/jvm/*25* 2>/dev/null | head -n 1 || true)
  if [ -z "$jdk" ] || [ ! -x "$jdk/bin/java" ]; then
    echo "No JDK 25 under /usr/lib/jvm: virtual threads need Java 21 or later." >&2
    exit 1
  fi
  if curl -s -o /dev/null "$base/"; then
    echo "Port 9280 already answers: stop that server first." >&2
    exit 1
  fi
  ./mvnw -B -q -Pbenchmarks,ee11 -pl benchmarks -am -DskipTests package
  ./mvnw -B -q -Pbenchmarks,ee11 -pl benchmarks -Dliberty.env.JAVA_HOME="$jdk" liberty:create liberty:deploy \
    liberty:start
  trap './mvnw -B -q -Pbenchmarks,ee11 -pl benchmarks liberty:stop > /dev/null 2>&1 || true' EXIT
  pid=$(pgrep -f 'benchmarks/target/liberty/wlp/bin/tools/ws-server.jar' | head -1)
  threads() { jcmd "$pid" Thread.print | grep -c '^"'; }
  heap() { jcmd "$pid" GC.run > /dev/null; jcmd "$pid" GC.heap_info | grep -o 'used [0-9]*K' | head -1; }
  for variant in platform virtual; do
    curl -fsS -m 3 "$base/$variant/streams/blocking" > /dev/null 2>&1 || true  # warms the route up
  done
  sleep 5
  baseline=$(threads)
  echo "server threads at rest: $baseline"
  for n in $(seq 1 "$rounds"); do
    for variant in virtual platform; do
      # Liberty keeps the pool's idle platform threads a while: wait until they are gone (up to 4 min), so that each
      # variant starts from the same count.
      for i in $(seq 1 48); do [ "$(threads)" -le $((baseline + 30)) ] && break; sleep 5; done
      echo "== round $n, $variant: $clients blocking streams for $seconds s"
      echo "server threads before: $(threads), heap before: $(heap)"
      java benchmarks/src/client/SseLoad.java "$base/$variant/streams/blocking" "$clients" "$seconds" &
      load=$!
      sleep $((seconds / 2 + 5))
      echo "server threads during: $(threads), heap during: $(heap)"
      wait "$load" || true  # SseLoad exits 1 when a client missed lines; the counts say how many
      sleep 15  # the bodies see their clients gone at their next line, and end
    done
  done
  exit 0
fi
clients="${1:-1000}"; seconds="${2:-60}"
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
