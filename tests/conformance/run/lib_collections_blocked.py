# collections loads without its native part _collections (blocked the way
# test.support's import_fresh_module does): deque and defaultdict are absent,
# namedtuple, Counter and OrderedDict work on their own.
import sys

for name in ("collections", "_collections"):
    sys.modules.pop(name, None)
sys.modules['_collections'] = None
import collections

print(hasattr(collections, 'deque'), hasattr(collections, 'defaultdict'))
P = collections.namedtuple('P', 'x y')
p = P(1, 2)
print(p, p.x, p.y, P.x.__doc__, type(P.x).__name__)
print(collections.Counter('abracadabra').most_common(3))
print(collections.OrderedDict(a=1, b=2))
try:
    from collections import deque
except ImportError as e:
    print('ImportError:', e.args[0].split(' (')[0])
