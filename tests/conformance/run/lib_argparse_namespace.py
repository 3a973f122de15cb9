# Namespace: repr, equality, containment, and parsing into an existing object.
import argparse

ns = argparse.Namespace(b=2, a=1)
print(ns, repr(ns), vars(ns))
print(ns == argparse.Namespace(a=1, b=2), ns == argparse.Namespace(a=1), ns != argparse.Namespace(a=1))
print('a' in ns, 'c' in ns, ns == {'a': 1, 'b': 2})
odd = argparse.Namespace(**{'with-dash': 1, 'ok': 2, '3d': 3})
print(odd)
print(argparse.Namespace())

class Config:
    pass

parser = argparse.ArgumentParser(prog='ns')
parser.add_argument('--size', type=int, default=1)
parser.add_argument('--color', default='red')
config = Config()
config.color = 'blue'
result = parser.parse_args(['--size', '5'], namespace=config)
print(result is config, config.size, config.color)
preset = argparse.Namespace(size=9)
print(parser.parse_args([], namespace=preset))
print(parser.parse_args(['--size', '2'], namespace=preset))
parser.add_argument('--n', type=int, default='42')
print(parser.parse_args([]).n, type(parser.parse_args([]).n).__name__)
