# Negative numbers are positionals unless the parser has options that look like them.
import argparse

parser = argparse.ArgumentParser(prog='neg')
parser.add_argument('-x', type=float)
parser.add_argument('nums', nargs='*', type=float)
for argv in (['-1', '-2.5', '-.5'], ['-x', '-3', '4'], ['-x-3'], ['-x', '-1e3'], ['-1e3']):
    try:
        print(argv, parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)
odd = argparse.ArgumentParser(prog='odd')
odd.add_argument('-1', dest='one', action='store_true')
odd.add_argument('-f', type=int)
odd.add_argument('val', nargs='?')
for argv in (['-1'], ['-2'], ['-f', '-1'], ['--', '-5'], ['-f', '-2']):
    try:
        print(argv, odd.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)
