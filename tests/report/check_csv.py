#!/usr/bin/env python3
"""Checks a CSV report: UTF-8 with a byte order mark, CRLF line ends, parses with Python's
csv module, the expected header, and the given number of data rows of equal width.
Usage: check_csv.py FILE ROWS. Prints problems and exits 1 if there are any."""
import sys
from csv_file import read_records

HEADER = ['Organisation', 'ODS code', 'Assessment date', 'Domain', 'Question ID', 'Question number', 'Question',
          'Answer', 'Evidence note', 'Flagged for review', 'Recommendations evidenced (status)']


def main(path, rows):
    records, problems = read_records(path)
    if not records or records[0] != HEADER:
        problems.append('unexpected header: %r' % (records[0] if records else None))
    if len(records) - 1 != int(rows):
        problems.append('%d data rows, expected %s' % (len(records) - 1, rows))
    if any(len(r) != len(HEADER) for r in records):
        problems.append('rows of unequal width')
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2]))
