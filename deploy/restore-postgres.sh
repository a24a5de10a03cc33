#!/usr/bin/env bash
# Restores a backup made by backup-postgres.sh into a NEW, empty database (never over a live one), e.g.
#   PGHOST=127.0.0.1 PGUSER=postgres deploy/restore-postgres.sh /var/backups/inburgering/2026-11-30.dump inburgering_restored
# Then point Database:ConnectionString at it (after checking it) and start the portal: it applies any newer migrations
# with --migrate as in a release. PG_BIN as for backup-postgres.sh.
set -euo pipefail
file="${1:?usage: restore-postgres.sh FILE NEW_DATABASE}"
database="${2:?usage: restore-postgres.sh FILE NEW_DATABASE}"
bin="${PG_BIN:+$PG_BIN/}"
"${bin}createdb" "$database"
"${bin}pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$database" "$file"
echo "Restored $file into database $database."
