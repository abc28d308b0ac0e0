#!/usr/bin/env bash
# Issue 18's cost check: a cached GET answered from the JCache store (Hazelcast, one embedded member) against the same
# route answered from the in-memory store, side by side on one Open Liberty: the cluster test's WAR deployed twice,
# at /jcache (its own configuration: routehandlers.cache.store=jcache) and at /memory (the same WAR with
# routehandlers.cache.store=memory from server.xml's appProperties). Both warmed up for WARMUP seconds (default 20),
# then alternating rounds (ROUNDS, default 3) of ROUND seconds (default 10) with wrk. Needs wrk. From the project root:
#   bash benchmarks/cluster.sh
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${ROUNDS:-3}"; warmup="${WARMUP:-20}"; round="${ROUND:-10}"
port=9280
./mvnw -B -q -pl cluster-it -am -DskipTests package
./mvnw -B -q -pl cluster-it -DskipTests=false liberty:create
wlp=cluster-it/target/liberty/wlp
server="$wlp/usr/servers/defaultServer"
mkdir -p "$server/apps"
cp cluster-it/target/routehandlers-cluster-it.war "$server/apps/jcache.war"
cp cluster-it/target/routehandlers-cluster-it.war "$server/apps/memory.war"
cat > "$server/server.xml" <<XML
<server>
    <featureManager>
        <feature>servlet-6.0</feature><feature>restfulWS-3.1</feature><feature>jsonb-3.0</feature>
        <feature>cdi-4.0</feature><feature>mpConfig-3.1</feature><feature>concurrent-3.0</feature>
    </featureManager>
    <httpEndpoint id="defaultHttpEndpoint" host="*" httpPort="$port" httpsPort="-1"/>
    <webApplication location="jcache.war" contextRoot="/jcache"/>
    <webApplication location="memory.war" contextRoot="/memory">
        <appProperties><property name="routehandlers.cache.store" value="memory"/></appProperties>
    </webApplication>
</server>
XML
printf -- '-Dcluster.node=bench\n-Dcluster.hazelcast.port=5781\n-Dcluster.name=bench-%s\n' "$(date +%s)" > "$server/jvm.options"
trap '"$wlp/bin/server" stop defaultServer > /dev/null 2>&1 || true' EXIT
"$wlp/bin/server" start defaultServer --clean > /dev/null
for variant in jcache memory; do
  until curl -fsS -o /dev/null "http://localhost:$port/$variant/cached/lamp" 2>/dev/null; do sleep 1; done
  printf '%-7s X-Route-Cache: %s\n' "$variant" \
    "$(curl -fsS -D - -o /dev/null "http://localhost:$port/$variant/cached/lamp" | tr -d '\r' | sed -n 's/^X-Route-Cache: //p')"
done
for variant in jcache memory; do
  wrk -t2 -c32 -d"${warmup}s" "http://localhost:$port/$variant/cached/lamp" > /dev/null
done
for n in $(seq 1 "$rounds"); do
  for variant in jcache memory; do
    printf '%-7s round %s: ' "$variant" "$n"
    wrk -t2 -c32 -d"${round}s" "http://localhost:$port/$variant/cached/lamp" | grep "Requests/sec"
  done
done
grep -c 'route cache.*JCache store\|Route cache: JCache' "$server/logs/messages.log" | sed 's/^/JCache stores started: /'
