# Subcommand help: title, description, help per command, aliases, metavar.
import argparse

parser = argparse.ArgumentParser(prog='pm', description='A package manager.')
parser.add_argument('-q', action='store_true')
commands = parser.add_subparsers(title='commands', description='Valid commands.',
                                 help='what to do', dest='cmd')
inst = commands.add_parser('install', aliases=['i', 'add'], help='install packages',
                           description='Install the given packages.')
inst.add_argument('packages', nargs='+', help='package names')
inst.add_argument('--upgrade', '-U', action='store_true', help='upgrade them')
commands.add_parser('remove', aliases=['rm'], help='remove packages')
commands.add_parser('list', help='list installed packages with a very long help text that wraps')
commands.add_parser('secret')
parser.print_help()
print('---')
inst.print_help()
print(parser.parse_args(['i', 'numpy', '-U']))
print(parser.parse_args(['add', 'x']))
other = argparse.ArgumentParser(prog='other')
cmds = other.add_subparsers(metavar='COMMAND', help='the command')
cmds.add_parser('a', help='first')
cmds.add_parser('b', help='second')
other.print_help()
other.parse_args(['c'])
