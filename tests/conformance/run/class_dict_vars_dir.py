# __dict__, vars() and dir() of simple classes and instances.
class Base:
    base_attr = 1
    def base_method(self):
        pass

class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
    def child_method(self):
        pass

c = Child()
print(vars(c), c.__dict__ is vars(c))
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print(sorted(k for k in vars(Child) if not k.startswith("__")))
c.__dict__["added"] = 4
print(c.added, vars(c))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(dir(Child)[:3], len(dir(object)) < len(dir(c)))
