#!/usr/bin/env python3
"""Whole-process timings of the board report as a Word document against the PDF of the same
report (issue 15: the .docx within 1.5x the time of the PDF):

  pdf   ahplead-cli report ASSESSMENT --format pdf  -o report.pdf
  docx  ahplead-cli report ASSESSMENT --format docx -o report.docx

run in rotation so the machine's load falls on both alike. Prints the median and best wall
time, the median CPU time and peak resident memory of each, and the ratios.

Usage: docx_compare.py --cli ahplead-cli --data DATA_DIR [--assessment FILE] [--runs N]
"""
import argparse
import os
import shutil
import statistics
import tempfile

from compare import run


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli', required=True)
    ap.add_argument('--data', required=True)
    ap.add_argument('--assessment')
    ap.add_argument('--runs', type=int, default=10)
    a = ap.parse_args()
    assessment = a.assessment or os.path.join(a.data, 'examples', 'board-example.json')
    env = dict(os.environ, QT_QPA_PLATFORM='offscreen', LC_ALL='C.UTF-8')
    work = tempfile.mkdtemp(prefix='ahplead-docx-bench-')
    try:
        commands = {fmt: [a.cli, 'report', assessment, '--format', fmt, '-o', os.path.join(work, 'report.' + fmt)]
                    for fmt in ('pdf', 'docx')}
        for cmd in commands.values():  # untimed: the page cache warmed, as it is for a user
            run(cmd, env)
        times = {name: [] for name in commands}
        cpu = {name: [] for name in commands}
        memory = {name: 0.0 for name in commands}
        for _ in range(a.runs):
            for name, cmd in commands.items():
                seconds, cpu_seconds, mb = run(cmd, env)
                times[name].append(seconds)
                cpu[name].append(cpu_seconds)
                memory[name] = max(memory[name], mb)
        print('Whole-process board report of %s, %d runs each, in rotation' % (assessment, a.runs))
        print('%-6s %14s %12s %14s %14s %10s' % ('', 'median wall s', 'best wall s', 'median CPU s', 'peak RSS MB',
                                                 'bytes'))
        for name in commands:
            size = os.path.getsize(commands[name][-1])
            print('%-6s %14.3f %12.3f %14.3f %14.1f %10d' % (name, statistics.median(times[name]), min(times[name]),
                                                             statistics.median(cpu[name]), memory[name], size))
        print()
        print('docx / pdf: %.2fx wall, %.2fx CPU (target: at most 1.5x)'
              % (statistics.median(times['docx']) / statistics.median(times['pdf']),
                 statistics.median(cpu['docx']) / statistics.median(cpu['pdf'])))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
