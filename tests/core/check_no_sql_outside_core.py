#!/usr/bin/env python3
"""Fails when a file outside src/core includes a Qt SQL header: Qt SQL is private to core.

Usage: check_no_sql_outside_core.py <project source dir>. Scans src/ (except src/core), tools/,
bench/ and tests/.
"""
import re
import sys
from pathlib import Path

FORBIDDEN = re.compile(r'#\s*include\s*[<"](QSql|QtSql)')
SUFFIXES = (".h", ".hpp", ".cpp", ".cc", ".cxx")

root = Path(sys.argv[1])
core = root / "src" / "core"
bad = []
files = []
for folder in ("src", "tools", "bench", "tests"):
    for path in sorted((root / folder).rglob("*")):
        if path.suffix not in SUFFIXES or core in path.parents:
            continue
        files.append(path)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if FORBIDDEN.search(line):
                bad.append(f"{path}:{number}: {line.strip()}")
print("\n".join(bad) if bad else f"{len(files)} files outside src/core checked: no Qt SQL includes")
sys.exit(1 if bad else 0)
