# A display, a call or an f-string that raises while evaluating its parts
# releases the parts it had already evaluated: the counts of o come back.
import sys


class O:
    def m(self, *args, **kwargs):
        return args

    def __format__(self, spec):
        return 'O'


o = O()


def fail():
    raise ValueError("midway")


cases = {
    'list': lambda: [o, o, fail()],
    'tuple': lambda: (o, fail(), o),
    'set': lambda: {o, fail()},
    'dict': lambda: {o: o, 1: fail()},
    'dict_value': lambda: {1: o, 2: fail()},
    'dict_unpack': lambda: {'a': o, **fail()},
    'starred_list': lambda: [o, *fail()],
    'call_args': lambda: print(o, o, fail()),
    'call_kwargs': lambda: print(o, sep=o, end=fail()),
    'call_star': lambda: print(o, *fail()),
    'call_starstar': lambda: print(o, **fail()),
    'method_args': lambda: o.m(o, fail(), o),
    'method_many': lambda: o.m(o, o, o, o, fail()),
    'fstring': lambda: f"{o}{o:>{fail()}}",
    'slice': lambda: [][o:fail()],
    'subscript': lambda: {o: 1}[o, fail()],
    'compare_chain': lambda: o == o == fail(),
    'unhashable': lambda: {o, o, []},
    'unhashable_key': lambda: {o: o, []: o},
}
for name, case in cases.items():
    before = sys.getrefcount(o)
    for _ in range(3):
        try:
            case()
        except (ValueError, TypeError) as e:
            err = type(e).__name__
    print(name, err, sys.getrefcount(o) - before)
