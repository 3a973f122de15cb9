# nargs='+': at least one value.
import argparse

parser = argparse.ArgumentParser(prog='plus')
parser.add_argument('--nums', nargs='+', type=int)
parser.add_argument('head')
parser.add_argument('tail', nargs='+')
for argv in (['a', 'b'], ['a', 'b', 'c', '--nums', '1', '2'],
             ['--nums', '3', 'a', 'b'], ['a', '--', '-b', '-c']):
    try:
        print(argv, parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)
print(parser.format_usage(), end='')
for argv in (['a'], ['a', 'b', '--nums'], ['--nums', 'x', 'a', 'b']):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code)
pair = argparse.ArgumentParser(prog='pair')
pair.add_argument('pos', nargs='+', metavar=('FIRST', 'MORE'))
print(pair.format_usage(), end="")
print(pair.parse_args(["1", "2", "3"]))
