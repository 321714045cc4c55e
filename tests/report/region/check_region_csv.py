#!/usr/bin/env python3
"""Checks a regional summary CSV: UTF-8 with a byte order mark, CRLF line ends, parses with
Python's csv module in strict mode, the expected header (fixed columns, one per domain, critical
gaps and actions overdue last), ROWS data rows of equal width, scores whole numbers from 0 to 100 or empty.
Usage: check_region_csv.py FILE ROWS DOMAINS. Prints problems and exits 1 if there are any;
otherwise prints the counts by ICS, type and review status as JSON."""
import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from csv_file import read_records  # noqa: E402 (tests/report, beside this folder)

FIXED = ['Organisation', 'ODS code', 'Integrated care system', 'Type of organisation', 'Latest revision',
         'Submitted', 'Review status', 'Overall score', 'Overall level']
LEVELS = {'Not in place', 'Emerging', 'Developing', 'Established', 'Embedded', ''}


def main(path, rows, domains):
    records, problems = read_records(path)
    header = records[0] if records else []
    width = len(FIXED) + int(domains) + 2
    if header[:len(FIXED)] != FIXED or len(header) != width or header[-2:] != ['Critical gaps', 'Actions overdue']:
        problems.append('unexpected header: %r' % header)
    if any(not h.endswith(' score') for h in header[len(FIXED):-2]):
        problems.append('domain columns are not named "<domain> score"')
    data = records[1:]
    if len(data) != int(rows):
        problems.append('%d data rows, expected %s' % (len(data), rows))
    for r in data:
        if len(r) != width:
            problems.append('row of width %d, expected %d: %r' % (len(r), width, r[:1]))
            continue
        for value in [r[7]] + r[len(FIXED):-2]:
            if value and not (value.isdigit() and 0 <= int(value) <= 100):
                problems.append('%r is not a score from 0 to 100' % value)
        if r[8] not in LEVELS:
            problems.append('%r is not a maturity level' % r[8])
        if not r[-2].isdigit():
            problems.append('%r is not a number of critical gaps' % r[-2])
        if not r[-1].isdigit():
            problems.append('%r is not a number of overdue actions' % r[-1])
        if not r[4].isdigit():
            problems.append('%r is not a revision' % r[4])
    for p in problems:
        print(p)
    if problems:
        return 1
    print(json.dumps({
        'rows': len(data),
        'organisations': [r[0] for r in data],
        'ics': Counter(r[2] for r in data),
        'types': Counter(r[3] for r in data),
        'review': Counter(r[6] for r in data),
        'criticalGaps': sum(int(r[-2]) for r in data),
        'actionsOverdue': sum(int(r[-1]) for r in data),
    }))
    return 0


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:4]))
