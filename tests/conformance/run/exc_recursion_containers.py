# Recursion that goes through the runtime's own C-level operations: each
# comparison is a level of the recursion limit, so that objects comparing
# themselves through containers end in a RecursionError with CPython's
# message instead of exhausting the stack.


class Same:
    def __eq__(self, other):
        return [self] == [other]

    def __lt__(self, other):
        return (self,) < (other,)


class Nest:
    def __init__(self, inner):
        self.inner = inner

    def __eq__(self, other):
        return self.inner == other.inner


for label, thunk in [
    ("eq", lambda: Same() == Same()),
    ("lt", lambda: Same() < Same()),
]:
    try:
        thunk()
    except RecursionError as e:
        print(label, "RecursionError:", e)

# Deep but finite nesting compares fine below the limit.
a = b = 0
for i in range(300):
    a, b = Nest(a), Nest(b)
print("nested equal:", a == b)

deep1 = deep2 = None
for i in range(5000):
    deep1, deep2 = [deep1], [deep2]
try:
    deep1 == deep2
except RecursionError as e:
    print("list RecursionError:", e)

Same.__eq__ = lambda self, other: [self] == [other]
try:
    Same() != Same()
except RecursionError as e:
    print("ne RecursionError:", e)
