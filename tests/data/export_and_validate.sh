#!/bin/sh
# Imports each example with the CLI, exports it again, and validates the exported file
# against the assessment schema: what the program writes must match what it documents.
set -eu
cli=$1; schema=$2; validator=$3; shift 3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
n=0
for example in "$@"; do
    n=$((n + 1))
    "$cli" --store "$dir/store.sqlite" import "$example" >/dev/null
    "$cli" --store "$dir/store.sqlite" export "$n" -o "$dir/exported-$n.json" >/dev/null
done
"${PYTHON:-python3}" "$validator" "$schema" "$dir"/exported-*.json
