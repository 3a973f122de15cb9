# profile: built-in functions and methods appear as ':0(name)', with setprofile and exec.
import profile
from _profutil import report, Ticks

def work():
    data = [5, 3, 1]
    data.append(len(data))
    out = sorted(data)
    text = ','.join(str(x) for x in out)
    return max(out), min(out), text.split(','), isinstance(text, str)

p = profile.Profile(Ticks())
g = {'work': work}
p.runctx('r = work()', g, g)
print(g['r'])
report(p, 'name', 'calls')
report(p, 'name', what='callers')
