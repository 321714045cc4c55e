#!/usr/bin/env bash
# Every C++ file of the project follows .clang-format (clang-format 14, Debian 12's).
# Exit 77 (skipped) when clang-format is missing: .ci/install-deps installs clang-format-14.
set -euo pipefail
cd "$(dirname "$0")/.."
formatter=$(command -v clang-format-14 || command -v clang-format || true)
if [[ -z "$formatter" ]]; then
    echo "SKIPPED: clang-format-14 is not installed (make test installs it)"
    exit 77
fi
mapfile -t files < <(find src tools tests bench -name '*.cpp' -o -name '*.h' | sort)
if ! "$formatter" --dry-run -Werror "${files[@]}" 2>/tmp/ahplead-format.$$; then
    echo "These files do not follow .clang-format; run: $formatter -i FILE"
    grep -o '^[^:]*\.\(cpp\|h\)' /tmp/ahplead-format.$$ | sort -u
    rm -f /tmp/ahplead-format.$$
    exit 1
fi
rm -f /tmp/ahplead-format.$$
echo "${#files[@]} files follow .clang-format"
