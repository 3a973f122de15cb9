# An exception object stored in an attribute of an object it refers to.
import gc


class Box:
    pass


gc.collect()
b = Box()
e = ValueError(b)
b.err = e
del b, e
print(gc.collect())
l = []
e = KeyError(l)
l.append(e)
del l, e
print(gc.collect())
