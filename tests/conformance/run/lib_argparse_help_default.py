# The help at the default width: 80 columns less 2 when stdout is not a terminal.
import argparse
import os

os.environ.pop('COLUMNS', None)
parser = argparse.ArgumentParser(
    prog='report',
    description='Summarise the log files of a server and print a report of '
                'the errors, the warnings and the slowest requests found.',
    epilog='Report bugs to the issue tracker.')
parser.add_argument('logs', nargs='+', metavar='LOG', help='log files to read')
parser.add_argument('-o', '--output', metavar='FILE',
                    help='write the report to FILE instead of the standard output')
parser.add_argument('-n', '--top', type=int, default=10,
                    help='show the %(default)s slowest requests (type %(type)s)')
parser.add_argument('--level', choices=['error', 'warning', 'info'],
                    default='warning', help='lowest level shown; one of %(choices)s')
parser.add_argument('--since', help='only entries after this date')
parser.add_argument('-q', '--quiet', action='store_true', help='no progress')
parser.add_argument('--a-very-long-option-name', dest='long',
                    help='an option whose name is longer than the help column')
parser.print_help()
print('---')
print(parser.format_usage(), end='')
