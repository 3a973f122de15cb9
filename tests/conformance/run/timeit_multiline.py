# Multi-line statements and setups keep their indentation inside the template.
import timeit

ns = {'log': []}
stmt = """
for i in range(2):
    if i:
        log.append(i)
    else:
        log.append(-1)
"""
timeit.timeit(stmt, number=3, globals=ns)
print(ns['log'])
setup = "def helper(v):\n    return v * 2\nbase = 5"
ns2 = {'out': []}
timeit.timeit('out.append(helper(base))', setup, number=2, globals=ns2)
print(ns2['out'])
timeit.timeit('try:\n    1/0\nexcept ZeroDivisionError:\n    out.append("z")', number=2, globals=ns2)
print(ns2['out'])
