# Reading __dict__ turns an instance's inline attributes into a dict object of its own.
import gc


class P:
    pass


gc.collect()
a = P()
b = P()
a.peer = b
b.peer = a
del a, b
print('inline attributes:', gc.collect())
a = P()
b = P()
a.peer = b
b.peer = a
a.__dict__
b.__dict__
del a, b
print('materialized dicts:', gc.collect())
a = P()
a.me = a
vars(a)
del a
print('vars():', gc.collect())
