# Introspection builtins: callable, dir, getattr, hasattr, isinstance, type, vars, id equality.
class C:
    x = 1
    def m(self):
        pass

c = C()
print(callable(c), callable(c.m), callable(C), callable(print), callable(1))
print(getattr(c, "x"), getattr(c, "y", "no y"), hasattr(c, "m"), hasattr(c, "zz"))
print(isinstance(c, C), type(c) is C, type(c).__name__)
print(id(c) == id(c), id(c) != id(C()), c is c)
print([n for n in dir(C) if not n.startswith("_")], vars(C)["x"])
print(sorted(n for n in dir() if not n.startswith("_")))
setattr(c, "y", 2)
print(vars(c))
print(len(dir(int)) > 50, "append" in dir([]), "__len__" in dir(""))
print(globals()["C"] is C, "c" in locals())
