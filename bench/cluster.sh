#!/usr/bin/env bash
# Benchmark of several instances and of failover (issue: tests and figures). Not a test: it prints figures.
#
# Starts its own stacks (port 18380, instances on 18381 and 18382, every part as `./tortoise up` runs them;
# 512 MiB heap each, a fresh database, the MongoDB stand-in in memory, API write limits off) and
# drives them with bench/Load.java: BENCH_CLIENTS (64) clients of mixed API load (70 % reads, 20 % writes,
# 10 % sign-ins), every acknowledged write read back at the end.
#   (a) one instance: warm-up BENCH_WARMUP s (30), then BENCH_DURATION s (30) measured;
#   (b) two instances behind HAProxy (RT_INSTANCES=2): the same;
#   (c) the same two instances, BENCH_FAILOVER s (60), payara-1 killed with kill -9 at BENCH_KILL_AT s (30) of
#       the load and left dead: HAProxy's health check takes it out and payara-2 serves the rest alone.
# The load tool runs on the same cores as the stack. Each run's full output is kept in bench/target/cluster/.
# Prints a table (throughput, p99, failed requests, acknowledged writes lost and duplicated) and last
# `failover: <F> requests failed, <L> acknowledged writes lost`.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CLIENTS=${BENCH_CLIENTS:-64}
WARMUP=${BENCH_WARMUP:-30}
DURATION=${BENCH_DURATION:-30}
FAILOVER=${BENCH_FAILOVER:-60}
KILL_AT=${BENCH_KILL_AT:-30}
WORK=$ROOT/bench/target/cluster

export RT_DATA_DIR=$ROOT/bench/target/cluster-stack RT_HTTP_PORT=18380 RT_HAZELCAST_PORT=19100
export RT_MONGO_PORT=27417 RT_ARTEMIS_PORT=62016 RT_DB_NAME=redtortoise_bench_cluster
export RT_JAVA_OPTS=${RT_JAVA_OPTS:--Xms512m -Xmx512m -XX:+UseSerialGC}
export RT_MONGO_STORE=${RT_MONGO_STORE:-memory} RT_API_WRITE_LIMIT=0
# shellcheck source=bench/stack.sh
source "$ROOT/bench/stack.sh"

row() { # LABEL NAME: one line of the table from a run's output
  local out=$WORK/$2.txt
  printf '%-40s %9s %10s %8s %6s %12s\n' "$1" \
    "$(awk '/^requests:/ {print $6}' "$out")" "$(awk '/^latency:/ {print $6 " " $7}' "$out" | tr -d ,)" \
    "$(awk '/^failed:/ {print $2}' "$out")" "$(sed -nE 's/^acknowledged writes: ([0-9]+),.*/\1/p' "$out")" \
    "$(sed -nE 's/^acknowledged writes: .*, lost: ([0-9]+), duplicated: ([0-9]+)$/\1 \/ \2/p' "$out")"
}

echo "(a) one instance: warm-up $WARMUP s, then $DURATION s measured, $CLIENTS clients"
stack 1
load one-warmup "$WARMUP"
load one "$DURATION"
figures one

echo "(b) two instances behind HAProxy: warm-up $WARMUP s, then $DURATION s measured"
stack 2
load two-warmup "$WARMUP"
load two "$DURATION"
figures two

echo "(c) two instances, $FAILOVER s, kill -9 of payara-1 at second $KILL_AT (left dead)"
start_load failover "$FAILOVER"
sleep "$KILL_AT"
kill_now payara-1
wait "$LOADER"
sed -n '/^load: started/,$p' "$WORK/failover.txt"

echo
printf '%-40s %9s %10s %8s %6s %12s\n' "run ($CLIENTS clients)" "req/s" "p99" "failed" "writes" "lost / dupl."
row "(a) 1 instance, $DURATION s" one
row "(b) 2 instances, $DURATION s" two
row "(c) 2 instances, kill -9 at $KILL_AT of $FAILOVER s" failover
failed=$(awk '/^failed:/ {print $2}' "$WORK/failover.txt")
lost=$(sed -nE 's/^acknowledged writes: .*, lost: ([0-9]+),.*/\1/p' "$WORK/failover.txt")
echo "failover: $failed requests failed, $lost acknowledged writes lost"
