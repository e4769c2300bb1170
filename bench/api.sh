#!/usr/bin/env bash
# Benchmark of the customer API (issue: Conduit API). Not a test: it prints figures.
#
# Starts its own stack (fresh MongoDB stand-in data, port 18180, 512 MiB heap) with the API part alone on
# Payara Micro, as API instances run in production (RT_PARTS=api), unless BENCH_URL points at a running
# one (then BENCH_PID names its Payara process for the RSS figure). Seeds 5 users and 200
# articles with 2-4 tags each from 20 tags through the API, warms up for BENCH_WARMUP seconds (120), then
# measures GET /api/articles?limit=20 and GET /api/tags with wrk (Debian package `wrk`), 2 threads and 32
# connections, BENCH_DURATION seconds (20) each, and prints req/s, p50, p99 and the server's RSS.
# Finally it checks that a write is visible in the very next read of both endpoints, and (unless
# BENCH_CEILING=0) measures the server's own ceiling the same way: a constant 20-tag answer from a JAX-RS
# resource alone on a Payara Micro with the same JVM settings (bench/ceiling/), so the figures can be
# read as a share of what this machine allows.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WARMUP=${BENCH_WARMUP:-120}
DURATION=${BENCH_DURATION:-20}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }

if [[ -z "${BENCH_URL:-}" ]]; then
  export RT_DATA_DIR=$ROOT/bench/target/api-stack RT_HTTP_PORT=18180 RT_HAZELCAST_PORT=18900
  export RT_MONGO_PORT=27217 RT_ARTEMIS_PORT=61816 RT_DB_NAME=redtortoise_bench
  export RT_JAVA_OPTS=${RT_JAVA_OPTS:--Xms512m -Xmx512m -XX:+UseSerialGC} RT_PARTS=${RT_PARTS:-api}
  # the seeding writes 205 times from one address: over the per-client write limit's default of 120 a minute
  export RT_API_WRITE_LIMIT=0
  "$ROOT/tortoise" down >/dev/null 2>&1 || true
  rm -rf "$RT_DATA_DIR/mongo"
  trap '"$ROOT/tortoise" down >/dev/null 2>&1 || true' EXIT
  "$ROOT/tortoise" up | grep -E 'ready|Payara' || true
  BENCH_URL=http://localhost:$RT_HTTP_PORT
  BENCH_PID=$(cat "$RT_DATA_DIR/run/payara.pid")
fi
API=$BENCH_URL/api

post() { # PATH TOKEN JSON -> body
  curl -sf -X POST "$API$1" -H 'Content-Type: application/json' ${2:+-H "Authorization: Token $2"} -d "$3"
}
field() { # NAME: the string value of a JSON field on stdin
  sed -E "s/.*\"$1\":\"([^\"]*)\".*/\\1/"
}

echo "seeding 5 users and 200 articles through the API..."
run=$(date +%s)
tokens=()
for u in 1 2 3 4 5; do
  name=bench${run}u$u
  tokens+=("$(post /users "" "{\"user\":{\"username\":\"$name\",\"email\":\"$name@bench.example\",\"password\":\"bench-password\"}}" | field token)")
done
for a in $(seq 1 200); do
  count=$((2 + a % 3)) tags=""
  for t in $(seq 1 $count); do tags+="${tags:+,}\"tag$(( (a * 7 + t * 3) % 20 + 1 ))\""; done
  post /articles "${tokens[$((a % 5))]}" "{\"article\":{\"title\":\"Bench article $a of run $run\",\"description\":\"Article $a\",\"body\":\"Body of article $a, long enough to look like one. $(printf 'word %.0s' $(seq 1 40))\",\"tagList\":[$tags]}}" >/dev/null
done

echo "warming up for $WARMUP s..."
wrk -t2 -c32 -d$((WARMUP / 2))s "$API/articles?limit=20" >/dev/null
wrk -t2 -c32 -d$((WARMUP - WARMUP / 2))s "$API/tags" >/dev/null

measure() { # NAME URL
  local out
  out=$(wrk -t2 -c32 -d"${DURATION}s" --latency "$2")
  if grep -q 'Non-2xx' <<<"$out"; then echo "$1: errors during the run:"; echo "$out"; exit 1; fi
  printf '%-28s %10s req/s   p50 %8s   p99 %8s\n' "$1" \
    "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '$1 == "50%" {print $2}' <<<"$out")" \
    "$(awk '$1 == "99%" {print $2}' <<<"$out")"
}
echo "measuring: wrk, 2 threads, 32 connections, $DURATION s each"
measure "GET /api/articles?limit=20" "$API/articles?limit=20"
measure "GET /api/tags" "$API/tags"
if [[ -n "${BENCH_PID:-}" ]]; then
  echo "server RSS: $(( $(awk '/VmRSS/ {print $2}' "/proc/$BENCH_PID/status") / 1024 )) MiB (peak $(( $(awk '/VmHWM/ {print $2}' "/proc/$BENCH_PID/status") / 1024 )) MiB)"
fi

slug=$(post /articles "${tokens[0]}" "{\"article\":{\"title\":\"Fresh after the run $run\",\"description\":\"d\",\"body\":\"b\",\"tagList\":[\"fresh$run\"]}}" | field slug)
first=$(curl -sf "$API/articles?limit=1" | field slug)
tags=$(curl -sf "$API/tags")
[[ "$first" == "$slug" && "$tags" == *"fresh$run"* ]] \
  && echo "a write is visible in the next read: yes" \
  || { echo "a write is NOT visible in the next read (first: $first, tags: $tags)"; exit 1; }

if [[ "${BENCH_CEILING:-1}" == 1 && -n "${RT_DATA_DIR:-}" ]]; then
  "$ROOT/tortoise" down >/dev/null 2>&1 || true
  ceiling=$ROOT/bench/target/ceiling
  rm -rf "$ceiling" && mkdir -p "$ceiling/war/WEB-INF/classes"
  api=$(find ~/.m2/repository/jakarta/platform/jakarta.jakartaee-api -name 'jakarta.jakartaee-api-10.0.0.jar' | head -1)
  javac -d "$ceiling/war/WEB-INF/classes" -cp "$api" "$ROOT/bench/ceiling/Constant.java"
  (cd "$ceiling/war" && jar cf ../api.war .)
  # shellcheck disable=SC2086
  (cd "$ceiling" && RT_HAZELCAST_PORT=18900 exec java $RT_JAVA_OPTS -jar "$ROOT/payara-config/target/runtime/payara-micro.jar" \
    --port 18181 --nocluster --nohostaware --prebootcommandfile "$ROOT/payara-config/target/runtime/pre-boot.asadmin" \
    --deploy api.war > log.txt 2>&1) &
  ceiling_pid=$!
  trap 'kill $ceiling_pid 2>/dev/null || true' EXIT
  until curl -sf http://localhost:18181/api/tags >/dev/null; do sleep 1; done
  echo "the server's ceiling: warming up for $WARMUP s..."
  wrk -t2 -c32 -d"${WARMUP}s" http://localhost:18181/api/tags >/dev/null
  measure "ceiling: constant 20 tags" http://localhost:18181/api/tags
fi
