# Timer.timeit and repeat with a timer that advances one unit per read: exact results.
import timeit

class Clock:
    def __init__(self):
        self.t = 0
    def __call__(self):
        self.t += 1
        return self.t

clock = Clock()
t = timeit.Timer('x = 1', timer=clock)
print(t.timeit(10), clock.t)
print(t.repeat(3, 5), clock.t)
print(timeit.timeit('pass', timer=clock, number=0))
print(timeit.repeat('pass', timer=clock, repeat=2, number=1))
print(timeit.repeat('pass', timer=clock, repeat=0, number=1))
