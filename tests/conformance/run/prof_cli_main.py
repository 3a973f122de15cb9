# cProfile.main on a script (as `-m cProfile -s stdname script`), its report captured.
import contextlib
import cProfile
import io
import sys
from _profutil import masked

with open('_prof_cli_target.py', 'w') as f:
    f.write('def sq(x):\n    return x * x\n\nprint([sq(i) for i in range(3)])\n')
out = io.StringIO()
sys.argv = ['cProfile.py', '-s', 'stdname', '_prof_cli_target.py', 'arg1']
with contextlib.redirect_stdout(out):
    cProfile.main()
print(masked(out.getvalue()))
print(sys.argv)
sys.argv = ['cProfile.py', '-s', 'calls', '_prof_cli_target.py']
out = io.StringIO()
with contextlib.redirect_stdout(out):
    cProfile.main()
print(masked(out.getvalue()).splitlines()[:3])
import os
os.remove('_prof_cli_target.py')
