# profile: recursion counts (total/primitive) and mutual recursion, callers counts.
import profile
from _profutil import report, Ticks

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def even(n):
    return True if n == 0 else odd(n - 1)

def odd(n):
    return False if n == 0 else even(n - 1)

def work():
    return fact(15), even(6), odd(7), fact(3)

p = profile.Profile(Ticks())
print(p.runcall(work))
report(p, 'ncalls', 'name')
report(p, 'name', what='callers')
