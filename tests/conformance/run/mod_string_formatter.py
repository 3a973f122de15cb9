# string.Formatter: the machinery behind str.format.
import string
f = string.Formatter()
print(f.format("{0} and {name}", "first", name="second"))
print(list(f.parse("a{0}b{x!r:>5}c{{d}}")))
print(f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}>"
        return super().get_value(key, args, kwargs)

print(Upper().format("{greeting}, {0:>6}! {missing}", "bob", greeting="hi"))
print(f.convert_field("x", "r"), f.get_field("0.real", (3 + 4j,), {}))
