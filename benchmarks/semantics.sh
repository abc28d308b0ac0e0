#!/usr/bin/env bash
# Issue 31's cost check, side by side on one Open Liberty: the same uncached item route with one handler
# (/single/items/lamp), with two handlers negotiated by Accept (/negotiated/items/lamp, Accept: application/json, S-18.1)
# and with two handlers chosen by API version (/versioned/items/lamp, API-Version: 2, S-18.2). All three warmed up, then
# measured in alternating rounds (ROUNDS, default 5; WARMUP and ROUND seconds, default 15 and 15) with wrk; the medians
# and their ratios at the end (goal: each >= 0.95 of the single handler). Needs wrk. Run from the project root:
#   bash benchmarks/semantics.sh
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${ROUNDS:-5}"; warmup="${WARMUP:-15}"; round="${ROUND:-15}"
base=http://localhost:9280
if curl -s -o /dev/null "$base/"; then
  echo "Port 9280 already answers: stop that server first." >&2
  exit 1
fi
./mvnw -B -q -Pbenchmarks -pl benchmarks -am -DskipTests -Dbench.size=10 package
./mvnw -B -q -Pbenchmarks -pl benchmarks -Dbench.size=10 liberty:create liberty:deploy liberty:start
trap './mvnw -B -q -Pbenchmarks -pl benchmarks liberty:stop > /dev/null 2>&1 || true' EXIT
names=(single negotiated versioned)
declare -A header=([single]="Accept: application/json" [negotiated]="Accept: application/json" [versioned]="API-Version: 2")
for name in "${names[@]}"; do
  curl -fsS -H "${header[$name]}" "$base/$name/items/lamp" && echo "  <- /$name/items/lamp (${header[$name]})"
done
for name in "${names[@]}" "${names[@]}"; do
  wrk -t2 -c32 -d"${warmup}s" -H "${header[$name]}" "$base/$name/items/lamp" > /dev/null
done
results=$(mktemp)
for n in $(seq 1 "$rounds"); do
  for name in "${names[@]}"; do
    rps=$(wrk -t2 -c32 -d"${round}s" -H "${header[$name]}" "$base/$name/items/lamp" | awk '/Requests\/sec/ {print $2}')
    printf '%-11s round %s: %s req/s\n' "$name" "$n" "$rps"
    echo "$name $rps" >> "$results"
  done
done
median() { grep "^$1 " "$results" | awk '{print $2}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
single=$(median single); negotiated=$(median negotiated); versioned=$(median versioned)
echo "medians: one handler $single, two negotiated $negotiated, two versioned $versioned req/s"
awk -v s="$single" -v n="$negotiated" -v v="$versioned" 'BEGIN {
  printf "negotiated / one handler: %.3f (goal >= 0.95)\nversioned / one handler: %.3f (goal >= 0.95)\n", n / s, v / s }'
