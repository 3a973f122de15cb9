# store, store_const, store_true and store_false, with their defaults.
import argparse

parser = argparse.ArgumentParser(prog='store')
parser.add_argument('--value')
parser.add_argument('--const', action='store_const', const=[1, 2])
parser.add_argument('--yes', action='store_true')
parser.add_argument('--no', action='store_false')
parser.add_argument('--off', action='store_false', dest='enabled')
parser.add_argument('--mode', action='store_const', const='fast', default='slow')
parser.add_argument('--other-dest', dest='renamed', action='store', default=0, type=int)
print(parser.parse_args([]))
print(parser.parse_args(['--value', 'v1', '--value', 'v2', '--const', '--yes']))
print(parser.parse_args(['--no', '--off', '--mode', '--other-dest', '7']))
parser.print_help()
for action in parser._actions[1:]:
    print(type(action).__name__, action.dest, action.nargs, action.const, action.default)
