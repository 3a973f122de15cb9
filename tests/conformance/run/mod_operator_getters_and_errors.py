# operator's getters, their reprs, and the errors of the operator functions.
import operator as op

class Node:
    def __init__(self, name, child=None):
        self.name, self.child = name, child
    def greet(self, greeting, punct='!'):
        return f'{greeting}, {self.name}{punct}'

n = Node('root', Node('leaf'))
print(op.attrgetter('name')(n), op.attrgetter('child.name', 'name')(n), op.attrgetter('a.b', 'c'))
print(op.itemgetter(1)('abc'), op.itemgetter(0, -1)([4, 5, 6]), op.itemgetter(slice(1, None))('abc'))
print(op.itemgetter('k', 'j')({'k': 1, 'j': 2}), op.itemgetter(1), op.itemgetter(1, 'a'))
mc = op.methodcaller('greet', 'Hi', punct='?')
print(mc(n), mc, op.methodcaller('upper'), op.methodcaller('f', 1, x=[2]))
print(sorted(['bb', 'a', 'ccc'], key=op.methodcaller('__len__')), op.add.__name__, op.__add__ is op.add)
print(op.index(7), op.truth([]), op.not_(0), op.is_(None, None), op.is_not(1, None), op.contains('abc', 'b'))
print(op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'), op.length_hint([1, 2]), op.length_hint(iter(()), 9))
print(op.concat([1], [2]), op.concat('a', 'b'), op.iconcat([1], (2,)), op.call(max, 3, 9, key=abs))
x = [1]
print(op.iadd(x, [2]) is x, x, op.ipow(2, 10), op.imatmul is op.__imatmul__, op.inv(5), op.invert(-1))
d = {}
op.setitem(d, 'a', 1); print(d, op.getitem(d, 'a')); op.delitem(d, 'a'); print(d)
calls = ["op.add(1)", "op.add(1, 2, 3)", "op.add(a=1, b=2)", "op.neg()", "op.neg(1, 2)", "op.itemgetter()",
         "op.itemgetter(a=1)", "op.attrgetter(1)", "op.attrgetter()", "op.methodcaller()", "op.methodcaller(1)",
         "op.concat(1, 2)", "op.concat([1], (2,))", "op.iconcat(1, 2)", "op.indexOf([1, 2], 3)",
         "op.length_hint(iter([1]), 'a')", "op.length_hint()", "op.index(1.5)", "op.delitem({}, 1)",
         "op.itemgetter(1)([1])", "op.attrgetter('real.x')(1)", "op.methodcaller('nope')(1)",
         "op.matmul(1, 2)", "op.itemgetter(1)(1)", "op.lt(1, 'a')", "op.truediv(1, 0)", "op.countOf(1, 1)",
         "op.is_not(1)", "op.methodcaller('f', x=1)()", "op.call()", "op.setitem([1], 5, 0)",
         "op.attrgetter('x')(1, 2)", "op.itemgetter(0)(x=1)"]
for c in calls:
    try:
        print(c, '->', eval(c))
    except Exception as e:
        print(c, '!!', type(e).__name__, e)
