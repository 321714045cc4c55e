#!/usr/bin/env python3
"""Reads a Word document as Word's readers do, with python3-docx, and checks it holds what the
document model says it holds.

Usage: check_docx.py FILE.docx EXPECTED.json [FILE.docx EXPECTED.json ...]
EXPECTED.json: {"headings": [...], "cells": [...], "texts": [...],
                "properties": {"title": ..., "author": ..., "subject": ..., "language": ...}}
headings   each is the text of a paragraph in a Title or Heading style (words the heading
           carries after its own, a source's short name, may follow).
cells      each is the text of some table cell (white space aside).
rows       each is a list of cell texts that some table row has exactly, in order: a cover's
           label and value rows, where an empty value must be an empty cell, not a placeholder.
texts      each appears in the body's text (white space aside; characters XML cannot carry
           may be replaced by U+FFFD).
properties the core properties read back exactly.
Also: the footer of the body's section holds a PAGE field, and every part of the package is
well-formed XML. Prints what is wrong and exits 1 if anything is; exits 77 when python3-docx
is not installed.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

try:
    import docx
except ImportError:
    print('SKIPPED: python3-docx is not installed (apt install python3-docx)')
    sys.exit(77)

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
XML_INVALID = re.compile('[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]')


def squeeze(text):
    return ''.join(c for c in XML_INVALID.sub('\ufffd', text) if not c.isspace())


def cells_of(tables):
    for table in tables:
        for row in table.rows:
            for cell in row.cells:
                yield cell.text
                yield from cells_of(cell.tables)


def field_instructions(xml_bytes):
    root = ET.fromstring(xml_bytes)
    found = [e.text or '' for e in root.iter(W + 'instrText')]
    found += [e.get(W + 'instr', '') for e in root.iter(W + 'fldSimple')]
    return [f.strip().split(' ')[0] for f in found]


def main(path, expected_path):
    expected = json.load(open(expected_path, encoding='utf-8'))
    problems = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.endswith('.xml') or name.endswith('.rels'):
                try:
                    ET.fromstring(z.read(name))
                except ET.ParseError as e:
                    problems.append('%s is not well-formed XML: %s' % (name, e))
        footers = [n for n in z.namelist() if re.match(r'word/footer\d+\.xml$', n)]
        if not footers or not all('PAGE' in field_instructions(z.read(n)) for n in footers):
            problems.append('a footer has no PAGE field: %s' % footers)
    if problems:
        return problems
    d = docx.Document(path)
    headings = [squeeze(p.text) for p in d.paragraphs
                if p.style.name == 'Title' or p.style.name.startswith('Heading')]
    for want in expected.get('headings', []):
        w = squeeze(want)
        if w and not any(h.startswith(w) for h in headings):
            problems.append('heading not found: %r' % want[:80])
    cells = set(squeeze(c) for c in cells_of(d.tables))
    for want in expected.get('cells', []):
        w = squeeze(want)
        if w and w not in cells:
            problems.append('table cell not found: %r' % want[:80])
    rows = set()
    for table in d.tables:
        for row in table.rows:
            rows.add(tuple(squeeze(c.text) for c in row.cells))
    for want in expected.get('rows', []):
        if tuple(squeeze(c) for c in want) not in rows:
            problems.append('table row not found exactly: %r' % [c[:40] for c in want])
    body = squeeze('\n'.join(p.text for p in d.paragraphs) + '\n'.join(cells))
    for want in expected.get('texts', []):
        w = squeeze(want)
        if w and w not in body:
            problems.append('text not found whole: %r' % want[:80])
    props = d.core_properties
    for name, want in expected.get('properties', {}).items():
        got = getattr(props, name)
        # XML reads a carriage return as a line feed.
        if got != XML_INVALID.sub('\ufffd', want).replace('\r\n', '\n').replace('\r', '\n'):
            problems.append('core property %s is %r, not %r' % (name, got, want))
    return problems


if __name__ == '__main__':
    failed = False
    for path, expected_path in zip(sys.argv[1::2], sys.argv[2::2]):
        for p in main(path, expected_path):
            print('%s: %s' % (path, p))
            failed = True
    sys.exit(1 if failed else 0)
