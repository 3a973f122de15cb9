# Subcommands: add_subparsers, per-command arguments, dest and required.
import argparse

parser = argparse.ArgumentParser(prog='vcs')
parser.add_argument('--verbose', action='store_true')
commands = parser.add_subparsers(dest='command')
init = commands.add_parser('init')
init.add_argument('path', nargs='?', default='.')
clone = commands.add_parser('clone')
clone.add_argument('url')
clone.add_argument('--depth', type=int)
for argv in ([], ['init'], ['--verbose', 'init', 'repo'], ['clone', 'u', '--depth', '1'],
             ['clone', '--depth', '2', 'u']):
    print(argv, parser.parse_args(argv))
for argv in (['clone'], ['fetch'], ['clone', 'u', '--depth', 'x'], ['init', 'a', 'b'],
             ['clone', 'u', '--verbose']):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print(argv, 'exit', e.code)
print(parser.format_usage(), end='')
print(clone.format_usage(), end='')
strict = argparse.ArgumentParser(prog='strict')
sub = strict.add_subparsers(dest='cmd', required=True)
sub.add_parser('go')
strict.parse_args([])
