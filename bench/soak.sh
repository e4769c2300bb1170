#!/usr/bin/env bash
# Soak of the customer API (issue: chaos and soak). Not a test: it prints figures.
#
# Starts its own stack (port 18480, BENCH_INSTANCES (1) Payara Micro instances with every part, 512 MiB
# heap, a fresh database, the MongoDB stand-in in memory, API write limits off) and drives it with
# bench/Load.java: BENCH_CLIENTS (64) clients of mixed API load (70 % reads, 20 % writes, 10 % sign-ins) for
# BENCH_DURATION s (60), every acknowledged write read back at the end.
#   (1) no fault;
#   (2) kill -9 of the Artemis broker at BENCH_KILL_AT s (20) of the load; BENCH_BROKER_DOWN s (10) later
#       ./tortoise up starts it again (it restarts only what is gone) and Payara reconnects on its own.
# Each run prints requests, errors by status and request, the seconds of the load in which errors were answered,
# latency, and last `acknowledged writes: <W>, lost: <L>, duplicated: <D>`; the full outputs stay in
# bench/target/soak/.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CLIENTS=${BENCH_CLIENTS:-64}
DURATION=${BENCH_DURATION:-60}
KILL_AT=${BENCH_KILL_AT:-20}
BROKER_DOWN=${BENCH_BROKER_DOWN:-10}
INSTANCES=${BENCH_INSTANCES:-1}
WORK=$ROOT/bench/target/soak

export RT_DATA_DIR=$ROOT/bench/target/soak-stack RT_HTTP_PORT=18480 RT_HAZELCAST_PORT=19150
export RT_MONGO_PORT=27517 RT_ARTEMIS_PORT=62116 RT_DB_NAME=redtortoise_bench_soak
export RT_JAVA_OPTS=${RT_JAVA_OPTS:--Xms512m -Xmx512m -XX:+UseSerialGC}
export RT_MONGO_STORE=${RT_MONGO_STORE:-memory} RT_API_WRITE_LIMIT=0
# shellcheck source=bench/stack.sh
source "$ROOT/bench/stack.sh"

echo "(1) $INSTANCES instance(s), $CLIENTS clients for $DURATION s, no fault"
stack "$INSTANCES"
load soak "$DURATION"
sed -n '/^requests:/,$p' "$WORK/soak.txt"

echo "(2) the same stack, $DURATION s, kill -9 of the broker at second $KILL_AT, started again $BROKER_DOWN s later"
start_load broker "$DURATION"
sleep "$KILL_AT"
kill_now artemis
sleep "$BROKER_DOWN"
RT_INSTANCES=$INSTANCES "$ROOT/tortoise" up > "$WORK/up-again.txt" 2>&1
echo "    broker started again at $(date +%T)"
wait "$LOADER"
sed -n '/^requests:/,$p' "$WORK/broker.txt"
