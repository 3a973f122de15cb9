# profile.run and profile.runctx: print the report with a sort, or save it to a file.
import os
import io
import sys
import profile
import pstats
import tempfile
from _profutil import masked

def f(n):
    return [i * i for i in range(n)]

def capture(fn, *args, **kw):
    old = sys.stdout
    sys.stdout = out = io.StringIO()
    try:
        result = fn(*args, **kw)
    finally:
        sys.stdout = old
    text = masked(out.getvalue())
    print(result)
    print(text.rstrip('\n'))

capture(profile.run, 'f(5)', sort='name')
g = {'f': f}
capture(profile.runctx, 'x = f(3)', g, None, sort=('calls'))
print(g['x'])
capture(profile.runctx, 'raise SystemExit(3)', {}, {}, None, 'stdname')
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'out.prof')
    print(profile.runctx('f(4)', {'f': f}, {}, path))
    st = pstats.Stats(path)
    print(st.total_calls, st.prim_calls, sorted(k[2] for k in st.stats))
