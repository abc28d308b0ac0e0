#!/usr/bin/env bash
# Route against plain Jakarta REST on the running sample (./mvnw -Pstart -pl sample-war -am package):
# the same method, returning {"status":"ok"} through JSON-B, on one Liberty. Warms both up, then
# alternates measured rounds so that JIT and machine noise fall on both alike. Needs wrk.
set -euo pipefail
base="${1:-http://localhost:9080}"
for url in /api/ping /rest/ping /api/ping /rest/ping; do
  wrk -t2 -c32 -d20s "$base$url" > /dev/null
done
for round in 1 2 3; do
  for url in /api/ping /rest/ping; do
    printf '%-10s round %s: ' "$url" "$round"
    wrk -t2 -c32 -d20s "$base$url" | grep "Requests/sec"
  done
done
