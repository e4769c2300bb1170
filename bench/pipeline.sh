#!/usr/bin/env bash
# Benchmark of the data acquisition pipeline (issue: data acquisition pipeline). Not a test: it prints figures.
#
# Starts its own stack (fresh MongoDB stand-in data, port 18280) with the API and orchestration parts, unless
# BENCH_URL points at a running one (then BENCH_PID names its Payara process and BENCH_ADMIN_PASSWORD the
# console administrator's password). The MongoDB stand-in keeps documents in memory (RT_MONGO_STORE=file for
# its H2 store). Generates BENCH_RECORDS (200000) articles as NDJSON with bench/ArticleFile.java, warms up with
# BENCH_WARMUP_IMPORTS (3) bulk-imports of BENCH_WARMUP_RECORDS (50000) others, each under a new source (after
# a single one, Payara's compiled code was still cold: five rounds climbed from 19,000 to 26,000 docs/s, and on a
# stack that had run ten imports they gave 28,000-31,000), then BENCH_ROUNDS (5) times: imports them with the
# bulk-import job under a new source (two partitions per core), then, in the same run and into the same
# store, inserts the same articles with the raw driver's insertMany in batches of 1,000 into a collection with
# the same unique slug index (bench/RawInsert.java), and removes both, so that each round starts from the same
# store. Prints each round's rates in docs/s (the pipeline's over its import step) and their ratio, the median
# of those ratios (single rounds swung ±10 % here: the stand-in's garbage collector stops it for up to a
# second), the median rates, and Payara's RSS (before, after, peak). Then it times feed-import of one RSS
# feed of BENCH_FEED_ITEMS (5000) items. Run it with BENCH_RECORDS=1000000 BENCH_ROUNDS=1 RT_MONGO_HEAP=10g
# too (the in-memory stand-in holds both million-document collections at the end of a round): Payara's
# memory should stay flat as the file grows.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RECORDS=${BENCH_RECORDS:-200000}
WARMUP_RECORDS=${BENCH_WARMUP_RECORDS:-50000}
WARMUP_IMPORTS=${BENCH_WARMUP_IMPORTS:-3}
ROUNDS=${BENCH_ROUNDS:-5}
FEED_ITEMS=${BENCH_FEED_ITEMS:-5000}
WORK=$ROOT/bench/target/pipeline
mkdir -p "$WORK"

if [[ -z "${BENCH_URL:-}" ]]; then
  export RT_DATA_DIR=$ROOT/bench/target/pipeline-stack RT_HTTP_PORT=18280 RT_HAZELCAST_PORT=19000
  export RT_MONGO_PORT=27317 RT_ARTEMIS_PORT=61916 RT_DB_NAME=redtortoise_bench_pipeline
  # the API part registers the owner of the imported articles; the orchestration part runs the jobs (its
  # first sign-in creates the console administrator from RT_ADMIN_PASSWORD)
  export RT_PARTS=${RT_PARTS:-api,orchestration} RT_MONGO_HEAP=${RT_MONGO_HEAP:-6g}
  # in memory by default: the H2 file store's speed swung 5-fold between identical runs here, and under
  # concurrent load it sometimes lost pages ("Chunk N not found"); RT_MONGO_STORE=file measures it anyway
  export RT_MONGO_STORE=${RT_MONGO_STORE:-memory}
  # the scheduled aggregate job (every 15 minutes) reads every article: when it fell into the measured
  # import it took half of the store's CPU and the rate swung between runs; here it runs once a year
  export RT_SCHEDULE_AGGREGATE=${RT_SCHEDULE_AGGREGATE:-0 0 0 1 1 *}
  "$ROOT/tortoise" down >/dev/null 2>&1 || true
  # a fresh start: the store, and the database (its console administrator has this data directory's password)
  rm -rf "$RT_DATA_DIR/mongo"
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $RT_DB_NAME" >/dev/null
  trap '"$ROOT/tortoise" down >/dev/null 2>&1 || true' EXIT
  "$ROOT/tortoise" up | grep -E 'ready|Payara' || true
  BENCH_URL=http://localhost:$RT_HTTP_PORT
  BENCH_PID=$(cat "$RT_DATA_DIR/run/payara.pid")
  BENCH_ADMIN_PASSWORD=$(cat "$RT_DATA_DIR/admin-password")
  MONGO_URL=mongodb://127.0.0.1:$RT_MONGO_PORT
fi
MONGO_URL=${MONGO_URL:-${RT_MONGO_URL:?set RT_MONGO_URL to the store of the running stack}}
OPS=$BENCH_URL/orchestration/ops
ops() { # METHOD PATH [JSON]
  curl -sf -u "admin:$BENCH_ADMIN_PASSWORD" -X "$1" "$OPS$2" -H 'Content-Type: application/json' ${3:+-d "$3"}
}
field() { # PYTHON-EXPRESSION over the JSON on stdin, named r
  python3 -c "import json, sys; r = json.load(sys.stdin); print($1)"
}
rss() { echo "$(( $(awk '/VmRSS/ {print $2}' "/proc/$BENCH_PID/status") / 1024 )) MiB"; }
peak() { echo "$(( $(awk '/VmHWM/ {print $2}' "/proc/$BENCH_PID/status") / 1024 )) MiB"; }
await() { # EXECUTION -> prints the final JSON
  local run
  while run=$(ops GET "/executions/$1") && [[ "$run" =~ \"status\":\"(STARTING|STARTED|STOPPING)\" ]]; do sleep 1; done
  echo "$run"
}
seconds() { # run|step: seconds from start to end of the run JSON on stdin, or of its import step
  python3 -c '
import json, sys
from datetime import datetime
r = json.load(sys.stdin)
part = r if sys.argv[1] == "run" else next(s for s in r["steps"] if s["name"] == "import")
at = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))
print("%.1f" % (at(part["ended"]) - at(part["started"])).total_seconds())' "$1"
}

warmup=$WORK/warmup-$WARMUP_RECORDS.ndjson
[[ -f "$warmup" ]] || java "$ROOT/bench/ArticleFile.java" "$WARMUP_RECORDS" "$warmup"
file=$WORK/articles-$RECORDS.ndjson
[[ -f "$file" ]] || java "$ROOT/bench/ArticleFile.java" "$RECORDS" "$file"
feed=$WORK/feed-$FEED_ITEMS.xml
[[ -f "$feed" ]] || java "$ROOT/bench/ArticleFile.java" "$FEED_ITEMS" "$feed"

run=$(date +%s)
curl -sf -X POST "$BENCH_URL/api/users" -H 'Content-Type: application/json' \
  -d "{\"user\":{\"username\":\"bench$run\",\"email\":\"bench$run@bench.example\",\"password\":\"bench-password\"}}" >/dev/null
echo "warming up: $WARMUP_IMPORTS bulk-imports of $WARMUP_RECORDS other articles..."
for warming in $(seq 1 "$WARMUP_IMPORTS"); do
  warm=$(ops POST /sources "{\"name\":\"bench-warmup-$run-$warming\",\"location\":\"$warmup\",\"owner\":\"bench$run\",\"enabled\":false}" | field "r['id']")
  await "$(ops POST /jobs/bulk-import "{\"source\":\"$warm\",\"file\":\"$warmup\"}" | field "r['execution']")" >/dev/null
done
jars=$(find ~/.m2/repository/org/mongodb -name '*-5.5.1.jar' \( -name 'mongodb-driver-sync-*' -o -name 'mongodb-driver-core-*' -o -name 'bson-5*' \) | tr '\n' ':')
echo "$ROUNDS rounds of: bulk-import of $RECORDS articles ($(du -h "$file" | cut -f1)) under a new source, then raw insertMany of the same"
echo "Payara RSS before: $(rss)"
pipeline_rates=() raw_rates=() ratios=() run_ratios=()
for round in $(seq 1 "$ROUNDS"); do
  source=$(ops POST /sources "{\"name\":\"bench-bulk-$run-$round\",\"location\":\"$file\",\"owner\":\"bench$run\",\"enabled\":false}" | field "r['id']")
  execution=$(ops POST /jobs/bulk-import "{\"source\":\"$source\",\"file\":\"$file\"${BENCH_PARTITIONS:+,\"partitions\":\"$BENCH_PARTITIONS\"}}" | field "r['execution']")
  result=$(await "$execution")
  [[ "$result" == *'"status":"COMPLETED"'* ]] || { echo "bulk-import did not complete: $result"; exit 1; }
  pipeline_seconds=$(seconds step <<<"$result")
  pipeline_rates+=("$(python3 -c "print(round($RECORDS / $pipeline_seconds))")")
  run_seconds=$(seconds run <<<"$result")
  run_rate=$(python3 -c "print(round($RECORDS / $run_seconds))")
  echo "round $round pipeline: $RECORDS docs in $pipeline_seconds s = ${pipeline_rates[-1]} docs/s in the import step; the whole run $run_seconds s = $run_rate docs/s with the reject check and the tag-counts step ($(field "r['exitStatus']" <<<"$result")); Payara RSS $(rss)"
  # the raw insert ends by removing this round's imported articles: every round starts from the same store
  raw=$(java -cp "$jars" "$ROOT/bench/RawInsert.java" "$MONGO_URL" "${RT_MONGO_DATABASE:-redtortoise}" "$file" "$source" 2>/dev/null)
  raw_rates+=("$(sed -E 's/.*= ([0-9]+) docs\/s/\1/' <<<"$raw")")
  ratios+=("$(python3 -c "print(round(100 * ${pipeline_rates[-1]} / ${raw_rates[-1]}))")")
  run_ratios+=("$(python3 -c "print(round(100 * $run_rate / ${raw_rates[-1]}))")")
  echo "round $round $raw (into a collection with the same unique slug index): pipeline / raw ${ratios[-1]} % (whole run ${run_ratios[-1]} %)"
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
pipeline_rate=$(median "${pipeline_rates[@]}") raw_rate=$(median "${raw_rates[@]}")
echo "median of the rounds' pipeline / raw: $(median "${ratios[@]}") % (rounds: ${ratios[*]})"
echo "the same over the whole run: $(median "${run_ratios[@]}") % (rounds: ${run_ratios[*]})"
echo "median pipeline $pipeline_rate docs/s, median raw $raw_rate docs/s: their ratio $(python3 -c "print('%.0f %%' % (100 * $pipeline_rate / $raw_rate))")"
echo "Payara RSS after: $(rss), peak $(peak)"

feed_source=$(ops POST /sources "{\"name\":\"bench-feed-$run\",\"location\":\"$feed\",\"owner\":\"bench$run\",\"enabled\":false}" | field "r['id']")
result=$(await "$(ops POST /jobs/feed-import "{\"source\":\"$feed_source\"}" | field "r['execution']")")
echo "feed-import of one $FEED_ITEMS-item RSS feed: import step $(seconds step <<<"$result") s, whole run $(seconds run <<<"$result") s ($(field "r['exitStatus']" <<<"$result"))"
