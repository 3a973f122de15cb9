# Sequence patterns with fixed length, star, nesting; str is not a sequence here.
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} ({len(middle)} inside)"
        case [first, *rest]:
            return f"first {first}, rest {rest}"
        case _:
            return "not a sequence"

for s in ([], [1], (1, 2), [1, 2, 3], list(range(6)), "ab", range(2), {1, 2}, {"k": 1}):
    print(repr(s), "->", shape(s))

match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
match (1, 2, 3):
    case (1, *_):
        print("starts with 1")
