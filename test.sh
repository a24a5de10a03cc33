#!/usr/bin/env bash
# Runs every test: provider checks (pending model changes per engine, SQL Server script proof), domain, web (SQLite
# and PostgreSQL) and browser (headless Chromium).
# On a fresh Debian 12 machine with only the .NET SDK, it installs PostgreSQL and Chromium first (as root or with sudo),
# starts a throwaway PostgreSQL server for this run and removes it afterwards.
# Extra arguments go to `dotnet test`, e.g. ./test.sh --filter "FullyQualifiedName~MigrationGuard".
# TRX results land in TestResults/ (cleaned on each run).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
results="$root/TestResults"
cd "$root"

if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi

log() { printf '==> %s\n' "$*" >&2; }

# --- System packages -------------------------------------------------------------------------------------------------
apt_get() {
  # Wait for a lock held by another apt run instead of failing at once.
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 "$@"
}

missing=()
if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then missing+=(postgresql); fi
if [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
# A real SMTP server for the mail tests (tests/Inburgering.Web.Tests/Newcomers/SmtpSink.cs).
if ! /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null; then missing+=(python3-aiosmtpd); fi
if [ "${#missing[@]}" -gt 0 ]; then
  log "Installing ${missing[*]}"
  # The lock timeout does not cover every apt lock on every apt version: retry the update a few times.
  for attempt in 1 2 3; do
    apt_get update && break
    [ "$attempt" -lt 3 ] || exit 1
    log "apt-get update failed (attempt $attempt); retrying"
    sleep 20
  done
  if ! apt_get install -y "${missing[@]}"; then
    log "apt-get install failed; repairing with --fix-broken and trying once more"
    apt_get --fix-broken install -y
    apt_get install -y "${missing[@]}"
  fi
fi

# --- Throwaway PostgreSQL server -------------------------------------------------------------------------------------
pg_bin="$(dirname "$(compgen -G '/usr/lib/postgresql/*/bin/initdb' | sort -V | tail -n 1)")"

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

# Under /tmp (not $TMPDIR) so that the postgres user can reach it.
pg_dir="$(mktemp -d /tmp/inburgering-pg.XXXXXX)"
pg_started=0
standby_started=0
cleanup() {
  if [ "$standby_started" -eq 1 ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/standby" stop -m immediate >/dev/null 2>&1 || true
  fi
  if [ "$pg_started" -eq 1 ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" stop -m fast >/dev/null 2>&1 || true
  fi
  "${sudo[@]}" rm -rf "$pg_dir" || true
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"${sudo[@]}" chown postgres: "$pg_dir"
"${sudo[@]}" chmod 700 "$pg_dir"
as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -A trust -E UTF8 -U postgres >"$pg_dir.initdb.log" 2>&1 \
  || { cat "$pg_dir.initdb.log" >&2; rm -f "$pg_dir.initdb.log"; exit 1; }
rm -f "$pg_dir.initdb.log"

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A port can be taken between the check and the start: try a few.
for attempt in 1 2 3 4 5; do
  pg_port=$((20000 + RANDOM % 40000))
  port_is_free "$pg_port" || continue
  if as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir" start >/dev/null; then
    pg_started=1
    break
  fi
  log "PostgreSQL did not start on port $pg_port (attempt $attempt)"
  "${sudo[@]}" cat "$pg_dir/server.log" >&2 || true
done
[ "$pg_started" -eq 1 ] || { log "Could not start PostgreSQL"; exit 1; }

for _ in $(seq 1 60); do
  "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$pg_port" -U postgres && break
  sleep 0.5
done
# A database for running the app against this server by hand; the tests create their own, one per test class.
"$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres inburgering
log "PostgreSQL $(basename "$(dirname "$pg_bin")") on 127.0.0.1:$pg_port"

export INBURGERING_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"

# A hot standby of that server (streaming replication, on loopback) for the reporting-replica tests.
as_postgres "$pg_bin/pg_basebackup" -h 127.0.0.1 -p "$pg_port" -U postgres -D "$pg_dir/standby" -R -X stream -c fast >/dev/null
for attempt in 1 2 3 4 5; do
  standby_port=$((20000 + RANDOM % 40000))
  port_is_free "$standby_port" || continue
  if as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/standby" -l "$pg_dir/standby.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $standby_port -k $pg_dir -c hot_standby=on" start >/dev/null; then
    standby_started=1
    break
  fi
done
[ "$standby_started" -eq 1 ] || { log "Could not start the PostgreSQL standby"; exit 1; }
log "PostgreSQL hot standby on 127.0.0.1:$standby_port"
export INBURGERING_TEST_POSTGRES_STANDBY="Host=127.0.0.1;Port=$standby_port;Username=postgres;Database=postgres"
export INBURGERING_TEST_PG_BIN="$pg_bin"
export INBURGERING_CHROMIUM=/usr/bin/chromium
export INBURGERING_SCREENSHOTS="$results/screenshots"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# --- Build and provider checks --------------------------------------------------------------------------------------
# The model must have no change that a provider's migrations lack (ADR 0005). The SQL Server scripts themselves are
# checked by tests/Inburgering.SqlServer.Tests.
dotnet tool restore >/dev/null
dotnet build Inburgering.sln -v q -nologo
for provider in Sqlite Postgres SqlServer; do
  log "dotnet ef migrations has-pending-model-changes ($provider)"
  dotnet ef migrations has-pending-model-changes --no-build --project "src/Inburgering.Data.$provider" \
    --startup-project src/Inburgering.Web -- --provider "$provider"
done

# --- Tests -----------------------------------------------------------------------------------------------------------
rm -rf "$results"
set +e
dotnet test Inburgering.sln --no-build \
  --results-directory "$results" \
  --logger "trx" \
  --logger "console;verbosity=normal" \
  "$@"
status=$?
set -e
exit "$status"
