# ArgumentDefaultsHelpFormatter adds "(default: ...)"; MetavarTypeHelpFormatter names values by type.
import argparse

class Both(argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter):
    pass

for cls in (argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter, Both):
    parser = argparse.ArgumentParser(prog='defs', formatter_class=cls)
    parser.add_argument('--count', type=int, default=3, help='how many')
    parser.add_argument('--ratio', type=float, default=0.5)
    parser.add_argument('--name', type=str, help='already shown: %(default)s')
    parser.add_argument('--hidden', type=int, default=argparse.SUPPRESS, help='no default')
    parser.add_argument('--flag', action='store_true', help='a flag')
    parser.add_argument('src', type=str, help='the source')
    parser.add_argument('opt', type=str, nargs='?', default='x', help='optional positional')
    parser.add_argument('many', type=int, nargs='*', default=[1, 2])
    print('=====', cls.__name__)
    parser.print_help()
