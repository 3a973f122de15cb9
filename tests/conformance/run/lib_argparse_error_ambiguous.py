# Abbreviated long options, the ambiguous ones, and allow_abbrev=False.
import argparse

parser = argparse.ArgumentParser(prog='abbrev')
parser.add_argument('--verbose', action='store_true')
parser.add_argument('--version-file')
parser.add_argument('--output')
for argv in (['--verb'], ['--out', 'x'], ['--o=y'], ['--version-f', 'v'],
             ['--ver'], ['--v'], ['--ver=3']):
    try:
        print(argv, parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)
strict = argparse.ArgumentParser(prog='strict', allow_abbrev=False)
strict.add_argument('--output')
strict.add_argument('-x', action='store_true')
strict.add_argument('-y', action='store_true')
print(strict.parse_args(['--output', 'o', '-xy']))
for argv in (['--out', 'o'], ['--output=z', '--outp']):
    try:
        strict.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code)
