# Exceptions raised inside comprehensions propagate normally.
def safe(fn):
    try:
        return fn()
    except Exception as e:
        return f"{type(e).__name__}: {e}"

print(safe(lambda: [1 / x for x in [1, 0]]))
print(safe(lambda: {x: x[0] for x in ["a", ""]}))
print(safe(lambda: [int(s) for s in "12x"]))
print(safe(lambda: {undefined_name for _ in range(1)}))
print(safe(lambda: [x for x in None]))
print(safe(lambda: [a + b for a, b in [(1, 2), (3,)]]))
print(safe(lambda: sum(1 for _ in [1, 2]) + "s"))
