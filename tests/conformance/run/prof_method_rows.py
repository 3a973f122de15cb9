# How methods of built-in types are named: {method 'x' of 'type' objects}.
import cProfile
import pstats
from _profutil import report, masked, Ticks

def work():
    lst = []
    lst.append(1); lst.extend([2, 3]); lst.pop(); lst.insert(0, 5); lst.index(5); lst.sort()
    d = {'a': 1}
    d.get('a'); d.setdefault('b', 2); list(d.items()); d.pop('a'); d.update(c=3)
    s = 'a,b'
    s.split(','); s.upper(); ','.join(['x', 'y']); s.startswith('a'); s.replace('a', 'b')
    st = set(); st.add(1); st.discard(1)
    b = b'xy'; b.decode()
    return (1, 2).count(1)

pr = cProfile.Profile()
pr.enable()
work()
pr.disable()
report(pr, 'stdname')
