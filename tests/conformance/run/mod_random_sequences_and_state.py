# Seeded draws: sequences indexed as Lib/random.py does, state round trips.
import random

class Loud(list):
    def __getitem__(self, i):
        print(f'  get[{i}]', end='')
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        print(f'  set[{i}]={v}', end='')
        super().__setitem__(i, v)

r = random.Random(2023)
print(r.choice('abcdef'), r.choice(range(100, 200)), r.randrange(10), r.randrange(5, 50, 5), r.randint(-3, 3))
deck = Loud(range(6))
r.shuffle(deck); print(); print(deck)
print(r.sample(range(1000), 5), r.sample('abcdefgh', 3), r.sample(['x', 'y', 'z'], k=3))
print(r.sample(['red', 'blue'], counts=[3, 2], k=5), r.sample(range(10 ** 9), 3))
print(r.choices('abc', k=5), r.choices([1, 2, 3], weights=[10, 1, 1], k=6), r.choices('xy', cum_weights=[1, 5], k=4))
print(r.choice(Loud([7, 8, 9]))); print(r.choices(Loud('pq'), k=2))
print(r.getrandbits(1), r.getrandbits(70), r.randbytes(5), r.random(), r.uniform(1, 2), r.uniform(1, 10 ** 30))
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)], len(state), len(state[1]), state[0], type(state[2]).__name__)
g = random.Random()
g.seed('hello'); x = g.random(); g.seed('hello', version=1); y = g.random(); g.seed(b'hello'); z = g.random()
print(x, y, z)
g.seed(3.5); print(g.random()); g.seed(-12345678901234567890); print(g.random()); g.seed(True); print(g.random())
print(g.gauss(), g.gauss_next is not None, g.gauss(), g.gauss_next)
print(g.triangular(), g.triangular(1, 1, 1), g.normalvariate(10, 2), g.expovariate(3), g.vonmisesvariate(1, 0))
print(g.gammavariate(2.5, 1), g.betavariate(2, 3), g.paretovariate(3), g.weibullvariate(1, 2), g.lognormvariate(0, 1))
random.seed(42)
print(random.random(), random.randint(1, 6), random.choice(['a', 'b']), random.getrandbits(8))
s = random.getstate(); random.random(); random.setstate(s)
print(random.random() == (lambda: (random.setstate(s), random.random())[1])())
sr = random.SystemRandom()
print(0 <= sr.random() < 1, sr.seed(1), type(sr).__mro__[1].__name__, isinstance(r, random.Random))
for call in ['sr.getstate()', 'r.setstate((3, (1,) * 5, None))', 'r.setstate((4, (), None))', 'random.Random(1, 2)',
             'r.sample({1, 2}, 1)', 'r.choice([])', 'r.choices([1, 2], 3)', 'r.seed([1])', 'r.randint(1)']:
    try:
        print(call, '->', eval(call))
    except Exception as e:
        print(call, '!!', type(e).__name__, e)
