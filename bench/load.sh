#!/usr/bin/env bash
# Load benchmark (not a test): wrk against the published Release build of the portal, page by page at concurrency
# 1, 8 and 32, on the demo data (320 newcomers) and on a generated database (default 100,000 newcomers), on SQLite
# and on PostgreSQL. Prints req/s, p50, p99 and the portal's CPU milliseconds per request, with /health/live and a
# static file as the floor, and the portal's resident memory after each dataset's runs.
#
# Usage: bench/load.sh [--duration 5] [--newcomers 100000] [--data DIR] [--providers "Sqlite Postgres"]
#                      [--sizes "small large"] [--portal label=publish-dir ...] [--postgres-port PORT]
#                      [--pages "Caseload|Team overview"] [--concurrency "1 8 32"] [--warmup 20] [--process-warmup 40]
# Each page is first loaded for --warmup seconds at concurrency 8, not measured: the runtime compiles a page's hot
# code again, optimised, only after it has run for a while (tiered compilation), so a freshly started portal is slower
# for its first seconds of load than it is for the rest of the day. --warmup 0 measures that cold start. Before the
# first page, a freshly started portal also gets --process-warmup seconds spread over the four light pages: the code
# they share (EF Core, the database driver, Razor) took 20 s of load on SQLite and 40 s on PostgreSQL to reach its
# steady speed (docs/performance.md, "Under load, fourth round"), and without it the first pages measured a young
# process.
# Every row also shows the SQL commands per request (the portal's own command counter, read from /metrics as the
# admin) and the machine's load average when the row ended: other work on the machine shows in the figures.
# Without --portal it publishes this checkout into artifacts/bench/publish. Several --portal options are measured
# interleaved (each dataset: every portal in turn), e.g. the starting commit and the change, in one run.
# The datasets are made once and kept in --data (default artifacts/bench): the generated SQLite file, the demo file,
# and a PostgreSQL dump of each; PostgreSQL runs on a throwaway cluster under /tmp, removed at the end
# (--postgres-port uses a running server on 127.0.0.1 instead, keeping its template_small/template_large databases).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$PWD"

pg_port="" duration=5 warmup=20 process_warmup=40 newcomers=100000 data="$root/artifacts/bench" providers="Sqlite Postgres" sizes="small large" only="" levels="1 8 32"
portals=()
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --process-warmup) process_warmup="$2"; shift 2 ;;
    --newcomers) newcomers="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --providers) providers="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    --portal) portals+=("$2"); shift 2 ;;
    --postgres-port) pg_port="$2"; shift 2 ;;
    --pages) only="$2"; shift 2 ;;
    --concurrency) levels="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
mkdir -p "$data"
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

if [ ${#portals[@]} -eq 0 ]; then
  log "Publishing the portal (Release)"
  dotnet publish src/Inburgering.Web -c Release -o "$root/artifacts/bench/publish" -v q -nologo >/dev/null
  portals=("portal=$root/artifacts/bench/publish")
fi
first_portal="${portals[0]#*=}"

server_pid=""
pg_dir=""
pg_bin="$(dirname "$(compgen -G '/usr/lib/postgresql/*/bin/initdb' | sort -V | tail -n 1)")"
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [ -n "$pg_dir" ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" stop -m fast >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT

free_port() { while :; do local p=$((20000 + RANDOM % 40000)); (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }; done; }

start_postgres() {
  [ -n "$pg_dir" ] || [ -n "$pg_port" ] && return
  pg_dir="$(mktemp -d /tmp/inburgering-bench-pg.XXXXXX)"
  chown postgres: "$pg_dir" 2>/dev/null || sudo chown postgres: "$pg_dir"
  as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -A trust -E UTF8 -U postgres >/dev/null
  pg_port="$(free_port)"
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c shared_buffers=256MB" start >/dev/null
  log "PostgreSQL on 127.0.0.1:$pg_port"
}
pg() { "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }

# Runs a portal until it exits (the generator) or until it answers /health/live (a server; pid in server_pid).
# It replaces the calling (sub)shell, so that $! is the portal itself: run it with & or inside ( ).
run_portal() { # dir provider connection demo [extra args...]
  local dir="$1" provider="$2" connection="$3" demo="$4"; shift 4
  # The demo users have no second factor, and only Development lets the coordinator and the admin in without one
  # (elsewhere their pages answer 302 to the enrolment page, which wrk counts as an answer): Development, with the
  # demo data off and logging at Warning as in Production.
  ASPNETCORE_ENVIRONMENT=Development exec env -C "$dir" dotnet Inburgering.Web.dll --Database:Provider="$provider" \
    "--Database:ConnectionString=$connection" --DemoData:Enabled="$demo" --Serilog:MinimumLevel:Default=Warning \
    --Security:Mfa:Enforce=false "$@"
}
start_server() { # dir provider connection
  local port; port="$(free_port)"
  run_portal "$1" "$2" "$3" false "--urls=http://127.0.0.1:$port" >"$data/server.log" 2>&1 &
  server_pid=$!
  base="http://127.0.0.1:$port"
  for _ in $(seq 1 600); do curl -sf "$base/health/ready" >/dev/null && return; sleep 0.5; done
  cat "$data/server.log" >&2; exit 1
}
stop_server() { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""; }

# --- Datasets, made once ---------------------------------------------------------------------------------------------
sqlite_file() { [ "$1" = small ] && echo "$data/sqlite-320.db" || echo "$data/sqlite-$newcomers.db"; }
pg_dump_file() { [ "$1" = small ] && echo "$data/pg-320.dump" || echo "$data/pg-$newcomers.dump"; }

make_sqlite() { # size
  local file; file="$(sqlite_file "$1")"
  [ -f "$file" ] && return
  if [ "$1" = small ]; then
    log "Seeding the demo data into $file"
    start_server_with_demo Sqlite "Data Source=$file"
  else
    log "Generating $newcomers newcomers into $file (several minutes)"
    (run_portal "$first_portal" Sqlite "Data Source=$file" false --generate "$newcomers") >"$data/generate.log"
  fi
  sqlite3 "$file" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
}
start_server_with_demo() { # provider connection: the portal seeds the demo data before it answers
  local port; port="$(free_port)"
  run_portal "$first_portal" "$1" "$2" true "--urls=http://127.0.0.1:$port" >"$data/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 1200); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.5; done
  stop_server
}
make_postgres() { # size
  local dump; dump="$(pg_dump_file "$1")"
  if [ -z "$pg_dir" ] && [ "$(pg -At -c "SELECT count(*) FROM pg_database WHERE datname = 'template_$1'")" = 1 ]; then return; fi
  pg -c "DROP DATABASE IF EXISTS template_$1" -c "CREATE DATABASE template_$1"
  local connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=template_$1"
  if [ -f "$dump" ]; then
    "$pg_bin/pg_restore" -h 127.0.0.1 -p "$pg_port" -U postgres -d "template_$1" --no-owner "$dump"
  elif [ "$1" = small ]; then
    log "Seeding the demo data into PostgreSQL"
    start_server_with_demo Postgres "$connection"
  else
    log "Generating $newcomers newcomers into PostgreSQL (several minutes)"
    (run_portal "$first_portal" Postgres "$connection" false --generate "$newcomers") >"$data/generate.log"
  fi
  [ -f "$dump" ] || "$pg_bin/pg_dump" -h 127.0.0.1 -p "$pg_port" -U postgres -Fc -f "$dump" "template_$1"
  pg -d "template_$1" -c "VACUUM ANALYZE"
}

# --- Measuring -------------------------------------------------------------------------------------------------------
cookie_for() { # email -> Cookie header value
  local jar; jar="$(mktemp)"
  local token
  token="$(curl -s -c "$jar" -b "$jar" "$base/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')"
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Input.Email=$1" --data-urlencode "Input.Password=Demo-2026!" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/Account/Login"
  awk '!/^#/ || /^#HttpOnly_/ { sub(/^#HttpOnly_/, ""); if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$jar"
  rm -f "$jar"
}
ms() { # wrk latency (e.g. 812.00us, 3.21ms, 1.02s) -> ms
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }
# The scrape's response is cached for a moment: wait that out, so the count is current.
db_commands() { sleep 0.4; curl -s -H "Cookie: $admin" "$base/metrics" | awk '/^db_client_operation_duration[a-z_]*_count/ { s += $NF } END { printf "%d", s }'; }
hz="$(getconf CLK_TCK)"

measure() { # label path cookie concurrency -> one table row
  local label="$1" path="$2" cookie="$3" c="$4"
  local threads=$(( c < 2 ? 1 : 2 ))
  local before after out commands_before commands_after
  commands_before="$(db_commands)"
  before="$(cpu_ticks)"
  out="$(wrk -t"$threads" -c"$c" -d"${duration}s" --latency -H "Cookie: $cookie" -H "Accept-Encoding: br, gzip" "$base$path")"
  after="$(cpu_ticks)"
  commands_after="$(db_commands)"
  local requests rps p50 p99 errors non2xx
  requests="$(echo "$out" | awk '/requests in/ { print $1 }')"
  rps="$(echo "$out" | awk '/Requests\/sec/ { printf "%.0f", $2 }')"
  p50="$(ms "$(echo "$out" | awk '$1 == "50%" { print $2 }')")"
  p99="$(ms "$(echo "$out" | awk '$1 == "99%" { print $2 }')")"
  errors="$(echo "$out" | awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }')"
  non2xx="$(echo "$out" | awk '/Non-2xx/ { print $NF }')"
  local kb
  kb="$(echo "$out" | awk '/requests in/ { v = $(NF - 1); n = v + 0; if (v ~ /KB$/) n *= 1; else if (v ~ /MB$/) n *= 1024; else if (v ~ /GB$/) n *= 1048576; else n /= 1024; printf "%.1f", ($1 > 0 ? n / $1 : 0) }')"
  local cpu
  cpu="$(awk -v t=$((after - before)) -v n="$requests" -v hz="$hz" 'BEGIN { printf "%.1f", (n > 0 ? t * 1000 / hz / n : 0) }')"
  local p90 sql load
  p90="$(ms "$(echo "$out" | awk '$1 == "90%" { print $2 }')")"
  sql="$(awk -v s="$scrape_commands" -v a="$commands_before" -v b="$commands_after" -v n="$requests" 'BEGIN { printf "%.1f", (n > 0 ? (b - a - s) / n : 0) }')"
  load="$(cut -d' ' -f1 /proc/loadavg)"
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$current" "$label" "$c" "$rps" "$p50" "$p90" "$p99" "$cpu" "$sql" "$kb" "${non2xx:-0}" "${errors:-0}" "$load"
}

run_dataset() { # provider size
  local provider="$1" size="$2" connection
  for entry in "${portals[@]}"; do
    local name="${entry%%=*}" dir="${entry#*=}"
    if [ "$provider" = Sqlite ]; then
      cp "$(sqlite_file "$size")" "$data/run.db"; rm -f "$data/run.db-wal" "$data/run.db-shm"
      connection="Data Source=$data/run.db"
    else
      pg -c "DROP DATABASE IF EXISTS run" -c "CREATE DATABASE run TEMPLATE template_$size"
      connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=run"
    fi
    current="$name $provider $size"
    start_server "$dir" "$provider" "$connection"
    local worker coordinator admin newcomer dossier government
    worker="$(cookie_for begeleider@inburgering.test)"
    coordinator="$(cookie_for hilde.vos@inburgering.test)"
    admin="$(cookie_for admin@inburgering.test)"
    newcomer="$(cookie_for nieuwkomer@inburgering.test)"
    government="$(cookie_for gemeente@inburgering.test)"
    dossier="$(curl -s -H "Cookie: $worker" "$base/Caseload?Filter.Search=Haddad" | grep -o 'href="/Dossiers/[0-9a-f-]*"' | head -n 1 | sed 's/href="//;s/"$//')"
    local pages=(
      "/health (floor)|/health/live|"
      "static file (floor)|/lib/bootstrap/dist/css/bootstrap.min.css|"
      "Caseload|/Caseload|$worker"
      "Dossier|$dossier|$worker"
      "Mijn traject|/MyTrajectory|$newcomer"
      "Team overview|/Team|$coordinator"
      "Stalled, one case worker|/Team/Dossiers?Filter.Stalled=true&Filter.CaseWorker=$(curl -s -H "Cookie: $coordinator" "$base/Team" | grep -o 'Filter.CaseWorker=[^&"]*' | head -n 1 | cut -d= -f2)|$coordinator"
      "Stalled, whole agency|/Team/Dossiers?Filter.Stalled=true|$coordinator"
      "Report: profile|/Reports/Profile|$admin"
      "Report: profile CSV|/Reports/Profile?handler=Csv|$admin"
      "Municipality dashboard|/Municipality|$government"
      "Report: regional networks|/Reports/Municipalities|$admin"
    )
    if [ "$process_warmup" -gt 0 ]; then
      for page in "${pages[@]:2:4}"; do # caseload, dossier, Mijn traject, team overview
        IFS='|' read -r _ path cookie <<<"$page"
        wrk -t2 -c8 -d"$((process_warmup / 4))s" -H "Cookie: $cookie" -H "Accept-Encoding: br, gzip" "$base$path" >/dev/null
      done
    fi
    # What one scrape of /metrics costs in commands itself (its session check), taken off every row.
    local first second
    first="$(db_commands)"; second="$(db_commands)"; scrape_commands=$((second - first))
    for page in "${pages[@]}"; do
      IFS='|' read -r label path cookie <<<"$page"
      if [ -n "$only" ] && ! grep -qxF "$label" <<<"${only//|/$'\n'}"; then continue; fi
      # Warm up: the first request compiles views and fills caches. A page that does not answer 200 is not measured.
      local status
      status="$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base$path")"
      if [ "$status" != 200 ]; then
        printf '| %s | %s | answered %s, not measured | | | | | | | | | | |\n' "$current" "$label" "$status"
        continue
      fi
      if [ "$warmup" -gt 0 ]; then
        wrk -t2 -c8 -d"${warmup}s" -H "Cookie: $cookie" -H "Accept-Encoding: br, gzip" "$base$path" >/dev/null
      fi
      for c in $levels; do measure "$label" "$path" "$cookie" "$c"; done
    done
    printf '| %s | resident memory after the runs: %s MB (peak %s MB) | | | | | | | | | | | |\n' "$current" \
      "$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$server_pid/status")" "$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$server_pid/status")"
    stop_server
  done
}

echo "Machine: $(nproc) cores, $(uname -sr); wrk ${duration} s per row after ${process_warmup} s of warm-up per portal start and ${warmup} s per page; $(date -u +%Y-%m-%dT%H:%MZ)"
echo
echo "| portal, database | page | c | req/s | p50 ms | p90 ms | p99 ms | CPU ms/request | SQL commands/request | KB/response | non-2xx | socket errors | load average |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for provider in $providers; do
  [ "$provider" = Postgres ] && start_postgres
  for size in $sizes; do
    if [ "$provider" = Sqlite ]; then make_sqlite "$size"; else make_postgres "$size"; fi
    run_dataset "$provider" "$size"
  done
done
