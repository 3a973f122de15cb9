# Argument errors raised by builtin functions.
calls = [
    lambda: len(), lambda: len(1, 2), lambda: len(5), lambda: abs(), lambda: divmod(1),
    lambda: sorted(), lambda: sorted([], 1), lambda: "x".split(1), lambda: [].append(),
    lambda: int(x=1), lambda: max(), lambda: min(1), lambda: isinstance(1), lambda: getattr(1),
    lambda: print(sep=1), lambda: round(1, 2, 3), lambda: zip(1), lambda: enumerate(),
    lambda: {}.get(), lambda: sum(1, 2, 3), lambda: "a".join(), lambda: open(),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
