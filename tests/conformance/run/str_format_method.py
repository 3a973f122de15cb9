# str.format: positional, keyword, attributes, indexes and nested fields.
print("{} {} {}".format(1, "two", 3.0), "{2}{1}{0}".format("a", "b", "c"))
print("{name} is {age}".format(name="Bo", age=7), "{0}{0}{1}".format("x", "y"))
print("{0[1]} {0[k]} {1.real}".format({1: "one", "k": "kay"}, 3 + 4j))
print("{:>{width}}|{:^{w2}.{p}f}|".format("r", 3.14159, width=5, w2=9, p=2))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{{literal}} {}".format("v"))
print("{0:{1}{2}{3}}".format(42, "*", "^", 8), "{:{}}".format("ab", 5) + "|")
print("{.__class__.__name__}".format(1.5), "{[0][1]}".format([[1, 2]]))
for fmt, args, kw in [("{} {}", (1,), {}), ("{0} {}", (1, 2), {}), ("{x}", (), {}),
                      ("{0[5]}", ([1],), {}), ("{!z}", (1,), {}), ("{", (), {}), ("}", (), {}),
                      ("{:d}", ("s",), {}), ("{0.nope}", (1,), {}), ("{a[}", (), {"a": 1})]:
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("{x} and {y}".format_map(Default(x=1)))
