#!/usr/bin/env python3
"""Checks the action plan spreadsheet: read back as every CSV here is (csv_file), the expected
header, the given number of rows of equal width; then prints each row as a JSON object keyed
by its header, for the test to compare with what the board recorded.
Usage: check_actions_csv.py FILE ROWS. Prints problems and exits 1 if there are any."""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from csv_file import read_records, shape_problems  # noqa: E402 (tests/report, beside this folder)

HEADER = ['Organisation', 'ODS code', 'Assessment date', 'Priority', 'Recommendation ID', 'Recommendation',
          'Critical', 'Status now', 'Action', 'Sources', 'Owner', 'Target date', 'Progress', 'Overdue', 'Note']


def main(path, rows):
    records, problems = read_records(path)
    problems += shape_problems(records, HEADER, rows)
    for p in problems:
        print(p)
    if problems:
        return 1
    print(json.dumps([dict(zip(HEADER, r)) for r in records[1:]]))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2]))
