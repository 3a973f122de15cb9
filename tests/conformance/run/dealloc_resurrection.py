# __del__ may resurrect the object; PEP 442: it is not called a second time.
import gc

saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('__del__', self.name)
        saved.append(self)


p = Phoenix('bird')
del p
print('resurrected:', [s.name for s in saved])
p = saved.pop()
print('dropping again')
del p
print('no second __del__')
gc.collect()
print('---')
a = Phoenix('cyclic')
a.self = a
del a
print('collect:', gc.collect() >= 0)
print('saved:', [s.name for s in saved])
s = saved.pop()
s.self = None
del s
print('end')
