# The version action prints to stdout and exits 0; %(prog)s is expanded.
import argparse
import os

os.environ['COLUMNS'] = '50'
parser = argparse.ArgumentParser(prog='tool')
parser.add_argument('-V', '--version', action='version', version='%(prog)s 3.1.4')
parser.print_help()
try:
    parser.parse_args(['-V'])
except SystemExit as e:
    print('exit', e.code)
long = argparse.ArgumentParser(prog='long')
long.add_argument('--version', action='version', help='show it',
                  version='long version text that is wrapped like any other help text at the width')
try:
    long.parse_args(['--vers'])
except SystemExit as e:
    print('exit', e.code)
parser.version = 'attribute version'
bare = argparse.ArgumentParser(prog='bare')
bare.version = 'from the parser'
bare.add_argument('--v', action='version')
bare.parse_args(['--v'])
