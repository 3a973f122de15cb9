# What an expression holds when it raises is released as CPython's stack
# unwinds (the value pushed last first), before the except clause runs; a
# local that is unbound raises in its place in the evaluation order.


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)

    def __bool__(self):
        raise RuntimeError('no truth for ' + self.name)

    def __hash__(self):
        return hash(self.name)


def fail():
    raise ValueError('midway')


def attempt(label, f):
    print('--', label)
    try:
        f()
    except Exception as e:
        print('caught', type(e).__name__, e)


def unbound_operand():
    return x + print('evaluated the right operand')
    x = 1


def unbound_callee():
    f(print('evaluated the argument'))
    f = print


attempt('list', lambda: [A('a'), A('b'), fail()])
attempt('call', lambda: print(A('a'), A('b'), fail()))
attempt('dict', lambda: {A('k'): A('v'), []: 1})
attempt('set', lambda: {A('a'), A('b'), []})
attempt('comprehension', lambda: [A(str(i)) for i in range(4) if i < 3 or fail()])
attempt('dict comprehension', lambda: {i: A(str(i)) for i in range(3) if i < 2 or fail()})
attempt('or', lambda: A('left') or 1)
attempt('chain', lambda: 1 < 2 < A('middle') < fail())
attempt('unbound operand', unbound_operand)
attempt('unbound callee', unbound_callee)
print('end')
