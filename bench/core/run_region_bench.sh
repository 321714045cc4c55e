#!/bin/sh
# Issue 6 figures: import 10,000 submissions into an empty store, then aggregate them.
# Usage: bench/core/run_region_bench.sh [BUILD_DIR] [N]
set -eu
build=${1:-build}
n=${2:-10000}
bench="$build/bench/core/region_bench"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bench" generate "$work/inbox" "$n"
"$bench" import "$work/inbox" "$work/region.sqlite"
"$bench" aggregate "$work/region.sqlite"
