#!/usr/bin/env python3
"""Checks that hostile strings come out of a file the program wrote intact and inert.

Usage: check_hostile_outputs.py html|pdf|odt|docx|csv FILE EXPECTED.json [PLAIN.html]
EXPECTED.json: {"texts": [...], "cells": {header: text}, "someCells": {header: text}}.
Prints what is wrong and exits 1 if anything is.

texts      must each appear whole in the document's text (white space aside; characters XML
           cannot carry may be dropped or replaced by U+FFFD).
html       well-formed XML; the same elements and attributes as PLAIN.html, the same document
           made from plain text (a line break in the text may add <br/>), so nothing was
           injected; no script, img or iframe element and no on* attribute at all.
pdf        qpdf --check passes; the text poppler extracts holds the texts. Qt 6.4's PDF engine
           cannot map characters beyond U+FFFF back to text (docs/reports.md), and invisible
           format characters (bidi controls, zero-width space) are not text on a page, so both
           are left out of the comparison; a right-to-left override is obeyed on the page, so
           the text it covers is expected reversed; the page header and footer bands are cut
           off, so a long note is checked whole across a page break.
odt        content.xml is well-formed XML and holds the texts.
docx       every XML part is well-formed; the body's text (with the page headers and footers)
           holds the texts; the package's parts are only those a Word document of ours has
           (nothing injected). (tests/report/check_docx.py reads hostile text back with
           python3-docx; here the XML alone keeps the check quick.)
csv        parses strictly with Python's csv module; every row has the header's width; the cell
           under each header of "cells" holds the text exactly in every row, and under each of
           "someCells" in at least one row; a text a spreadsheet would run as a formula (= + - @
           tab CR first) carries a leading apostrophe.
"""
import csv
import io
import json
import os
import re
import subprocess
import sys
import unicodedata
import xml.dom.minidom
import xml.etree.ElementTree as ET
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'support'))
from html_skeleton import skeleton  # noqa: E402  (shared with the other hostile-text check)

FORMULA_START = '=+-@\t\r'
XML_INVALID = re.compile('[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]')


RIGHT_TO_LEFT_OVERRIDE = re.compile('\u202e([^\u202c]*)(?:\u202c|$)')


def squeeze(text, on_page=False):
    if on_page:
        # A right-to-left override is obeyed on the page: its letters read in reverse there.
        text = RIGHT_TO_LEFT_OVERRIDE.sub(lambda m: m.group(1)[::-1], text)
    text = unicodedata.normalize('NFKC', XML_INVALID.sub('', text))
    out = []
    for c in text:
        if c.isspace() or c == '\ufffd':
            continue
        if on_page and (ord(c) > 0xFFFF or unicodedata.category(c) in ('Cf', 'Cc')):
            continue
        out.append(c)
    return ''.join(out)


def missing_texts(body, expected, on_page=False):
    problems = []
    squeezed = squeeze(body, on_page)
    for want in expected.get('texts', []):
        w = squeeze(want, on_page)
        if w and w not in squeezed:
            problems.append('text not found whole: %r' % want[:80])
    return problems


def as_cell(text):
    try:
        float(text)
        numeric = True
    except ValueError:
        numeric = False
    if text and text[0] in FORMULA_START and not numeric:
        return "'" + text
    return text


def check_csv(path, expected, _plain):
    problems = []
    text = open(path, 'rb').read().decode('utf-8-sig')
    rows = list(csv.reader(io.StringIO(text, newline=''), strict=True))
    header = rows[0]
    if any(len(r) != len(header) for r in rows):
        problems.append('rows of unequal width')
    data = rows[1:]
    if not data:
        return problems + ['no data rows']
    for name, value in expected.get('cells', {}).items():
        column = header.index(name)
        for i, r in enumerate(data):
            if r[column] != as_cell(value):
                problems.append('row %d: %s cell is %r' % (i + 1, name, r[column][:80]))
                break
    for name, value in expected.get('someCells', {}).items():
        column = header.index(name)
        if not any(r[column] == as_cell(value) for r in data):
            problems.append('no %s cell holds the text; the first is %r' % (name, data[0][column][:80]))
    return problems


def check_odt(path, expected, _plain):
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
    return missing_texts(''.join(texts), expected)


WORD = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
DOCX_PART = re.compile(r'(\[Content_Types\]\.xml|_rels/\.rels|docProps/(core|app)\.xml|word/(document|styles|numbering|'
                       r'settings|header\d+|footer\d+)\.xml|word/_rels/document\.xml\.rels|word/media/chart\d+\.png)$')


def check_docx(path, expected, _plain):
    problems = []
    texts = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if not DOCX_PART.match(name):
                problems.append('unexpected part %s' % name)
            if not name.endswith(('.xml', '.rels')):
                continue
            try:
                root = ET.fromstring(z.read(name))
            except ET.ParseError as e:
                problems.append('%s is not well-formed XML: %s' % (name, e))
                continue
            if name == 'word/document.xml' or re.match(r'word/(header|footer)\d+\.xml$', name):
                for e in root.iter():
                    if e.tag == WORD + 't':
                        texts.append(e.text or '')
                    elif e.tag in (WORD + 'br', WORD + 'tab'):
                        texts.append(' ')
                    elif e.tag == WORD + 'p':
                        texts.append('\n')
    return problems + missing_texts(''.join(texts), expected)


def check_html(path, expected, plain_path):
    problems = []
    text, hostile = skeleton(path)
    try:
        ET.fromstring(re.sub(r'^<!DOCTYPE[^>]*>', '', text.lstrip(), count=1))
    except ET.ParseError as e:
        problems.append('not well-formed: %s' % e)
    for tag, attrs in hostile.tags:
        if tag in ('script', 'img', 'iframe') or any(a.startswith('on') for a in attrs):
            problems.append('injected <%s %s>' % (tag, ' '.join(attrs)))
    if plain_path:
        _, plain = skeleton(plain_path)
        mine = [t for t in hostile.tags if t[0] != 'br']
        theirs = [t for t in plain.tags if t[0] != 'br']
        if mine != theirs:
            for i, (a, b) in enumerate(zip(mine, theirs)):
                if a != b:
                    problems.append('structure differs from the plain document at element %d: %r, not %r' % (i, a, b))
                    break
            else:
                problems.append('structure differs in length: %d elements, not %d' % (len(mine), len(theirs)))
    return problems + missing_texts(''.join(hostile.text), expected)


def page_size(path):
    info = subprocess.run(['pdfinfo', path], capture_output=True, text=True, check=True).stdout
    m = re.search(r'Page size:\s+([\d.]+) x ([\d.]+) pts', info)
    return float(m.group(1)), float(m.group(2))


def check_pdf(path, expected, _plain):
    problems = []
    qpdf = subprocess.run(['qpdf', '--check', path], capture_output=True, text=True)
    if qpdf.returncode != 0:
        problems.append('qpdf --check: %s' % (qpdf.stdout + qpdf.stderr).strip()[-300:])
    width, height = page_size(path)
    # The body of each page without the 60 pt header and footer bands the page machinery
    # (DocumentBuilder, ReportPages) draws, so a note broken over pages reads as one.
    body = subprocess.run(['pdftotext', '-enc', 'UTF-8', '-x', '0', '-y', '60', '-W', str(int(width)),
                           '-H', str(int(height) - 120), path, '-'], capture_output=True, text=True, check=True).stdout
    missing = missing_texts(body, expected, on_page=True)
    if missing:
        # A short text may stand only in a band (a running title): then the whole page has it.
        whole = subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'], capture_output=True, text=True,
                               check=True).stdout
        in_neither = set(missing_texts(whole, expected, on_page=True))
        problems += [p for p in missing if p in in_neither]
    return problems


CHECKS = {'csv': check_csv, 'odt': check_odt, 'docx': check_docx, 'html': check_html, 'pdf': check_pdf}


def main(kind, path, expected_path, plain=None):
    expected = json.load(open(expected_path, encoding='utf-8'))
    problems = CHECKS[kind](path, expected, plain)
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:5]))
