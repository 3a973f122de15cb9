# Under -OO docstrings are dropped from modules, classes, functions, methods and
# properties, in the program and in the library modules it imports; the string
# stays as a statement that does nothing, so line events still reach it.
"""The module's docstring."""
import sys
import json
import textwrap


class Shape:
    """A shape."""

    def area(self):
        """The area."""
        return 0

    @property
    def name(self):
        """The name."""
        return 'shape'


def traced():
    """A docstring line."""
    return 1


print(sys.flags.optimize, __debug__, __doc__)
print(Shape.__doc__, Shape.area.__doc__, Shape.name.__doc__, traced.__doc__)
print((lambda: 0).__doc__, json.__doc__, json.dumps.__doc__, textwrap.dedent.__doc__)
lines = []


def tracer(frame, event, arg):
    if event == 'line':
        lines.append(frame.f_lineno - traced.__code__.co_firstlineno)
    return tracer


sys.settrace(tracer)
traced()
sys.settrace(None)
print('lines of traced():', lines)
ns = {}
exec('"""exec docstring"""\ndef g():\n    "g doc"\n', ns)
print(ns.get('__doc__'), ns['g'].__doc__)
print(compile('def h():\n    "h doc"\n', 'c', 'exec', optimize=0).co_name)
ns2 = {}
exec(compile('def h():\n    "h doc"\n', 'c', 'exec', optimize=0), ns2)
print(ns2['h'].__doc__)
