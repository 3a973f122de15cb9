# Methods of built-in types called from Python code are reported as bound
# built-in methods (including an unbound call like str.upper(s)); slot
# wrappers and types are not C calls.
import sys


def profiler(frame, event, arg):
    if event.startswith('c_') and frame.f_code.co_name == 'main':
        owner = type(arg.__self__).__name__ if arg.__self__ is not None else '-'
        print(event, arg.__name__, 'of', owner)


def main():
    items = []
    items.append(3)
    items.extend([1, 2])
    items.sort()
    d = {}
    d.setdefault('k', 0)
    s = str.upper('abc')
    t = 'x'.join(['a', 'b'])
    n = items.__len__()
    m = list((1, 2))
    return items, d, s, t, n, m


sys.setprofile(profiler)
r = main()
sys.setprofile(None)
print(r)
