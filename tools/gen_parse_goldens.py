"""Regenerate the parser's golden files from CPython 3.11. Run from anywhere:

    python3 tools/gen_parse_goldens.py

- tests/conformance/ast/X.py: runs `python3 -m ast -a X.py` in that folder and
  writes X.ast (its stdout). Files named `mode_<mode>_*.py` are parsed with
  `--mode <mode>` (eval, single, func_type); all others in exec mode. What it
  prints on stderr (warnings), if anything, goes to X.ast_stderr.
- tests/conformance/syntax_errors/X.py: checks with ast.parse that CPython
  rejects X.py at parse time (so no fixture is ever executed), then runs
  `python3 X.py` in that folder with PYTHONHASHSEED=0 and writes X.stderr and
  X.status. CPython prints the script's absolute path; the folder part of it is
  written as DIR_TOKEN so the goldens do not depend on where the repo lives.
- tests/cli/report_cases.json: cases for formatSyntaxError, each the
  attributes of a SyntaxError and the text CPython's sys.excepthook prints for
  it: the real errors of the syntax_errors corpus (captured by an excepthook
  installed through sitecustomize) plus synthetic ones for the printer's
  corner cases.

It also lists the `ast` node classes that the ast corpus never produces.
"""
import ast
import json
import os
import subprocess
import sys
import tempfile
import warnings

if sys.version_info[:2] != (3, 11):
    sys.exit(f'gen_parse_goldens.py needs CPython 3.11, this is {sys.version.split()[0]}')

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AST_DIR = os.path.join(ROOT, 'tests', 'conformance', 'ast')
ERR_DIR = os.path.join(ROOT, 'tests', 'conformance', 'syntax_errors')
REPORT_CASES = os.path.join(ROOT, 'tests', 'cli', 'report_cases.json')
# Stands for the absolute path of the fixture folder in .stderr goldens.
DIR_TOKEN = '<FIXTURE_DIR>'

ABSTRACT = {'AST', 'mod', 'stmt', 'expr', 'expr_context', 'boolop', 'operator', 'unaryop',
            'cmpop', 'excepthandler', 'pattern', 'type_ignore'}
# Deprecated aliases and 3.8-era classes the parser never produces.
DEPRECATED = {'Suite', 'AugLoad', 'AugStore', 'Param', 'Num', 'Str', 'Bytes', 'NameConstant',
              'Ellipsis', 'Index', 'ExtSlice', 'slice'}


def child_env(extra_path=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env['PYTHONHASHSEED'] = '0'
    env['LC_ALL'] = 'C.UTF-8'
    if extra_path:
        env['PYTHONPATH'] = extra_path
    return env


def fixtures(folder):
    return sorted(f for f in os.listdir(folder) if f.endswith('.py'))


def ast_mode(name):
    for mode in ('func_type', 'single', 'eval'):
        if name.startswith(f'mode_{mode}_'):
            return mode
    return 'exec'


def gen_ast():
    seen = set()
    bad = []
    for name in fixtures(AST_DIR):
        path = os.path.join(AST_DIR, name)
        mode = ast_mode(name)
        with open(path, 'rb') as f:
            source = f.read()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter('ignore')  # the subprocess below records them
                tree = ast.parse(source, name, mode, type_comments=True)
        except SyntaxError as e:
            bad.append(f'{name}: {e!r}')
            continue
        seen.update(type(node).__name__ for node in ast.walk(tree))
        args = [sys.executable, '-m', 'ast', '-a']
        if mode != 'exec':
            args += ['--mode', mode]
        proc = subprocess.run(args + [name], cwd=AST_DIR, env=child_env(), capture_output=True)
        if proc.returncode != 0:
            bad.append(f'{name}: python -m ast failed: {proc.stderr.decode(errors="replace")}')
            continue
        with open(os.path.join(AST_DIR, name[:-3] + '.ast'), 'wb') as f:
            f.write(proc.stdout)
        # Warnings the parser issues (SyntaxWarning for `1if x else 2`, ...).
        stderr_path = os.path.join(AST_DIR, name[:-3] + '.ast_stderr')
        if proc.stderr:
            with open(stderr_path, 'wb') as f:
                f.write(proc.stderr)
        elif os.path.exists(stderr_path):
            os.remove(stderr_path)
    all_nodes = {n for n, c in vars(ast).items()
                 if isinstance(c, type) and issubclass(c, ast.AST)} - ABSTRACT - DEPRECATED
    return bad, seen, all_nodes


def gen_syntax_errors():
    bad = []
    for name in fixtures(ERR_DIR):
        path = os.path.join(ERR_DIR, name)
        with open(path, 'rb') as f:
            source = f.read()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter('ignore')
                ast.parse(source, name, 'exec', type_comments=False)
        except SyntaxError:
            pass  # rejected by the parser (or tokenizer): a valid fixture
        except ValueError as e:  # e.g. null bytes in a string source
            bad.append(f'{name}: ast.parse raised {e!r}, not SyntaxError')
            continue
        else:
            bad.append(f'{name}: parses; not a parse-time error (not run)')
            continue
        proc = subprocess.run([sys.executable, name], cwd=ERR_DIR, env=child_env(),
                              capture_output=True)
        if proc.stdout:
            bad.append(f'{name}: wrote to stdout, so it ran')
        stderr = proc.stderr.decode('utf-8').replace(ERR_DIR, DIR_TOKEN)
        with open(os.path.join(ERR_DIR, name[:-3] + '.stderr'), 'w', encoding='utf-8', newline='') as f:
            f.write(stderr)
        with open(os.path.join(ERR_DIR, name[:-3] + '.status'), 'w') as f:
            f.write(f'{proc.returncode}\n')
    return bad


HOOK = r'''
import json, sys
def _dump_syntax_error(t, e, tb):
    d = {'kind': t.__name__}
    for k in ('msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'):
        d[k] = getattr(e, k, None)
    sys.stderr.write('ATTRS ' + json.dumps(d) + '\n')
    sys.__excepthook__(t, e, tb)
sys.excepthook = _dump_syntax_error
'''

# Synthetic cases: (kind, msg, lineno, offset, text, end_lineno, end_offset).
# They pin print_error_text's corners: ranges past the end of the line or onto
# later lines, offsets left of stripped indentation or past the end, tabs and
# form feeds, text with embedded newlines or no newline, non-ASCII text, a
# missing text, and the subclasses that ignore end positions.
SYNTHETIC = [
    ('SyntaxError', 'invalid syntax', 1, 5, 'abc def\n', 1, 8),
    ('SyntaxError', 'range past end', 1, 5, 'abc def\n', 1, 100),
    ('SyntaxError', 'range onto next line', 1, 5, 'abc def\n', 2, 3),
    ('SyntaxError', 'range onto next line, no newline', 1, 5, 'abc def', 3, 1),
    ('SyntaxError', 'offset past end', 1, 20, 'abc def\n', 1, 25),
    ('SyntaxError', 'offset at end', 1, 8, 'abc def\n', 1, 9),
    ('SyntaxError', 'tab indent', 2, 6, '\tabc def\n', 2, 9),
    ('SyntaxError', 'mixed indent', 2, 6, '  \f abc def\n', 2, 9),
    ('SyntaxError', 'offset zero', 1, 0, 'abc def\n', 1, 3),
    ('SyntaxError', 'offset none', 1, -1, 'abc def\n', 1, -1),
    ('SyntaxError', 'no text', 4, 3, None, 4, 4),
    ('SyntaxError', 'line zero with text', 0, 5, 'abc def\n', 0, 7),
    ('SyntaxError', 'encoding problem: uft-8', 0, -1, None, 0, -1),
    ('SyntaxError', 'embedded newline, offset on second line', 1, 6, 'abc\ndef\n', 1, 7),
    ('SyntaxError', 'embedded newline, offset on first line', 1, 2, 'abc\ndef\n', 1, 7),
    ('SyntaxError', 'offset inside indentation', 3, 2, '    abc\n', 3, 4),
    ('SyntaxError', 'end before offset', 1, 5, 'abc def\n', 1, 3),
    ('SyntaxError', 'non-ascii before range', 1, 5, '\u00e9\u00e9\u00e9 def\n', 1, 8),
    ('SyntaxError', 'non-ascii range onto next line', 1, 5, '\u00e9\u00e9\u00e9 def\n', 2, 1),
    ('SyntaxError', 'non-ascii range past end', 1, 2, 'x\u4e2d\u6587\n', 1, 50),
    ('SyntaxError', 'empty text', 1, 1, '', 1, 2),
    ('SyntaxError', 'newline only', 1, 1, '\n', 1, 2),
    ('SyntaxError', 'trailing spaces kept', 1, 5, 'abc   \n', 1, 6),
    ('SyntaxError', 'crlf text', 1, 5, 'abc def\r\n', 1, 8),
    ('SyntaxError', '', 1, 5, 'abc def\n', 1, 7),
    ('SyntaxError', 'unicode message \u00e9', 1, 1, 'x\n', 1, 2),
    ('IndentationError', 'unexpected indent', 2, 5, '    abc def\n', 2, 9),
    ('IndentationError', 'expected an indented block', 2, 1, 'abc\n', 2, 4),
    ('TabError', 'inconsistent use of tabs and spaces in indentation', 3, 1, '        pass\n', 3, 0),
    ('TabError', 'tab error with range', 1, 2, 'ab cd\n', 1, 5),
]

SYNTH_SCRIPT = r'''
import json, sys
for kind, msg, lineno, offset, text, end_lineno, end_offset in json.load(sys.stdin):
    cls = {'SyntaxError': SyntaxError, 'IndentationError': IndentationError, 'TabError': TabError}[kind]
    none_if = lambda v: None if v == -1 else v
    if lineno == 0 and text is None:
        # What CPython raises for encoding problems: every location is None.
        e = cls(msg)
    else:
        e = cls(msg, ('prog.py', lineno, none_if(offset), text, end_lineno, none_if(end_offset)))
    sys.stderr.write('\x00CASE\n')
    sys.__excepthook__(cls, e, None)
'''


def gen_report_cases():
    cases = []
    with tempfile.TemporaryDirectory() as hook_dir:
        with open(os.path.join(hook_dir, 'sitecustomize.py'), 'w') as f:
            f.write(HOOK)
        for name in fixtures(ERR_DIR):
            if not os.path.exists(os.path.join(ERR_DIR, name[:-3] + '.status')):
                continue
            proc = subprocess.run([sys.executable, name], cwd=ERR_DIR,
                                  env=child_env(hook_dir), capture_output=True)
            first, _, rest = proc.stderr.decode('utf-8').partition('\n')
            assert first.startswith('ATTRS '), (name, first)
            attrs = json.loads(first[len('ATTRS '):])
            prefix = ERR_DIR + os.sep
            cases.append({
                'name': f'fixture {name}',
                'kind': attrs['kind'],
                'msg': attrs['msg'].replace(prefix, ''),
                'filename': (attrs['filename'] or '').replace(prefix, ''),
                'lineno': attrs['lineno'] or 0,
                'offset': -1 if attrs['offset'] is None else attrs['offset'],
                'text': attrs['text'],
                'endLineno': attrs['end_lineno'] or 0,
                'endOffset': -1 if attrs['end_offset'] is None else attrs['end_offset'],
                'expected': rest.replace(prefix, ''),
            })
    proc = subprocess.run([sys.executable, '-c', SYNTH_SCRIPT], input=json.dumps(SYNTHETIC).encode(),
                          env=child_env(), capture_output=True, check=True)
    outputs = proc.stderr.decode('utf-8').split('\x00CASE\n')[1:]
    assert len(outputs) == len(SYNTHETIC)
    for (kind, msg, lineno, offset, text, end_lineno, end_offset), expected in zip(SYNTHETIC, outputs):
        # An all-None location is recorded as filename '' (as for the fixtures).
        located = not (lineno == 0 and text is None)
        cases.append({'name': f'synthetic {kind}: {msg or "(empty message)"}', 'kind': kind, 'msg': msg,
                      'filename': 'prog.py' if located else '', 'lineno': lineno, 'offset': offset, 'text': text,
                      'endLineno': end_lineno, 'endOffset': end_offset, 'expected': expected})
    with open(REPORT_CASES, 'w', encoding='utf-8') as f:
        json.dump(cases, f, indent=1, ensure_ascii=False)
        f.write('\n')
    return len(cases)


def main():
    bad, seen, all_nodes = gen_ast()
    bad += gen_syntax_errors()
    n_cases = gen_report_cases()
    print(f'ast fixtures: {len(fixtures(AST_DIR))}; syntax error fixtures: '
          f'{len(fixtures(ERR_DIR))}; report cases: {n_cases}')
    print(f'node classes covered: {len(seen & all_nodes)} of {len(all_nodes)}')
    missing = sorted(all_nodes - seen)
    if missing:
        print('node classes never produced by the ast corpus: ' + ', '.join(missing))
    for line in bad:
        print('BAD ' + line)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
