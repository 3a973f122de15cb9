# FileType opens the named files; '-' is stdin or stdout; errors name the file.
import argparse
import os
import sys

with open('argparse_filetype_in.txt', 'w') as f:
    f.write('first line\nsecond line\n')
parser = argparse.ArgumentParser(prog='cat')
parser.add_argument('infile', type=argparse.FileType('r'))
parser.add_argument('-o', '--out', type=argparse.FileType('w', encoding='utf-8'), default='-')
parser.add_argument('--raw', type=argparse.FileType('rb'))
ns = parser.parse_args(['argparse_filetype_in.txt', '-o', 'argparse_filetype_out.txt',
                        '--raw', 'argparse_filetype_in.txt'])
print(ns.infile.name, ns.out.name, ns.out.encoding, ns.raw.read())
ns.out.write(ns.infile.read().upper())
for f in (ns.infile, ns.out, ns.raw):
    f.close()
with open('argparse_filetype_out.txt') as f:
    print(f.read(), end='')
ns = parser.parse_args(['-'])
print(ns.infile is sys.stdin, ns.out is sys.stdout)
print(argparse.FileType('rb'), argparse.FileType('w', 1, 'latin-1', 'strict'),
      argparse.FileType(encoding='utf-8'))
os.remove('argparse_filetype_in.txt')
os.remove('argparse_filetype_out.txt')
try:
    parser.parse_args(['argparse_filetype_in.txt'])
except SystemExit as e:
    print('exit', e.code)
try:
    argparse.FileType('r+')('-')
except ValueError as e:
    print('ValueError:', e)
