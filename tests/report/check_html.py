#!/usr/bin/env python3
"""Checks an ahplead HTML report: well-formed XML, lang="en-GB", no external request or
http(s) URL, table headers with scope, one h1 and no skipped heading level, charts with text
alternatives, a print stylesheet, and WCAG 2.2 AA contrast for every colour pair the CSS
declares. Prints the problems and exits 1 if there are any."""
import re
import sys
import xml.etree.ElementTree as ET


def luminance(hex_colour):
    h = hex_colour.lstrip('#')
    if len(h) == 3:
        h = ''.join(c * 2 for c in h)
    channels = [int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def main(path):
    problems = []
    text = open(path, encoding='utf-8').read()
    if not text.startswith('<!DOCTYPE html>'):
        problems.append('does not start with <!DOCTYPE html>')
    if re.search(r'https?:', text, re.I):
        problems.append('contains an http(s) URL: %s' % re.search(r'.{0,40}https?:.{0,40}', text, re.I).group(0))
    try:
        root = ET.fromstring(text.replace('<!DOCTYPE html>', '', 1))
    except ET.ParseError as e:
        print('not well-formed: %s' % e)
        return 1
    if root.tag != 'html' or root.get('lang') != 'en-GB':
        problems.append('root is not <html lang="en-GB">')
    ids = [e.get('id') for e in root.iter() if e.get('id')]
    if len(ids) != len(set(ids)):
        problems.append('duplicate ids')
    for e in root.iter():
        if e.tag in ('script', 'img', 'iframe', 'object', 'embed', 'link', 'base', 'form', 'audio', 'video'):
            problems.append('unexpected <%s>' % e.tag)
        for name, value in e.attrib.items():
            if name.startswith('on'):
                problems.append('event handler attribute %s' % name)
            if name in ('src', 'srcset', 'action', 'xlink:href', 'background'):
                problems.append('%s attribute on <%s>' % (name, e.tag))
            if name == 'href' and (not value.startswith('#') or value[1:] not in ids):
                problems.append('href %r is not a link within the page' % value)
    style = ''.join(s.text or '' for s in root.iter('style'))
    if 'url(' in style or '@import' in style:
        problems.append('the stylesheet loads something')
    if '@media print' not in style:
        problems.append('no print stylesheet')
    for th in root.iter('th'):
        if th.get('scope') not in ('col', 'row'):
            problems.append('<th> without scope: %r' % ''.join(th.itertext())[:40])
    levels = [int(e.tag[1]) for e in root.iter() if re.fullmatch(r'h[1-6]', e.tag)]
    if levels.count(1) != 1 or levels[0] != 1:
        problems.append('not exactly one h1, first')
    for a, b in zip(levels, levels[1:]):
        if b > a + 1:
            problems.append('heading level skips from h%d to h%d' % (a, b))
    for svg in root.iter('svg'):
        title = svg.find('title')
        if svg.get('role') != 'img' or title is None or not (title.text or '').strip():
            problems.append('chart without role="img" and a title')
        elif svg.get('aria-labelledby') != title.get('id'):
            problems.append('chart not labelled by its title')
    # Contrast: every rule that sets a text colour, against its own background or white;
    # and body text against every background a rule declares.
    body_text = '#212b32'
    for selector, block in re.findall(r'([^{}]+)\{([^{}]*)\}', style):
        colour = re.search(r'(?<![-\w])color:\s*(#[0-9a-fA-F]{3,6})', block)
        background = re.search(r'background(?:-color)?:\s*(#[0-9a-fA-F]{3,6})', block)
        fg = colour.group(1) if colour else None
        bg = background.group(1) if background else '#ffffff'
        if fg and contrast(fg, bg) < 4.5:
            problems.append('%s: %s on %s is %.2f:1' % (selector.strip(), fg, bg, contrast(fg, bg)))
        if background and not fg and contrast(body_text, bg) < 4.5:
            problems.append('%s: body text on %s is %.2f:1' % (selector.strip(), bg, contrast(body_text, bg)))
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
