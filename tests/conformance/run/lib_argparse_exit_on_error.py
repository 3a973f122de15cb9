# exit_on_error=False: parse errors raise ArgumentError instead of exiting.
import argparse

parser = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
parser.add_argument('--n', type=int)
parser.add_argument('--c', choices=['a', 'b'])
parser.add_argument('pos', nargs='?')
group = parser.add_mutually_exclusive_group()
group.add_argument('-x', action='store_true')
group.add_argument('-y', action='store_true')
for argv in (['--n', 'x'], ['--c', 'z'], ['--n'], ['-x', '-y'], ['--c=a', '-x', 'p']):
    try:
        print(parser.parse_args(argv))
    except argparse.ArgumentError as e:
        print('ArgumentError:', e)
        print('  name:', e.argument_name, '| message:', e.message)
print(parser.parse_known_args(['p', 'q']))
try:
    parser.parse_args(['p', 'q'])
except SystemExit as e:
    print('exit', e.code)
err = argparse.ArgumentError(None, 'plain message')
print(str(err), err.argument_name)
print(issubclass(argparse.ArgumentError, Exception), issubclass(argparse.ArgumentTypeError, Exception))
