#!/usr/bin/env bash
# Provision the PostgreSQL and Redis servers the test suite (and the distributed
# topology) needs, on loopback only, and hand their coordinates to the caller.
#
#   scripts/provision-servers.sh            provision (idempotent), print `export FLEXTIME_...=...` lines
#   eval "$(scripts/provision-servers.sh)"  ...and load them into the current shell
#   . scripts/provision-servers.sh          same as the eval form (sourced: exports the variables)
#   scripts/provision-servers.sh --status   show what is running
#   scripts/provision-servers.sh --stop     stop the servers this script started
#   scripts/provision-servers.sh --reset    provision, then drop and recreate database `flextime` and flush Redis
#
# If FLEXTIME_PG_URL (or FLEXTIME_REDIS_URL) is already set, that server is used as
# given and nothing is installed or started for it.
#
# Otherwise it installs the Debian packages `postgresql` / `redis-server` if missing,
# and runs a private PostgreSQL cluster (its own initdb, port 55432) and a private
# redis-server (port 56379), both bound to 127.0.0.1, under a state directory:
#   $FLEXTIME_SERVERS_DIR, default /var/lib/flextime when root, else ~/.cache/flextime.
# The cluster is tuned for tests (fsync off): never put real data in it.
#
# Environment overrides: FLEXTIME_SERVERS_DIR, FLEXTIME_PG_PORT (55432),
# FLEXTIME_REDIS_PORT (56379). All progress messages go to stderr; only the export
# lines go to stdout.

# --- sourced: run ourselves in a child bash and load the exports ------------------
if [[ "${BASH_SOURCE[0]}" != "$0" ]]; then
  _flextime_provision_out="$(bash "${BASH_SOURCE[0]}" "$@")" || {
    echo "provision-servers: failed (see messages above)" >&2
    unset _flextime_provision_out
    return 1
  }
  eval "$_flextime_provision_out"
  unset _flextime_provision_out
  return 0
fi

set -euo pipefail

PG_PORT="${FLEXTIME_PG_PORT:-55432}"
REDIS_PORT="${FLEXTIME_REDIS_PORT:-56379}"
HOST=127.0.0.1
DB_NAME=flextime
DB_USER=flextime
DB_PASSWORD=flextime

if [[ $EUID -eq 0 ]]; then
  STATE_DIR="${FLEXTIME_SERVERS_DIR:-/var/lib/flextime}"
else
  STATE_DIR="${FLEXTIME_SERVERS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/flextime}"
fi
PG_DIR="$STATE_DIR/pg"
PG_DATA="$PG_DIR/data"
PG_RUN="$PG_DIR/run"
PG_LOG="$PG_DIR/postgres.log"
REDIS_DIR="$STATE_DIR/redis"
REDIS_PID="$REDIS_DIR/redis.pid"
REDIS_LOG="$REDIS_DIR/redis.log"

say() { printf 'provision: %s\n' "$*" >&2; }
die() { printf 'provision: ERROR: %s\n' "$*" >&2; exit 1; }

tail_log() { # file
  if [[ -r "$1" ]]; then
    printf -- '---- last lines of %s ----\n' "$1" >&2
    tail -n 25 "$1" >&2 || true
    printf -- '----\n' >&2
  fi
}

alive() { # pid: running and not a zombie (a daemon's reaper may be slow, or absent)
  kill -0 "$1" 2>/dev/null || return 1
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 0
  stat="${stat##*) }"
  [[ "${stat%% *}" != Z ]]
}

# --- packages -----------------------------------------------------------------------
pg_bindir() { # the newest /usr/lib/postgresql/<version>/bin that has initdb, or nothing
  local d
  for d in /usr/lib/postgresql/*/bin; do
    if [[ -x "$d/initdb" && -x "$d/pg_ctl" ]]; then echo "$d"; fi
  done | sort -V | tail -n 1
}

APT_UPDATED=0
APT_LOG=/dev/null # set under the state directory in main
apt_install() { # packages...
  local -a sudo_cmd=()
  if [[ $EUID -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
      if [[ -t 0 ]]; then sudo_cmd=(sudo); else sudo_cmd=(sudo -n); fi
    else
      die "packages missing: $*; not root and no sudo. Install them: apt-get install -y $*  (or set FLEXTIME_PG_URL / FLEXTIME_REDIS_URL to existing servers)"
    fi
  fi
  command -v apt-get >/dev/null 2>&1 || die "packages missing: $* (no apt-get here; install PostgreSQL and Redis, or set FLEXTIME_PG_URL / FLEXTIME_REDIS_URL)"
  if [[ $APT_UPDATED -eq 0 ]]; then
    say "apt-get update"
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >"$APT_LOG" 2>&1 \
      || { tail_log "$APT_LOG"; die "apt-get update failed; install manually: apt-get install -y $*"; }
    APT_UPDATED=1
  fi
  say "installing: $*"
  # postinst scripts may fail to start the distro's own services in a container; we
  # don't use those, so judge success by the binaries we need (checked by the caller).
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >>"$APT_LOG" 2>&1 \
    || { tail_log "$APT_LOG"; say "apt-get install returned an error; checking whether the binaries are usable anyway"; }
}

ensure_packages() { # need_pg need_redis
  local -a missing=()
  if [[ $1 -eq 1 ]] && { [[ -z "$(pg_bindir)" ]] || ! command -v psql >/dev/null 2>&1; }; then
    missing+=(postgresql)
  fi
  if [[ $2 -eq 1 ]] && ! { command -v redis-server >/dev/null 2>&1 && command -v redis-cli >/dev/null 2>&1; }; then
    missing+=(redis-server)
  fi
  [[ ${#missing[@]} -eq 0 ]] && return 0
  apt_install "${missing[@]}"
  if [[ $1 -eq 1 ]] && [[ -z "$(pg_bindir)" ]]; then
    die "PostgreSQL is still missing after installing it (no /usr/lib/postgresql/*/bin/initdb)"
  fi
  if [[ $2 -eq 1 ]] && ! command -v redis-server >/dev/null 2>&1; then
    die "redis-server is still missing after installing it"
  fi
}

# --- PostgreSQL ---------------------------------------------------------------------
# Run a command as the cluster owner: `postgres` when we are root (initdb and the
# server refuse to run as root), ourselves otherwise.
as_pg_owner() {
  if [[ $EUID -eq 0 ]]; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

pg_superuser_sql() { # sql  (over the private unix socket, trust auth)
  "$BIN/psql" -X -q -h "$PG_RUN" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -tA -c "$1"
}

pg_app_login_ok() {
  PGPASSWORD="$DB_PASSWORD" PGCONNECT_TIMEOUT=5 "$BIN/psql" -X -q -h "$HOST" -p "$PG_PORT" \
    -U "$DB_USER" -d "$DB_NAME" -tA -c 'select 1' >/dev/null 2>&1
}

pg_ours_running() { # our cluster's postmaster is alive
  [[ -f "$PG_DATA/postmaster.pid" ]] || return 1
  local pid
  pid="$(head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] && alive "$pid"
}

pg_ensure_role_and_db() {
  local exists
  exists="$(pg_superuser_sql "select 1 from pg_roles where rolname = '$DB_USER'")" \
    || die "cannot reach the private cluster as superuser over $PG_RUN"
  if [[ "$exists" != 1 ]]; then
    say "creating role $DB_USER"
    pg_superuser_sql "create role $DB_USER login createdb password '$DB_PASSWORD'" >/dev/null
  else
    pg_superuser_sql "alter role $DB_USER login createdb password '$DB_PASSWORD'" >/dev/null
  fi
  exists="$(pg_superuser_sql "select 1 from pg_database where datname = '$DB_NAME'")"
  if [[ "$exists" != 1 ]]; then
    say "creating database $DB_NAME"
    pg_superuser_sql "create database $DB_NAME owner $DB_USER" >/dev/null
  fi
}

pg_write_config() {
  # Rewritten on every start so the settings follow this script.
  local conf="$PG_DATA/flextime.conf"
  cat >"$conf" <<EOF
# Written by scripts/provision-servers.sh on each start; edits are overwritten.
listen_addresses = '$HOST'
port = $PG_PORT
unix_socket_directories = '$PG_RUN'
unix_socket_permissions = 0700
max_connections = 300
# test server: durability off for speed
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  grep -q "^include_if_exists = 'flextime.conf'" "$PG_DATA/postgresql.conf" \
    || printf "\ninclude_if_exists = 'flextime.conf'\n" >>"$PG_DATA/postgresql.conf"
  [[ $EUID -eq 0 ]] && chown postgres: "$conf"
  return 0
}

provision_pg() {
  BIN="$(pg_bindir)"
  [[ -n "$BIN" ]] || die "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin"

  if "$BIN/pg_isready" -q -h "$HOST" -p "$PG_PORT" -t 3; then
    if pg_app_login_ok; then
      say "PostgreSQL already running on $HOST:$PG_PORT (reused)"
      return 0
    fi
    if pg_ours_running; then
      pg_ensure_role_and_db
      pg_app_login_ok || die "PostgreSQL on $HOST:$PG_PORT does not accept $DB_USER/$DB_PASSWORD on database $DB_NAME"
      say "PostgreSQL already running on $HOST:$PG_PORT (reused)"
      return 0
    fi
    die "port $PG_PORT is used by a PostgreSQL that is not ours and rejects $DB_USER/$DB_PASSWORD; stop it, or set FLEXTIME_PG_PORT, or set FLEXTIME_PG_URL/FLEXTIME_PG_USER/FLEXTIME_PG_PASSWORD to use it"
  fi

  if pg_ours_running; then
    # Ours, but not ready on this port: still starting, or started with another port.
    local j
    for ((j = 0; j < 10; j++)); do
      "$BIN/pg_isready" -q -h "$HOST" -p "$PG_PORT" -t 2 && break
      sleep 1
    done
    if "$BIN/pg_isready" -q -h "$HOST" -p "$PG_PORT" -t 2; then
      pg_ensure_role_and_db
      say "PostgreSQL already running on $HOST:$PG_PORT (reused)"
      return 0
    fi
    die "the private cluster in $PG_DATA is running but not answering on $HOST:$PG_PORT (started with another FLEXTIME_PG_PORT?); stop it with: scripts/provision-servers.sh --stop"
  fi

  if [[ $EUID -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || die "OS user 'postgres' not found (it comes with the postgresql package); the server cannot run as root"
  fi
  mkdir -p "$PG_DIR"
  chmod 0700 "$PG_DIR"
  [[ $EUID -eq 0 ]] && chown postgres: "$PG_DIR"
  as_pg_owner mkdir -p "$PG_RUN"
  as_pg_owner test -w "$PG_DIR" || die "$PG_DIR is not writable by the cluster owner; set FLEXTIME_SERVERS_DIR to a directory it can reach"

  if [[ ! -f "$PG_DATA/PG_VERSION" ]]; then
    say "initdb $PG_DATA ($("$BIN/postgres" --version))"
    rm -rf "$PG_DATA"
    as_pg_owner "$BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --no-locale \
      --auth-local=trust --auth-host=scram-sha-256 >"$PG_DIR/initdb.log" 2>&1 \
      || { tail_log "$PG_DIR/initdb.log"; die "initdb failed in $PG_DATA"; }
  elif [[ "$(cat "$PG_DATA/PG_VERSION")" != "$(basename "$(dirname "$BIN")")" ]]; then
    die "$PG_DATA was created by PostgreSQL $(cat "$PG_DATA/PG_VERSION") but $BIN is another major version; remove $PG_DATA (test data only) and retry"
  fi
  pg_write_config

  say "starting PostgreSQL on $HOST:$PG_PORT (log $PG_LOG)"
  # pg_ctl start daemonizes the server: keep it away from our stdout (the caller's
  # pipe) and from fd 9 (our lock), or it would hold both for its whole life.
  if ! as_pg_owner "$BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 start >/dev/null 2>&1 9>&-; then
    tail_log "$PG_LOG"
    die "PostgreSQL did not start on $HOST:$PG_PORT (is the port taken? see $PG_LOG)"
  fi
  local i
  for ((i = 0; i < 30; i++)); do
    "$BIN/pg_isready" -q -h "$HOST" -p "$PG_PORT" -t 2 && break
    sleep 1
  done
  "$BIN/pg_isready" -q -h "$HOST" -p "$PG_PORT" -t 2 || { tail_log "$PG_LOG"; die "PostgreSQL started but does not answer on $HOST:$PG_PORT"; }
  pg_ensure_role_and_db
  pg_app_login_ok || { tail_log "$PG_LOG"; die "cannot log in to $HOST:$PG_PORT/$DB_NAME as $DB_USER"; }
  say "PostgreSQL ready on $HOST:$PG_PORT"
}

# --- Redis --------------------------------------------------------------------------
redis_ping() {
  [[ "$(timeout 5 redis-cli -h "$HOST" -p "$REDIS_PORT" ping 2>/dev/null)" == PONG ]]
}

redis_ours_running() {
  local pid=""
  [[ -f "$REDIS_PID" ]] && pid="$(cat "$REDIS_PID" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] && alive "$pid"
}

provision_redis() {
  if redis_ping; then
    say "Redis already running on $HOST:$REDIS_PORT (reused)"
    return 0
  fi
  mkdir -p "$REDIS_DIR"
  chmod 0700 "$REDIS_DIR"
  say "starting redis-server on $HOST:$REDIS_PORT (log $REDIS_LOG)"
  if ! redis-server --bind "$HOST" --port "$REDIS_PORT" --protected-mode yes \
      --daemonize yes --pidfile "$REDIS_PID" --logfile "$REDIS_LOG" --dir "$REDIS_DIR" \
      --save '' --appendonly no >/dev/null 2>&1 9>&-; then
    tail_log "$REDIS_LOG"
    die "redis-server failed to start on $HOST:$REDIS_PORT"
  fi
  local i
  for ((i = 0; i < 30; i++)); do
    redis_ping && break
    # it exits at once when it cannot bind; don't wait the full 30 s for that
    if ((i >= 2)) && ! redis_ours_running; then break; fi
    sleep 1
  done
  redis_ping || { tail_log "$REDIS_LOG"; die "redis-server does not answer PING on $HOST:$REDIS_PORT (is the port taken? see $REDIS_LOG)"; }
  say "Redis ready on $HOST:$REDIS_PORT ($(redis-server --version | awk '{print $3}' | sed 's/^v=//'))"
}

# --- other modes --------------------------------------------------------------------
stop_servers() {
  local BIN
  BIN="$(pg_bindir)"
  if [[ -n "$BIN" ]] && pg_ours_running; then
    say "stopping PostgreSQL ($PG_DATA)"
    as_pg_owner "$BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 30 stop >/dev/null || die "pg_ctl stop failed"
  else
    say "PostgreSQL: ours is not running"
  fi
  local pid=""
  [[ -f "$REDIS_PID" ]] && pid="$(cat "$REDIS_PID" 2>/dev/null || true)"
  if [[ "$pid" =~ ^[0-9]+$ ]] && alive "$pid"; then
    say "stopping redis-server (pid $pid)"
    kill -TERM "$pid"
    local i
    for ((i = 0; i < 30; i++)); do alive "$pid" || break; sleep 1; done
    if alive "$pid"; then kill -KILL "$pid"; fi
    rm -f "$REDIS_PID"
  else
    say "Redis: ours is not running"
  fi
}

show_status() {
  local BIN rc=0
  BIN="$(pg_bindir)"
  echo "state directory: $STATE_DIR"
  if [[ -n "$BIN" ]] && "$BIN/pg_isready" -q -h "$HOST" -p "$PG_PORT" -t 3; then
    echo "PostgreSQL: up on $HOST:$PG_PORT$(pg_ours_running && echo ' (ours)')"
  else
    echo "PostgreSQL: not answering on $HOST:$PG_PORT"; rc=3
  fi
  if command -v redis-cli >/dev/null 2>&1 && redis_ping; then
    echo "Redis: up on $HOST:$REDIS_PORT"
  else
    echo "Redis: not answering on $HOST:$REDIS_PORT"; rc=3
  fi
  return $rc
}

reset_data() {
  if [[ -z "${FLEXTIME_PG_URL:-}" ]]; then
    say "dropping and recreating database $DB_NAME"
    pg_superuser_sql "drop database if exists $DB_NAME with (force)" >/dev/null
    pg_ensure_role_and_db
  fi
  if [[ -z "${FLEXTIME_REDIS_URL:-}" ]]; then
    say "flushing Redis"
    redis-cli -h "$HOST" -p "$REDIS_PORT" flushall >/dev/null
  fi
}

print_env() {
  local k
  for k in FLEXTIME_PG_URL FLEXTIME_PG_USER FLEXTIME_PG_PASSWORD FLEXTIME_REDIS_URL; do
    printf 'export %s=%q\n' "$k" "${!k}"
  done
}

# --- main ---------------------------------------------------------------------------
MODE=provision
case "${1:-}" in
  "" | --print-env) ;;
  --stop) MODE=stop ;;
  --status) MODE=status ;;
  --reset) MODE=reset ;;
  -h | --help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0" >&2; exit 0 ;;
  *) die "unknown option: $1 (use --status, --stop, --reset or no option)" ;;
esac

case "$MODE" in
  status) show_status; exit $? ;;
esac

mkdir -p "$STATE_DIR"
STATE_DIR="$(cd "$STATE_DIR" && pwd)"
PG_DIR="$STATE_DIR/pg" PG_DATA="$STATE_DIR/pg/data" PG_RUN="$STATE_DIR/pg/run" PG_LOG="$STATE_DIR/pg/postgres.log"
REDIS_DIR="$STATE_DIR/redis" REDIS_PID="$STATE_DIR/redis/redis.pid" REDIS_LOG="$STATE_DIR/redis/redis.log"
APT_LOG="$STATE_DIR/apt.log"
# The cluster owner (postgres, when we are root) must be able to reach its directory.
if [[ $EUID -eq 0 ]]; then chmod go+x "$STATE_DIR"; fi
# One provisioner at a time on this machine (the ports are machine-wide).
exec 9>"$STATE_DIR/.lock"
flock -w 300 9 || die "another provisioning run holds $STATE_DIR/.lock"

if [[ "$MODE" == stop ]]; then
  stop_servers
  exit 0
fi

NEED_PG=0
NEED_REDIS=0
[[ -z "${FLEXTIME_PG_URL:-}" ]] && NEED_PG=1
[[ -z "${FLEXTIME_REDIS_URL:-}" ]] && NEED_REDIS=1

if [[ $NEED_PG -eq 0 ]]; then say "using FLEXTIME_PG_URL as given: $FLEXTIME_PG_URL"; fi
if [[ $NEED_REDIS -eq 0 ]]; then say "using FLEXTIME_REDIS_URL as given: $FLEXTIME_REDIS_URL"; fi

ensure_packages "$NEED_PG" "$NEED_REDIS"

if [[ $NEED_PG -eq 1 ]]; then
  provision_pg
  FLEXTIME_PG_URL="jdbc:postgresql://$HOST:$PG_PORT/$DB_NAME"
  FLEXTIME_PG_USER="$DB_USER"
  FLEXTIME_PG_PASSWORD="$DB_PASSWORD"
else
  FLEXTIME_PG_USER="${FLEXTIME_PG_USER:-$DB_USER}"
  FLEXTIME_PG_PASSWORD="${FLEXTIME_PG_PASSWORD:-$DB_PASSWORD}"
fi
if [[ $NEED_REDIS -eq 1 ]]; then
  provision_redis
  FLEXTIME_REDIS_URL="redis://$HOST:$REDIS_PORT"
fi

if [[ "$MODE" == reset ]]; then
  [[ $NEED_PG -eq 1 ]] && BIN="$(pg_bindir)"
  reset_data
fi

print_env
