#!/usr/bin/env bash
# Issue 17's cost check: the same route on one Open Liberty without and with the MicroProfile platform features that
# routes integrate with (mpOpenAPI-4.1, mpTelemetry-2.1, beanValidation-3.0) enabled on the server but unused by the
# route. Alternating rounds (ROUNDS, default 3), each on a freshly started server warmed up for WARMUP seconds
# (default 10), then measured for ROUND seconds (default 10) with wrk. Needs wrk. Run from the project root:
#   bash benchmarks/platform.sh
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${ROUNDS:-3}"; warmup="${WARMUP:-10}"; round="${ROUND:-10}"
base=http://localhost:9280
path=/r5/items/lamp
./mvnw -B -q -Pbenchmarks -pl benchmarks -am -DskipTests -Dbench.size=10 package
./mvnw -B -q -Pbenchmarks -pl benchmarks -Dbench.size=10 liberty:create liberty:deploy
wlp=benchmarks/target/liberty/wlp
config="$wlp/usr/servers/bench/server.xml"
cp "$config" /tmp/bench-plain.xml
sed 's#<feature>concurrent-3.0</feature>#<feature>concurrent-3.0</feature><feature>mpOpenAPI-4.1</feature><feature>mpTelemetry-2.1</feature><feature>beanValidation-3.0</feature>#' \
  /tmp/bench-plain.xml > /tmp/bench-platform.xml
trap '"$wlp/bin/server" stop bench > /dev/null 2>&1 || true; cp /tmp/bench-plain.xml "$config"' EXIT
for n in $(seq 1 "$rounds"); do
  for variant in plain platform; do
    cp "/tmp/bench-$variant.xml" "$config"
    "$wlp/bin/server" start bench > /dev/null
    until curl -fsS -o /dev/null "$base$path" 2>/dev/null; do sleep 1; done
    wrk -t2 -c32 -d"${warmup}s" "$base$path" > /dev/null
    printf '%-9s round %s: ' "$variant" "$n"
    wrk -t2 -c32 -d"${round}s" "$base$path" | grep "Requests/sec"
    "$wlp/bin/server" stop bench > /dev/null
  done
done
