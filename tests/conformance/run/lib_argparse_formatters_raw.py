# RawDescriptionHelpFormatter keeps the description's lines; RawTextHelpFormatter the help's too.
import argparse

TEXT = '''Usage examples:
    raw -x 1        do one thing
    raw -x 2        do another

These lines   keep their   spacing.'''
for cls in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter):
    parser = argparse.ArgumentParser(prog='raw', description=TEXT, epilog='Epilog:\n  indented',
                                     formatter_class=cls)
    parser.add_argument('-x', type=int, help='line one\n  line two\n\nafter a blank')
    parser.add_argument('--long', help='a fairly long help text that would be wrapped by the '
                                       'ordinary formatter at the width of the terminal')
    print('=====', cls.__name__)
    parser.print_help()

class Wide(argparse.HelpFormatter):
    def __init__(self, prog):
        super().__init__(prog, max_help_position=40, width=60)

wide = argparse.ArgumentParser(prog='wide', formatter_class=Wide)
wide.add_argument('--some-long-option', metavar='VALUE', help='help starts further right')
wide.print_help()
narrow = argparse.ArgumentParser(prog='narrow',
                                 formatter_class=lambda prog: argparse.HelpFormatter(prog, indent_increment=4, width=30))
narrow.add_argument('--opt', help='the help text of an option in a narrow formatter')
narrow.print_help()
