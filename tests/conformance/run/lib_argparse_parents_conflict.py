# parents= shares arguments and defaults; conflict_handler='resolve' replaces options.
import argparse

base = argparse.ArgumentParser(add_help=False)
base.add_argument('--config', default='app.cfg', help='config file')
base.set_defaults(verbose=False)
logging = argparse.ArgumentParser(add_help=False)
group = logging.add_argument_group('logging')
group.add_argument('--log-level', default='info')
ex = logging.add_mutually_exclusive_group()
ex.add_argument('--json', action='store_true')
ex.add_argument('--text', action='store_true')
child = argparse.ArgumentParser(prog='child', parents=[base, logging])
child.add_argument('target')
child.print_help()
print(child.parse_args(['t', '--json']))
try:
    child.parse_args(['t', '--json', '--text'])
except SystemExit as e:
    print('exit', e.code)
resolving = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
resolving.add_argument('-o', '--output', help='old')
resolving.add_argument('-o', '--out', help='new -o')
resolving.add_argument('--output', help='newest')
resolving.print_help()
try:
    argparse.ArgumentParser(prog='err').add_argument('-h')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
try:
    argparse.ArgumentParser(conflict_handler='bogus')
except ValueError as e:
    print('ValueError:', e)
