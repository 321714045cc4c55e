#!/usr/bin/env python3
"""Whole-process PDF timings side by side (issue 4's performance figures):

  ahplead   ahplead-cli report ASSESSMENT --format pdf      (our PDF report)
  baseline  pdf_baseline REPORT.html                         (bare QTextDocument -> QPdfWriter)
  office    libreoffice --headless --convert-to pdf REPORT.html   (what a user would otherwise do)

on the HTML report of the same assessment, run in rotation so the machine's load falls on
all three alike. Prints the median and best wall time of each, peak resident memory, and
the ratios the issue sets: ahplead at least 10x faster than LibreOffice, within 1.5x of the
baseline, and under 80 MB. Then runs report_bench for the in-process HTML time (< 20 ms).

Usage: compare.py --cli ahplead-cli --baseline pdf_baseline --bench report_bench --data DATA_DIR
                  [--assessment FILE] [--runs N]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def run(cmd, env):
    """Runs CMD to completion; returns (wall seconds, CPU seconds, peak RSS in MB). CPU time
    (user + system, the process and the children it waited for) is less sensitive than wall
    time to other work on the machine."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    err = proc.stderr.read().decode(errors='replace')
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit('%s failed (%d): %s' % (' '.join(cmd), code, err))
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli', required=True)
    ap.add_argument('--baseline', required=True)
    ap.add_argument('--bench', required=True)
    ap.add_argument('--data', required=True)
    ap.add_argument('--assessment')
    ap.add_argument('--runs', type=int, default=10)
    a = ap.parse_args()
    assessment = a.assessment or os.path.join(a.data, 'examples', 'board-example.json')
    env = dict(os.environ, QT_QPA_PLATFORM='offscreen', LC_ALL='C.UTF-8')
    work = tempfile.mkdtemp(prefix='ahplead-bench-')
    try:
        html = os.path.join(work, 'report.html')
        subprocess.run([a.cli, 'report', assessment, '--format', 'html', '-o', html], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        ours = os.path.join(work, 'ahplead.pdf')
        commands = {
            'ahplead': [a.cli, 'report', assessment, '--format', 'pdf', '-o', ours],
            'baseline': [a.baseline, html, os.path.join(work, 'baseline.pdf')],
        }
        office = shutil.which('libreoffice') or shutil.which('soffice')
        if office:
            profile = 'file://' + os.path.join(work, 'lo-profile')
            commands['office'] = [office, '-env:UserInstallation=' + profile, '--headless', '--convert-to', 'pdf',
                                  '--outdir', os.path.join(work, 'office'), html]
        else:
            print('libreoffice not found, skipped')

        # One untimed run each: LibreOffice creates its profile on first use, and every
        # program's files are then in the page cache, as they are for a user.
        for cmd in commands.values():
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

        pages = subprocess.run(['pdfinfo', ours], capture_output=True, text=True).stdout
        pages = next((l.split()[-1] for l in pages.splitlines() if l.startswith('Pages:')), '?')
        print('Whole-process PDF of %s (%s pages), %d runs each, in rotation' % (assessment, pages, a.runs))
        print('%-9s %14s %12s %14s %14s' % ('', 'median wall s', 'best wall s', 'median CPU s', 'peak RSS MB'))
        median = {}
        median_cpu = {}
        for name in commands:
            median[name] = statistics.median(times[name])
            median_cpu[name] = statistics.median(cpu[name])
            print('%-9s %14.3f %12.3f %14.3f %14.1f' % (name, median[name], min(times[name]), median_cpu[name],
                                                         memory[name]))
        print()
        print('ahplead / baseline: %.2fx wall, %.2fx CPU (target: at most 1.5x)'
              % (median['ahplead'] / median['baseline'], median_cpu['ahplead'] / median_cpu['baseline']))
        if 'office' in median:
            print('LibreOffice / ahplead: %.1fx wall, %.1fx CPU (target: at least 10x faster)'
                  % (median['office'] / median['ahplead'], median_cpu['office'] / median_cpu['ahplead']))
        print('ahplead peak memory: %.1f MB (target: under 80 MB)' % memory['ahplead'])
        print()
        sys.stdout.flush()
        subprocess.run([a.bench, assessment], env=env, check=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
