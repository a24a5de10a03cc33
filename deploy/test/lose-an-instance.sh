#!/usr/bin/env bash
# Losing an instance, measured: PostgreSQL, two Release instances of the portal on loopback and nginx in front (the
# deploy/ configuration without TLS), a bounded wrk load of mixed reads and writes through nginx, and
#   1. SIGKILL of one instance in the middle of the load: failed requests, writes acknowledged vs found in the
#      database, and the time until the survivor carries the whole load;
#   2. a graceful restart (SIGTERM, start again, wait until ready) of each instance in turn during the load.
# Run as root or with sudo on Debian 12 (installs postgresql, nginx and wrk when missing):
#   deploy/test/lose-an-instance.sh [--duration 40] [--connections 16]
# Everything runs on 127.0.0.1 and is removed afterwards; figures are printed at the end.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
duration=40
connections=16
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done

if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
log() { printf '==> %s\n' "$*" >&2; }

missing=()
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v wrk >/dev/null || missing+=(wrk)
if [ "${#missing[@]}" -gt 0 ]; then
  log "Installing ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y "${missing[@]}"
  # Debian starts the packaged nginx on port 80; this script runs its own.
  "${sudo[@]}" systemctl disable --now nginx >/dev/null 2>&1 || true
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
pg_bin="$(dirname "$(compgen -G '/usr/lib/postgresql/*/bin/initdb' | sort -V | tail -n 1)")"
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }

work="$(mktemp -d /tmp/inburgering-lose.XXXXXX)"
chmod 755 "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
  [ -d "$work/pg/data" ] && as_postgres "$pg_bin/pg_ctl" -D "$work/pg/data" stop -m fast >/dev/null 2>&1 || true
  sleep 1
  "${sudo[@]}" rm -rf "$work"
}
trap cleanup EXIT

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { local p; while :; do p=$((20000 + RANDOM % 40000)); port_is_free "$p" && { echo "$p"; return; }; done; }

# --- PostgreSQL -------------------------------------------------------------------------------------------------------
mkdir -p "$work/pg" && "${sudo[@]}" chown postgres: "$work/pg"
as_postgres "$pg_bin/initdb" -D "$work/pg/data" -A trust -E UTF8 -U postgres >/dev/null
pg_port="$(free_port)"
as_postgres "$pg_bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $work/pg -c max_connections=200" start >/dev/null
"$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres inburgering
psql_value() { "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d inburgering -tAc "$1"; }

# --- The portal, Release ----------------------------------------------------------------------------------------------
log "Publishing the portal (Release, ReadyToRun as docs/operations.md releases it)"
dotnet publish "$root/src/Inburgering.Web" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/app" -v q -nologo >/dev/null
export ASPNETCORE_ENVIRONMENT=Production
export Database__Provider=Postgres
export Database__ConnectionString="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=inburgering;Maximum Pool Size=40"
export DataProtection__KeyRingKey="$(head -c 32 /dev/urandom | base64)"
export Proxy__KnownProxies=127.0.0.1
export Security__SignInAttemptsPerMinute=1000
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
log "Release step: --migrate (with the demo data)"
(cd "$work/app" && DemoData__Enabled=true Serilog__WriteTo__1__Args__path="$work/migrate-.json" dotnet Inburgering.Web.dll --migrate)

ports=("$(free_port)" "$(free_port)")
declare -A instance_pid
start_instance() {
  local i="$1"
  (cd "$work/app" && exec env ASPNETCORE_URLS="http://127.0.0.1:${ports[$i]}" Database__MigrateOnStart=false DemoData__Enabled=false \
    Serilog__WriteTo__1__Args__path="$work/logs-$i/inburgering-.json" dotnet Inburgering.Web.dll >"$work/instance-$i.out" 2>&1) &
  instance_pid[$i]=$!
  pids+=("$!")
}
wait_ready() {
  local i="$1" started; started=$(date +%s%N)
  for _ in $(seq 1 300); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${ports[$i]}/health/ready")" = 200 ]; then
      echo $(( ($(date +%s%N) - started) / 1000000 )); return 0
    fi
    sleep 0.1
  done
  log "instance $i did not become ready"; cat "$work/instance-$i.out" >&2; exit 1
}
start_instance 0; start_instance 1
wait_ready 0 >/dev/null; wait_ready 1 >/dev/null
log "Instances ready on 127.0.0.1:${ports[0]} and 127.0.0.1:${ports[1]}"

# --- nginx: the deploy/ configuration's proxy settings, without TLS ---------------------------------------------------
proxy_port="$(free_port)"
mkdir -p "$work/nginx/tmp"
chmod -R 777 "$work/nginx/tmp"
sed -n '/location \/ {/,/^    }/p' "$root/deploy/nginx-inburgering.conf" >"$work/nginx/location.conf"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log $work/nginx/access.log;
  client_body_temp_path $work/nginx/tmp/body; proxy_temp_path $work/nginx/tmp/proxy;
  fastcgi_temp_path $work/nginx/tmp/fastcgi; uwsgi_temp_path $work/nginx/tmp/uwsgi; scgi_temp_path $work/nginx/tmp/scgi;
  server_tokens off;
  upstream inburgering {
    server 127.0.0.1:${ports[0]} max_fails=1 fail_timeout=5s;
    server 127.0.0.1:${ports[1]} max_fails=1 fail_timeout=5s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$proxy_port;
$(cat "$work/nginx/location.conf")
  }
}
CONF
"$nginx_bin" -c "$work/nginx/nginx.conf" -p "$work/nginx"
proxy="http://127.0.0.1:$proxy_port"
python3 "$root/deploy/test/prepare_load.py" "$proxy" "$work/load.lua" >&2

writes() { psql_value 'SELECT COUNT(*) FROM "FollowUpActions"'; }
requests_per_second() { # instance, from (epoch s), to: requests that instance logged per second
  python3 - "$work/logs-$1" "$2" "$3" <<'PY'
import glob, json, sys, datetime
folder, start, end = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
counts = {}
for name in glob.glob(folder + "/*.json"):
    for line in open(name):
        e = json.loads(line)
        if "RequestPath" not in e.get("Properties", {}):
            continue
        t = datetime.datetime.fromisoformat(e["Timestamp"]).timestamp()
        if start <= t < end:
            counts[int(t - start)] = counts.get(int(t - start), 0) + 1
print(" ".join(str(counts.get(s, 0)) for s in range(int(end - start))))
PY
}

# --- 1. SIGKILL in the middle -----------------------------------------------------------------------------------------
before=$(writes)
kill_at=$((duration / 2))
log "Run 1: ${duration}s of load with $connections connections; SIGKILL instance 0 after ${kill_at}s"
load_start=$(date +%s.%N)
wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s -s "$work/load.lua" "$proxy" >"$work/run1.txt" 2>&1 &
wrk_pid=$!
sleep "$kill_at"
kill -KILL "${instance_pid[0]}"
killed_at=$(date +%s.%N)
wait "$wrk_pid"
load_end=$(date +%s.%N)
sleep 1
after=$(writes)
run1="$(grep RESULT "$work/run1.txt")"
acked=$(sed -E 's/.*acked_writes=([0-9]+).*/\1/' <<<"$run1")
# Writes sent but not acknowledged (in flight when wrk stopped, timed out, or failed): saved or not, either is right.
unanswered() { local sent acked; read -r sent acked < <(sed -E 's/.*sent_writes=([0-9]+) acked_writes=([0-9]+).*/\1 \2/' <<<"$1"); echo $((sent - acked)); }
survivor="$(requests_per_second 1 "$load_start" "$load_end")"
both_before="$(python3 - "$survivor" "$(requests_per_second 0 "$load_start" "$load_end")" "$kill_at" <<'PY'
import sys
s, k, at = [int(x) for x in sys.argv[1].split()], [int(x) for x in sys.argv[2].split()], int(sys.argv[3])
total = [a + b for a, b in zip(s, k)]
before = sorted(total[2:at - 1])[len(total[2:at - 1]) // 2]
# The first whole second after the kill in which the survivor alone serves at least 90% of the earlier total rate.
carried = next((i - at for i in range(at, len(s)) if s[i] >= 0.9 * before), None)
print(f"{before} {carried}")
PY
)"
read -r rate_before carried_after <<<"$both_before"

# --- 2. Graceful restarts ---------------------------------------------------------------------------------------------
start_instance 0
wait_ready 0 >/dev/null
before2=$(writes)
log "Run 2: ${duration}s of load; SIGTERM + restart of instance 0, then of instance 1"
wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s -s "$work/load.lua" "$proxy" >"$work/run2.txt" 2>&1 &
wrk_pid=$!
sleep 5
restarts=""
for i in 0 1; do
  t0=$(date +%s%N)
  kill -TERM "${instance_pid[$i]}"
  wait "${instance_pid[$i]}" 2>/dev/null || true
  stopped_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  start_instance "$i"
  ready_ms=$(wait_ready "$i")
  restarts+=" instance$i: stopped in ${stopped_ms} ms, ready again in ${ready_ms} ms;"
  sleep 3
done
wait "$wrk_pid"
sleep 1
after2=$(writes)
run2="$(grep RESULT "$work/run2.txt")"
acked2=$(sed -E 's/.*acked_writes=([0-9]+).*/\1/' <<<"$run2")

echo
echo "== Run 1: SIGKILL of one of two instances after ${kill_at}s of ${duration}s, $connections connections"
echo "   $run1"
echo "   writes acknowledged (302): $acked; found in the database: $((after - before)); sent but unanswered: $(unanswered "$run1") (acknowledged <= found <= acknowledged + unanswered)"
echo "   requests per second before the kill (both instances): $rate_before; survivor at >= 90% of that after: ${carried_after:-never} s"
echo "   survivor's requests per second: $survivor"
echo "   nginx: $(grep -c 'upstream' "$work/nginx/error.log" || true) upstream errors logged (each retried or failed)"
echo "== Run 2: graceful restart (SIGTERM, start, ready) of each instance in turn during ${duration}s"
echo "   $run2"
echo "   writes acknowledged (302): $acked2; found in the database: $((after2 - before2)); sent but unanswered: $(unanswered "$run2") (acknowledged <= found <= acknowledged + unanswered)"
echo "  $restarts"
