#!/bin/sh
# Issue 16 figures, against a throwaway PostgreSQL server on this machine (the tests' own,
# tests/core/store/postgresql-cluster.sh): import 10,000 submissions, open the regional dashboard
# over them (nationally, then as a reviewer of one region, through row-level security), and 8
# reviewer processes making 200 review changes each at once.
# Usage: bench/core/run_shared_store_bench.sh [BUILD_DIR] [N]
# Needs region_bench and shared_store_bench built in BUILD_DIR (a release build, as the figures
# of docs/shared-store.md were measured: -DCMAKE_BUILD_TYPE=RelWithDebInfo).
set -eu
build=${1:-build}
n=${2:-10000}
cluster="$(dirname "$0")/../../tests/core/store/postgresql-cluster.sh"
work=$(mktemp -d)
stop() {
    bash "$cluster" stop "$work/server-state" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap stop EXIT
bash "$cluster" start "$work/server-state"
store=$(cat "$work/server-state/server")
# The import makes the store (its tables and roles) as store init would.
"$build/bench/core/region_bench" generate "$work/inbox" "$n"
"$build/bench/core/region_bench" import "$work/inbox" "$store"
"$build/bench/core/shared_store_bench" dashboard "$store"
psql -X -q -d "$store" -c "CREATE ROLE bench_region LOGIN" # goes with the server
"$build/bench/core/shared_store_bench" grant "$store" bench_region "Region 3"
"$build/bench/core/shared_store_bench" dashboard "$store&user=bench_region"
"$build/bench/core/shared_store_bench" reviewers "$store" 8 200
