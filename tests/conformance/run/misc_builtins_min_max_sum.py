# min(), max(), sum(), any(), all(): keys, defaults, the float loop and the errors.
print(min(3, 1, 2), max([3, 1, 2]), min("bca"), max((1, "a")[:1]), min([], default="empty"))
print(min([3, -4, 2], key=abs), max(["aa", "b", "ccc"], key=len), max([1, 2], key=None))
print(max([1, 1.0, True]), min([True, 1, 1.0]), max([2, 3, 3.0], key=lambda v: v // 1))
words = ["pear", "fig", "apple", "kiwi"]
print(min(words, key=len), max(words, key=len), sorted(words, key=len, reverse=True))
for action in (lambda: min(), lambda: max(5), lambda: min([]), lambda: max(1, 2, default=0),
               lambda: min([1], foo=1), lambda: max([1, 2], key=1), lambda: max("a", 1),
               lambda: max(1, 2, 3, bad=1, worse=2), lambda: min(iterable=[1])):
    try:
        print(action())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([], start=5))
print(sum([0.1] * 10), sum([1, 0.1, 2 ** 70, 0.2]), sum([1e308, 1e308, -1e308]), sum([1, 2.5, True]))
print(sum([2 ** 64, 2 ** 64]), sum([True, True, False]), sum(range(101)), sum([0.5, 1, 2 ** 80]))
class Money:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return Money(other + self.v)
    def __add__(self, other):
        return Money(self.v + (other.v if isinstance(other, Money) else other))
print(sum([Money(1), Money(2)]).v, sum([1, Money(5), 2]).v)
for action in (lambda: sum(), lambda: sum(1), lambda: sum(["a"], ""), lambda: sum([b"a"], b""),
               lambda: sum([], bytearray()), lambda: sum([1], 2, 3), lambda: sum(["a", "b"])):
    try:
        print(action())
    except TypeError as e:
        print("TypeError:", e)
print(any([]), all([]), any([0, "", None, 3]), all([1, "a", []]), any(x > 2 for x in range(5)))
def noisy(values, log):
    for v in values:
        log.append(v)
        yield v
log = []
print(any(noisy([0, 1, 2], log)), log, all(noisy([1, 0, 2], log)), log)
for action in (lambda: any(), lambda: all(1), lambda: any([1], [2])):
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
