# nargs='?': the const when the option has no value, the default when absent.
import argparse

parser = argparse.ArgumentParser(prog='opt')
parser.add_argument('--level', nargs='?', const='medium', default='low')
parser.add_argument('--num', nargs='?', type=int, const='5', default='1')
parser.add_argument('--out', nargs='?', const='-')
parser.add_argument('src', nargs='?', default='in.txt')
parser.add_argument('dst', nargs='?')
for argv in ([], ['--level'], ['--level', 'high', 'a'], ['a', 'b', '--num'],
             ['--num', '7', '--out'], ['--out', 'o', 'x'], ['--level', '--num']):
    print(argv, parser.parse_args(argv))
print(parser.format_usage(), end='')
try:
    parser.parse_args(['a', 'b', 'c'])
except SystemExit as e:
    print('exit', e.code)
