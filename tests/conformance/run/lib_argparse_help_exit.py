# -h prints the help to stdout and exits with status 0, even before other errors.
import argparse

parser = argparse.ArgumentParser(prog='helpme', description='Shows its help.')
parser.add_argument('required_pos')
parser.add_argument('--num', type=int)
try:
    parser.parse_args(['--num', 'x', '-h'])
except SystemExit as e:
    print('exit', e.code)
try:
    parser.parse_args(['--num', '1', '--he'])
except SystemExit as e:
    print('exit', e.code)
parser.print_usage()
print(repr(parser.format_usage()))
parser.parse_args(['-h', '--num', 'x'])
print('not reached')
