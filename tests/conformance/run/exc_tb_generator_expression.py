# A generator expression frame is named <genexpr>.
def lengths(items):
    return sum(len(x) for x in items)

def longest(items):
    return max(len(x) for x in items)

data = ["ab", "cde", 42, "f"]
print(lengths(data[:2]))
print(longest(data[:2]))
print(lengths(data))
