"""Write tests/modules/warnings_cases.json: what CPython 3.11's warnings
module does (lib/warnings.py), the compiler's SyntaxWarnings
(src/runtime/compileWarnings.ts) and the runtime's own warnings
(src/runtime/warnings.ts), for tests/modules/warnings.test.ts (the format
is tools/pycases.py's).
Run: python3 tools/gen_warnings_cases.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pycases

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'modules', 'warnings_cases.json')

# capture(fn, *filters): what fn warns, as str(WarningMessage), with the
# filters given (simplefilter arguments as a tuple, filterwarnings keyword
# arguments as a dict) on top of no filters, or of the defaults (keep=True).
PRELUDE = '''import warnings
def capture(fn, *filters, keep=False):
    with warnings.catch_warnings(record=True) as log:
        if not keep:
            warnings.resetwarnings()
        for f in filters:
            if isinstance(f, dict):
                warnings.filterwarnings(**f)
            else:
                warnings.simplefilter(*f)
        fn()
    return [str(m) for m in log]
def raises(fn):
    try:
        fn()
    except Exception as e:
        return type(e).__name__
def compiled(source, mode='exec'):
    return capture(lambda: compile(source, 'src.py', mode), ('always',))
'''

FUNCS = '''def f(msg='x', cat=UserWarning, level=1):
    warnings.warn(msg, cat, stacklevel=level)
def g():
    f(level=2)
def twice(msg='x', cat=UserWarning):
    for i in range(2):
        f(msg, cat)
def two_places():
    f()
    f()
'''

GROUPS = [
    ('', [
        'warnings.filters', 'warnings.defaultaction', 'warnings.onceregistry', 'warnings.__all__',
        'warnings.catch_warnings()', 'warnings.catch_warnings(record=True)',
    ]),
    (FUNCS, [
        'capture(f)', 'capture(g)', 'capture(lambda: f(level=0))', 'capture(lambda: f(level=-3))',
        'capture(lambda: f(level=50))', "capture(lambda: f(UserWarning('inst')))",
        "capture(lambda: f(RuntimeWarning('inst'), UserWarning))", 'capture(lambda: f(3))',
        "capture(lambda: f('m', DeprecationWarning))", "capture(lambda: f('m', Warning))",
        'capture(twice)', "capture(twice, ('always',))", "capture(twice, ('ignore',))",
        "capture(two_places)", "capture(two_places, ('module',))", "capture(two_places, ('once',))",
        "capture(twice, ('error',))", "capture(lambda: f('x', RuntimeWarning), ('error', UserWarning))",
        "capture(lambda: f('x', RuntimeWarning), ('error', RuntimeWarning))",
        "capture(twice, ('always', UserWarning, 6))", "capture(twice, ('error', UserWarning, 99))",
        "capture(lambda: [f('hello'), f('other')], {'action': 'error', 'message': 'HEL'})",
        "capture(lambda: f('hello'), {'action': 'error', 'module': '<str'})",
        "capture(lambda: f('hello'), {'action': 'error', 'module': 'xyz'})",
        "capture(lambda: f('d', DeprecationWarning), keep=True)",
        "capture(lambda: f('p', PendingDeprecationWarning), keep=True)",
        "capture(lambda: f('i', ImportWarning), keep=True)",
        "capture(lambda: f('r', ResourceWarning), keep=True)",
        "capture(lambda: f('u', UserWarning), keep=True)",
        "capture(lambda: warnings.warn_explicit('d', DeprecationWarning, 'x.py', 3, '__main__'), keep=True)",
        "capture(lambda: warnings.warn_explicit('d', DeprecationWarning, 'x.py', 3), keep=True)",
        "capture(lambda: warnings.warn_explicit('e', UserWarning, 'x.py', '7'))",
        "capture(lambda: warnings.warn_explicit('e', UserWarning, 'mod.py', 1), {'action': 'error', 'module': 'mod$'})",
        "capture(lambda: warnings.warn_explicit('e', UserWarning, '', 1), {'action': 'error', 'module': '<unknown>'})",
        'capture(lambda: warnings.warn("x", 3))', 'capture(lambda: warnings.warn("x", int))',
        'capture(lambda: warnings.warn("x", "UserWarning"))',
        'capture(lambda: warnings.warn(5))', 'capture(lambda: warnings.warn(None))',
    ]),
    ('reg = {}\ndef w(action, msg="m", lineno=1):\n    warnings.simplefilter(action)\n'
     '    warnings.warn_explicit(msg, UserWarning, "f.py", lineno, "f", reg)', [
        "capture(lambda: [w('default'), w('default'), w('default', lineno=2)], keep=True)",
        "sorted(map(str, reg.items()))",
        "capture(lambda: [w('module'), w('module', lineno=2), w('once', 'o'), w('once', 'o', 2)], keep=True)",
        "sorted(map(str, reg.items()))", "warnings.onceregistry",
        "capture(lambda: [w('always'), w('always')], keep=True)", "sorted(map(str, reg.items()))",
    ]),
    ('', [
        "warnings.formatwarning('msg', UserWarning, 'file.py', 12)",
        "warnings.formatwarning('msg', UserWarning, 'file.py', 12, '   x = 1  \\n')",
        "warnings.formatwarning(UserWarning('m'), DeprecationWarning, 'f', 1, '')",
        "str(warnings.WarningMessage('m', UserWarning, 'f.py', 3))",
        "str(warnings.WarningMessage(UserWarning('m'), UserWarning, 'f.py', 3, None, 'line'))",
        "str(warnings.WarningMessage('m', None, 'f.py', 3))",
        "warnings.WarningMessage('m', UserWarning, 'f.py', 3).source",
        "warnings.WarningMessage._WARNING_DETAILS",
    ]),
    ('import sys\nsaved = warnings.filters[:]', [
        "warnings.simplefilter('error') or warnings.filters[0]",
        "warnings.simplefilter('ignore', DeprecationWarning, 3, True) or warnings.filters[-1]",
        "warnings.simplefilter('error') or warnings.filters.count(('error', None, Warning, None, 0))",
        "warnings.filterwarnings('once', 'ab+c', RuntimeWarning, 'm.d', 4) or warnings.filters[0]",
        "warnings.filterwarnings('once', '', RuntimeWarning, '') or warnings.filters[0]",
        "warnings.filterwarnings('bad')", "warnings.filterwarnings('error', 3)",
        "warnings.filterwarnings('error', category=3)", "warnings.filterwarnings('error', category=int)",
        "warnings.filterwarnings('error', module=3)", "warnings.filterwarnings('error', lineno=-1)",
        "warnings.filterwarnings('error', lineno=1.0)", "warnings.simplefilter('all')",
        "warnings.simplefilter('error', lineno=-2)",
        "warnings.resetwarnings() or warnings.filters", "warnings.filters.extend(saved)",
    ]),
    ('', [
        "warnings._getaction('')", "warnings._getaction('e')", "warnings._getaction('all')",
        "warnings._getaction('mod')", "warnings._getaction('x')", "warnings._getcategory('')",
        "warnings._getcategory('DeprecationWarning')", "warnings._getcategory('Nope')",
        "warnings._getcategory('ValueError')", "warnings._getcategory('nope.X')",
        "warnings._getcategory('warnings.X')",
    ]),
    ('cw = warnings.catch_warnings()', [
        'cw.__exit__()', 'cw.__enter__()', 'cw.__enter__()', 'cw.__exit__(None, None, None)',
        "capture(lambda: None, keep=True) or warnings.filters == warnings.filters[:]",
    ]),
    ('import sys\nout = []\ndef show(*args):\n    out.append(args[:4])', [
        "capture(lambda: [setattr(warnings, 'showwarning', show), warnings.warn('sw')], ('always',))",
        'out', "warnings.showwarning is show", "warnings.showwarning is warnings._showwarning_orig",
    ]),
    # the compiler's SyntaxWarnings
    ('', [
        "compiled('x is 1')", "compiled('x is not \"a\"')", "compiled('1 is x is 2')", "compiled('x is None')",
        "compiled('x is True is ...')", "compiled('x is ()')", "compiled('x is (1, 2)')", "compiled('x is (1, y)')",
        "compiled('x is -1')", "compiled('x is not -1.5')", "compiled('x is (not 1)')", "compiled('x is b\"\"')",
        "compiled('if x is 1 and y is not 2:\\n  pass')", "compiled('if (x\\n is 1\\n  is 2):\\n pass')",
        "compiled('while not x is 1: pass')", "compiled('assert (x, \"msg\")')", "compiled('assert ()')",
        "compiled('1()')", "compiled('None()')", "compiled('\"s\"()')", "compiled('(1, 2)()')",
        "compiled('(x, y)()')", "compiled('[1]()')", "compiled('[x for x in y]()')", "compiled('{x: 1 for x in y}()')",
        "compiled('{x for x in y}()')", "compiled('(x for x in y)()')", "compiled('f\"{x}\"()')", "compiled('{1: 2}()')",
        "compiled('...()')", "compiled('x()')",
        "compiled('None[0]')", "compiled('1[0]')", "compiled('1.5[0]')", "compiled('True[0]')", "compiled('...[0]')",
        "compiled('{1}[0]')", "compiled('{x for x in y}[0]')", "compiled('(x for x in y)[0]')", "compiled('(lambda: 1)[0]')",
        "compiled('\"ab\"[0]')", "compiled('\"ab\"[\"a\"]')", "compiled('\"ab\"[1.5]')", "compiled('[1][\"a\"]')",
        "compiled('(1, 2)[\"a\"]')", "compiled('(x, 2)[()]')", "compiled('[x for x in y][[]]')", "compiled('b\"\"[\"a\"]')",
        "compiled('f\"{x}\"[(1,)]')", "compiled('{1: 2}[\"a\"]')", "compiled('[1][x]')", "compiled('[1][True]')",
        "compiled('[1][1:2]')", "compiled('None[0] = 1')", "compiled('del None[0]')",
        "compiled('x = (\\n 1 is y)')", "compiled('def f(a=1 is x):\\n  return 2 is a')",
        "compiled('class C(1 is x):\\n  y = 2 is z')", "compiled('[1 is a for a in 2 is b if 3 is a]')",
        "compiled('[1 is a for a in b for c in 4 is d if 3 is c]')", "compiled('{1 is a: 2 is a for a in 3 is b}')",
        "compiled('f = lambda: 1 is x')", "compiled('x = 1 is y if 2 is z else 3 is w')",
        "compiled('x = {1 is a: 2 is b, **c, 3 is d: 4}')", "compiled('a, b = 1 is c, 2 is d')",
        "compiled('match x:\\n case 1 if 2 is y:\\n  3 is z')", "compiled('1 is x', 'eval')", "compiled('1 is x', 'single')",
        "compiled('x = \"\\\\d\"')", "compiled('x = 1if 1else 2')",
        "raises(lambda: capture(lambda: compile('x is 1', 'src.py', 'exec'), ('error',)))",
    ]),
    # the runtime's own warnings
    ('', [
        "capture(lambda: bool(NotImplemented), ('always',))", "capture(lambda: bool(NotImplemented), keep=True)",
        "capture(lambda: not NotImplemented, ('always',))",
    ]),
]

if __name__ == '__main__':
    pycases.write(OUT, GROUPS, PRELUDE)
