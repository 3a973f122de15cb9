# timeit.main's option errors and exit statuses.
import io
import sys
import timeit

def run(args):
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    try:
        status = timeit.main(args)
    finally:
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    print(args, '->', status)
    print('  out:', out.getvalue().splitlines())
    print('  err:', err.getvalue().splitlines())

run(['-x'])
run(['-n'])
run(['--bogus'])
run(['-u', 'min', 'pass'])
run(['--unit'])
run(['--numb'])
run(['--help=yes'])
run(['-s'])
