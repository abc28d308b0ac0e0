#!/usr/bin/env bash
# Routes against plain Jakarta REST on one Open Liberty, side by side, with 10 and with 1,000 of each (issue 12's
# goals: a sync route at least 1.5 times the resource at both sizes; an async route at least 1.2 times).
# Needs wrk (Debian package wrk). Run from the project root:  bash benchmarks/run.sh [SIZES...]
set -euo pipefail
cd "$(dirname "$0")/.."
compare=sample-war/bench/compare.sh
base=http://localhost:9280
for size in "${@:-10 1000}"; do
  for n in $size; do
    echo "== $n routes and $n resources"
    ./mvnw -B -q -Pbenchmarks -pl benchmarks -am -DskipTests -Dbench.size="$n" package
    ./mvnw -B -q -Pbenchmarks -pl benchmarks -Dbench.size="$n" liberty:create liberty:deploy liberty:start
    middle=$((n / 2))
    curl -fsS "$base/r$middle/items/lamp" && echo
    curl -fsS "$base/rest/r$middle/items/lamp" && echo
    bash "$compare" "$base" "/r$middle/items/lamp" "/rest/r$middle/items/lamp"
    bash "$compare" "$base" /async/items/lamp /rest/async/items/lamp
    ./mvnw -B -q -Pbenchmarks -pl benchmarks liberty:stop
  done
done
