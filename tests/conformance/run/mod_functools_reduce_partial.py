# functools.reduce and functools.partial.
import functools
import operator
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 6), 1))
print(functools.reduce(max, [3, 9, 2]), functools.reduce(operator.add, [], "init"))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
power = functools.partial(pow, exp=2)
print(power(5), power(base=3, exp=3))
base2 = functools.partial(int, base=2)
print(base2("1010"), base2.func.__name__, base2.args, base2.keywords)
p = functools.partial(print, "prefix:", sep="")
p("a", "b")
nested = functools.partial(functools.partial(max, 1), 5)
print(nested(3), nested.args, repr(functools.partial(len)).startswith("functools.partial(<built-in function len>"))
