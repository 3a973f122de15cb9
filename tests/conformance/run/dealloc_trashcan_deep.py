# Deeply nested containers and instances: past 50 nested deallocations CPython's
# trashcan puts objects aside and frees them later, which decides the __del__ order.
class N:
    def __init__(self, i, nxt): self.i = i; self.nxt = nxt
    def __del__(self):
        if self.i % 7 == 0 or self.i > 95: print('del', self.i)
x = None
for i in range(100): x = N(i, x)
del x
L = []
for i in range(120): L = [L, N(1000 + i, None)] if i % 13 == 0 else [L]
del L
print("end")
x = None
for i in range(100000): x = [x]
del x
print("freed")
