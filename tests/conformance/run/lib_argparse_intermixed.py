# parse_intermixed_args: positionals and options in any order.
import argparse

parser = argparse.ArgumentParser(prog='mix')
parser.add_argument('--foo')
parser.add_argument('-v', action='store_true')
parser.add_argument('cmd')
parser.add_argument('rest', nargs='*', type=int)
argv = ['doit', '1', '--foo', 'bar', '2', '-v', '3']
print(parser.parse_intermixed_args(argv))
print(parser.parse_known_args(argv))
print(parser.parse_known_intermixed_args(['x', '--zzz', '4', '--foo', 'f', '5']))
print(parser.parse_intermixed_args(['--foo', 'x', 'only']))
for bad in (['--foo', 'x'], ['a', 'b', '--foo']):
    try:
        parser.parse_intermixed_args(bad)
    except SystemExit as e:
        print('exit', e.code)
print(parser.usage)
rem = argparse.ArgumentParser(prog='rem')
rem.add_argument('r', nargs=argparse.REMAINDER)
try:
    rem.parse_intermixed_args([])
except TypeError as e:
    print('TypeError:', e)
