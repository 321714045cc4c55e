#!/usr/bin/env python3
"""Checks that hostile strings come out of a CSV or ODT report intact and inert.
Usage: check_hostile_outputs.py csv|odt FILE EXPECTED.json
EXPECTED.json: {"organisation": text, "evidence": text}. Prints problems; exits 1 if any.

CSV: the file parses strictly with Python's csv module, every row has the header's width,
the organisation and evidence cells hold the text exactly, a text a spreadsheet would run
as a formula (= + - @ tab CR first) carries a leading apostrophe, and nothing else does.
ODT: content.xml is well-formed XML and its text holds the strings (white space aside,
characters XML cannot carry replaced by U+FFFD or dropped)."""
import csv
import io
import json
import re
import sys
import zipfile
import xml.dom.minidom

FORMULA_START = '=+-@\t\r'


def as_cell(text):
    try:
        float(text)
        numeric = True
    except ValueError:
        numeric = False
    if text and text[0] in FORMULA_START and not numeric:
        return "'" + text
    return text


def check_csv(path, expected):
    problems = []
    text = open(path, 'rb').read().decode('utf-8-sig')
    rows = list(csv.reader(io.StringIO(text, newline=''), strict=True))
    header = rows[0]
    if any(len(r) != len(header) for r in rows):
        problems.append('rows of unequal width')
    org = header.index('Organisation')
    evidence = header.index('Evidence note')
    data = rows[1:]
    if not data:
        problems.append('no data rows')
    for i, r in enumerate(data):
        if r[org] != as_cell(expected['organisation']):
            problems.append('row %d: organisation cell is %r' % (i + 1, r[org][:80]))
            break
    if not any(r[evidence] == as_cell(expected['evidence']) for r in data):
        problems.append('no evidence cell holds the text; first is %r' % data[0][evidence][:80])
    return problems


XML_INVALID = re.compile('[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]')


def squeeze(text):
    # Characters XML cannot carry may be replaced (U+FFFD) or dropped; either is fine.
    return re.sub(r'\s+', '', XML_INVALID.sub('', text)).replace('\ufffd', '')


def check_odt(path, expected):
    problems = []
    with zipfile.ZipFile(path) as z:
        content = z.read('content.xml')
    try:
        dom = xml.dom.minidom.parseString(content)
    except Exception as e:  # noqa: BLE001 - any parse failure is the finding
        return ['content.xml is not well-formed XML: %s' % e]
    texts = []

    def walk(node):
        for child in node.childNodes:
            if child.nodeType == child.TEXT_NODE:
                texts.append(child.data)
            else:
                walk(child)
    walk(dom)
    body = squeeze(''.join(texts))
    for key in ('organisation', 'evidence'):
        want = squeeze(expected[key])
        if want and want not in body:
            problems.append('%s text not found in content.xml: %r' % (key, want[:80]))
    return problems


def main(kind, path, expected_path):
    expected = json.load(open(expected_path, encoding='utf-8'))
    problems = check_csv(path, expected) if kind == 'csv' else check_odt(path, expected)
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:4]))
