#!/usr/bin/env bash
# Speed benchmark: the coordinator's team overview and report pages over HTTP on SQLite, on the demo dataset
# (baseline) and on a generated one (default 100,000 newcomers), in one run. Prints median and p95 per page.
# The generated database is kept in artifacts/bench/ for the next run (--fresh makes a new one).
# Usage: bench/run.sh [--newcomers 100000] [--requests 40] [--fresh]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec dotnet run -c Release --project bench/Inburgering.Benchmarks -- "$@"
