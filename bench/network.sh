#!/usr/bin/env bash
# The network pages at volume: the referral search (a case worker), the partner's list and the municipality dashboard,
# timed over HTTP one request at a time, with the SQL commands each request sends (counted from EF Core's command log).
# Usage: bench/network.sh --db <sqlite file made by --generate> --portal <folder of a Release build> [--requests 20]
# Makes nothing: generate the database first (docs/performance.md, "The network").
set -euo pipefail
db="" portal="" requests=20 port=5391
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    --portal) portal="$2"; shift 2 ;;
    --requests) requests="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -f "$db" ] && [ -f "$portal/Inburgering.Web.dll" ] || { echo "usage: $0 --db FILE --portal DIR [--requests N]" >&2; exit 2; }

base="http://127.0.0.1:$port"
log="$(mktemp)"
db="$(realpath "$db")"
# From its own folder, so the portal reads its appsettings.json (the content root is the working directory).
cd "$portal"
ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" dotnet Inburgering.Web.dll \
  "--Database:ConnectionString=Data Source=$db" \
  --Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore=Information \
  --Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Database.Command=Information >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 1 600); do curl -sf "$base/health/ready" >/dev/null && break; sleep 0.5; done

cookie_for() { # email -> Cookie header value
  local jar token
  jar="$(mktemp)"
  token="$(curl -s -c "$jar" -b "$jar" "$base/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')"
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Input.Email=$1" --data-urlencode "Input.Password=Demo-2026!" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/Account/Login"
  awk '!/^#/ || /^#HttpOnly_/ { sub(/^#HttpOnly_/, ""); if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$jar"
  rm -f "$jar"
}
commands() { grep -c "Executed DbCommand" "$log" || true; }

worker="$(cookie_for begeleider@inburgering.test)"
partner="$(cookie_for partner@inburgering.test)"
government="$(cookie_for gemeente@inburgering.test)"
dossier="$(curl -s -H "Cookie: $worker" "$base/Caseload?Filter.Search=Haddad" | grep -o 'href="/Dossiers/[0-9a-f-]*"' | head -n 1 | sed 's/href="//;s/"$//')"

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| page | SQL commands | median ms | p95 ms | max ms |"
echo "|---|---:|---:|---:|---:|"
for row in \
  "Referral search, filled from the intake|$dossier/Referrals|$worker" \
  "Referral search, participation in Antwerpen|$dossier/Referrals?Search=true&Track=Participation&Municipality=Antwerpen|$worker" \
  "Referral search, province radius, alfa, languages|$dossier/Referrals?Search=true&Track=Participation&Municipality=Antwerpen&Radius=Province&LiteracyLearner=true&Language=Nederlands,%20Arabisch|$worker" \
  "Partner's list, open|/Partners|$partner" \
  "Partner's list, closed|/Partners?Closed=true|$partner" \
  "Municipality dashboard|/Municipality|$government" \
  "Municipality dashboard as CSV|/Municipality?handler=Csv|$government"; do
  IFS='|' read -r label path cookie <<<"$row"
  for _ in 1 2 3; do curl -s -o /dev/null -H "Cookie: $cookie" "$base$path"; done
  before="$(commands)"
  status="$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base$path")"
  sleep 0.2
  count=$(( $(commands) - before ))
  [ "$status" = 200 ] || { echo "$label: HTTP $status" >&2; exit 1; }
  times="$(for _ in $(seq 1 "$requests"); do curl -s -o /dev/null -w '%{time_total}\n' -H "Cookie: $cookie" "$base$path"; done | sort -n)"
  stats="$(awk '{ a[NR] = $1 * 1000 } END { m = a[int((NR + 1) / 2)]; p = a[int(NR * 0.95 + 0.999)]; printf "%.0f | %.0f | %.0f", m, p, a[NR] }' <<<"$times")"
  echo "| $label | $count | $stats |"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
