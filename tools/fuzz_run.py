#!/usr/bin/env python3
"""Differential fuzzing of the runtime: random small programs of built-in
operations, run by python3 (CPython 3.11) and by pyheap, compared line by
line.

    python3 tools/fuzz_run.py [--seed N] [--programs N] [--ops N] [--keep DIR]

Each program applies random operations (operators, built-in functions,
methods of the built-in types, subscripts and slices) to random values, and
prints each result's repr, or the exception's type and message. The report
lists every program whose output differs, with the first differing lines and
the operation that made them, and counts the internal errors (a JS error
that reached Python as SystemError) separately: issue 3 requires that there
be none. Exit status 1 if any program differs.

The generator is seeded, so a report can be reproduced; --keep writes the
programs that differ into DIR.
"""

import argparse
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYHEAP = [os.path.join(ROOT, 'bin', 'pyheap.js')]

# Values small enough that no operation on them is slow: repetition, shifts
# and powers get small operands on both sides.
INTS = ['0', '1', '-1', '2', '3', '7', '-5', '255', '256', '-256', '1000', '2**31', '-2**63', '2**64 + 1', '10**20', 'True', 'False']
FLOATS = ['0.0', '-0.0', '0.5', '1.5', '-2.25', '1e300', '1e-300', "float('inf')", "float('-inf')", "float('nan')", '3.141592653589793', '1/3']
STRS = ["''", "'a'", "'abc'", "'Hello World'", "'  pad  '", "'a,b,,c'", "'x\\ny\\r\\nz'", "'ß'", "'ǅ'", "'日本'", "'🐍'", "'%s-%d'", "'{}{}'", "'{0}:{1!r}'", "'123'", "'-4.5'", "'AbC'", "'tab\\there'", "'\\x00\\x7f'"]
BYTES = ["b''", "b'abc'", "b'\\x00\\xff'", "b'a b c'", "bytearray(b'xyz')", "b'%d'"]
CONTAINERS = ['[]', '[1, 2, 3]', "[3, 'a']", '[1.5, -2, 0]', '()', '(1,)', "(1, 'b', None)", '{}', "{'a': 1, 'b': 2}", '{1: 2, 3: 4}', 'set()', '{1, 2, 3}', "{'x', 'y'}", 'frozenset({1, 2})', 'range(5)', 'range(1, 10, 3)', 'range(0)', '[[1, 2], [3]]', "{'k': [1]}"]
OTHERS = ['None', '1j', '(2-3j)', 'slice(1, 3)', 'slice(None, None, -1)', 'Ellipsis', 'NotImplemented', 'int', 'str', 'list', 'object()']
POOLS = [INTS, FLOATS, STRS, BYTES, CONTAINERS, OTHERS]

BINOPS = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@', '==', '!=', '<', '<=', '>', '>=', 'in', 'not in', 'is', 'and', 'or']
UNOPS = ['-', '+', '~', 'not ']
BUILTINS = ['len', 'abs', 'repr', 'str', 'int', 'float', 'bool', 'hash', 'list', 'tuple', 'set', 'frozenset', 'dict', 'sorted', 'reversed', 'min', 'max', 'sum', 'any', 'all', 'round', 'ord', 'chr', 'bin', 'oct', 'hex', 'ascii', 'bytes', 'bytearray', 'complex', 'iter', 'enumerate', 'zip', 'divmod', 'pow', 'format', 'isinstance', 'callable', 'type', 'range', 'slice', 'memoryview']
CHEAP_ARITH = {'**', '<<', '*'}
DUNDERS = {'__len__', '__contains__', '__getitem__', '__eq__', '__lt__', '__add__', '__mul__', '__format__'}


def value(rng):
    return rng.choice(rng.choice(POOLS))


def small(rng):
    return rng.choice(['0', '1', '2', '3', '-1', '-2', "''", "'a'", 'None', '[]', '0.5'])




def method_call(rng, receiver_src):
    try:
        receiver = eval(receiver_src)
    except Exception:
        return None
    # Public methods and a few dunders (sizes and pickling have corpora of their own).
    names = [n for n in dir(type(receiver)) if not n.startswith('__') or n in DUNDERS]
    if not names:
        return None
    name = rng.choice(names)
    args = ', '.join(small(rng) if rng.random() < 0.6 else value(rng) for _ in range(rng.randrange(0, 3)))
    return f'({receiver_src}).{name}({args})'


def expression(rng):
    kind = rng.random()
    if kind < 0.3:
        op = rng.choice(BINOPS)
        pick = small if op in CHEAP_ARITH else value
        return f'({pick(rng)}) {op} ({pick(rng)})'
    if kind < 0.35:
        return f'{rng.choice(UNOPS)}({value(rng)})'
    if kind < 0.6:
        fn = rng.choice(BUILTINS)
        args = ', '.join(value(rng) if fn not in ('pow', 'range', 'chr') else small(rng) for _ in range(rng.randrange(0, 3)))
        return f'{fn}({args})'
    if kind < 0.9:
        return method_call(rng, value(rng))
    container = rng.choice(STRS + BYTES + CONTAINERS)
    if rng.random() < 0.5:
        return f'({container})[{small(rng)}]'
    return f'({container})[{small(rng)}:{small(rng)}:{rng.choice(["", "1", "-1", "2", "0"])}]'


PRELUDE = '''\
def show(thunk):
    try:
        r = thunk()
        if hasattr(r, '__next__') or type(r).__name__ in ('dict_keys', 'dict_values', 'dict_items', 'enumerate', 'zip', 'reversed', 'map', 'filter'):
            r = list(r)
        s = repr(r)
        if ' at 0x' in s:
            s = '<' + type(r).__name__ + '>'
        print(s)
    except Exception as e:
        print(type(e).__name__ + ':', e)
'''


def program(rng, ops):
    lines = [PRELUDE]
    exprs = []
    while len(exprs) < ops:
        e = expression(rng)
        if e is None:
            continue
        try:
            compile(e, '<fuzz>', 'eval')
        except SyntaxError:
            continue
        exprs.append(e)
        lines.append(f'show(lambda: {e})')
    return '\n'.join(lines) + '\n', exprs


def run(cmd, path):
    env = dict(os.environ, PYTHONHASHSEED='0')
    try:
        p = subprocess.run(cmd + [path], capture_output=True, text=True, timeout=60, env=env)
        return p.stdout.splitlines(), p.stderr, p.returncode
    except subprocess.TimeoutExpired:
        return ['<timeout>'], '', -1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--programs', type=int, default=20)
    ap.add_argument('--ops', type=int, default=200)
    ap.add_argument('--keep', help='write the programs that differ into this directory')
    args = ap.parse_args()
    differing = 0
    internal = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.programs):
            rng = random.Random(args.seed * 1000003 + i)
            src, exprs = program(rng, args.ops)
            path = os.path.join(tmp, f'fuzz_{args.seed}_{i}.py')
            with open(path, 'w') as f:
                f.write(src)
            want, want_err, want_rc = run([sys.executable], path)
            got, got_err, got_rc = run(['node'] + PYHEAP, path)
            bad = [(j, w, g) for j, (w, g) in enumerate(zip(want, got)) if w != g]
            if len(want) != len(got) or want_rc != got_rc:
                bad.append((min(len(want), len(got)), f'{len(want)} lines, status {want_rc}', f'{len(got)} lines, status {got_rc}: {got_err.strip()[-300:]}'))
            internal += sum(1 for line in got if 'pyheap internal error' in line) + got_err.count('pyheap internal error')
            if not bad:
                continue
            differing += 1
            print(f'program {i} (seed {args.seed}): {len(bad)} differing lines')
            for j, w, g in bad[:10]:
                where = exprs[j] if j < len(exprs) else '(end)'
                print(f'  {where}\n    python3: {w}\n    pyheap:  {g}')
            if args.keep:
                os.makedirs(args.keep, exist_ok=True)
                with open(os.path.join(args.keep, os.path.basename(path)), 'w') as f:
                    f.write(src)
    print(f'{args.programs} programs of {args.ops} operations: {differing} differ; {internal} internal errors')
    return 1 if differing else 0


if __name__ == '__main__':
    sys.exit(main())
