# Iterating a generic alias gives its unpacked form *tuple[int] once (PEP 646):
# repr, __unpacked__, equality and hash, __typing_unpacked_tuple_args__.
a = tuple[int]
it = iter(a)
x = next(it)
print(repr(x), x.__unpacked__, type(x), type(it), list(iter(a)), a.__unpacked__)
try:
    next(it)
except StopIteration:
    print('stop')
print(x == tuple[int], x != tuple[int], hash(x) == hash(tuple[int]), x == next(iter(a)))
print(x.__typing_unpacked_tuple_args__, a.__typing_unpacked_tuple_args__, next(iter(list[str])).__typing_unpacked_tuple_args__)
print([*dict[str, int]], tuple[*tuple[int, str]])
import gc
gc.collect()
print(gc.is_tracked(iter(a)))
