# cProfile.runctx: explicit namespaces; a SystemExit inside ends the run quietly.
import contextlib
import cProfile
import io
from _profutil import masked

def inc(v):
    return v + 1

out = io.StringIO()
with contextlib.redirect_stdout(out):
    cProfile.runctx('x = inc(y)', {'inc': inc}, {'y': 1}, sort='stdname')
print(masked(out.getvalue()))
out = io.StringIO()
with contextlib.redirect_stdout(out):
    cProfile.runctx('import sys; inc(1); sys.exit(3)', {'inc': inc}, None, sort='stdname')
print(masked(out.getvalue()))
print('still running')
