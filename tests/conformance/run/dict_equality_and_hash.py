# Equality ignores order; dicts are unhashable; keys need __hash__/__eq__.
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: "a"} == {1.0: "a"}, {} == dict())
print({"a": [1]} == {"a": [1]}, {"a": 1} != {"a": 1.0}, {1: 2}.items() == {(1, 2)})
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
try:
    {} < {}
except TypeError as e:
    print("TypeError:", e)

class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v % 3)
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return f"Key({self.v})"

d = {Key(1): "one", Key(4): "four", Key(1): "uno"}
print(d, d[Key(4)], Key(7) in d)
