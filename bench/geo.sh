#!/usr/bin/env bash
# Benchmark of geo-blocking's cost (issue: the edge). Not a test: it prints figures.
#
# Starts its own stack (API and orchestration parts, port 18280, loopback trusted as a proxy so the requests
# can come from a German address through X-Forwarded-For), seeds 40 articles, warms up for BENCH_WARMUP
# seconds (60), then measures GET /api/articles?limit=20 with wrk (Debian package `wrk`, 2 threads, 32
# connections, BENCH_DURATION seconds (20) each) with the policy OFF and with ALLOW [DE] in turn, BENCH_ROUNDS
# times (2), in the same run, and prints req/s and p99 of each and the cost of the door in percent.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WARMUP=${BENCH_WARMUP:-60}
DURATION=${BENCH_DURATION:-20}
ROUNDS=${BENCH_ROUNDS:-2}
GERMANY=81.169.145.1
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }

export RT_DATA_DIR=$ROOT/bench/target/geo-stack RT_HTTP_PORT=18280 RT_HAZELCAST_PORT=18950
export RT_MONGO_PORT=27317 RT_ARTEMIS_PORT=61916 RT_DB_NAME=redtortoise_bench_geo RT_PARTS=api,orchestration
export RT_JAVA_OPTS=${RT_JAVA_OPTS:--Xms512m -Xmx512m -XX:+UseSerialGC}
export RT_TRUSTED_PROXIES=127.0.0.1/32 RT_GEOBLOCK_REFRESH=PT1S RT_ADMIN_PASSWORD=bench-only-admin-password
"$ROOT/tortoise" down >/dev/null 2>&1 || true
trap '"$ROOT/tortoise" down >/dev/null 2>&1 || true' EXIT
"$ROOT/tortoise" up | grep -E 'ready|Payara' || true
BASE=http://localhost:$RT_HTTP_PORT

policy() { # MODE: OFF, or ALLOW with Germany only; waits until the API part applies it
  curl -sf -u "admin:$RT_ADMIN_PASSWORD" -X PUT -H 'Content-Type: application/json' "$BASE/orchestration/ops/geo-policy" \
    -d "{\"mode\":\"$1\",\"countries\":[\"DE\"],\"exemptPaths\":[\"/health\"]}" >/dev/null
  local expected=200
  [[ "$1" == ALLOW ]] && expected=403
  until [[ $(curl -s -o /dev/null -w '%{http_code}' -H 'X-Forwarded-For: 8.8.8.8' "$BASE/api/tags") == "$expected" ]]; do sleep 0.2; done
}

echo "seeding 40 articles through the API..."
run=$(date +%s)
token=$(curl -sf -X POST "$BASE/api/users" -H 'Content-Type: application/json' \
  -d "{\"user\":{\"username\":\"geo$run\",\"email\":\"geo$run@bench.example\",\"password\":\"bench-password\"}}" \
  | sed -E 's/.*"token":"([^"]*)".*/\1/')
for a in $(seq 1 40); do
  curl -sf -X POST "$BASE/api/articles" -H 'Content-Type: application/json' -H "Authorization: Token $token" \
    -d "{\"article\":{\"title\":\"Geo article $a of run $run\",\"description\":\"d\",\"body\":\"Body $a\",\"tagList\":[\"geo$((a % 5))\"]}}" >/dev/null
done

URL="$BASE/api/articles?limit=20"
echo "warming up for $WARMUP s (half with the door on)..."
policy ALLOW
wrk -t2 -c32 -d$((WARMUP / 2))s -H "X-Forwarded-For: $GERMANY" "$URL" >/dev/null
policy OFF
wrk -t2 -c32 -d$((WARMUP - WARMUP / 2))s -H "X-Forwarded-For: $GERMANY" "$URL" >/dev/null

declare -A total=([OFF]=0 [ALLOW]=0)
echo "measuring GET /api/articles?limit=20 from $GERMANY: wrk, 2 threads, 32 connections, $DURATION s each"
for round in $(seq 1 "$ROUNDS"); do
  for mode in OFF ALLOW; do
    policy "$mode"
    out=$(wrk -t2 -c32 -d"${DURATION}s" --latency -H "X-Forwarded-For: $GERMANY" "$URL")
    if grep -q 'Non-2xx' <<<"$out"; then echo "$mode: refused requests during the run:"; echo "$out"; exit 1; fi
    rate=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    printf 'round %d, policy %-5s %10s req/s   p99 %8s\n' "$round" "$mode" "$rate" "$(awk '$1 == "99%" {print $2}' <<<"$out")"
    total[$mode]=$(awk -v a="${total[$mode]}" -v b="$rate" 'BEGIN {print a + b}')
  done
done
awk -v off="${total[OFF]}" -v on="${total[ALLOW]}" \
  'BEGIN {printf "geo-blocking cost: %.1f %% of the article list'"'"'s throughput (door on %.0f vs off %.0f req/s, mean of rounds)\n", (off - on) * 100 / off, on / '"$ROUNDS"', off / '"$ROUNDS"'}'
