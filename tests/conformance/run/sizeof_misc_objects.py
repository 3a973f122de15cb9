# Sizes of assorted built-in objects.
import sys

cases = {
    'None': None,
    'True': True,
    'Ellipsis': ...,
    'NotImplemented': NotImplemented,
    'float': 3.14,
    'inf': float('inf'),
    'complex': 1 + 2j,
    'object()': object(),
    'range(10)': range(10),
    'range(big)': range(2**70),
    'slice': slice(1, 10, 2),
    'memoryview': memoryview(b'abc'),
    'memoryview 2d': memoryview(bytes(12)).cast('B', (3, 4)),
    'module sys': sys,
    'exception': ValueError('bad'),
    'OSError': OSError(2, 'missing'),
    'KeyError': KeyError('k'),
    'StopIteration': StopIteration(1),
    'SyntaxError': SyntaxError('x'),
}
for name, o in cases.items():
    print(f'{name:14} {sys.getsizeof(o)}')
