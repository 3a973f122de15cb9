# Strings that no argument takes: parse_args fails, parse_known_args returns them.
import argparse

parser = argparse.ArgumentParser(prog='unrec')
parser.add_argument('name')
parser.add_argument('--count', type=int, default=1)
print(parser.parse_known_args(['bob', '--color', 'red', 'extra', '--count', '2']))
print(parser.parse_known_args(['bob', '--', '--count', '3']))
for argv in (['bob', 'alice'], ['bob', '--color', 'red'], ['bob', '-x', '-y'],
             ['bob', '--count', '2', 'more', 'stuff']):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code)
parser.parse_args(['--verbose', 'bob'])
