#!/usr/bin/env bash
# Backs up the portal's PostgreSQL database into one file with pg_dump (custom format: compressed, restorable table by
# table). pg_dump reads one consistent snapshot, so the portal keeps running and writing while it works.
#   deploy/backup-postgres.sh FILE
# Connection from the standard libpq variables (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD or ~/.pgpass), e.g.
#   PGHOST=127.0.0.1 PGUSER=inburgering PGDATABASE=inburgering deploy/backup-postgres.sh /var/backups/inburgering/$(date +%F).dump
# PG_BIN chooses the client tools' folder (default: the ones on PATH); they must not be older than the server.
set -euo pipefail
file="${1:?usage: backup-postgres.sh FILE}"
bin="${PG_BIN:+$PG_BIN/}"
[ ! -e "$file" ] || { echo "backup-postgres.sh: $file exists already: back up into a new file" >&2; exit 1; }
# A partly written file must never look like a backup.
"${bin}pg_dump" --format=custom --no-owner --no-privileges --file="$file.partial"
"${bin}pg_restore" --list "$file.partial" >/dev/null
mv "$file.partial" "$file"
echo "Backed up database ${PGDATABASE:-?} to $file ($(stat -c %s "$file") bytes)."
