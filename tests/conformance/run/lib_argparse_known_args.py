# parse_known_args returns the namespace and the strings it did not use.
import argparse

parser = argparse.ArgumentParser(prog='known')
parser.add_argument('--mode', default='a')
parser.add_argument('-n', type=int, default=0)
parser.add_argument('first')
for argv in (['x'], ['x', 'y', 'z'], ['--other', 'x', '--mode', 'b', '-k'],
             ['-n', '3', 'x', '--', '--mode', 'c'], ['x', '-nz'], ['--mode=q', 'x', '-m', 'r']):
    try:
        ns, rest = parser.parse_known_args(argv)
        print(argv, ns, rest)
    except SystemExit as e:
        print(argv, 'exit', e.code)
ns = argparse.Namespace(mode='preset', extra=1)
print(parser.parse_known_args(['x'], namespace=ns))
print(ns)
sub_parent = argparse.ArgumentParser(prog='sp')
cmds = sub_parent.add_subparsers(dest='c')
cmds.add_parser('go').add_argument('--speed')
print(sub_parent.parse_known_args(['go', '--speed', '3', '--unknown', 'u']))
