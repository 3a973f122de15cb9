# Positional and optional arguments, default values and the Namespace.
import argparse

parser = argparse.ArgumentParser(prog='basic', description='Adds numbers.')
parser.add_argument('a', type=int, help='first number')
parser.add_argument('b', type=int, help='second number')
parser.add_argument('--scale', type=float, default=1.0, help='multiplier')
parser.add_argument('-l', '--label', default='sum')
parser.add_argument('--dry-run', action='store_true')

for argv in (['1', '2'], ['3', '4', '--scale', '2.5', '-l', 'total'],
             ['--dry-run', '10', '-20'], ['5', '6', '--label=x', '--dry']):
    ns = parser.parse_args(argv)
    print(ns)
    print(ns.label, (ns.a + ns.b) * ns.scale, ns.dry_run)
print(vars(parser.parse_args(['7', '8'])))
print(parser.get_default('scale'), parser.get_default('nothing'))
parser.set_defaults(scale=3.0, extra='yes')
print(parser.parse_args(['1', '1']))
