# help=SUPPRESS hides an argument; %(...)s in help expands action fields.
import argparse

parser = argparse.ArgumentParser(prog='supp', add_help=False, argument_default=argparse.SUPPRESS)
parser.add_argument('--visible', type=int, default=7,
                    help='%(prog)s takes %(dest)s=%(default)s of %(type)s, metavar %(metavar)s')
parser.add_argument('--hidden', help=argparse.SUPPRESS)
parser.add_argument('--choice', choices=['a', 'b'], help='one of %(choices)s, percent %%')
parser.add_argument('--nohelp')
parser.add_argument('--empty', help='')
parser.add_argument('--blank', help='   ')
parser.add_argument('pos', help=argparse.SUPPRESS, nargs='?')
parser.add_argument('-h', '--help', action='help', help='print this text')
parser.print_help()
print(parser.parse_args([]))
print(parser.parse_args(['--hidden', 'h', 'p']))
quiet = argparse.ArgumentParser(prog='quiet', add_help=False)
quiet.add_argument('--secret', help=argparse.SUPPRESS)
print(repr(quiet.format_help()))
print(repr(argparse.ArgumentParser(prog='bare', add_help=False).format_help()))
titled = argparse.ArgumentParser(prog='t', description=argparse.SUPPRESS, epilog=None)
titled._optionals.title = 'Options'
titled.print_help()
