#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the store/postgres tests and prints
# its URL on stdout (everything else goes to stderr):
#
#	export ISNAD_POSTGRES_URL=$(.ci/postgres.sh)
#
# The server listens on a unix socket only (no TCP port is taken), trusts
# local connections, and keeps its data under $ISNAD_PG_DIR (default
# /tmp/isnad-pg). Calling the script again while the server runs prints the
# same URL without starting another; a stopped server in the directory is
# started again. Stop it with (as the postgres user when root):
#
#	pg_ctl -D /tmp/isnad-pg/data stop
#
# It uses Debian's PostgreSQL server binaries (/usr/lib/postgresql/N/bin),
# installing the postgresql package with apt-get when none are found. The
# server refuses to run as root, so as root it runs as the postgres user
# (created when missing).
set -euo pipefail

dir=${ISNAD_PG_DIR:-/tmp/isnad-pg}
port=${ISNAD_PG_PORT:-54329}
db=isnad_test
user=postgres

log() { echo "postgres.sh: $*" >&2; }

find_bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/postgres" ]; then
      echo "$d"; return 0
    fi
  done
  if command -v pg_config >/dev/null 2>&1; then
    d=$(pg_config --bindir)
    if [ -x "$d/initdb" ] && [ -x "$d/postgres" ]; then echo "$d"; return 0; fi
  fi
  return 1
}

bindir=$(find_bindir) || {
  log "no PostgreSQL server binaries: installing Debian's postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >&2
  bindir=$(find_bindir) || { log "still no server binaries after installing postgresql"; exit 1; }
}

# as runs a command as the server's OS user: postgres when we are root,
# ourselves otherwise.
if [ "$(id -u)" = 0 ]; then
  if ! id "$user" >/dev/null 2>&1; then
    log "creating OS user $user"
    useradd --system --no-create-home --shell /usr/sbin/nologin "$user"
  fi
  as() { runuser -u "$user" -- "$@"; }
else
  user=$(id -un)
  as() { "$@"; }
fi

data=$dir/data
sock=$dir/sock
url="postgres://$user@/$db?host=$sock&port=$port&sslmode=disable"

mkdir -p "$dir"
if [ "$(id -u)" = 0 ]; then chown "$user" "$dir"; fi
as mkdir -p "$sock"

if [ ! -s "$data/PG_VERSION" ]; then
  log "initdb $data ($bindir)"
  rm -rf "$data"
  as "$bindir/initdb" -D "$data" -U "$user" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    as "$bindir/initdb" -D "$data" -U "$user" --auth=trust --encoding=UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
fi

if ! as "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  log "starting the server (socket $sock, port $port)"
  # Durability is not needed for throwaway test data: fsync off makes it fast.
  as "$bindir/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
    -o "-k $sock -p $port -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >&2 || { cat "$dir/server.log" >&2; exit 1; }
fi

if ! as "$bindir/psql" -h "$sock" -p "$port" -U "$user" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
  as "$bindir/psql" -h "$sock" -p "$port" -U "$user" -d postgres -qc "CREATE DATABASE $db" >&2
fi

echo "$url"
