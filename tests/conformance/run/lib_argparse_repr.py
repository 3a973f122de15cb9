# The reprs of parsers, actions and FileType.
import argparse

parser = argparse.ArgumentParser(prog='r', description='d', usage='u')
print(parser)
print(repr(parser) == repr(parser))
for action in (
        parser.add_argument('--x', type=int, default=1, help='h'),
        parser.add_argument('pos', nargs='+', metavar='P'),
        parser.add_argument('-v', action='count'),
        parser.add_argument('--t', action='store_true'),
        parser.add_argument('--ac', action='append_const', const=5),
        parser.add_argument('--ver', action='version', version='1'),
        parser.add_argument('--b', action=argparse.BooleanOptionalAction),
        parser.add_argument('--c', choices=('a', 'b'), required=True)):
    print(action)
print(parser._actions[0])
print(parser.add_subparsers(dest='sub'))
group = parser.add_argument_group('G')
print(type(group).__name__, group.title, group.description)
print(argparse.FileType('w'), argparse.FileType('r', -1, None, 'ignore'))
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE,
      argparse.PARSER, argparse.REMAINDER)
print(sorted(argparse.__all__))
