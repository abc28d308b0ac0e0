#!/usr/bin/env bash
# Issue 28's cost check: a route with a rate limit no client reaches against the same route without one, side by
# side on one server, each request from another of 1,000 clients (benchmarks/limits.lua: X-Forwarded-For from the
# trusted loopback).
#  1. In-memory counting: the benchmarks WAR on one Open Liberty (port 9280): /r5/items/lamp (no limit) and
#     /limited/items/lamp (LimitedItemRoute, the same shape with @RateLimit).
#  2. JCache counting: the cluster-it WAR on its two Open Liberty servers sharing one Hazelcast cluster (ports 9381 and
#     9382), measured on node-a: /bench/plain and /bench/limited (BenchRoutes), the counts in the shared cache, owned
#     half by the other server's member.
# Each pair is warmed up, then measured in alternating rounds (ROUNDS, default 3; WARMUP and ROUND seconds, default
# 15 and 15) with wrk; the medians and their ratios at the end. PARTS=memory or PARTS=jcache runs one part only.
# Needs wrk. Run from the project root:
#   bash benchmarks/limits.sh
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${ROUNDS:-3}"; warmup="${WARMUP:-15}"; round="${ROUND:-15}"; parts="${PARTS:-memory jcache}"
lua=benchmarks/limits.lua
for port in 9280 9381 9382; do
  if curl -s -o /dev/null "http://localhost:$port/"; then
    echo "Port $port already answers: stop that server first." >&2
    exit 1
  fi
done
results=$(mktemp)

# Warms up each path, then measures them in alternating rounds.
measure() {
  local base=$1; shift
  for path in "$@"; do
    curl -fsS -H 'X-Forwarded-For: 203.0.113.1' "$base$path" > /dev/null && echo "  ok: $path"
  done
  for path in "$@" "$@"; do
    wrk -t2 -c32 -d"${warmup}s" -s "$lua" "$base$path" > /dev/null
  done
  for n in $(seq 1 "$rounds"); do
    for path in "$@"; do
      rps=$(wrk -t2 -c32 -d"${round}s" -s "$lua" "$base$path" | awk '/Requests\/sec/ {print $2}')
      printf '%-22s round %s: %s req/s\n' "$path" "$n" "$rps"
      echo "$path $rps" >> "$results"
    done
  done
}
median() {
  { grep "^$1 " "$results" || true; } | awk '{print $2}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)] + 0}'
}

if [[ " $parts " == *" memory "* ]]; then
  echo "== In-memory counting (one server)"
  ./mvnw -B -q -Pbenchmarks -pl benchmarks -am -DskipTests -Dbench.size=10 package
  ./mvnw -B -q -Pbenchmarks -pl benchmarks -Dbench.size=10 liberty:create liberty:deploy liberty:start
  measure http://localhost:9280 /r5/items/lamp /limited/items/lamp
  ./mvnw -B -q -Pbenchmarks -pl benchmarks liberty:stop > /dev/null 2>&1 || true
fi

if [[ " $parts " == *" jcache "* ]]; then
  echo "== JCache counting (two servers, one Hazelcast cluster)"
  ./mvnw -B -q -pl cluster-it -am -DskipTests=false -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    pre-integration-test
  stop_nodes() {
    for node in node-a node-b; do
      cluster-it/target/liberty/wlp/bin/server stop "$node" > /dev/null 2>&1 || true
    done
  }
  trap stop_nodes EXIT
  measure http://localhost:9381 /bench/plain /bench/limited
  stop_nodes
fi

plain=$(median /r5/items/lamp); limited=$(median /limited/items/lamp)
bplain=$(median /bench/plain); blimited=$(median /bench/limited)
echo "medians: in memory: route $plain, limited $limited req/s; JCache: route $bplain, limited $blimited req/s"
awk -v p="$plain" -v l="$limited" -v bp="$bplain" -v bl="$blimited" 'BEGIN {
  if (p > 0) printf "in-memory counting / no limit: %.3f (goal >= 0.9)\n", l / p
  if (bp > 0) printf "JCache counting / no limit: %.3f (goal >= 0.6)\n", bl / bp }'
