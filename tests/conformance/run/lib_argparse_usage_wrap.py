# A usage line too long for one line wraps after the program name; groups stay whole.
import argparse
import os

for columns in ('80', '50', '30'):
    os.environ['COLUMNS'] = columns
    parser = argparse.ArgumentParser(prog='pack')
    parser.add_argument('--compress', choices=['none', 'gzip', 'bzip2', 'xz'])
    parser.add_argument('--level', type=int)
    group = parser.add_mutually_exclusive_group()
    group.add_argument('--verbose', action='store_true')
    group.add_argument('--quiet', action='store_true')
    parser.add_argument('--exclude', action='append', metavar='PATTERN')
    parser.add_argument('-C', '--directory')
    parser.add_argument('archive')
    parser.add_argument('files', nargs='*')
    parser.add_argument('extra', nargs='+')
    print(parser.format_usage())
    only_pos = argparse.ArgumentParser(prog='pos', add_help=False)
    for name in ('first', 'second', 'third', 'fourth', 'fifth', 'sixth'):
        only_pos.add_argument(name + '_argument')
    print(only_pos.format_usage())
