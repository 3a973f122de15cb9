# sys.intern's argument checks and their messages.
import sys
for args in [(), ('a', 'b'), (1,), (b'x',), (None,), (['x'],)]:
    try:
        sys.intern(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sys.intern(string='x')
except TypeError as e:
    print(e)
class S(str):
    pass
try:
    sys.intern(S('abc'))
except TypeError as e:
    print(e)
print(sys.intern(str(S('abc'))) == 'abc')
print(type(sys.intern('x')).__name__)
