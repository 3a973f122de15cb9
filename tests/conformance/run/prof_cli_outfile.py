# cProfile.main -o: the stats go to a file that pstats reads.
import contextlib
import cProfile
import io
import os
import pstats
import sys

with open('_prof_cli_out_target.py', 'w') as f:
    f.write('def f():\n    return sorted([3, 1, 2])\n\nf()\nf()\n')
sys.argv = ['cProfile.py', '-o', '_prof_cli.out', '_prof_cli_out_target.py']
out = io.StringIO()
with contextlib.redirect_stdout(out):
    cProfile.main()
print(repr(out.getvalue()))
st = pstats.Stats('_prof_cli.out')
for func in sorted(st.stats):
    print(func[0].rsplit('/', 1)[-1], func[1], func[2], st.stats[func][:2])
os.remove('_prof_cli.out')
os.remove('_prof_cli_out_target.py')
