# nargs=N takes exactly N values and always gives a list.
import argparse

parser = argparse.ArgumentParser(prog='fixed')
parser.add_argument('--one', nargs=1)
parser.add_argument('--point', nargs=3, type=float, metavar=('X', 'Y', 'Z'))
parser.add_argument('--two', nargs=2)
parser.add_argument('corners', nargs=2, type=int)
parser.add_argument('name')
print(parser.parse_args(['1', '2', 'n', '--one', 'a']))
print(parser.parse_args(['--point', '1', '2', '3.5', '10', '20', 'box', '--two', 'p', 'q']))
parser.print_help()
for argv in (['1', 'n'], ['1', '2', 'n', '--point', '1', '2'], ['1', '2', 'n', '--two', 'x'],
             ['1', 'x', 'n']):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code)
try:
    parser.add_argument('--bad', nargs=2, metavar=('A', 'B', 'C'))
except ValueError as e:
    print('ValueError:', e)
