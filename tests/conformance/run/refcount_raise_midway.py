# References an expression has taken are released when it raises midway, as
# the evaluation stack unwinds: the counts of o are back where they were.
import sys


class O:
    def __iadd__(self, other):
        return self

    def __add__(self, other):
        return self

    def m(self, arg):
        return arg


o = O()


def fail():
    raise ValueError("midway")


def aug_name():
    x = o
    x += fail()


def aug_item():
    x = [o]
    x[0] += fail()


def binary():
    x = o
    y = x + fail()


def display():
    y = [o, fail()]


def method_arg():
    y = o.m(fail())


for case in (aug_name, aug_item, binary, display, method_arg):
    before = sys.getrefcount(o)
    for _ in range(3):
        try:
            case()
        except ValueError:
            pass
    print(case.__name__, sys.getrefcount(o) - before)
