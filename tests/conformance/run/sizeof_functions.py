# Functions, methods and descriptors.
import sys

def f(a, b=1):
    return a + b

class C:
    def method(self):
        pass

    @staticmethod
    def s():
        pass

    @classmethod
    def c(cls):
        pass

    @property
    def p(self):
        return 1

def outer():
    x = 1
    def inner():
        return x
    return inner

cases = {
    'function': f,
    'lambda': lambda: 0,
    'closure': outer(),
    'cell': outer().__closure__[0],
    'bound method': C().method,
    'staticmethod': C.__dict__['s'],
    'classmethod': C.__dict__['c'],
    'property': C.__dict__['p'],
    'builtin function': len,
    'builtin method': [].append,
    'method descriptor': list.append,
    'wrapper descriptor': int.__add__,
    'method-wrapper': (1).__add__,
}
for name, o in cases.items():
    print(f'{name:18} {sys.getsizeof(o)}')
