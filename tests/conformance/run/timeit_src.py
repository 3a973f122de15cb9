# Timer.src: the function each Timer compiles, with the statement inlined.
import timeit

print(timeit.Timer('a.append(1)', 'a = []').src)
print(timeit.Timer('for i in range(3):\n    pass', 'x = 1\ny = 2').src)
print(timeit.Timer(lambda: None).src)
print(timeit.Timer('pass', lambda: None).src)
print(timeit.Timer(lambda: None, lambda: None).src)
print(repr(timeit.reindent('a\nb\n  c', 4)))
print(timeit.dummy_src_name)
t = timeit.Timer('1 + 1')
print(t.inner.__code__.co_firstlineno, t.inner.__code__.co_argcount)
