# profile: generators resumed many times, comprehensions, with blocks and decorators;
# a subclass's calibrate refuses; an empty profile's report.
import functools
import profile
from _profutil import report, Ticks

def gen(n):
    for i in range(n):
        yield i * i

def deco(f):
    @functools.wraps(f)
    def wrapper(*a):
        return f(*a) + 1
    return wrapper

@deco
def inc(x):
    return x

class ctx:
    def __enter__(self):
        return 5

    def __exit__(self, *exc):
        return False

def work():
    total = sum(gen(4)) + sum([inc(i) for i in range(3)])
    with ctx() as v:
        total += v
    return total + inc(1)

p = profile.Profile(Ticks())
print(p.runcall(work))
report(p, 'calls', 'name')

class Sub(profile.Profile):
    pass

try:
    Sub().calibrate(10)
except TypeError as e:
    print('TypeError', e)
empty = profile.Profile(Ticks())
empty.create_stats()
print(empty.stats)
report(empty, 'name')
