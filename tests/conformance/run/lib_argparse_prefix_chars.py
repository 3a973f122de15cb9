# prefix_chars: options that start with + or /.
import argparse

parser = argparse.ArgumentParser(prog='pc', prefix_chars='-+')
parser.add_argument('+f', action='store_true')
parser.add_argument('++bar')
parser.add_argument('-x', '+x', dest='ex', type=int)
parser.add_argument('pos', nargs='?')
parser.print_help()
for argv in (['+f'], ['++bar', 'B', '+x', '3'], ['-x', '4', 'p'], ['++b', 'z'], ['+fz']):
    try:
        print(argv, parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)
slash = argparse.ArgumentParser(prog='win', prefix_chars='/')
slash.add_argument('/v', action='store_true')
slash.add_argument('//out')
slash.print_help()
print(slash.parse_args(['/v', '//out', 'o.txt']))
try:
    slash.add_argument('-z')
except ValueError as e:
    print('ValueError:', e)
