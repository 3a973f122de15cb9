# How many values an option takes: the "expected ... argument(s)" errors.
import argparse

parser = argparse.ArgumentParser(prog='nargs')
parser.add_argument('-a')
parser.add_argument('-b', nargs='?')
parser.add_argument('-c', nargs='+')
parser.add_argument('-d', nargs=1)
parser.add_argument('-e', nargs=3)
parser.add_argument('-f', action='store_true')
for argv in (['-a'], ['-a', '-f'], ['-c'], ['-c', '-f'], ['-d'], ['-e', '1', '2'],
             ['-e', '1', '-f'], ['-f=yes'], ['-fa1'], ['-b', '1', '2'],
             ['-b', '-a', 'x'], ['-c', '1', '2', '-d', '3', '-e', '4', '5', '6']):
    try:
        print(argv, parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)
