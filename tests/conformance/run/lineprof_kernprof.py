# kernprof -l -v: a script whose @profile comes from the builtins, the
# statistics written to a file and shown (clock columns cut out).
import contextlib
import io
import os
import sys
import kernprof

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    kernprof.main(['-l', '-v', '-o', 'lineprof_kernprof.lprof', '_lineprof_target.py'])
for line in buf.getvalue().splitlines():
    if line.startswith('Total time:'):
        line = 'Total time: <clock> s'
    elif line[:6].strip().isdigit():
        line = line[:16] + line[48:]
    print(line)
print(os.path.exists('lineprof_kernprof.lprof'), 'profile' in dir(__builtins__))
os.remove('lineprof_kernprof.lprof')
print(sys.argv[0].rsplit('/', 1)[-1])
