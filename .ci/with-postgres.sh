#!/usr/bin/env bash
# Runs a command beside a throw-away PostgreSQL: a fresh cluster (initdb) in a temporary directory, listening on a
# free loopback port, deleted when the command ends. The command sees its JDBC URL in SUNOPORT_TEST_POSTGRES_URL,
# which the ledger-jdbc tests read.  Usage: .ci/with-postgres.sh mvn -B verify
#
# Needs PostgreSQL's server programs (initdb, pg_ctl). When they are missing and we are root, Debian's `postgresql`
# package is installed. PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` user.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 command [args...]" >&2
  exit 2
fi

find_pg_bin() {
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return
  fi
  # Debian keeps the server programs off the PATH, one directory per major version; take the newest.
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/pg_ctl" ]; then
    echo "$dir"
  fi
}

PG_BIN=$(find_pg_bin)
if [ -z "$PG_BIN" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL server programs (initdb, pg_ctl) not found; install Debian's 'postgresql' package" >&2
    exit 1
  fi
  echo "with-postgres: installing Debian's postgresql package" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2
  apt-get install -y -q --no-install-recommends postgresql >&2
  PG_BIN=$(find_pg_bin)
  if [ -z "$PG_BIN" ]; then
    echo "with-postgres: the postgresql package installed no server programs" >&2
    exit 1
  fi
fi

# A port nobody listens on: bash's /dev/tcp connects when something does.
port=""
for _ in $(seq 1 50); do
  candidate=$((20000 + RANDOM % 40000))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
    port=$candidate
    break
  fi
done
if [ -z "$port" ]; then
  echo "with-postgres: found no free loopback port" >&2
  exit 1
fi

work=$(mktemp -d -t sunoport-pg.XXXXXX)
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir "$work" --shell /usr/sbin/nologin postgres
  chown postgres "$work"
  as_owner=(runuser -u postgres --)
fi

stop_postgres() {
  "${as_owner[@]}" "$PG_BIN/pg_ctl" -D "$work/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop_postgres EXIT

"${as_owner[@]}" "$PG_BIN/initdb" -D "$work/data" -U postgres --auth=trust -E UTF8 --no-sync >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log" >&2; exit 1; }
# fsync off: the cluster is thrown away, and durability is not what the tests measure.
"${as_owner[@]}" "$PG_BIN/pg_ctl" -D "$work/data" -l "$work/server.log" -w -t 60 \
  -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
  || { cat "$work/server.log" >&2; exit 1; }

export SUNOPORT_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$port/postgres?user=postgres"
echo "with-postgres: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
"$@"
