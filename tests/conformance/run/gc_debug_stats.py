# DEBUG_STATS and DEBUG_COLLECTABLE write to sys.stderr; object sizes and addresses are masked here.
import gc
import io
import re
import sys


class Node:
    pass


gc.collect()
buf = io.StringIO()
old = sys.stderr
sys.stderr = buf
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)
a = Node()
b = Node()
a.b = b
b.a = a
del a, b
n = gc.collect()
gc.set_debug(0)
sys.stderr = old
print(n)
for line in buf.getvalue().splitlines():
    line = re.sub(r'0x[0-9a-f]+', 'ADDR', line)
    line = re.sub(r'generation: [\d ]+$', 'generation: N', line)
    line = re.sub(r'generation:( \d+)+$', 'generation: N', line)
    line = re.sub(r'[\d.]+s elapsed', 'Ts elapsed', line)
    print(line)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
