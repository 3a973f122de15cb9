# __bool__, __len__ and __contains__ as used by if, not, in and bool().
class Queue:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        print("  __len__")
        return len(self.items)
    def __contains__(self, x):
        print("  __contains__", x)
        return x in self.items

q = Queue(1, 2)
print("truthy" if q else "falsy")
print(not Queue(), 2 in q, 5 not in q)

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("  __bool__")
        return self.on
print(bool(Flag(True)), Flag(False) or "fallback", Flag(True) and "both")
print([x for x in (Flag(True), Flag(False)) if x].__len__())

class IterOnly:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])
print(2 in IterOnly(), 9 in IterOnly())
