# Values that the type function rejects: "invalid <type> value: '...'".
import argparse
import fractions

def even(text):
    value = int(text)
    if value % 2:
        raise argparse.ArgumentTypeError('%d is odd' % value)
    return value

parser = argparse.ArgumentParser(prog='types')
parser.add_argument('--int', type=int)
parser.add_argument('--float', type=float)
parser.add_argument('--frac', type=fractions.Fraction)
parser.add_argument('--even', type=even)
parser.add_argument('--lam', type=lambda s: int(s, 16))
parser.add_argument('--cplx', type=complex, nargs='+')
print(parser.parse_args(['--int', '12', '--float', '1e3', '--frac', '3/4',
                         '--even', '8', '--lam', 'ff', '--cplx', '1+2j', '3']))
for argv in (['--int', 'twelve'], ['--int', '1.5'], ['--float', 'x'],
             ['--frac', '1/x'], ['--even', '7'], ['--even', 'q'],
             ['--lam', 'zz'], ['--cplx', '1', 'j2']):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code)
