#!/bin/sh
# Submits an example, reviews it and builds a benchmark with the CLI, then validates each
# file written against its schema: what the program writes must match what it documents.
set -eu
cli=$1; schemas=$2; validator=$3; example=$4
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$cli" --store "$dir/trust.sqlite" import "$example" >/dev/null
"$cli" --store "$dir/trust.sqlite" submit 1 -o "$dir/board.ahplead" >/dev/null
"$cli" --store "$dir/region.sqlite" import "$dir/board.ahplead" >/dev/null
"$cli" --store "$dir/region.sqlite" review 1 --status returned --comment "See governance" -o "$dir/review.json" >/dev/null
"$cli" --store "$dir/region.sqlite" benchmark -o "$dir/benchmark.json" >/dev/null
python3=${PYTHON:-python3}
"$python3" "$validator" "$schemas/submission.schema.json" "$dir/board.ahplead"
"$python3" "$validator" "$schemas/review.schema.json" "$dir/review.json"
"$python3" "$validator" "$schemas/benchmark.schema.json" "$dir/benchmark.json"
