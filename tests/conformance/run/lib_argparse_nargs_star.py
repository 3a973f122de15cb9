# nargs='*' for positionals and options.
import argparse

parser = argparse.ArgumentParser(prog='star')
parser.add_argument('--tags', nargs='*', default=['none'])
parser.add_argument('--ids', nargs='*', type=int)
parser.add_argument('cmd')
parser.add_argument('files', nargs='*', default=['-'])
for argv in (['run'], ['run', 'a', 'b'], ['--tags', 'run'], ['--tags', '--', 'run'],
             ['run', '--tags'], ['--ids', '1', '2', '--tags', 'x', 'y', '--', 'c', 'f'],
             ['run', 'a', '--ids', '3', 'b']):
    try:
        print(argv, parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)
print(parser.format_usage(), end='')
two = argparse.ArgumentParser(prog='two')
two.add_argument('--xy', nargs='*', metavar=('X', 'Y'))
two.add_argument('rest', nargs='*')
print(two.format_usage(), end='')
print(two.parse_args([]))
