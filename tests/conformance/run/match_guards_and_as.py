# Guards, as-patterns, and evaluation order of guards.
def check(n):
    print("  checking", n)
    return n > 0

def classify(pair):
    match pair:
        case (a, b) as whole if check(a) and check(b):
            return f"both positive {whole}"
        case (a, _) | [_, a] if a == 0:
            return "a zero somewhere"
        case (int() | float()) as num:
            return f"number {num}"
        case [*items] as seq:
            return f"sequence of {len(items)} ({type(seq).__name__})"
    return "nothing"

for p in ((1, 2), (-1, 2), (0, 5), [3, 0], 4.5, [1, 2, 3], "s"):
    print(p, "->", classify(p))
