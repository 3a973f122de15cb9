# count: -v, -vv, --verbose --verbose, with and without a default.
import argparse

parser = argparse.ArgumentParser(prog='count')
parser.add_argument('-v', '--verbose', action='count')
parser.add_argument('-q', action='count', default=0)
parser.add_argument('-d', action='count', default=10)
for argv in ([], ['-v'], ['-vvv'], ['-v', '--verbose', '-vq'], ['-qqqq', '-dd'],
             ['--verbose', '--verb']):
    print(argv, parser.parse_args(argv))
parser.print_help()
try:
    parser.parse_args(['-v3'])
except SystemExit as e:
    print('exit', e.code)
