# Under -O: assert statements compile to nothing (their expressions are not
# evaluated), __debug__ is False everywhere, and compile() and exec() inherit
# the level unless compile() is given another.
import builtins
import sys


def check(n):
    assert print('evaluated') or n > 0, 'never raised'
    assert (seen := n) > 100
    return 'seen' in locals()


print(sys.flags.optimize, __debug__, builtins.__debug__)
print(check(-1))
if __debug__:
    print('debug branch')
else:
    print('optimized branch')
globals()['__debug__'] = 'shadow'
print(__debug__, eval('__debug__'))
code = compile('assert False, "from compile"', 'inherited', 'exec')
exec(code)
print('inherited level: no assert')
print(eval(compile('__debug__', 'e', 'eval', optimize=0)), eval(compile('__debug__', 'e', 'eval', optimize=1)))
try:
    exec(compile('assert 1 == 2, "level 0"', 'explicit', 'exec', optimize=0))
except AssertionError as e:
    print('explicit level 0 raises:', e)


def documented():
    """kept under -O"""
    return documented.__doc__


print(documented())
for line in ['x = 1', 'assert x == 2', 'print("after")']:
    exec(line)
exec(compile('assert (1, "always true")', 'warns', 'exec', optimize=0))
assert False, 'skipped'
raise AssertionError('raised by hand still shows')
