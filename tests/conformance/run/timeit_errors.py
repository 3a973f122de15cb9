# Timer's checks: the types of stmt and setup, and statements invalid at module level.
import timeit

for args in [(5,), ('pass', 5), (None, None), (5, 'x = ')]:
    try:
        timeit.Timer(*args)
    except Exception as e:
        print(type(e).__name__, e)
for stmt in ['return 1', 'yield 2', 'x = ', 'break', '  pass', 'def f(:']:
    try:
        timeit.Timer(stmt)
        print('ok', repr(stmt))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    timeit.Timer('pass', setup='return')
except SyntaxError as e:
    print(e.msg, e.lineno)
try:
    timeit.Timer('nonlocal q')
except SyntaxError as e:
    print(e.msg)
