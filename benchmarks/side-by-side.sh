#!/usr/bin/env bash
# The benchmark application of an earlier revision and of the working tree, side by side on one Open Liberty: the
# earlier WAR at /before beside this tree's at /, both warmed, then rounds that alternate which goes first, for a sync
# route and the async route; prints each round and the medians with their ratio (after / before). One server and
# alternating rounds keep this machine's drift off the comparison (two servers in turn drifted by 20%).
# Needs wrk (Debian package wrk). Run from the project root:  bash benchmarks/side-by-side.sh REVISION [SIZES...]
# Durations in seconds: WARMUP (each of two warm-up runs per URL, default 15), ROUND (default 12); ROUNDS (default 6).
set -euo pipefail
cd "$(dirname "$0")/.."
revision="$1"
shift
warmup="${WARMUP:-15}"; round="${ROUND:-12}"; rounds="${ROUNDS:-6}"
base=http://localhost:9280
before=$(mktemp -d)/before
git worktree add --detach -q "$before" "$revision"
trap 'git worktree remove --force "$before"' EXIT
if curl -s -o /dev/null "$base/"; then
  echo "Port 9280 answers already: stop the server that holds it first." >&2
  exit 1
fi
median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
for size in "${@:-10 1000}"; do
  for n in $size; do
    echo "== $n routes: $(git rev-parse --short "$revision") at /before, the working tree at /"
    (cd "$before" && ./mvnw -B -q -Pbenchmarks -pl benchmarks -am -DskipTests -Dbench.size="$n" package)
    ./mvnw -B -q -Pbenchmarks -pl benchmarks -am -DskipTests -Dbench.size="$n" package
    ./mvnw -B -q -Pbenchmarks -pl benchmarks -Dbench.size="$n" liberty:create liberty:deploy liberty:start
    dropins=benchmarks/target/liberty/wlp/usr/servers/bench/dropins
    mkdir -p "$dropins"
    cp "$before/benchmarks/target/routehandlers-benchmarks.war" "$dropins/before.war"
    middle=$((n / 2))
    sync="/r$middle/items/lamp"; async=/async/items/lamp
    for i in $(seq 1 150); do
      [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/before$sync")" = 200 ] && break
      sleep 2
    done
    results=$(mktemp)
    for url in "$sync" "/before$sync" "$async" "/before$async" "$sync" "/before$sync" "$async" "/before$async"; do
      wrk -t2 -c32 -d"${warmup}s" "$base$url" > /dev/null
    done
    for r in $(seq 1 "$rounds"); do
      if [ $((r % 2)) = 1 ]; then order="$sync /before$sync $async /before$async"
      else order="/before$sync $sync /before$async $async"; fi
      for url in $order; do
        rate=$(wrk -t2 -c32 -d"${round}s" "$base$url" | awk '/Requests\/sec/ {print $2}')
        printf '%-28s round %s: %s\n' "$url" "$r" "$rate"
        echo "$url $rate" >> "$results"
      done
    done
    for path in "$sync" "$async"; do
      after=$(awk -v u="$path" '$1 == u {print $2}' "$results" | median)
      earlier=$(awk -v u="/before$path" '$1 == u {print $2}' "$results" | median)
      awk -v p="$path" -v a="$after" -v b="$earlier" \
        'BEGIN {printf "median %-22s after %.0f, before %.0f: ratio %.3f\n", p, a, b, a / b}'
    done
    ./mvnw -B -q -Pbenchmarks -pl benchmarks liberty:stop
  done
done
