# Generator expressions: laziness, single use, first iterable eagerly evaluated.
squares = (x * x for x in range(5))
print(type(squares).__name__, next(squares), list(squares), list(squares))
print(sum(x for x in range(10) if x % 3 == 0), max((len(w), w) for w in ["a", "abc", "ab"]))
log = []
def src():
    log.append("src called")
    return [1, 2]
gen = (log.append(f"item {x}") or x for x in src())
print(log)
print(list(gen), log)
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
print(list(x for x in "abc"), tuple(c.upper() for c in "xy"), "-".join(str(i) for i in range(3)))
