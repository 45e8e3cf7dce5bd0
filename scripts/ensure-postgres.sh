#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the tests (installing Debian's postgresql if missing) and prints its URL.
set -euo pipefail
PORT="${PGTEST_PORT:-54329}"
DIR="${PGTEST_DIR:-/tmp/denialhelp-pg}"
bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(bin_dir)" ]; then
  echo "Installing Debian's postgresql for the storage tests…" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi
BIN="$(bin_dir)"
URL="postgres://postgres@127.0.0.1:${PORT}/postgres"
if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then echo "$URL"; exit 0; fi
# PostgreSQL refuses to run as root: use the postgres user when we are root.
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
rm -rf "$DIR" && mkdir -p "$DIR"
[ "$(id -u)" -eq 0 ] && chown postgres "$DIR"
as_pg "'$BIN/initdb' -D '$DIR/data' -A trust -U postgres >/dev/null"
as_pg "'$BIN/pg_ctl' -D '$DIR/data' -l '$DIR/log' -w -o \"-p $PORT -h 127.0.0.1 -k $DIR -c fsync=off\" start >/dev/null"
echo "$URL"
