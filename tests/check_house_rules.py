#!/usr/bin/env python3
"""The house rules of docs/architecture.md, checked over src/ and tools/:
- no folder holds more than 40 source files directly;
- no source file is over 1,000 lines;
- no function is over 80 lines, unless the comment just above it says why, starting "Stays long:";
- no two classes share a name.
A function is found as clang-format lays it out: its body opens with "{" alone at column 0 and
closes with "}" alone at column 0 (.clang-format: BraceWrapping AfterFunction)."""
import collections
import os
import re
import sys

MAX_FILES, MAX_LINES, MAX_FUNCTION = 40, 1000, 80
root = sys.argv[1]
problems = []
classes = collections.defaultdict(list)
definition = re.compile(r'^(?:class|struct)\s+([A-Z]\w*)\b[^;]*$')

for top in ('src', 'tools'):
    for folder, _, files in os.walk(os.path.join(root, top)):
        sources = sorted(f for f in files if f.endswith(('.cpp', '.h')))
        if len(sources) > MAX_FILES:
            problems.append(f'{folder}: {len(sources)} source files (at most {MAX_FILES}); split it by feature')
        for name in sources:
            path = os.path.join(folder, name)
            shown = os.path.relpath(path, root)
            lines = open(path, encoding='utf-8').read().split('\n')
            if len(lines) > MAX_LINES:
                problems.append(f'{shown}: {len(lines)} lines (at most {MAX_LINES})')
            start = None
            for i, line in enumerate(lines):
                m = definition.match(line)
                if m and name.endswith('.h'):
                    classes[m.group(1)].append(f'{shown}:{i + 1}')
                if line == '{' and start is None:
                    start = i
                elif line == '}' and start is not None:
                    length = i - start + 1
                    above = ' '.join(lines[max(0, start - 6):start])
                    if length > MAX_FUNCTION and 'Stays long:' not in above:
                        problems.append(f'{shown}:{start}: a function of {length} lines (at most {MAX_FUNCTION}, '
                                        f'or a comment "Stays long: why")')
                    start = None
for name, places in sorted(classes.items()):
    if len(places) > 1:
        problems.append(f'class {name} is defined in more than one place: {", ".join(places)}')

for p in problems:
    print(p)
if problems:
    sys.exit(1)
print('src/ and tools/ keep the house rules')
