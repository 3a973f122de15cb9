# BooleanOptionalAction: --x and --no-x.
import argparse

parser = argparse.ArgumentParser(prog='bool')
parser.add_argument('--color', action=argparse.BooleanOptionalAction, default=True,
                    help='colour the output')
parser.add_argument('--cache', action=argparse.BooleanOptionalAction)
parser.add_argument('-s', '--sync', action=argparse.BooleanOptionalAction, default=False)
parser.print_help()
for argv in ([], ['--no-color'], ['--color', '--cache'], ['--no-cache', '-s'],
             ['--no-sync', '--sync'], ['--no-col']):
    print(argv, parser.parse_args(argv))
print(parser._actions[1].option_strings, parser._actions[3].option_strings)
try:
    parser.parse_args(['--color=yes'])
except SystemExit as e:
    print('exit', e.code)
