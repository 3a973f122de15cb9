# profile.main on a script (as `-m profile -s SORT script`), its report captured, and its
# usage errors: exit status 2 and optparse's messages; the sort key is checked by pstats.
import contextlib
import io
import os
import sys
import profile
from _profutil import masked

with open('_prof_profile_target.py', 'w') as f:
    f.write('def sq(x):\n    return x * x\n\nprint([sq(i) for i in range(3)])\n')
for argv in [['-s', 'stdname', '_prof_profile_target.py', 'arg1'],
             ['_prof_profile_target.py'],
             ['--sort=calls', '_prof_profile_target.py', '-s', 'x']]:
    sys.argv = ['profile.py'] + argv
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        profile.main()
    print(masked(out.getvalue()))
    print(sys.argv)

for argv in [[], ['-s', 'nosuch', '_prof_profile_target.py'], ['-o'], ['-q', 'x.py'],
             ['--sort'], ['-h'], ['--outf']]:
    sys.argv = ['profile.py'] + argv
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            profile.main()
        status = 'returned'
    except SystemExit as e:
        status = e.code
    except KeyError as e:
        status = 'KeyError %s' % e
    print(argv, status)
    print('  out:', masked(out.getvalue()).splitlines()[:3])
    print('  err:', err.getvalue().splitlines())
os.remove('_prof_profile_target.py')
