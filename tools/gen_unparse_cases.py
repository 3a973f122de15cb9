"""Write tests/compile/unparse_cases.json: the annotation text CPython 3.11's
compiler keeps under `from __future__ import annotations` (Python/ast_unparse.c),
for tests/compile/unparse.test.ts.

The expectations come from running each expression as an annotation and
reading __annotations__, not from ast.unparse, which differs from the C
unparser in places.
Run: python3 tools/gen_unparse_cases.py
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'compile', 'unparse_cases.json')

EXPRESSIONS = [
    'int', 'list[int]', 'dict[str, int]', 'tuple[()]', 'tuple[int, ...]', 'tuple[int,]', 'x.y.z', 'InitVar[int]',
    'typing.Optional[int]', "'forward'", '"double"', "'it''s'", 'b"bytes"', 'u"text"', '1', '-1', '+1', '~1',
    '1.5', '1e309', '-1e309', '1j', '2+3j', '1e309j', 'None', 'True', '...', '1 .real', '(1).real', 'x or y and z',
    '(x or y) and z', 'not x', 'not (x and y)', 'a + b * c', '(a + b) * c', 'a - (b - c)', '(a - b) - c',
    'a ** b ** c', '(a ** b) ** c', '-a ** b', '(-a) ** b', 'a if b else c', '(a if b else c) if d else e',
    'lambda: 0', 'lambda x, y=1, *a, k, m=2, **kw: x', 'lambda x, /, y: x', 'lambda *, k: k', 'a < b <= c',
    '(a < b) < c', 'a is not b', 'a not in b', 'f(x)', 'f(x, *y, k=1, **z)', 'f(x for x in y)', 'f((x for x in y), 1)',
    '[x for x in y if x if not x]', '{x for x in y}', '{k: v for k, v in d.items()}', '[1, 2, *rest]', '{1, 2}', '{}', '{1: 2, **d}', 'a[1:2]', 'a[1:2:3]', 'a[::2]', 'a[:]', 'a[1:2, 3]',
    'a[(1, 2)]', '(1, 2)', '(1,)', '()', '[]', 'a | b', 'a & b ^ c', 'a << b >> c',
    'a @ b', 'a // b % c', 'f"{x}"', 'f"{x!r:>10}"', 'f"a{{b}}{c}"', "f'{x:{w}.{p}}'", 'a[*b]', 'int | None', 'list[int] | None', '"a" "b"', "'\\n'",
    'x[-1]', 'x.y(z)[0]', '(a, b)[0]', '-(-a)', 'not not a', '(not a) == b', 'a == (not b)',
]


def annotation_of(expr):
    src = f'from __future__ import annotations\nx: {expr}\n'
    ns = {}
    exec(compile(src, '<case>', 'exec'), ns)
    return ns['__annotations__']['x']


def main():
    cases = [[e, annotation_of(e)] for e in EXPRESSIONS]
    with open(OUT, 'w') as f:
        json.dump(cases, f, indent=0, ensure_ascii=False)
        f.write('\n')


if __name__ == '__main__':
    main()
