#!/usr/bin/env python3
"""Compares an HTML report built from hostile strings with one built from plain strings:
the element and attribute structure must be identical (nothing injected), the hostile
report must still be well-formed XML, and its text must contain every hostile string.
Usage: check_hostile_html.py HOSTILE.html PLAIN.html STRINGS.json"""
import json
import os
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'support'))
from html_skeleton import skeleton  # noqa: E402  (shared with the other hostile-text check)


def main(hostile_path, plain_path, strings_path):
    problems = []
    hostile_text, hostile = skeleton(hostile_path)
    _, plain = skeleton(plain_path)
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
