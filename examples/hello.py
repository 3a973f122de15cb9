# A first program for pyheap: `pyheap examples/hello.py` prints exactly what
# `python3 examples/hello.py` prints. Names are references to objects.
a = [1, 2, 3]
b = a
b.append(4)
print(a is b, f"{len(a)=}")
x = 1000
y = 1000
print(x is y)  # True in a file: both names load one constant of the module's code
