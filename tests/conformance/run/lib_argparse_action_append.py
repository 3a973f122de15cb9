# append, append_const and extend collect values across occurrences.
import argparse

parser = argparse.ArgumentParser(prog='append')
parser.add_argument('-I', action='append', dest='include', metavar='DIR')
parser.add_argument('--pair', action='append', nargs=2)
parser.add_argument('--str', action='append_const', const=str, dest='types')
parser.add_argument('--int', action='append_const', const=int, dest='types')
parser.add_argument('--ext', action='extend', nargs='+', type=int)
parser.add_argument('--keep', action='append', default=['base'])
print(parser.parse_args([]))
print(parser.parse_args(['-I', 'a', '-Ib', '--pair', '1', '2', '--pair', 'x', 'y']))
print(parser.parse_args(['--str', '--int', '--str']))
print(parser.parse_args(['--ext', '1', '2', '--ext', '3']))
defaults = ['base']
ns = parser.parse_args(['--keep', 'one', '--keep', 'two'])
print(ns.keep, parser.get_default('keep'))
parser.print_help()
