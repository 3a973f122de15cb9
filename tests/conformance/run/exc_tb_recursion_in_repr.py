# A self-referencing __repr__ recursing until RecursionError.
class Loop:
    def __init__(self):
        self.other = self
    def __repr__(self):
        return f"Loop({self.other!r})"

class Fine:
    def __repr__(self):
        return "Fine()"

print(repr(Fine()))
print("making a loop")
print(repr(Loop()))
