"""Record CPython 3.11's output for the program corpus. Run from anywhere:

    python3 tools/gen_run_goldens.py              # every program of tests/conformance/run
    python3 tools/gen_run_goldens.py NAME...      # only these programs (NAME or NAME.py)
    python3 tools/gen_run_goldens.py --seed       # every seed snippet of tests/conformance/seed
    python3 tools/gen_run_goldens.py --seed NAME...

A program is a file NAME.py of the folder whose name does not start with `_`
(files and folders starting with `_` are modules the programs import). Each is
run as `python3 [OPTIONS] NAME.py` with the folder as cwd, OPTIONS the
interpreter options of NAME.options (words on one line, e.g. `-OO`; none when
there is no such file), stdin fed from NAME.stdin (or empty), stdout a pipe
whose reader has closed when NAME.closed exists (its golden stdout is empty), a 20 s timeout (120 s for seed snippets, whose timing loops are long),
and the environment less every PYTHON* variable plus
PYTHONHASHSEED=0, PYTHONDONTWRITEBYTECODE=1 and LC_ALL=C.UTF-8. It writes:
- NAME.stdout, always;
- NAME.stderr, only when it is not empty;
- NAME.status, only when the exit status is not 0: the status as a shell
  reports it, so a program that dies of a signal (an uncaught
  KeyboardInterrupt makes CPython kill itself with SIGINT) has 128 + signum.
CPython names the script by its absolute path in tracebacks (`File
"/abs/folder/NAME.py"`), in warnings and in tracemalloc/cProfile output; the
goldens write that folder as <FIXTURE_DIR>, as tests/conformance/syntax_errors
does, and the standard library's folder as <STDLIB_DIR> (seed snippets print
tracemalloc lines of tracemalloc.py).

Goldens of programs that no longer exist are removed, and so are the optional
goldens a program stopped producing. A corpus program is rejected (reported,
its goldens removed, the exit status made 1) when its name is not
`<area>_<topic>` of a known area, it is not 10 to 60 lines long, it times out,
its output differs between two runs (the second from a copy of the folder
elsewhere, so output that hangs on where the checkout is, its length or how
it sorts against other paths, is caught here and not on a CI machine), it prints a default repr's address
(` at 0x...>`), or its output names a path of this machine other than the
fixture folder (a traceback through the standard library, for instance).

Seed snippets (tests/conformance/seed, copies of ../shared/seed/snippets) are
recorded the same way from a single run, without the corpus checks: some print
clock figures or ids, which the test harness masks. A snippet that needs a
module this CPython lacks (numpy, line_profiler) is recorded as it fails and
reported, so its golden can be refreshed where the module is installed.

line_profiler is not installed here either: the lineprof_* programs and the
seed snippet 08_line_profiler run with pyheap's own lib/line_profiler and
lib/kernprof.py on the path over tools/lineprof_ref/_line_profiler.py, a
pure-Python core on sys.settrace, so that their hits and line numbers are
CPython's own line events (the timings are clock figures, masked).
"""
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

if sys.implementation.name != 'cpython' or sys.version_info[:2] != (3, 11):
    sys.exit(f'gen_run_goldens.py needs CPython 3.11, this is '
             f'{sys.implementation.name} {sys.version.split()[0]}')

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUN_DIR = os.path.join(ROOT, 'tests', 'conformance', 'run')
SEED_DIR = os.path.join(ROOT, 'tests', 'conformance', 'seed')
DIR_TOKEN = b'<FIXTURE_DIR>'
STDLIB_TOKEN = b'<STDLIB_DIR>'
STDLIB_DIR = sysconfig.get_paths()['stdlib'].encode()
TIMEOUT = 20
SEED_TIMEOUT = 120
GOLDEN_EXTS = ('.stdout', '.stderr', '.status')
AREAS = {
    'syntax', 'scope', 'int', 'float', 'complex', 'bool', 'none', 'str', 'bytes', 'bytearray',
    'list', 'tuple', 'dict', 'set', 'frozenset', 'range', 'slice', 'memoryview', 'object', 'type',
    'func', 'class', 'gen', 'comp', 'exc', 'match', 'misc', 'import', 'mod',
    # the memory model
    'refcount', 'dealloc', 'gc', 'weakref', 'sizeof', 'intern', 'concat', 'copy', 'slots',
    # the measurement tools
    'timeit', 'prof', 'trace', 'lineprof', 'tracemalloc',
    # test suites and the standard library they need (lib_<module>_<topic>)
    'unittest', 'doctest', 'lib',
}
NAME_RE = re.compile(r'[a-z][a-z0-9]*(?:_[a-z0-9]+)+')
ADDRESS_RE = re.compile(rb' at 0x[0-9a-f]+>')
MIN_LINES, MAX_LINES = 10, 60
# Slower than this is reported: each program must run well under a second.
# The faster of its two runs is compared, as wall-clock time is noisy while
# other runs go on in parallel.
SLOW_SECONDS = 1.0
# Paths that make a corpus golden depend on this machine or on CPython's own
# files (checked after the fixture and stdlib folders are masked).
MACHINE_PATHS = [STDLIB_TOKEN] + sorted(
    {p.encode() for p in (ROOT, sys.prefix, sys.base_prefix, sys.exec_prefix)}, key=len, reverse=True)


def child_env(name):
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env['PYTHONHASHSEED'] = '0'
    env['PYTHONDONTWRITEBYTECODE'] = '1'
    env['LC_ALL'] = 'C.UTF-8'
    if name.startswith('lineprof_') or name == '08_line_profiler':
        env['PYTHONPATH'] = lineprof_path()
    return env


_lineprof_dir = None


def lineprof_path():
    """A folder with only line_profiler, kernprof and the reference core (lib/ itself would shadow the stdlib)."""
    global _lineprof_dir
    if _lineprof_dir is None:
        _lineprof_dir = tempfile.mkdtemp(prefix='lineprof_ref_')
        for src in (os.path.join(ROOT, 'lib', 'line_profiler'), os.path.join(ROOT, 'lib', 'kernprof.py'),
                    os.path.join(ROOT, 'tools', 'lineprof_ref', '_line_profiler.py')):
            os.symlink(src, os.path.join(_lineprof_dir, os.path.basename(src)))
    return _lineprof_dir


def programs(folder):
    return sorted(f[:-3] for f in os.listdir(folder)
                  if f.endswith('.py') and not f.startswith('_'))


def run(folder, name, timeout=TIMEOUT):
    """One run of NAME.py: (stdout, stderr, status, seconds), the folder masked."""
    stdin_path = os.path.join(folder, name + '.stdin')
    stdin = b''
    if os.path.exists(stdin_path):
        with open(stdin_path, 'rb') as f:
            stdin = f.read()
    options_path = os.path.join(folder, name + '.options')
    options = []
    if os.path.exists(options_path):
        with open(options_path) as f:
            options = f.read().split()
    # NAME.closed: stdout is a pipe whose reader has gone (as `prog | head -1` once head exits).
    closed = None
    if os.path.exists(os.path.join(folder, name + '.closed')):
        reader, closed = os.pipe()
        os.close(reader)
    start = time.monotonic()
    try:
        proc = subprocess.run([sys.executable, *options, name + '.py'], cwd=folder, env=child_env(name),
                              input=stdin, stdout=closed if closed is not None else subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=timeout)
    finally:
        if closed is not None:
            os.close(closed)
    seconds = time.monotonic() - start
    # A negative return code is a death by signal; record it as a shell does.
    status = proc.returncode if proc.returncode >= 0 else 128 - proc.returncode
    return mask_paths(proc.stdout or b'', folder), mask_paths(proc.stderr, folder), status, seconds


def mask_paths(data, folder):
    return data.replace(folder.encode(), DIR_TOKEN).replace(STDLIB_DIR, STDLIB_TOKEN)


def write_goldens(folder, name, out, err, status):
    base = os.path.join(folder, name)
    with open(base + '.stdout', 'wb') as f:
        f.write(out)
    for ext, data in (('.stderr', err), ('.status', f'{status}\n'.encode() if status else b'')):
        if data:
            with open(base + ext, 'wb') as f:
                f.write(data)
        elif os.path.exists(base + ext):
            os.remove(base + ext)


def remove_goldens(folder, name):
    for ext in GOLDEN_EXTS:
        path = os.path.join(folder, name + ext)
        if os.path.exists(path):
            os.remove(path)


def remove_stale(folder, names):
    """Removes goldens whose program is gone; reports inputs without a program."""
    alive = set(names)
    notes = []
    for f in sorted(os.listdir(folder)):
        stem, ext = os.path.splitext(f)
        if stem in alive or f.startswith('_'):
            continue
        if ext in GOLDEN_EXTS:
            os.remove(os.path.join(folder, f))
            notes.append(f'removed stale {f}')
        elif ext in ('.stdin', '.options', '.closed'):
            notes.append(f'{f} has no program')
    return notes


def static_problems(folder, name):
    """What is wrong with a corpus program before it runs: its name, its length."""
    problems = []
    area = name.split('_', 1)[0]
    if not NAME_RE.fullmatch(name) or area not in AREAS:
        problems.append('name is not <area>_<topic> with a known area')
    elif area == 'mod' and name.count('_') < 2:
        problems.append('name is not mod_<module>_<topic>')
    with open(os.path.join(folder, name + '.py'), 'rb') as f:
        n_lines = len(f.read().splitlines())
    if not MIN_LINES <= n_lines <= MAX_LINES:
        problems.append(f'{n_lines} lines, not {MIN_LINES} to {MAX_LINES}')
    return problems


def output_problems(out, err):
    problems = []
    for stream, data in (('stdout', out), ('stderr', err)):
        address = ADDRESS_RE.search(data)
        if address:
            problems.append(f'{stream} prints an address ({address.group().decode()})')
        for path in MACHINE_PATHS:
            if path in data:
                problems.append(f'{stream} names a path of this machine ({path.decode()})')
                break
    return problems


def check_corpus_program(folder, elsewhere, name):
    """Runs a corpus program twice, in FOLDER and in its copy ELSEWHERE: (goldens or None, problems, notes)."""
    problems = static_problems(folder, name)
    try:
        first = run(folder, name)
        second = run(elsewhere, name)
    except subprocess.TimeoutExpired:
        return None, problems + [f'timed out after {TIMEOUT} s'], []
    if first[:3] != second[:3]:
        problems.append('output differs between two runs')
    problems += output_problems(first[0], first[1])
    seconds = min(first[3], second[3])
    notes = [f'slow ({seconds:.2f} s)'] if seconds > SLOW_SECONDS else []
    return first[:3], problems, notes


def copy_elsewhere(folder):
    """A copy of the corpus folder (programs, inputs, modules; no goldens) at
    another path, deeper and with another first letter than a checkout has."""
    base = tempfile.mkdtemp(prefix='pyheap-corpus-')
    target = os.path.join(base, 'a', 'run')
    shutil.copytree(folder, target, ignore=lambda d, files: [
        f for f in files if os.path.splitext(f)[1] in GOLDEN_EXTS])
    return target


def check_seed(folder, name):
    """Runs a seed snippet once; its clock figures and ids are the harness's to mask."""
    try:
        out, err, status, _ = run(folder, name, SEED_TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, [f'timed out after {SEED_TIMEOUT} s'], []
    notes = []
    missing = re.search(rb"ModuleNotFoundError: No module named '([^']+)'", err)
    if missing:
        notes.append(f'recorded without module {missing.group(1).decode()} (not installed here)')
    return (out, err, status), [], notes


def select(folder, args):
    names = programs(folder)
    if not args:
        return names, names
    wanted = [a[:-3] if a.endswith('.py') else a for a in args]
    unknown = [w for w in wanted if w not in names]
    if unknown:
        sys.exit('no such program: ' + ', '.join(unknown))
    return names, wanted


def summarize(folder, names):
    """Counts per area and the programs that end with a non-zero status."""
    per_area = {}
    failing = 0
    for name in names:
        area = name.split('_', 1)[0]
        if area == 'mod':
            area = 'mod_' + name.split('_')[1]
        per_area[area] = per_area.get(area, 0) + 1
        failing += os.path.exists(os.path.join(folder, name + '.status'))
    areas = ', '.join(f'{a} {n}' for a, n in sorted(per_area.items()))
    return f'{len(names)} programs, {failing} with a non-zero status\nper area: {areas}'


def main(argv):
    seed = '--seed' in argv
    args = [a for a in argv if a != '--seed']
    folder = SEED_DIR if seed else RUN_DIR
    all_names, names = select(folder, args)
    elsewhere = None
    if seed:
        check = check_seed
    else:
        elsewhere = copy_elsewhere(folder)
        check = lambda f, n: check_corpus_program(f, elsewhere, n)
    notes = remove_stale(folder, all_names)
    bad = []
    # Runs wait on process start-up more than on the CPU, so use more workers than cores.
    with ThreadPoolExecutor(max_workers=2 * (os.cpu_count() or 2)) as pool:
        for name, (goldens, problems, run_notes) in zip(names, pool.map(lambda n: check(folder, n), names)):
            notes += [f'{name}: {note}' for note in run_notes]
            if problems or goldens is None:
                remove_goldens(folder, name)
                bad += [f'{name}: {p}' for p in problems]
            else:
                write_goldens(folder, name, *goldens)
    print(f'ran {len(names)} of {len(all_names)} in {os.path.relpath(folder, ROOT)}')
    if len(names) == len(all_names) and not seed:
        print(summarize(folder, all_names))
    for note in notes:
        print(note)
    for line in bad:
        print('BAD ' + line)
    if elsewhere is not None:
        shutil.rmtree(os.path.dirname(elsewhere))
    if _lineprof_dir is not None:
        for f in os.listdir(_lineprof_dir):
            os.remove(os.path.join(_lineprof_dir, f))
        os.rmdir(_lineprof_dir)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
