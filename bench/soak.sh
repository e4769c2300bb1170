#!/usr/bin/env bash
# Soak of the customer API (issue: chaos and soak). Not a test: it prints figures.
#
# Starts its own stack (port 18480, BENCH_INSTANCES (1) Payara Micro instances with every part, 512 MiB
# heap, a fresh database, the MongoDB stand-in as ./tortoise up keeps it (its H2 file, committed before each
# write is acknowledged), API write limits off) and drives it with bench/Load.java: BENCH_CLIENTS (64) clients
# of mixed API load (70 % reads, 20 % writes, 10 % sign-ins) for BENCH_DURATION s (60), every acknowledged
# write read back at the end. A dependency goes away at BENCH_KILL_AT s (20) of the load and comes back
# BENCH_DOWN s (10) later; nothing restarts Payara:
#   (1) no fault;
#   (2) kill -9 of the Artemis broker, started again by ./tortoise up (it restarts only what is gone);
#   (3) kill -9 of the MongoDB stand-in, started again by ./tortoise up;
#   (4) PostgreSQL stopped (fast shutdown) and started again: the machine's server, or the embedded one;
#   (5) kill -9 of Payara Micro, and ./tortoise up (the writes acknowledged before must all be there; the load
#       ends while it boots and reads back once the API answers again).
# Each run prints requests, errors by status and request, the seconds of the load in which errors were answered,
# latency, the requests over 2 s, and last `acknowledged writes: <W>, lost: <L>, duplicated: <D>`; the full
# outputs stay in bench/target/soak/; BENCH_RUNS (broker,mongo,postgres,payara) chooses the runs after (1).
# The local PostgreSQL server is restarted in (4): run it alone.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CLIENTS=${BENCH_CLIENTS:-64}
DURATION=${BENCH_DURATION:-60}
KILL_AT=${BENCH_KILL_AT:-20}
DOWN=${BENCH_DOWN:-10}
INSTANCES=${BENCH_INSTANCES:-1}
RUNS=${BENCH_RUNS:-broker,mongo,postgres,payara}
WORK=$ROOT/bench/target/soak

export RT_DATA_DIR=$ROOT/bench/target/soak-stack RT_HTTP_PORT=18480 RT_HAZELCAST_PORT=19150
export RT_MONGO_PORT=27517 RT_ARTEMIS_PORT=62116 RT_DB_NAME=redtortoise_bench_soak
export RT_JAVA_OPTS=${RT_JAVA_OPTS:--Xms512m -Xmx512m -XX:+UseSerialGC}
export RT_API_WRITE_LIMIT=0
# shellcheck source=bench/stack.sh
source "$ROOT/bench/stack.sh"

echo "(1) $INSTANCES instance(s), $CLIENTS clients for $DURATION s, no fault"
stack "$INSTANCES"
load soak "$DURATION"
sed -n '/^requests:/,$p' "$WORK/soak.txt"

fault() { # NAME TITLE STOP START: a run of the load with STOP at second KILL_AT and START DOWN s later
  [[ ",$RUNS," == *",$1,"* ]] || return 0
  echo "$2"
  start_load "$1" "$DURATION"
  sleep "$KILL_AT"
  eval "$3"
  sleep "$DOWN"
  eval "$4"
  echo "    back at $(date +%T)"
  wait "$LOADER"
  sed -n '/^requests:/,$p' "$WORK/$1.txt"
}

again() { # what ./tortoise up starts again of the stack
  RT_INSTANCES=$INSTANCES "$ROOT/tortoise" up >> "$WORK/up-again.txt" 2>&1
}

EMBEDDED_PG=$([[ -f $RT_DATA_DIR/run/postgres.pid ]] && echo yes || echo no)
postgres() { # stop | start: the machine's PostgreSQL server, or the embedded one ./tortoise up started
  case $EMBEDDED_PG-$1 in
    yes-stop) kill -INT "$(cat "$RT_DATA_DIR/run/postgres.pid")" ;;
    yes-start) again ;;
    no-stop) pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main stop -m fast ;;
    no-start) ( # the server outlives this run: it must not inherit our descriptors (a flock's lock among them)
      for fd in $(ls "/proc/$BASHPID/fd"); do ((fd > 2)) && eval "exec $fd>&-"; done
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start) ;;
  esac
  echo "    PostgreSQL: $1 at $(date +%T)"
}

fault broker "(2) the same stack, $DURATION s, kill -9 of the broker at second $KILL_AT, started again $DOWN s later" \
  "kill_now artemis" again
fault mongo "(3) the same stack, $DURATION s, kill -9 of the MongoDB stand-in at second $KILL_AT, started again $DOWN s later" \
  "kill_now mongo" again
fault postgres "(4) the same stack, $DURATION s, PostgreSQL stopped at second $KILL_AT, started again $DOWN s later" \
  "postgres stop" "postgres start"
fault payara "(5) the same stack, $DURATION s, kill -9 of Payara Micro at second $KILL_AT, ./tortoise up $DOWN s later" \
  "kill_now $( ((INSTANCES > 1)) && echo payara-1 || echo payara)" again
