# set_defaults on subparsers: the dispatch idiom, and defaults overriding the parent's.
import argparse

def add(ns):
    return ns.x + ns.y

def neg(ns):
    return -ns.x

parser = argparse.ArgumentParser(prog='calc')
parser.add_argument('--scale', type=int, default=1)
parser.set_defaults(func=None, unit='m')
commands = parser.add_subparsers()
p_add = commands.add_parser('add')
p_add.add_argument('x', type=int)
p_add.add_argument('y', type=int)
p_add.set_defaults(func=add, unit='cm')
p_neg = commands.add_parser('neg')
p_neg.add_argument('x', type=int)
p_neg.set_defaults(func=neg)
for argv in (['add', '2', '3'], ['--scale', '10', 'neg', '4'], []):
    ns = parser.parse_args(argv)
    print(sorted(vars(ns)), ns.unit, ns.scale)
    print(ns.func(ns) * ns.scale if ns.func else 'no command')
print(p_add.get_default('func').__name__, parser.get_default('unit'))
print(p_add.prog, '|', p_neg.prog)
nested = argparse.ArgumentParser(prog='top')
top_cmds = nested.add_subparsers(dest='level1')
mid = top_cmds.add_parser('mid')
mid_cmds = mid.add_subparsers(dest='level2')
leaf = mid_cmds.add_parser('leaf')
leaf.add_argument('--deep', default='yes')
print(nested.parse_args(['mid', 'leaf']), leaf.prog)
