# operator functions as keys and reducers.
import operator
from functools import reduce
rows = [("b", 2, 9.5), ("a", 2, 7.0), ("c", 1, 8.0)]
print(sorted(rows, key=operator.itemgetter(1, 0)))
print(max(rows, key=operator.itemgetter(2)), min(rows, key=operator.itemgetter(0)))
print(reduce(operator.mul, range(1, 8)), reduce(operator.or_, [1, 2, 8]), reduce(operator.concat, ["a", "b"]))
print(list(map(operator.neg, [1, -2])), list(map(operator.mul, [1, 2], [3, 4])))
class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
    def __repr__(self):
        return self.name
people = [P("x", 30), P("y", 20)]
print(sorted(people, key=operator.attrgetter("age")), list(map(operator.methodcaller("upper"), ["a"])))
print(operator.truediv(1, 4), operator.floordiv(-7, 2), operator.matmul.__name__, operator.__lt__(1, 2))
