# Objects with __index__ work where ints are required.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

data = list("abcdefgh")
print(data[Idx(2)], data[Idx(-1)], data[Idx(1):Idx(4)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)), list(range(Idx(1), Idx(7), Idx(2))))
print("ab" * Idx(3), [0] * Idx(2))
import operator
print(operator.index(Idx(11)))
try:
    data[1.5]
except TypeError as e:
    print("TypeError:", e)
try:
    "x" * 2.0
except TypeError as e:
    print("TypeError:", e)
