# Short options: clusters (-abc), glued values (-n5) and -n=5.
import argparse

parser = argparse.ArgumentParser(prog='short')
parser.add_argument('-a', action='store_true')
parser.add_argument('-b', action='store_true')
parser.add_argument('-c', action='count', default=0)
parser.add_argument('-n', type=int)
parser.add_argument('-o')
parser.add_argument('-ab', dest='both', action='store_true')
for argv in (['-a', '-b'], ['-abc'], ['-ccc', '-n5'], ['-n=6'], ['-ban7'], ['-oout'],
             ['-o=x=y'], ['-ab'], ['-ca'], ['-bcn', '8'], ['-o', '-a']):
    try:
        print(argv, parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)
for argv in (['-az'], ['-bn'], ['-a=1']):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print(argv, 'exit', e.code)
