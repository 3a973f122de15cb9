# Defining __eq__ sets __hash__ to None; restoring hashability.
class OnlyEq:
    def __eq__(self, other):
        return True

print(OnlyEq.__hash__, "__hash__" in OnlyEq.__dict__)
try:
    hash(OnlyEq())
except TypeError as e:
    print("TypeError:", e)

class EqAndHash:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return self.k == other.k
    def __hash__(self):
        return hash(self.k)
print(len({EqAndHash(1), EqAndHash(1), EqAndHash(2)}))

class Inherit(EqAndHash):
    def __eq__(self, other):
        return False
print(Inherit.__hash__)

class Keep(EqAndHash):
    __hash__ = EqAndHash.__hash__
    def __eq__(self, other):
        return False
print(hash(Keep(5)) == hash(5))
class Unhashable:
    __hash__ = None
try:
    {Unhashable()}
except TypeError as e:
    print("TypeError:", e)
