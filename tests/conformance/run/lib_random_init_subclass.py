# Random.__init_subclass__ picks a subclass's _randbelow once, when the class
# is made; later patches of random() or getrandbits() do not change it.
import random

print(random.Random._randbelow is random.Random._randbelow_with_getrandbits)
print('_randbelow' in random.SystemRandom.__dict__, '__init_subclass__' in random.Random.__dict__)


class Plain(random.Random):
    pass


class OwnRandom(random.Random):
    def random(self):
        return 0.25


class OwnBits(OwnRandom, keyword='ignored'):
    def getrandbits(self, k):
        return super().getrandbits(k)


for cls in (Plain, OwnRandom, OwnBits):
    print(cls.__name__, '_randbelow' in cls.__dict__, cls._randbelow.__name__)

p = Plain(3)
print(p.choice(range(100)), p.randint(1, 10))
Plain.random = lambda self: 0.5
print(p.choice(range(100)), p.randint(1, 10), p.random(), '_randbelow' in Plain.__dict__)

s = OwnRandom(3)
print(s.choice(range(100)), s.randint(1, 10), s.random())
del OwnRandom.random
print(s.choice(range(100)), s.randint(1, 10), s.shuffle.__name__)

b = OwnBits(7)
print(b.choice('abcdef'), b.randrange(1000), b.sample(range(50), 3))
b._randbelow = lambda n: 0
print(b.choice('abcdef'), b.randrange(1000))
