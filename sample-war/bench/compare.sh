#!/usr/bin/env bash
# Compares the throughput of two URLs of the running sample (./mvnw -Pstart -pl sample-war -am package) on
# one Liberty: warms both up, then alternates measured rounds so that JIT and machine noise fall on both
# alike. Needs wrk. Usage: compare.sh BASE PATH_A PATH_B
# Durations in seconds: WARMUP (each of four warm-up runs, default 20) and ROUND (each measured run, default 20).
set -euo pipefail
base="$1"; a="$2"; b="$3"
warmup="${WARMUP:-20}"; round="${ROUND:-20}"
for url in "$a" "$b" "$a" "$b"; do
  wrk -t2 -c32 -d"${warmup}s" "$base$url" > /dev/null
done
for n in 1 2 3; do
  for url in "$a" "$b"; do
    printf '%-24s round %s: ' "$url" "$n"
    wrk -t2 -c32 -d"${round}s" "$base$url" | grep "Requests/sec"
  done
done
