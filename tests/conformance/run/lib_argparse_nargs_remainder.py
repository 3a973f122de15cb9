# nargs=REMAINDER takes everything after it, options included.
import argparse

parser = argparse.ArgumentParser(prog='runner')
parser.add_argument('--env', action='append', default=[])
parser.add_argument('program')
parser.add_argument('args', nargs=argparse.REMAINDER)
for argv in (['ls'], ['ls', '-l', '-a'], ['--env', 'A=1', 'python3', '-c', 'print(1)', '--env', 'x'],
             ['cmd', '--', 'x']):
    print(argv, parser.parse_args(argv))
parser.print_help()
opt = argparse.ArgumentParser(prog='opt')
opt.add_argument('--rest', nargs=argparse.REMAINDER)
opt.add_argument('-x', action='store_true')
print(opt.parse_args(['-x', '--rest', '-x', 'y']))
print(opt.parse_args(['--rest']))
print(opt.format_usage(), end='')
