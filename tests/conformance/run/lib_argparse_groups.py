# Argument groups: titled sections of the help, with descriptions.
import argparse

parser = argparse.ArgumentParser(prog='groups', description='Group demo.')
parser.add_argument('target')
net = parser.add_argument_group('network', 'How to reach the server.')
net.add_argument('--host', default='localhost', help='server name')
net.add_argument('--port', type=int, default=80, help='server port')
auth = parser.add_argument_group('authentication')
auth.add_argument('--user')
auth.add_argument('--password', help=argparse.SUPPRESS)
empty = parser.add_argument_group('empty group', 'Never shown: no arguments.')
pos = parser.add_argument_group(description='A group without a title.')
pos.add_argument('--untitled', action='store_true')
parser.print_help()
print(parser.parse_args(['t', '--host', 'h', '--user', 'u', '--password', 'p']))
print([g.title for g in parser._action_groups])
print([a.dest for a in net._group_actions])
