"""Shared by the case generators of tests/modules (gen_re_cases.py,
gen_json_cases.py): run groups of Python expressions under CPython 3.11 and
record what each one gives.

A group is (setup, [expression, ...]). The setup runs with exec() in a fresh
namespace; each expression is then evaluated with eval() in that namespace,
in order. The recorded outcome of an expression is
    ["ok", repr(value), stdout]  or  ["err", type name, str(exception), stdout]
where stdout is what the expression printed. The file written is
    {"groups": [[setup, [[expression, outcome], ...]], ...]}
Hash values are CPython's with PYTHONHASHSEED=0, as pyheap's: the generator
runs itself again under that seed when it is not set.
"""
import contextlib
import io
import json
import os
import sys


def require_cpython_311_seed0():
    if sys.implementation.name != 'cpython' or sys.version_info[:2] != (3, 11):
        sys.exit('generate with CPython 3.11')
    if os.environ.get('PYTHONHASHSEED') != '0':
        env = dict(os.environ, PYTHONHASHSEED='0')
        os.execve(sys.executable, [sys.executable] + sys.argv, env)


def outcome(expression, namespace):
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            value = eval(expression, namespace)
        return ['ok', repr(value), out.getvalue()]
    except Exception as e:  # the outcome is the exception itself
        return ['err', type(e).__name__, str(e), out.getvalue()]


def record(groups, prelude):
    """The outcomes of every group; `prelude` runs before each setup."""
    recorded = []
    for setup, expressions in groups:
        namespace = {}
        exec(prelude + '\n' + setup, namespace)
        recorded.append([setup, [[e, outcome(e, namespace)] for e in expressions]])
    return recorded


def write(path, groups, prelude):
    require_cpython_311_seed0()
    data = {'prelude': prelude, 'groups': record(groups, prelude)}
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(data, f, indent=0)
        f.write('\n')
    print(f'wrote {path}: {sum(len(g[1]) for g in data["groups"])} cases')
