# A long program name takes the first usage line alone.
import argparse
import os

os.environ['COLUMNS'] = '60'
for prog in ('a_program_name_that_is_rather_long_indeed', 'short'):
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument('--input-directory', metavar='DIR')
    parser.add_argument('--output-directory', metavar='DIR')
    parser.add_argument('--threads', type=int)
    parser.add_argument('source')
    parser.add_argument('targets', nargs='+')
    print(parser.format_usage())
    few = argparse.ArgumentParser(prog=prog * 2)
    few.add_argument('x')
    print(few.format_usage())
    opts = argparse.ArgumentParser(prog=prog + '_only_options_here')
    opts.add_argument('--first-option'); opts.add_argument('--second-option')
    print(opts.format_usage())
