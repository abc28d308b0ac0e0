#!/usr/bin/env bash
# Compares the throughput of two URLs of the running sample (./mvnw -Pstart -pl sample-war -am package) on
# one Liberty: warms both up, then alternates measured rounds so that JIT and machine noise fall on both
# alike. Needs wrk. Usage: compare.sh BASE PATH_A PATH_B
set -euo pipefail
base="$1"; a="$2"; b="$3"
for url in "$a" "$b" "$a" "$b"; do
  wrk -t2 -c32 -d20s "$base$url" > /dev/null
done
for round in 1 2 3; do
  for url in "$a" "$b"; do
    printf '%-16s round %s: ' "$url" "$round"
    wrk -t2 -c32 -d20s "$base$url" | grep "Requests/sec"
  done
done
