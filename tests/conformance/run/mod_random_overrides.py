# random.Random's methods draw through self, as random.py's do: a subclass,
# a patch of the class or an instance attribute that replaces random(),
# getrandbits() or another method they call is what they use.
import pickle
import random

called = []


class Bits(random.Random):
    def getrandbits(self, k):
        called.append(('getrandbits', k))
        return super().getrandbits(k)


class Floats(random.Random):
    def random(self):
        called.append('random')
        return 0.5


print(Bits(1).randrange(42), called)
called.clear()
print(Floats(1).randrange(42), Floats(1).choice('abc'), called)
called.clear()
print(Floats().uniform(1, 3), Floats().expovariate(2.0), Floats().triangular(0, 10))

g = random.Random(3)
g.random = iter([0.25, 0.75, 0.1]).__next__
print(g.uniform(0, 4), g.uniform(0, 4), g.randrange(10))

original = random.Random.gammavariate
random.Random.gammavariate = lambda self, alpha, beta: 0.0
try:
    print(random.Random(1).betavariate(2.0, 3.0))
finally:
    random.Random.gammavariate = original
print(random.Random(1).betavariate(2.0, 3.0) > 0)

r = random.Random(7)
copy = pickle.loads(pickle.dumps(r))
print(type(copy).__name__, copy.random() == r.random())
try:
    pickle.dumps(random.SystemRandom())
except NotImplementedError as e:
    print('NotImplementedError:', e)
state = list(r.getstate()[1])
state[-1] = float('nan')
try:
    r.setstate((2, (int(x) for x in state), None))
except TypeError as e:
    print('TypeError', e.args, type(e.__cause__).__name__)
print(random._urandom(0), len(random._urandom(5)), random._e == random._exp(1))
