# dest and metavar: names inferred from options, explicit ones, and tuple metavars.
import argparse

parser = argparse.ArgumentParser(prog='names')
parser.add_argument('-f', '--file-name')
parser.add_argument('-x')
parser.add_argument('--Mixed-Case')
parser.add_argument('-s', '--long', '--longer', dest='chosen')
parser.add_argument('--in', metavar='IN_FILE', dest='infile')
parser.add_argument('values', metavar='V', nargs=2)
parser.add_argument('--size', nargs=2, metavar=('W', 'H'))
parser.add_argument('--pick', choices=[1, 2, 3], type=int)
parser.print_help()
print(parser.parse_args(['a', 'b', '-f', 'n', '--Mixed', 'm', '--longer', 'c', '--in', 'i']))
try:
    parser.parse_args(['a'])
except SystemExit as e:
    print('exit', e.code)
try:
    parser.add_argument('--')
except ValueError as e:
    print('ValueError:', e)
try:
    parser.add_argument('pos', dest='other')
except ValueError as e:
    print('ValueError:', e)
