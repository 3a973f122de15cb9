import tracemalloc

N = 500
tracemalloc.start()
a = 'a' * N
print(tracemalloc.get_object_traceback(a) is not None)
tracemalloc.stop()
print(tracemalloc.get_object_traceback(a))
print(tracemalloc.get_traced_memory())
tracemalloc.start()
print(tracemalloc.get_object_traceback(a))
b = 'b' * N
tb = tracemalloc.get_object_traceback(b)
print(str(tb).replace(__file__, 'prog.py'))
c1 = tracemalloc.get_traced_memory()[0]
del a                     # allocated before this start: not traced
c2 = tracemalloc.get_traced_memory()[0]
del b
c3 = tracemalloc.get_traced_memory()[0]
print(c2 - c1, c3 - c2)
tracemalloc.stop()
