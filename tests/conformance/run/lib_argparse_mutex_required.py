# A required mutually exclusive group: exactly one of its options.
import argparse

parser = argparse.ArgumentParser(prog='one')
group = parser.add_mutually_exclusive_group(required=True)
group.add_argument('--start', action='store_true', help='start it')
group.add_argument('--stop', action='store_true', help='stop it')
group.add_argument('--secret', action='store_true', help=argparse.SUPPRESS)
group.add_argument('--restart', metavar='DELAY', type=int, help='restart it')
parser.add_argument('service')
parser.print_help()
for argv in (['web', '--start'], ['--restart', '5', 'db'], ['db'], ['db', '--start', '--stop'],
             ['--secret', 'x']):
    try:
        print(parser.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
single = argparse.ArgumentParser(prog='single')
only = single.add_mutually_exclusive_group(required=True)
only.add_argument('--only')
print(single.format_usage(), end='')
single.parse_args([])
