"""Write tests/runtime/traceback_cases.json: uncaught exceptions and the exact
stderr CPython 3.11 prints for them, plus the input the runtime would hand
src/runtime/tracebackFormat.ts for the same exceptions. Also regenerates the
East Asian width table (WIDE_RUNS) in src/runtime/tracebackFormat.ts.

Each case is a small program run as `python3 prog.py` from its own folder
under a scratch folder; the folder's path is replaced by `<CASE_DIR>` in the
JSON, so the committed cases name no path of the machine that made them. It runs twice:
  - plainly, giving the expected stderr;
  - with a sitecustomize module (via PYTHONPATH) that installs a
    sys.excepthook. The hook records every exception reachable from the
    uncaught one (type, str(), notes, cause/context, group members, the
    SyntaxError attributes pythonrun.c reads) and, for each traceback entry,
    the file name, tb_lineno, co_name and the co_positions() entry at
    tb_lasti; then it calls sys.__excepthook__, which prints what the default
    hook prints. Its stderr must equal the plain run's, so the records belong
    to the very exceptions whose text is expected. Recording in the same
    process (rather than re-running the program under runpy) keeps the stack
    depth, and so RecursionError's repeat counts, unchanged.
The source lines of every file named in a traceback are stored as CPython's
traceback printer reads them (PEP 263 encoding, universal newlines).

Run: python3 tools/gen_traceback_cases.py
"""
import io
import json
import os
import random
import re
import shutil
import tempfile
import subprocess
import sys
import sysconfig
import tokenize
import unicodedata

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'runtime', 'traceback_cases.json')
TS = os.path.join(ROOT, 'src', 'runtime', 'tracebackFormat.ts')
WORK = os.path.join(tempfile.gettempdir(), 'pyheap-traceback-cases')
# The standard library's folder, named by a placeholder in the JSON as the scratch folder is.
STDLIB = sysconfig.get_paths()['stdlib']

# The recording hook, installed as sitecustomize in the second run.
HOOK = r'''
import sys, os, io, json

_OUT = os.environ['PYHEAP_TB_RECORD']
_NONE = object()
_MARKER = ". Did you mean: '"


def _safe_str(x):
    try:
        return str(x)
    except BaseException:
        return None


def _ssize(v):
    # PyLong_AsSsize_t: ints only, no __index__.
    if not isinstance(v, int):
        raise TypeError('an integer is required')
    return int(v)


def _positions(tb):
    if tb.tb_lasti < 0:
        return None
    for i, p in enumerate(tb.tb_frame.f_code.co_positions()):
        if i == tb.tb_lasti // 2:
            return list(p)
    return None


def _entries(tb):
    out = []
    while tb is not None:
        code = tb.tb_frame.f_code
        out.append({'filename': code.co_filename, 'lineno': tb.tb_lineno,
                    'name': code.co_name, 'positions': _positions(tb)})
        tb = tb.tb_next
    return out


def _is_sequence(x):
    # PySequence_Check: the type fills sq_item, which dicts do not.
    return hasattr(type(x), '__getitem__') and not isinstance(x, dict)


def _notes(e):
    try:
        notes = e.__notes__
    except AttributeError:
        return None
    if _is_sequence(notes):
        return [_safe_str(notes[i]) for i in range(len(notes))]
    try:
        return {'repr': repr(notes)}
    except BaseException:
        return {'repr': None}


def _syntax_location(e):
    """pythonrun.c parse_syntax_error: (location, printed msg) or None."""
    try:
        if not hasattr(e, 'print_file_and_line'):
            return None
        msg = e.msg
        filename = e.filename
        filename = '<string>' if filename is None else str(filename)
        lineno = _ssize(e.lineno)
        offset = -1 if e.offset is None else _ssize(e.offset)
        end_lineno, end_offset = lineno, -1
        if type(e) is SyntaxError:
            v = getattr(e, 'end_lineno', None)
            end_lineno = lineno if v is None else _ssize(v)
            v = getattr(e, 'end_offset', None)
            end_offset = -1 if v is None else _ssize(v)
        text = e.text
    except Exception:
        return None
    loc = {'filename': filename, 'lineno': lineno, 'offset': offset, 'text': text,
           'endLineno': end_lineno, 'endOffset': end_offset}
    return loc, (_NONE if msg is None else _safe_str(msg))


def _message_line(record):
    mod = record['module']
    name = record['qualname']
    if mod is None:
        name = '<unknown>.' + name
    elif mod not in ('builtins', '__main__'):
        name = mod + '.' + name
    if 'message' not in record:
        return name
    if record['message'] is None:
        return name + ': <exception str() failed>'
    return name + (': ' + record['message'] if record['message'] else '')


def _suggestion(e, record):
    """3.11's "Did you mean" name, read back from the C printer's own output
    for the exception shown alone (no chain, no notes)."""
    if not isinstance(e, (NameError, AttributeError)):
        return None
    saved = (e.__cause__, e.__context__, e.__suppress_context__)
    notes = e.__dict__.pop('__notes__', _NONE)
    e.__cause__ = None
    e.__context__ = None
    buf, err = io.StringIO(), sys.stderr
    sys.stderr = buf
    try:
        sys.__excepthook__(type(e), e, e.__traceback__)
    finally:
        sys.stderr = err
        e.__cause__, e.__context__, e.__suppress_context__ = saved
        if notes is not _NONE:
            e.__notes__ = notes
    text = buf.getvalue()
    k = text.rfind(_MARKER)
    if k < 0 or not text.endswith("'?\n"):
        return None
    name = text[k + len(_MARKER):-3]
    if not text.endswith(_message_line(record) + _MARKER + name + "'?\n"):
        return None
    return name


def _record(top):
    table, ids, keep = [], {}, []

    def rec(e):
        if id(e) in ids:
            return ids[id(e)]
        idx = len(table)
        ids[id(e)] = idx
        keep.append(e)
        table.append(None)
        t = type(e)
        mod = getattr(t, '__module__', None)
        d = {'qualname': t.__qualname__, 'module': mod if isinstance(mod, str) else None,
             'traceback': _entries(e.__traceback__),
             'suppressContext': bool(e.__suppress_context__)}
        loc = _syntax_location(e)
        if loc is None:
            d['message'] = _safe_str(e)
        else:
            d['syntaxError'] = loc[0]
            if loc[1] is not _NONE:
                d['message'] = loc[1]
        s = _suggestion(e, d)
        if s is not None:
            d['suggestion'] = s
        n = _notes(e)
        if n is not None:
            d['notes'] = n
        d['cause'] = None if e.__cause__ is None else rec(e.__cause__)
        d['context'] = None if e.__context__ is None else rec(e.__context__)
        if isinstance(e, BaseExceptionGroup):
            d['exceptions'] = [rec(x) for x in e.exceptions]
        table[idx] = d
        return idx

    rec(top)
    limit = getattr(sys, 'tracebacklimit', None)
    if not isinstance(limit, int):
        limit = None
    elif abs(limit) > 2 ** 53:
        limit = str(limit)  # becomes a BigInt in the test
    return {'exceptions': table, 'tracebackLimit': limit}


def _hook(t, v, tb):
    try:
        data = _record(v)
    except BaseException as e:
        data = {'error': repr(e)}
    with open(_OUT, 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False)
    sys.__excepthook__(t, v, tb)


sys.excepthook = _hook
'''


def case(name, prog, env=None, **extra_files):
    files = {'prog.py': prog}
    files.update({k.replace('__', '.'): v for k, v in extra_files.items()})
    return {'name': name, 'files': files, 'env': env or {}}


CASES = [
    # ---- binary operators
    case('binop_brief_example', '''\
def compute(a, b):
    return a / b


def main():
    data = {"other": 1}
    return data["key"] + compute(1, 0)


main()
'''),
    case('binop_zero_division', 'x = 1\ny = 0\nprint(x / y)\n'),
    case('binop_chained_right', 'a, b, c = 1, 2, None\nr = a + b * c\n'),
    case('binop_chained_left', 'a, b, c = None, 2, 3\nr = a * b + c\n'),
    case('binop_chained_long', 'def f(a, b, c, d, e):\n    return a + b + c + d + e\n\n\nf(1, 2, "x", 3, 4)\n'),
    case('binop_floordiv', 'x = 7 // 0\n'),
    case('binop_modulo', 'x = 5\ny = x % 0\n'),
    case('binop_power', 'x = 2 ** "a"\n'),
    case('binop_matmul', 'x = [] @ []\n'),
    case('binop_shift', 'n = None\nx = 1 << n\n'),
    case('binop_paren_left', 'a = 1\nb = None\nx = (a) + b\n'),
    case('binop_paren_left_space', 'a = 1\nb = None\nx = (a ) +b\n'),
    case('binop_paren_right', 'a = 1\nb = None\nx = a +(b)\n'),
    case('binop_paren_both', 'a = 1\nb = None\nx = ((a))//((b))\n'),
    case('binop_no_spaces', 'a = "s"\nx = a+1\n'),
    case('binop_nonascii_string_before', 's = "héllo wörld"; n = None; r = s + n\n'),
    case('binop_nonascii_names', 'café = 1\nnaïve = None\nrésultat = café + naïve\n'),
    case('binop_nonascii_operand', 'x = "é" + 1\n'),
    case('binop_wide_chars', 'label = "中文"; r = label + 1\n'),
    case('binop_wide_operand', 'x = "中" + 1\n'),
    case('binop_emoji', 'x = "😀"; y = x + 1\n'),
    case('binop_mixed_widths', 'x = "é€😀中𝄞ｱ＄"; y = x - 1\n'),
    case('binop_tab_indent', 'def f():\n\tx = 1\n\treturn x + None\n\n\nf()\n'),
    case('binop_tab_inside', 'x = 1 +\tNone\n'),
    case('binop_comment', 'r = 1 + None  # a comment\n'),
    case('binop_trailing_spaces', 'r = 1 + None   \n'),
    case('binop_whole_line', '1 + None\n'),
    case('binop_form_feed', '\x0cx = 1 / 0\n'),
    case('binop_in_fstring', 'x = 0\nprint(f"value: {1 / x}")\n'),
    case('binop_in_fstring_second', 'x = 0\nprint(f"{x}{x}: {1 / x}")\n'),
    case('compare', 'x = 1 < None\n'),
    case('aug_assign', 'x = 1\nx += None\n'),
    case('aug_assign_indented', 'def f():\n    x = 1\n    x += None\n\n\nf()\n'),
    case('unary', 'x = -"s"\n'),
    # ---- subscripts
    case('subscript_list', 'xs = [1, 2]\nprint(xs[5])\n'),
    case('subscript_dict', 'd = {}\nv = d["missing"]\n'),
    case('subscript_nested', 'd = {"a": {"b": {}}}\nv = d["a"]["b"]["c"]\n'),
    case('subscript_spaces', 'xs = []\nv = xs [ 0 ]\n'),
    case('subscript_nonascii', 'd = {"ó": {"á": {}}}\nv = d["ó"]["á"]["í"]\n'),
    case('subscript_emoji_key', 'x = {}\nprint(x["😀"])\n'),
    case('subscript_slice', 'x = 5\nv = x[1:2]\n'),
    case('subscript_tuple', 'x = 5\nv = x[1, 2]\n'),
    case('subscript_paren_value', 'x = []\ny = (x)[5 ]  \n'),
    case('subscript_store', 't = (1,)\nt[0] = 5\n'),
    case('subscript_delete', 'd = {}\ndel d["k"]\n'),
    case('subscript_empty_key', 'd = {}\nd[""]\n'),
    case('subscript_tuple_key', 'd = {}\nv = d[1, "a"]\n'),
    # ---- calls, attributes, names
    case('attribute_on_int', 'def f(x):\n    return x.missing\n\n\nf(1)\n'),
    case('attribute_suggestion', 'class A:\n    apple = 1\n\n\nA().appel\n'),
    case('attribute_on_none', 'x = None\nx.foo()\n'),
    case('name_suggestion', 'def f():\n    counter = 1\n    return countr\n\n\nf()\n'),
    case('name_no_suggestion', 'print(undefined_thing_xyz)\n'),
    case('nested_calls', '''\
def a():
    return b()


def b():
    return c()


def c():
    raise ValueError("deep")


a()
'''),
    case('call_wide_argument', 'def f(x):\n    raise ValueError(x)\n\n\ny = f("中文中文")\n'),
    case('call_whole_line', 'def f():\n    raise RuntimeError("whole")\n\n\nf()\n'),
    case('call_trailing_comment', 'def f():\n    raise RuntimeError("c")\n\n\nf()  # call it\n'),
    case('stdlib_frames', 'import json\njson.loads("{")\n'),
    case('assert_fails', 'x = 1\nassert x == 2, "x must be 2"\n'),
    case('bare_reraise', '''\
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise


f()
'''),
    case('with_exit_error', '''\
class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise OSError("exit")


with CM():
    pass
'''),
    case('decorator_error', 'def deco(f):\n    raise TypeError("deco")\n\n\n@deco\ndef g():\n    pass\n'),
    case('generator_frame', 'def g():\n    yield 1 / 0\n\n\nnext(g())\n'),
    case('lambda_frame', 'f = lambda x: x / 0\nf(1)\n'),
    case('listcomp_frame', 'xs = [1 / x for x in [0]]\n'),
    case('genexpr_frame', 's = sum(1 / x for x in [0])\n'),
    case('dictcomp_frame', 'd = {x: 1 / x for x in [0]}\n'),
    case('setcomp_frame', 's = {x["k"] for x in [{}]}\n'),
    case('class_body_frame', 'class C:\n    x = 1 / 0\n'),
    case('unpack', 'a, b = 1\n'),
    case('unpack_star', 'a, *b = None\n'),
    case('star_in_list', 'x = [*(1 + 2)]\n'),
    case('for_over_int', 'for x in 1 + 2:\n    pass\n'),
    # ---- multi-line positions
    case('multiline_call', '''\
def f(*a):
    raise ValueError("x")


result = f(
    1,
    2,
)
'''),
    case('multiline_call_whole_first_line', 'def f(*a):\n    raise ValueError\n\n\nf(1,\n  2)\n'),
    case('multiline_binop', 'a = 1\nb = None\nc = (a +\n     b)\n'),
    case('multiline_binop_operator_next_line', 'a = 1\nb = None\nc = (a\n     + b)\n'),
    case('multiline_wide', 'x = ("中中" +\n  1)\n'),
    case('multiline_nonascii_trailing_spaces', 'v = ("é" +  \n  1)\n'),
    case('multiline_subscript', 'd = {}\nv = d[\n  "k"\n]\n'),
    case('multiline_dict_display', 'x = {\n    "a": 1 / 0,\n}\n'),
    # ---- recursion and repeated entries
    case('recursion', 'def r(n):\n    return r(n + 1)\n\n\nr(0)\n'),
    case('recursion_default_limit', 'import sys\nsys.setrecursionlimit(1200)\n\n\ndef r(n):\n    return r(n + 1)\n\n\nr(0)\n'),
    case('recursion_mutual_short', '''\
import sys
sys.setrecursionlimit(40)


def a(n):
    return b(n)


def b(n):
    return a(n)


a(0)
'''),
    case('repeat_four_times', '''\
def r(n):
    if n == 0:
        raise ValueError("bottom")
    return r(n - 1)


r(4)
'''),
    case('repeat_five_times', '''\
def r(n):
    if n == 0:
        raise ValueError("bottom")
    return r(n - 1)


r(5)
'''),
    case('repeat_three_times', '''\
def r(n):
    if n == 0:
        raise ValueError("bottom")
    return r(n - 1)


r(3)
'''),
    case('recursion_in_group', '''\
import sys
sys.setrecursionlimit(50)


def r(n):
    return r(n + 1)


try:
    r(0)
except RecursionError as e:
    raise ExceptionGroup("deep", [e])
'''),
    # ---- chaining
    case('chain_from', '''\
def load(d):
    try:
        return d["k"]
    except KeyError as e:
        raise ValueError("bad config") from e


load({})
'''),
    case('chain_context', '''\
try:
    1 / 0
except ZeroDivisionError:
    x = undefined_name
'''),
    case('chain_from_none', '''\
try:
    {}["k"]
except KeyError:
    raise ValueError("no key") from None
'''),
    case('chain_three_levels', '''\
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise KeyError("k") from e


try:
    f()
except KeyError:
    raise RuntimeError("outer")
'''),
    case('chain_cycle', '''\
e1 = ValueError("one")
e2 = TypeError("two")
e1.__context__ = e2
e2.__context__ = e1
raise e1
'''),
    case('chain_cause_and_context', '''\
try:
    1 / 0
except ZeroDivisionError:
    raise ValueError("v") from KeyError("cause")
'''),
    case('chain_cause_already_seen', '''\
a = ValueError("a")
b = TypeError("b")
b.__cause__ = a
a.__cause__ = b
raise a
'''),
    case('chain_context_without_traceback', '''\
e = ValueError("outer")
e.__context__ = KeyError("never raised")
raise e
'''),
    # ---- exception groups
    case('group_basic', '''\
def f():
    raise OSError("error 1")


def g():
    raise SystemError("error 2")


excs = []
for fn in (f, g):
    try:
        fn()
    except Exception as e:
        excs.append(e)
raise ExceptionGroup("there were problems", excs)
'''),
    case('group_no_tracebacks', 'raise ExceptionGroup("g", [ValueError(1), TypeError("t")])\n'),
    case('group_one_member', 'raise ExceptionGroup("one", [ValueError("only")])\n'),
    case('group_nested', '''\
def inner():
    raise ExceptionGroup("inner", [KeyError("k"), ValueError("v")])


try:
    inner()
except ExceptionGroup as e:
    raise ExceptionGroup("outer", [e, TypeError("t")])
'''),
    case('group_member_chained', '''\
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("in handler")


def g():
    try:
        {}["x"]
    except KeyError as e:
        raise TypeError("caused") from e


excs = []
for fn in (f, g):
    try:
        fn()
    except Exception as e:
        excs.append(e)
raise ExceptionGroup("chained members", excs)
'''),
    case('group_as_cause', '''\
try:
    raise ExceptionGroup("g", [ValueError(1)])
except ExceptionGroup as e:
    raise RuntimeError("wrapped") from e
'''),
    case('group_with_cause', '''\
def f():
    try:
        1 / 0
    except Exception as e:
        raise ExceptionGroup("eg", [e, ValueError(2)]) from KeyError("c")


try:
    f()
except Exception as x:
    raise RuntimeError("top")
'''),
    case('group_width_16', 'raise ExceptionGroup("w", [ValueError(i) for i in range(16)])\n'),
    case('group_width_20', 'raise ExceptionGroup("w", [ValueError(i) for i in range(20)])\n'),
    case('group_depth_12', '''\
e = ValueError(1)
for i in range(12):
    e = ExceptionGroup(f"d{i}", [e, KeyError(i)])
raise e
'''),
    case('group_nested_last_member', '''\
inner = ExceptionGroup("inner", [ValueError(1), ExceptionGroup("innermost", [KeyError(2)])])
raise ExceptionGroup("outer", [TypeError(0), inner])
'''),
    case('group_base', 'raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])\n'),
    case('group_notes_and_failures', '''\
class E(Exception):
    def __str__(self):
        raise ValueError


class Bad:
    def __str__(self):
        raise ValueError

    def __repr__(self):
        raise ValueError


def f():
    e = ValueError("multi\\nline")
    e.add_note("note one")
    e.add_note("two\\nlines\\n")
    e.add_note("")
    e.__notes__.append(42)
    e.__notes__.append(Bad())
    e.__notes__.append("x\\r\\ny\\x0bz\\x85w\\u2028v")
    raise e


def g():
    s = SyntaxError("bad thing", ("f.py", 3, 2, "  x = $\\n", 3, 5))
    s.add_note("sn")
    raise s


def h():
    raise E()


excs = []
for fn in (f, g, h):
    try:
        fn()
    except Exception as ex:
        excs.append(ex)
inner = ExceptionGroup("inner", [KeyError("k"), TypeError()])
eg = ExceptionGroup("outer", excs + [inner])
eg.__notes__ = Bad()
raise eg
'''),
    case('group_notes_repr', '''\
e = ValueError("v")
e.__notes__ = 5
raise ExceptionGroup("g", [e, KeyError(1)])
'''),
    case('group_member_recursion_of_chain', '''\
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ExceptionGroup("eg", [z])
except ExceptionGroup as g:
    raise ExceptionGroup("outer", [g, g])
'''),
    # ---- notes
    case('notes_basic', 'e = ValueError("v")\ne.add_note("first")\ne.add_note("second\\nline")\nraise e\n'),
    case('notes_not_sequence', 'e = ValueError("v")\ne.__notes__ = 5\nraise e\n'),
    case('notes_string', 'e = ValueError("v")\ne.__notes__ = "ab"\nraise e\n'),
    case('notes_tuple', 'e = ValueError("v")\ne.__notes__ = ("t1", 2)\nraise e\n'),
    case('notes_repr_fails', '''\
class Bad:
    def __repr__(self):
        raise ValueError


e = ValueError("v")
e.__notes__ = Bad()
raise e
'''),
    case('notes_empty_and_newlines', 'e = KeyError("k")\ne.add_note("")\ne.add_note("a\\n")\ne.add_note("\\n\\nb")\nraise e\n'),
    # ---- the final line
    case('str_raises', 'class E(Exception):\n    def __str__(self):\n        raise RuntimeError\n\n\nraise E()\n'),
    case('str_empty', 'raise ValueError("")\n'),
    case('no_args', 'raise KeyError\n'),
    case('keyerror_empty_string', 'raise KeyError("")\n'),
    case('message_multiline', 'raise ValueError("line1\\nline2")\n'),
    case('message_unicode', 'raise ValueError("naïve – 中文 😀")\n'),
    case('module_qualified', 'import mymod\nmymod.fail("boom")\n',
         mymod__py='class MyError(Exception):\n    pass\n\n\ndef fail(msg):\n    raise MyError(msg)\n'),
    case('module_nested_package_style', 'class E(Exception):\n    pass\n\n\nE.__module__ = "pkg.sub"\nraise E("m")\n'),
    case('module_not_str', 'class E(Exception):\n    pass\n\n\nE.__module__ = 42\nraise E("m")\n'),
    case('module_builtins_name', 'class E(Exception):\n    pass\n\n\nE.__module__ = "builtins"\nraise E("m")\n'),
    case('nested_class_qualname', 'class Outer:\n    class Inner(Exception):\n        pass\n\n\nraise Outer.Inner("x")\n'),
    # ---- SyntaxError's block
    case('syntax_error_from_compile', 'compile("x = = 1", "<src>", "exec")\n'),
    case('syntax_error_from_compile_file', 'src = "def f(:\\n    pass\\n"\ncompile(src, "other.py", "exec")\n'),
    case('indentation_error_from_compile', 'compile("if 1:\\nx = 1\\n", "<src>", "exec")\n'),
    case('syntax_error_manual_range', 'raise SyntaxError("m", ("f.py", 1, 1, "abcdef", 1, 4))\n'),
    case('syntax_error_subclass', 'class S(SyntaxError):\n    pass\n\n\nraise S("m", ("f.py", 1, 1, "abcdef", 1, 4))\n'),
    case('syntax_error_msg_none', 'raise SyntaxError(None, ("f.py", 1, 1, "x", 1, 2))\n'),
    case('syntax_error_no_location', 'raise SyntaxError("just a message")\n'),
    case('syntax_error_lineno_none', 'raise SyntaxError("m", ("f.py", None, 1, "x", 1, 2))\n'),
    case('syntax_error_filename_none', 'raise SyntaxError("m", (None, 1, 1, "abcdef", 1, 4))\n'),
    case('syntax_error_msg_str_fails', '''\
class Bad:
    def __str__(self):
        raise ValueError


raise SyntaxError(Bad(), ("f.py", 1, 1, "x", 1, 2))
'''),
    case('syntax_error_chained', '''\
try:
    compile("1 +", "<in>", "exec")
except SyntaxError as e:
    raise ValueError("could not compile") from e
'''),
    case('syntax_error_in_group_with_note', '''\
try:
    compile("(]", "<g>", "exec")
except SyntaxError as e:
    e.add_note("while checking")
    raise ExceptionGroup("g", [e])
'''),
    # ---- where the source lines come from
    case('exec_string_frames', 'exec("def f():\\n    return 1 / 0\\nf()")\n'),
    case('compiled_file_shorter_line', 'exec(compile("x = \'abc\' + 1", "other.py", "exec"))\n', other__py='short\n'),
    case('compiled_file_nonascii_shorter', 'exec(compile("x = \'abc\' + 1", "other.py", "exec"))\n', other__py='é\n'),
    case('compiled_file_blank_line', 'exec(compile("x = \'abc\' + 1", "other.py", "exec"))\n', other__py='\n'),
    case('compiled_file_whitespace_line', 'exec(compile("x = \'abc\' + 1", "other.py", "exec"))\n', other__py='   \t \n'),
    case('compiled_file_past_eof', 'exec(compile("\\n\\n\\nx = \'abc\' + 1", "other.py", "exec"))\n', other__py='one line\n'),
    case('compiled_file_unparsable_segment', 'exec(compile("x = \'ab\' + 1", "other.py", "exec"))\n', other__py="x = 'ab' )( 1\n"),
    case('compiled_file_other_binop', 'exec(compile("x = \'abc\' + 1", "other.py", "exec"))\n', other__py='y = 1 * 2 + zzzzzzz\n'),
    case('compiled_file_nul', 'exec(compile("xy = \'abcdef\' + 1", "other.py", "exec"))\n', other__py='ab\0cdefghijklmnop\n'),
    case('compiled_file_missing', 'exec(compile("x = 1 / 0", "missing.py", "exec"))\n'),
    case('compiled_file_no_final_newline', 'exec(compile("x = 1 / 0", "other.py", "exec"))\n', other__py='x = 1 / 0'),
    case('source_latin1_cookie', b'# -*- coding: latin-1 -*-\ns = "\xe9t\xe9"\nr = s + 1\n'),
    case('source_crlf', b'x = 1\r\ny = None\r\nz = x + y\r\n'),
    # ---- settings
    case('no_debug_ranges', 'a = 1\nb = None\nc = a + b\n', env={'PYTHONNODEBUGRANGES': '1'}),
    case('tracebacklimit_two', '''\
import sys
sys.tracebacklimit = 2


def a():
    b()


def b():
    c()


def c():
    raise ValueError("limited")


a()
'''),
    case('tracebacklimit_zero', 'import sys\nsys.tracebacklimit = 0\nraise ValueError("no traceback")\n'),
    case('tracebacklimit_negative_chained', '''\
import sys
sys.tracebacklimit = -3
try:
    1 / 0
except ZeroDivisionError:
    raise ValueError("v")
'''),
    case('tracebacklimit_huge', 'import sys\nsys.tracebacklimit = 10 ** 30\n\n\ndef f():\n    raise ValueError\n\n\nf()\n'),
    case('tracebacklimit_group', '''\
import sys
sys.tracebacklimit = 1


def f():
    raise ValueError("v")


def g():
    f()


try:
    g()
except ValueError as e:
    raise ExceptionGroup("g", [e])
'''),
]


def read_source_lines(path):
    """The lines of `path` as traceback.c reads them: the PEP 263 encoding (UTF-8
    by default) and universal newlines, each line with its '\\n'."""
    with open(path, 'rb') as f:
        encoding, _ = tokenize.detect_encoding(f.readline)
    with open(path, 'rb') as f:
        return list(io.TextIOWrapper(f, encoding=encoding))


def run(case_dir, env):
    proc = subprocess.run([sys.executable, 'prog.py'], cwd=case_dir, env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60)
    return proc.stderr.decode('utf-8')


def base_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env['PYTHONHASHSEED'] = '0'
    env['PYTHONUTF8'] = '1'
    return env


def generate_case(c, hook_dir):
    case_dir = os.path.join(WORK, c['name'])
    os.makedirs(case_dir)
    for fname, content in c['files'].items():
        data = content if isinstance(content, bytes) else content.encode('utf-8')
        with open(os.path.join(case_dir, fname), 'wb') as f:
            f.write(data)
    env = base_env()
    env.update(c['env'])
    expected = run(case_dir, env)

    record_path = os.path.join(case_dir, 'record.json')
    hooked_env = dict(env, PYTHONPATH=hook_dir, PYHEAP_TB_RECORD=record_path)
    hooked = run(case_dir, hooked_env)
    if hooked != expected:
        sys.exit(f"{c['name']}: the recording run printed something else:\n{hooked}\n---\n{expected}")
    with open(record_path, encoding='utf-8') as f:
        record = json.load(f)
    os.remove(record_path)
    if 'error' in record:
        sys.exit(f"{c['name']}: recording failed: {record['error']}")

    files = {}
    for exc in record['exceptions']:
        for entry in exc['traceback']:
            name = entry['filename']
            if name in files or (name.startswith('<') and name.endswith('>')):
                continue
            path = name if os.path.isabs(name) else os.path.join(case_dir, name)
            files[name] = read_source_lines(path) if os.path.isfile(path) else None
    return {'name': c['name'], 'files': {k: v for k, v in files.items() if v is not None},
            'exceptions': record['exceptions'], 'tracebackLimit': record['tracebackLimit'],
            'expected': expected}


def wide_runs():
    """[start, end) bounds of the code points whose east_asian_width is W or F."""
    runs = []
    inside = False
    for cp in range(0x110000):
        wide = unicodedata.east_asian_width(chr(cp)) in ('W', 'F')
        if wide != inside:
            runs.append(cp)
            inside = wide
    if inside:
        runs.append(0x110000)
    return runs


def write_wide_table(runs):
    lines = []
    for i in range(0, len(runs), 12):
        lines.append('  ' + ', '.join('0x%x' % r for r in runs[i:i + 12]) + ',')
    table = ('// BEGIN GENERATED by tools/gen_traceback_cases.py: do not edit.\n'
             f'// Python {sys.version.split()[0]}, Unicode {unicodedata.unidata_version}: the code points whose\n'
             '// unicodedata.east_asian_width is W or F, as flattened [start, end) runs.\n'
             'const WIDE_RUNS: readonly number[] = [\n' + '\n'.join(lines) + '\n];\n'
             '// END GENERATED\n')
    with open(TS, encoding='utf-8') as f:
        src = f.read()
    new, n = re.subn(r'// BEGIN GENERATED.*?// END GENERATED\n', lambda m: table, src, flags=re.S)
    assert n == 1, 'generated block not found in ' + TS
    with open(TS, 'w', encoding='utf-8') as f:
        f.write(new)


def wide_probes(runs):
    """Code points around every run bound, plus random ones, with their width class."""
    rng = random.Random(3111)
    cps = set()
    for r in runs:
        cps.update(cp for cp in (r - 1, r, r + 1) if 0 <= cp < 0x110000)
    cps.update(rng.randrange(0x110000) for _ in range(500))
    cps.update(range(0, 0x400))
    return [[cp, unicodedata.east_asian_width(chr(cp)) in ('W', 'F')] for cp in sorted(cps)]


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    hook_dir = os.path.join(WORK, '_hook')
    os.makedirs(hook_dir)
    with open(os.path.join(hook_dir, 'sitecustomize.py'), 'w', encoding='utf-8') as f:
        f.write(HOOK)
    names = [c['name'] for c in CASES]
    assert len(set(names)) == len(names), 'duplicate case names'
    cases = [generate_case(c, hook_dir) for c in CASES]

    runs = wide_runs()
    write_wide_table(runs)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    # One case per line: compact, yet a regenerated file diffs case by case.
    dump = lambda x: json.dumps(x, ensure_ascii=False, separators=(',', ':')).replace(WORK, '<CASE_DIR>').replace(STDLIB, '<STDLIB_DIR>')
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('{"python":%s,\n"wide":%s,\n"cases":[\n' % (dump(sys.version.split()[0]), dump(wide_probes(runs))))
        f.write(',\n'.join(dump(c) for c in cases))
        f.write('\n]}\n')
    print(f'wrote {len(cases)} cases to {os.path.relpath(OUT, ROOT)} and {len(runs) // 2} wide runs to {os.path.relpath(TS, ROOT)}')


if __name__ == '__main__':
    main()
