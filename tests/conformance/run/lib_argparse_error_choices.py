# Values outside choices: "invalid choice: ... (choose from ...)".
import argparse

parser = argparse.ArgumentParser(prog='choices')
parser.add_argument('move', choices=['rock', 'paper', 'scissors'])
parser.add_argument('--n', type=int, choices=range(1, 5), default=1)
parser.add_argument('--tags', nargs='*', choices='abc')
parser.print_help()
print(parser.parse_args(['rock', '--n', '4', '--tags', 'a', 'c']))
for argv in (['lizard'], ['rock', '--n', '9'], ['paper', '--tags', 'a', 'd'],
             ['Rock']):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code)
