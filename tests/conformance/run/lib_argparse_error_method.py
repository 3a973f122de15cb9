# error() and exit() called by the program; an error() override in a subclass.
import argparse
import sys

class Raising(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError('parse failed: ' + message)

raising = Raising(prog='raising')
raising.add_argument('n', type=int)
for argv in (['x'], [], ['1', '2']):
    try:
        raising.parse_args(argv)
    except ValueError as e:
        print(e)
parser = argparse.ArgumentParser(prog='errs', usage='%(prog)s [opts] N')
try:
    parser.exit()
except SystemExit as e:
    print('exit', e.code)
try:
    parser.exit(5, 'going away\n')
except SystemExit as e:
    print('exit', e.code)
sys.stderr.flush()
parser.print_usage(sys.stderr)
parser.print_help(sys.stdout)
parser.error('bad input %s' % 42)
