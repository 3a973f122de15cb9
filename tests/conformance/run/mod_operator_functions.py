# operator: function forms of operators, itemgetter, attrgetter, methodcaller.
import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul("a", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.neg(5), op.pos(-5), op.abs(-2), op.inv(5), op.not_(0), op.truth([1]))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(16, 2), op.pow(2, 8))
print(op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"), op.is_(None, None))
print(op.getitem([1, 2, 3], 1), op.concat([1], [2]), op.length_hint(iter([1, 2, 3])))
ig = op.itemgetter(1, 0)
print(ig("ab"), op.itemgetter("k")({"k": 9}), sorted([(1, "b"), (0, "c")], key=op.itemgetter(1)))
ag = op.attrgetter("real", "imag")
print(ag(3 + 4j), op.attrgetter("__class__.__name__")(1))
mc = op.methodcaller("split", ",")
print(mc("a,b"), repr(op.itemgetter(1)), repr(mc))
lst = [1, 2, 3]
op.setitem(lst, 0, 9)
op.delitem(lst, 1)
print(lst, op.iadd([1], [2]), op.index(5))
