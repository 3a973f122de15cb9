# Lambdas: expressions only, defaults, closures, immediately invoked.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add.__name__, add.__qualname__)
print((lambda *a, **k: (a, k))(1, x=2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x ** 2, range(5))), list(filter(lambda x: x % 2, range(6))))
nested = lambda x: lambda y: x + y
print(nested(3)(4), nested.__code__.co_argcount)
conditional = lambda n: "even" if n % 2 == 0 else "odd"
print([conditional(i) for i in range(3)])
print((lambda: None)(), (lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
class C:
    f = lambda self: type(self).__name__
print(C().f(), C.f.__qualname__)
