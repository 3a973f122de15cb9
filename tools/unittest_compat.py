"""Run the project's own unittest files (tests/compat/test_*.py) under python3
and under pyheap, and compare the outcome of every test.

    python3 tools/unittest_compat.py [FILE...]

Each file runs as `-m unittest -v NAME` from tests/compat, under both
interpreters; the per-test lines of the verbose report ("name (id) ... ok")
give the outcomes. Prints one row per test file and per differing test, and
exits with status 1 when any outcome, the summary line or the exit status
differs.
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMPAT_DIR = os.path.join(ROOT, 'tests', 'compat')
PYHEAP = [os.environ.get('NODE', 'node'), os.path.join(ROOT, 'bin', 'pyheap.js')]
PYTHON = [os.environ.get('PYTHON', 'python3')]
OUTCOME_RE = re.compile(r'^(\S+ \([\w.]+\)(?: .*?)?) \.\.\. (ok|FAIL|ERROR|skipped .*|expected failure|unexpected success)$')
SUBTEST_RE = re.compile(r'^  (\S+ \([\w.]+\) .*) \.\.\. (ok|FAIL|ERROR)$')
SUMMARY_RE = re.compile(r'^(OK|FAILED)( \(.*\))?$')


def run(command, name):
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONDONTWRITEBYTECODE='1')
    p = subprocess.run(command + ['-m', 'unittest', '-v', name], cwd=COMPAT_DIR,
                       capture_output=True, text=True, env=env, timeout=120)
    outcomes = {}
    summary = None
    pending = None
    for line in p.stderr.splitlines():
        m = OUTCOME_RE.match(line) or SUBTEST_RE.match(line)
        if m:
            outcomes[m.group(1)] = m.group(2)
            pending = None
            continue
        if line.endswith(' ... '):
            # a test whose subtests report on the following lines
            pending = line[:-5]
            continue
        if pending is not None and line in ('ok', 'FAIL', 'ERROR'):
            outcomes[pending] = line
            pending = None
        m = SUMMARY_RE.match(line)
        if m:
            summary = line
    return outcomes, summary, p.returncode


def main(argv):
    names = argv or sorted(f[:-3] for f in os.listdir(COMPAT_DIR)
                           if f.startswith('test_') and f.endswith('.py'))
    names = [os.path.basename(n)[:-3] if n.endswith('.py') else n for n in names]
    differences = 0
    print('%-32s %6s %6s %6s  %s' % ('file', 'tests', 'same', 'status', 'summary'))
    for name in names:
        expected, exp_summary, exp_status = run(PYTHON, name)
        got, got_summary, got_status = run(PYHEAP, name)
        same = sum(1 for k, v in expected.items() if got.get(k) == v)
        ok = (same == len(expected) == len(got) and exp_summary == got_summary
              and exp_status == got_status)
        print('%-32s %6d %6d %6s  %s' % (name, len(expected), same,
                                         'same' if exp_status == got_status else
                                         '%d/%d' % (got_status, exp_status),
                                         got_summary if ok else '%s | python3: %s' % (got_summary, exp_summary)))
        if not ok:
            differences += 1
            for test in sorted(set(expected) | set(got)):
                if expected.get(test) != got.get(test):
                    print('    %s: pyheap %s, python3 %s' % (test, got.get(test), expected.get(test)))
    print('%d of %d files with the same outcomes' % (len(names) - differences, len(names)))
    return 1 if differences else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
