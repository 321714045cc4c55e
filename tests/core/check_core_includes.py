#!/usr/bin/env python3
"""Fails when a file in src/core includes a Qt Gui, Widgets or other non-core module header."""
import re
import sys
from pathlib import Path

FORBIDDEN = re.compile(
    r'#\s*include\s*[<"](QtGui|QtWidgets|QtSvg|QtPrintSupport|QWidget|QApplication|QGuiApplication|'
    r'QPainter|QPdfWriter|QTextDocument|QImage|QPixmap|QColor|QFont)\b')

bad = []
files = [p for p in Path(sys.argv[1]).rglob("*") if p.suffix in (".h", ".cpp")]
for path in files:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if FORBIDDEN.search(line):
            bad.append(f"{path}:{number}: {line.strip()}")
print("\n".join(bad) if bad else f"{len(files)} core files checked: no Gui or Widgets includes")
sys.exit(1 if bad else 0)
