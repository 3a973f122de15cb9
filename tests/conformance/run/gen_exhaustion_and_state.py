# Generator states: created, running, suspended, closed.
import inspect

def g():
    print("state inside:", inspect.getgeneratorstate(gen))
    yield 1
    yield 2

gen = g()
print(inspect.getgeneratorstate(gen))
next(gen)
print(inspect.getgeneratorstate(gen))
print(list(gen))
print(inspect.getgeneratorstate(gen), gen.gi_running)
print(next(gen, "exhausted"))

def recurse():
    yield next(r)
r = recurse()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
