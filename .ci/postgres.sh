#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL server for the engine's PostgreSQL tests, idempotently.
#   bash .ci/postgres.sh start   # installs the server if needed, starts it, prints the line to eval
#   bash .ci/postgres.sh stop    # stops the server started here, by its PID
# Runs as root (as CI does) and starts the server as the postgres user. Listens on 127.0.0.1 only, trust auth:
# a test-only cluster. Overrides: MCODEBENCH_PG_PORT (55432), MCODEBENCH_PG_DATA (/tmp/pgdata).
# Usage in .ci/run:  eval "$(bash .ci/postgres.sh start)"; ...; bash .ci/postgres.sh stop
set -euo pipefail

port="${MCODEBENCH_PG_PORT:-55432}"
data="${MCODEBENCH_PG_DATA:-/tmp/pgdata}"
log="${data}.log"
user=mcodebench
database=mcodebench

as_postgres() { su postgres -s /bin/bash -c "$*"; }

pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$bin" ] && [ -x "$bin/initdb" ] && echo "$bin"
}

server_pid() {
  # The first line of postmaster.pid is the server's PID; it counts only while that process is alive.
  [ -f "$data/postmaster.pid" ] || return 1
  local pid
  pid=$(head -n 1 "$data/postmaster.pid")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

install_server() {
  # Do not let the package create and start a default cluster on port 5432: this script runs its own.
  mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.d/mcodebench.conf
  apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
}

start() {
  local bin
  bin=$(pg_bin) || { install_server; bin=$(pg_bin); } || { echo "PostgreSQL could not be installed (apt-get install postgresql)." >&2; exit 1; }

  if ! server_pid >/dev/null; then
    if [ ! -f "$data/PG_VERSION" ]; then
      rm -rf "$data"
      mkdir -p "$data"
      chown postgres:postgres "$data"
      chmod 700 "$data"
      as_postgres "'$bin/initdb' -D '$data' --auth=trust --username=postgres --encoding=UTF8 --locale=C" >&2
    fi
    rm -f "$data/postmaster.pid"
    touch "$log" && chown postgres:postgres "$log"
    as_postgres "'$bin/pg_ctl' -D '$data' -o \"-p $port -k /tmp -h 127.0.0.1\" -l '$log' -w -t 60 start" >&2 \
      || { echo "PostgreSQL did not start; its log:" >&2; tail -n 30 "$log" >&2; exit 1; }
  fi

  local psql=("$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA)
  if [ "$("${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = '$user'")" != "1" ]; then
    "${psql[@]}" -c "CREATE ROLE $user LOGIN CREATEDB PASSWORD '$user'" >&2
  fi
  if [ "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" != "1" ]; then
    "${psql[@]}" -c "CREATE DATABASE $database OWNER $user" >&2
  fi

  echo "export MCODEBENCH_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=$user;Password=$user;Database=$database'"
}

stop() {
  local pid
  if ! pid=$(server_pid); then
    echo "PostgreSQL ($data) is not running." >&2
    return 0
  fi
  # SIGINT is PostgreSQL's fast shutdown: running transactions are rolled back, the server exits cleanly.
  kill -INT "$pid"
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || { echo "PostgreSQL (PID $pid) stopped." >&2; return 0; }
    sleep 0.2
  done
  echo "PostgreSQL (PID $pid) did not stop within 20 s; sending SIGQUIT." >&2
  kill -QUIT "$pid" 2>/dev/null || true
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
