# Sourced by the benches that drive their own stack with bench/Load.java (bench/cluster.sh, bench/soak.sh).
# Expects ROOT, WORK (emptied here), CLIENTS and the stack's RT_* settings (RT_DATA_DIR, RT_HTTP_PORT, RT_DB_NAME...);
# stops the stack on exit.
rm -rf "$WORK" && mkdir -p "$WORK"
BASE=http://localhost:$RT_HTTP_PORT
trap '"$ROOT/tortoise" down >/dev/null 2>&1 || true' EXIT

stack() { # INSTANCES: a fresh stack (new databases) with that many Payara Micro instances
  "$ROOT/tortoise" down >/dev/null 2>&1 || true
  # MongoDB afresh too: the new accounts take the ids 1, 2... again, and an earlier run's profile under the
  # same id with a higher version counts as newer, so the new user's profile kept the old name (404 on follows)
  rm -rf "$RT_DATA_DIR/mongo"
  PGOPTIONS='-c client_min_messages=warning' psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $RT_DB_NAME"
  if ! RT_INSTANCES=$1 "$ROOT/tortoise" up > "$WORK/up-$1.txt" 2>&1; then
    tail -3 "$WORK/up-$1.txt"
    exit 1
  fi
  grep -E '^ready|HAProxy' "$WORK/up-$1.txt" | sed 's/^/    /'
}

load() { # NAME SECONDS: the load tool's run, its output kept in $WORK/NAME.txt
  java "$ROOT/bench/Load.java" "$BASE" "$CLIENTS" "$2" > "$WORK/$1.txt"
}

start_load() { # NAME SECONDS: the load tool's run in the background (its pid in LOADER), once its clients have started
  load "$1" "$2" &
  LOADER=$!
  until grep -q '^load: started' "$WORK/$1.txt" 2>/dev/null; do
    kill -0 "$LOADER" 2>/dev/null || { cat "$WORK/$1.txt"; exit 1; }
    sleep 0.1
  done
}

kill_now() { # PROCESS: kill -9 of a process ./tortoise started (a name in $RT_DATA_DIR/run)
  local victim
  victim=$(cat "$RT_DATA_DIR/run/$1.pid")
  kill -9 "$victim"
  echo "    killed $1 (pid $victim) with kill -9 at $(date +%T)"
}

figures() { # NAME: a run's main figures
  grep -E '^(requests|latency|failed|acknowledged)' "$WORK/$1.txt" | sed 's/^/    /'
}
