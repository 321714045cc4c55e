#!/usr/bin/env python3
"""Checks the consensus CSV: UTF-8 with a byte order mark, CRLF line ends, parses with Python's
csv module in strict mode, the expected header, ROWS data rows of equal width, and answer counts
that add up to RATERS on every row. Usage: check_consensus_csv.py FILE ROWS RATERS."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from csv_file import read_records  # noqa: E402 (tests/report, beside this folder)

HEADER = ['Question id', 'Domain', 'Question', 'Disagreement (0 to 100)', 'All answered alike', 'In place',
          'Partly in place', 'Not in place', 'Not applicable', 'Not answered']


def main(path, rows, raters):
    records, problems = read_records(path)
    if not records or records[0] != HEADER:
        problems.append('unexpected header: %r' % (records[0] if records else None))
    if len(records) - 1 != int(rows):
        problems.append('%d data rows, expected %s' % (len(records) - 1, rows))
    for i, record in enumerate(records[1:], start=2):
        if len(record) != len(HEADER):
            problems.append('record %d has %d fields' % (i, len(record)))
            continue
        if sum(int(n) for n in record[5:]) != int(raters):
            problems.append('record %d: the counts do not add up to %s' % (i, raters))
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:]))
