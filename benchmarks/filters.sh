#!/usr/bin/env bash
# Issue 27's cost check, side by side on one Open Liberty: the same uncached route without a filter
# (/r5/items/lamp), with one no-op filter (/filtered/items/lamp: NoOpFilter's filter and completed both run), and a
# plain servlet that writes the same JSON bytes from a constant (/floor/items/lamp: the server's floor for an answer
# a servlet filter serves). All three warmed up, then measured in alternating rounds (ROUNDS, default 3; WARMUP and
# ROUND seconds, default 15 and 15) with wrk; the medians and their ratios at the end. Needs wrk. Run from the
# project root:  bash benchmarks/filters.sh
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${ROUNDS:-3}"; warmup="${WARMUP:-15}"; round="${ROUND:-15}"
base=http://localhost:9280
paths=(/r5/items/lamp /filtered/items/lamp /floor/items/lamp)
if curl -s -o /dev/null "$base/"; then
  echo "Port 9280 already answers: stop that server first." >&2
  exit 1
fi
./mvnw -B -q -Pbenchmarks -pl benchmarks -am -DskipTests -Dbench.size=10 package
./mvnw -B -q -Pbenchmarks -pl benchmarks -Dbench.size=10 liberty:create liberty:deploy liberty:start
trap './mvnw -B -q -Pbenchmarks -pl benchmarks liberty:stop > /dev/null 2>&1 || true' EXIT
for path in "${paths[@]}"; do
  curl -fsS "$base$path" && echo "  <- $path"
done
for path in "${paths[@]}" "${paths[@]}"; do
  wrk -t2 -c32 -d"${warmup}s" "$base$path" > /dev/null
done
results=$(mktemp)
for n in $(seq 1 "$rounds"); do
  for path in "${paths[@]}"; do
    rps=$(wrk -t2 -c32 -d"${round}s" "$base$path" | awk '/Requests\/sec/ {print $2}')
    printf '%-22s round %s: %s req/s\n' "$path" "$n" "$rps"
    echo "$path $rps" >> "$results"
  done
done
median() { grep "^$1 " "$results" | awk '{print $2}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
plain=$(median /r5/items/lamp); filtered=$(median /filtered/items/lamp); floor=$(median /floor/items/lamp)
echo "medians: route $plain, route with a no-op filter $filtered, servlet floor $floor req/s"
awk -v p="$plain" -v f="$filtered" -v s="$floor" 'BEGIN {
  printf "no-op filter / route: %.3f (goal >= 0.97)\nroute / servlet floor: %.3f (goal >= 0.90)\n", f / p, p / s }'
