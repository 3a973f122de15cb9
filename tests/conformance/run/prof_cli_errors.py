# cProfile.main's usage errors: exit status 2 and optparse's messages.
import contextlib
import cProfile
import io
import sys

for argv in [[], ['-s', 'nosuch', 'x.py'], ['-o'], ['-q', 'x.py'], ['--sort'], ['-h'], ['--outf']]:
    sys.argv = ['cProfile.py'] + argv
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            cProfile.main()
        status = 'returned'
    except SystemExit as e:
        status = e.code
    print(argv, status)
    print('  out:', out.getvalue().splitlines())
    print('  err:', err.getvalue().splitlines())
