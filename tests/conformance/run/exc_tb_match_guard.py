# An error inside a match guard.
def classify(value):
    match value:
        case int(n) if n > 0:
            return "positive"
        case str(s) if s.upper() == s:
            return "shout"
        case [x, y] if x / y > 1:
            return "ratio over one"
    return "other"

print(classify(5), classify("HI"), classify([4, 2]))
print(classify([1, 0]))
