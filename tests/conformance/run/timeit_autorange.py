# autorange: 1, 2, 5, 10, 20, ... loops until a run takes 0.2 s (by a fake clock).
import timeit

class Clock:
    """Each read advances 0.01 s: a run of n loops takes 0.01 s whatever n is, unless scaled."""
    def __init__(self):
        self.t = 0.0
        self.loops = 0
    def __call__(self):
        self.t += 0.001 * self.loops
        return self.t

clock = Clock()

def body():
    clock.loops += 1

t = timeit.Timer(body, timer=clock)
seen = []
number, taken = t.autorange(lambda n, s: seen.append(n))
print(number, round(taken, 6))
print(seen)
print(t.autorange()[0])
