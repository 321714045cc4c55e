"""Reading back a CSV file ahplead wrote, the one way every check here does it: UTF-8 with a
byte order mark (so spreadsheets read the encoding), CRLF line ends, and records that Python's
csv module parses in strict mode."""
import csv
import io


def read_records(path):
    """The file's records and what is wrong with its form (a list of problems, empty if none)."""
    problems = []
    raw = open(path, 'rb').read()
    if not raw.startswith(b'\xef\xbb\xbf'):
        problems.append('no UTF-8 byte order mark')
    text = raw.decode('utf-8-sig')
    if not text.endswith('\r\n'):
        problems.append('last record does not end with CRLF')
    return list(csv.reader(io.StringIO(text, newline=''), strict=True)), problems


def shape_problems(records, header, rows):
    """What is wrong with the table's shape: a header other than HEADER, another number of data
    rows than ROWS, or rows of unequal width."""
    problems = []
    if not records or records[0] != header:
        problems.append('unexpected header: %r' % (records[0] if records else None))
    if len(records) - 1 != int(rows):
        problems.append('%d data rows, expected %s' % (len(records) - 1, rows))
    if any(len(r) != len(header) for r in records):
        problems.append('rows of unequal width')
    return problems
