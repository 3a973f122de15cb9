# Missing required arguments: usage and the error on stderr, exit status 2.
import argparse
import sys

parser = argparse.ArgumentParser(prog='req')
parser.add_argument('src')
parser.add_argument('dst')
parser.add_argument('--mode', required=True)
parser.add_argument('--opt', nargs='*')
for argv in (['a', 'b'], ['--mode', 'm'], []):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print('exit status', e.code)
        sys.stderr.flush()
print(parser.parse_args(['x', 'y', '--mode', 'fast']))
print('now uncaught')
sys.stdout.flush()
parser.parse_args(['only-src'])
print('not reached')
