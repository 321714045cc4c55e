#!/usr/bin/env python3
"""Compares an HTML report built from hostile strings with one built from plain strings:
the element and attribute structure must be identical (nothing injected), the hostile
report must still be well-formed XML, and its text must contain every hostile string.
Usage: check_hostile_html.py HOSTILE.html PLAIN.html STRINGS.json"""
import json
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser


class Skeleton(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, tuple(sorted(name for name, _ in attrs))))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        self.tags.append(('/' + tag, ()))

    def handle_data(self, data):
        self.text.append(data)


def parse(path):
    text = open(path, encoding='utf-8').read()
    p = Skeleton()
    p.feed(text)
    p.close()
    return text, p


def main(hostile_path, plain_path, strings_path):
    problems = []
    hostile_text, hostile = parse(hostile_path)
    _, plain = parse(plain_path)
    try:
        ET.fromstring(hostile_text.replace('<!DOCTYPE html>', '', 1))
    except ET.ParseError as e:
        problems.append('hostile report is not well-formed: %s' % e)
    if hostile.tags != plain.tags:
        for i, (a, b) in enumerate(zip(hostile.tags, plain.tags)):
            if a != b:
                problems.append('structure differs at element %d: %r instead of %r' % (i, a, b))
                break
        else:
            problems.append('structure differs in length: %d vs %d' % (len(hostile.tags), len(plain.tags)))
    for tag, attrs in hostile.tags:
        if tag in ('script', 'img', 'iframe') or any(a.startswith('on') for a in attrs):
            problems.append('injected <%s %s>' % (tag, ' '.join(attrs)))
    text = ''.join(hostile.text)
    for s in json.load(open(strings_path, encoding='utf-8')):
        if s not in text:
            problems.append('text lacks %r' % s[:60])
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:4]))
