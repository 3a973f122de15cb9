# Custom Action classes: __call__ gets the parser, namespace, values and option.
import argparse

class KeyValue(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        pairs = dict(getattr(namespace, self.dest) or {})
        for item in values:
            key, sep, value = item.partition('=')
            if not sep:
                raise argparse.ArgumentError(self, 'expected KEY=VALUE, got %r' % item)
            pairs[key] = value
        setattr(namespace, self.dest, pairs)

class Record(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        print('called', self.dest, repr(values), option_string, parser.prog)
        setattr(namespace, self.dest, values)

parser = argparse.ArgumentParser(prog='custom')
parser.add_argument('--set', nargs='+', action=KeyValue, metavar='KEY=VALUE')
parser.add_argument('-r', '--record', action=Record)
parser.add_argument('pos', action=Record, nargs='?')
print(parser.parse_args(['--set', 'a=1', 'b=2', '--set', 'a=3', '-r', 'x', 'p']))
print(parser.parse_args(['--record=y']))
parser.print_help()
print(parser._actions[1])
try:
    parser.parse_args(['--set', 'novalue'])
except SystemExit as e:
    print('exit', e.code)
