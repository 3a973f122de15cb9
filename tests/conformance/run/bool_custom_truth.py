# __bool__ and __len__ decide truth; their results are checked.
class Empty:
    def __len__(self):
        return 0

class Full:
    def __len__(self):
        return 3

class Truthy:
    def __bool__(self):
        return False
    def __len__(self):
        return 5

class BadBool:
    def __bool__(self):
        return 1

class Plain:
    pass

print(bool(Empty()), bool(Full()), bool(Truthy()), bool(Plain()))
print(not Empty(), "yes" if Full() else "no")
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)

class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print("ValueError:", e)
