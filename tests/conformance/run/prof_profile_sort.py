# profile: reports sorted by the various keys, restrictions and reverse order.
import profile
import pstats
from _profutil import report, Ticks

def a():
    return sum(b(i) for i in range(4))

def b(i):
    return c(i) + c(i + 1)

def c(i):
    return len(str(i))

p = profile.Profile(Ticks(0.002))
print(p.runcall(a))
report(p, 'tottime', 'name')
report(p, 'cumulative', 'name')
report(p, pstats.SortKey.PCALLS, pstats.SortKey.NAME)
report(p, 'line', 'name', amount=(3,))
report(p, 'file', 'name', amount=('b|c',))
st = report(p, 'calls', 'name')
st.reverse_order()
print(len(st.fcn_list), st.total_calls, st.prim_calls)
