# Mutually exclusive options: "argument X: not allowed with argument Y".
import argparse

parser = argparse.ArgumentParser(prog='mutex')
group = parser.add_mutually_exclusive_group()
group.add_argument('-a', '--all', action='store_true')
group.add_argument('-n', '--name')
group.add_argument('--level', type=int, default=3)
parser.add_argument('-v', action='store_true')
print(parser.format_usage(), end='')
for argv in ([], ['-a'], ['-n', 'x', '-v'], ['-a', '-n', 'x'], ['-n', 'x', '--all'],
             ['--level', '3', '-a'], ['--level', '4', '-a'], ['-an', 'q']):
    try:
        print(argv, parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)
