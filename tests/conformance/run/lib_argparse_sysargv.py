# Without arguments, parse_args reads sys.argv[1:] and prog is sys.argv[0]'s base name.
import argparse
import sys

print(argparse.ArgumentParser().prog)
sys.argv = ['/usr/local/bin/mytool', '--level', '3', 'file.txt']
parser = argparse.ArgumentParser(description='Uses sys.argv.')
parser.add_argument('--level', type=int)
parser.add_argument('path')
print(parser.prog)
print(parser.parse_args())
print(parser.parse_known_args())
print(parser.format_usage(), end='')
sub = parser.add_subparsers(title='cmds')
print(sub.add_parser('go').prog)
sys.argv = ['mytool', 'only', 'go', '--bad']
try:
    parser.parse_args()
except SystemExit as e:
    print('exit', e.code)
