# A first program for pyheap: `pyheap -m ast -a examples/hello.py` prints
# exactly what `python3 -m ast -a examples/hello.py` prints.
a = [1, 2, 3]
b = a
b.append(4)
print(a is b, f"{len(a)=}")
