# Code objects: names, first line, argument counts, variable names, flags.
import inspect


def plain(a, b=1, *args, c, d=2, **kw):
    x = a + b
    return x


def outer():
    cell = 1

    def inner(p, /, q):
        return cell + p + q
    return inner


def gen():
    yield 1


class K:
    def method(self):
        return [y for y in range(2)]


for f in (plain, outer, outer(), gen, K.method):
    c = f.__code__
    print(c.co_name, c.co_qualname, c.co_firstlineno)
    print('  args', c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals)
    print('  vars', c.co_varnames, c.co_cellvars, c.co_freevars)
    flags = [n for n in ('OPTIMIZED', 'NEWLOCALS', 'VARARGS', 'VARKEYWORDS', 'NESTED', 'GENERATOR')
             if c.co_flags & getattr(inspect, 'CO_' + n)]
    print('  flags', flags)
    print('  file', c.co_filename.rsplit('/', 1)[-1])
