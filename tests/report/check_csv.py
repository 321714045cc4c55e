#!/usr/bin/env python3
"""Checks a CSV report: UTF-8 with a byte order mark, CRLF line ends, parses with Python's
csv module, the expected header, and the given number of data rows of equal width.
Usage: check_csv.py FILE ROWS. Prints problems and exits 1 if there are any."""
import sys
from csv_file import read_records, shape_problems

HEADER = ['Organisation', 'ODS code', 'Assessment date', 'Domain', 'Question ID', 'Question number', 'Question',
          'Answer', 'Evidence note', 'Flagged for review', 'Recommendations evidenced (status)']


def main(path, rows):
    records, problems = read_records(path)
    problems += shape_problems(records, HEADER, rows)
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2]))
