# What sys.getsizeof does with a bad __sizeof__.
import sys

class ReturnsStr:
    def __sizeof__(self):
        return 'big'

class ReturnsNegative:
    def __sizeof__(self):
        return -1

class ReturnsHuge:
    def __sizeof__(self):
        return 2 ** 64

class ReturnsFloat:
    def __sizeof__(self):
        return 8.0

class Raises:
    def __sizeof__(self):
        raise RuntimeError('no size')

class RaisesTypeError:
    def __sizeof__(self):
        raise TypeError('not today')

for cls in (ReturnsStr, ReturnsNegative, ReturnsHuge, ReturnsFloat, Raises, RaisesTypeError):
    for args in ((), ('default',)):
        try:
            print(cls.__name__, args, sys.getsizeof(cls(), *args))
        except Exception as e:
            print(cls.__name__, args, type(e).__name__, e)

for bad in ((), (1, 2, 3)):
    try:
        sys.getsizeof(*bad)
    except TypeError as e:
        print(e)
try:
    sys.getsizeof(1, dflt=2)
except TypeError as e:
    print(e)
