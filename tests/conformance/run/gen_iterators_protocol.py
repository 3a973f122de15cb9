# Iterators: iter(), next() with default, iter(callable, sentinel).
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
values = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(values), 0)))
print(list(values))
d = {"a": 1, "b": 2}
ki = iter(d)
print(type(ki).__name__, list(ki), type(iter(d.items())).__name__)
print(type(iter("")).__name__, type(iter(())).__name__, type(iter(range(1))).__name__, type(iter(set())).__name__)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
class Once:
    def __iter__(self):
        yield "from __iter__ generator"
print(list(Once()), iter(it) is it)
