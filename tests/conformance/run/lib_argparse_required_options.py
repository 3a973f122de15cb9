# required=True options and the list of missing arguments in definition order.
import argparse

parser = argparse.ArgumentParser(prog='reqopt')
parser.add_argument('--user', required=True, help='who')
parser.add_argument('-p', '--password', required=True)
parser.add_argument('host')
parser.add_argument('port', nargs='?', type=int, default=22)
parser.add_argument('cmds', nargs='*')
parser.add_argument('--names', nargs='+', required=True, metavar='NAME')
parser.print_help()
for argv in ([], ['h'], ['--user', 'u', 'h'], ['--user', 'u', '-p', 'x', '--names', 'a', 'h', '2'],
             ['--user', 'u', '-p', 'x', '--names', 'a', 'h', 'two']):
    try:
        print(parser.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
