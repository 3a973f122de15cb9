# fromfile_prefix_chars: @FILE reads arguments from FILE, one a line.
import argparse
import os

class SplitLines(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, arg_line):
        return arg_line.split()

with open('argparse_fromfile_a.txt', 'w') as f:
    f.write('--name\nfrom file\n@argparse_fromfile_b.txt\n')
with open('argparse_fromfile_b.txt', 'w') as f:
    f.write('-v\npos\n')
with open('argparse_fromfile_c.txt', 'w') as f:
    f.write('one two  three\n--name split_name\n')
parser = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
parser.add_argument('--name')
parser.add_argument('-v', action='store_true')
parser.add_argument('items', nargs='*')
print(parser.parse_args(['@argparse_fromfile_a.txt', 'last']))
print(parser.parse_args(['@argparse_fromfile_b.txt', 'first']))
split = SplitLines(prog='split', fromfile_prefix_chars='@+')
split.add_argument('--name')
split.add_argument('words', nargs='*')
print(split.parse_args(['+argparse_fromfile_c.txt']))
os.remove('argparse_fromfile_a.txt')
os.remove('argparse_fromfile_b.txt')
os.remove('argparse_fromfile_c.txt')
parser.parse_args(['@argparse_fromfile_missing.txt'])
