"""unittest.main(): the command line of a test module and of `-m unittest`."""

import os
import sys
import textwrap

from . import loader, runner
from .signals import installHandler

__unittest = True

MAIN_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""

MODULE_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""

DISCOVERY_EPILOG = ('For test discovery all test modules must be importable '
                    'from the top level directory of the project.')


def _convert_name(name):
    # A path to a .py file under the current directory becomes a dotted module name.
    if os.path.isfile(name) and name.lower().endswith('.py'):
        if os.path.isabs(name):
            rel_path = os.path.relpath(name, os.getcwd())
            if os.path.isabs(rel_path) or rel_path.startswith(os.pardir):
                return name
            name = rel_path
        return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')
    return name


def _convert_names(names):
    return [_convert_name(name) for name in names]


def _convert_select_pattern(pattern):
    if '*' not in pattern:
        pattern = '*%s*' % pattern
    return pattern


class _Option:
    """One command-line option, as argparse would describe it."""

    def __init__(self, flags, dest, help, metavar=None, const=None, append=False, convert=None):
        self.flags = flags
        self.dest = dest
        self.help = help
        self.metavar = metavar
        self.const = const
        self.append = append
        self.convert = convert

    def usage(self):
        flag = self.flags[0]
        return '[%s]' % (flag if self.metavar is None else flag + ' ' + self.metavar)

    def invocation(self):
        if self.metavar is None:
            return ', '.join(self.flags)
        return ', '.join('%s %s' % (f, self.metavar) for f in self.flags)


class _UsageError(Exception):
    pass


class _CommandLine:
    """The parser of unittest's options (argparse's behaviour and messages for
    the options unittest defines)."""

    def __init__(self, prog, options, positionals, positional_usage, epilog=None,
                 positional_help=None):
        self.prog = prog
        self.options = options
        self.positionals = positionals
        self.positional_usage = positional_usage
        self.positional_help = positional_help
        self.epilog = epilog

    def _width(self):
        try:
            columns = int(os.environ['COLUMNS'])
        except (KeyError, ValueError):
            columns = 80
        return columns - 2

    def format_usage(self):
        prefix = 'usage: '
        opt_parts = ['[-h]'] + [o.usage() for o in self.options]
        pos_parts = list(self.positional_usage)
        text_width = self._width()
        usage = ' '.join([self.prog] + opt_parts + pos_parts)
        if len(prefix) + len(usage) <= text_width:
            return '%s%s\n' % (prefix, usage)

        def lines_of(parts, indent, first_prefix=None):
            lines = []
            line = []
            line_len = len(first_prefix) - 1 if first_prefix is not None else len(indent) - 1
            for part in parts:
                if line_len + 1 + len(part) > text_width and line:
                    lines.append(indent + ' '.join(line))
                    line = []
                    line_len = len(indent) - 1
                line.append(part)
                line_len += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(self.prog) <= 0.75 * text_width:
            indent = ' ' * (len(prefix) + len(self.prog) + 1)
            if opt_parts:
                lines = lines_of([self.prog] + opt_parts, indent, prefix)
                lines.extend(lines_of(pos_parts, indent))
            else:
                lines = lines_of([self.prog] + pos_parts, indent, prefix)
        else:
            indent = ' ' * len(prefix)
            lines = lines_of(opt_parts + pos_parts, indent)
            lines = [self.prog] + lines
        return '%s%s\n' % (prefix, '\n'.join(lines))

    def format_help(self):
        width = self._width()
        entries = []
        if self.positional_help is not None:
            entries.append(('positional arguments', [self.positional_help]))
        entries.append(('options', [('-h, --help', 'show this help message and exit')] +
                        [(o.invocation(), o.help) for o in self.options]))
        longest = max(len(inv) + 2 for _, items in entries for inv, _ in items)
        help_position = min(longest + 2, 24)
        out = [self.format_usage(), '\n']
        for title, items in entries:
            out.append(title + ':\n')
            for inv, text in items:
                lines = textwrap.wrap(text, max(width - help_position, 11))
                if len(inv) + 2 <= help_position - 2:
                    out.append('  %-*s  %s\n' % (help_position - 4, inv, lines[0]))
                else:
                    out.append('  %s\n' % inv)
                    out.append(' ' * help_position + lines[0] + '\n')
                for line in lines[1:]:
                    out.append(' ' * help_position + line + '\n')
            out.append('\n')
        if self.epilog:
            out.append('\n'.join(textwrap.wrap(self.epilog, width)) + '\n')
        else:
            out.pop()
        return ''.join(out)

    def error(self, message):
        sys.stderr.write(self.format_usage())
        sys.stderr.write('%s: error: %s\n' % (self.prog, message))
        sys.exit(2)

    def _match_long(self, arg):
        name = arg.split('=', 1)[0]
        exact = [o for o in self.options if name in o.flags]
        if exact or name == '--help':
            return exact[0] if exact else 'help'
        candidates = [(o, f) for o in self.options for f in o.flags if f.startswith(name)]
        if '--help'.startswith(name):
            candidates.insert(0, ('help', '--help'))
        if len(candidates) > 1:
            self.error('ambiguous option: %s could match %s' % (
                name, ', '.join(f for _, f in candidates)))
        return candidates[0][0] if candidates else None

    def parse(self, args, namespace, on_help):
        positionals = []
        unknown = []
        i = 0
        only_positionals = False
        while i < len(args):
            arg = args[i]
            i += 1
            if only_positionals or not arg.startswith('-') or arg == '-':
                positionals.append(arg)
                continue
            if arg == '--':
                only_positionals = True
                continue
            if arg.startswith('--'):
                opt = self._match_long(arg)
                if opt is None:
                    unknown.append(arg)
                    continue
                if opt == 'help':
                    on_help()
                if opt.metavar is not None:
                    if '=' in arg:
                        value = arg.split('=', 1)[1]
                    elif i < len(args) and not args[i].startswith('-'):
                        value = args[i]
                        i += 1
                    else:
                        self.error('argument %s: expected one argument' % '/'.join(opt.flags))
                    self._store(opt, value, namespace)
                elif '=' in arg:
                    self.error('argument %s: ignored explicit argument %r' % (
                        '/'.join(opt.flags), arg.split('=', 1)[1]))
                else:
                    self._store(opt, None, namespace)
                continue
            # Short flags, possibly grouped (-vf) or with a joined value (-kfoo).
            j = 1
            while j < len(arg):
                flag = '-' + arg[j]
                j += 1
                if flag == '-h':
                    on_help()
                opt = next((o for o in self.options if flag in o.flags), None)
                if opt is None:
                    unknown.append(arg if j == 2 else '-' + arg[j - 1:])
                    break
                if opt.metavar is not None:
                    if j < len(arg):
                        value = arg[j:]
                    elif i < len(args) and not args[i].startswith('-'):
                        value = args[i]
                        i += 1
                    else:
                        self.error('argument %s: expected one argument' % '/'.join(opt.flags))
                    self._store(opt, value, namespace)
                    break
                self._store(opt, None, namespace)
        extra = self.positionals(positionals, namespace)
        unknown.extend(extra)
        if unknown:
            self.error('unrecognized arguments: %s' % ' '.join(unknown))

    def _store(self, opt, value, namespace):
        if opt.metavar is None:
            setattr(namespace, opt.dest, opt.const)
            return
        if opt.convert is not None:
            value = opt.convert(value)
        if opt.append:
            current = getattr(namespace, opt.dest, None)
            current = [] if current is None else list(current)
            current.append(value)
            value = current
        setattr(namespace, opt.dest, value)


class TestProgram(object):
    """Loads the tests named on the command line (or all of module) and runs
    them with a TextTestRunner; exits with status 1 if any failed."""
    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv

        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not sys.warnoptions:
            # Show DeprecationWarnings and the like during tests unless -W says otherwise.
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        if self._discovery_parser is None:
            self._initArgParsers()
        self._print_help()
        sys.exit(2)

    def _print_help(self, *args, **kwargs):
        if self.module is None:
            print(self._main_parser.format_help())
            print(MODULE_EXAMPLES % {'prog': self.progName})
            sys.stdout.write(self._discovery_parser.format_help())
        else:
            print(self._main_parser.format_help())
            print(MAIN_EXAMPLES % {'prog': self.progName})

    def _help_and_exit(self, parser):
        if parser is self._discovery_parser:
            sys.stdout.write(parser.format_help())
        else:
            self._print_help()
        sys.exit(0)

    def parseArgs(self, argv):
        self._initArgParsers()
        if self.module is None:
            if len(argv) > 1 and argv[1].lower() == 'discover':
                self._do_discovery(argv[2:])
                return
            self._parse(self._main_parser, argv[1:])
            if not self.tests:
                # `-m unittest` alone (or with options only) discovers
                self._do_discovery([])
                return
        else:
            self._parse(self._main_parser, argv[1:])

        if self.tests:
            self.testNames = _convert_names(self.tests)
            if __name__ == '__main__':
                self.module = None
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def _parse(self, parser, args):
        parser.parse(args, self, lambda: self._help_and_exit(parser))

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            loader = self.testLoader if Loader is None else Loader()
            self.test = loader.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames,
                                                           self.module)

    def _common_options(self):
        options = [
            _Option(['-v', '--verbose'], 'verbosity', 'Verbose output', const=2),
            _Option(['-q', '--quiet'], 'verbosity', 'Quiet output', const=0),
            _Option(['--locals'], 'tb_locals', 'Show local variables in tracebacks', const=True),
        ]
        if self.failfast is None:
            options.append(_Option(['-f', '--failfast'], 'failfast',
                                   'Stop on first fail or error', const=True))
            self.failfast = False
        if self.catchbreak is None:
            options.append(_Option(['-c', '--catch'], 'catchbreak',
                                   'Catch Ctrl-C and display results so far', const=True))
            self.catchbreak = False
        if self.buffer is None:
            options.append(_Option(['-b', '--buffer'], 'buffer',
                                   'Buffer stdout and stderr during tests', const=True))
            self.buffer = False
        if self.testNamePatterns is None:
            options.append(_Option(['-k'], 'testNamePatterns',
                                   'Only run tests which match the given substring',
                                   metavar='TESTNAMEPATTERNS', append=True,
                                   convert=_convert_select_pattern))
            self.testNamePatterns = []
        return options

    def _initArgParsers(self):
        options = self._common_options()

        def main_positionals(values, namespace):
            namespace.tests = values
            return []
        self._main_parser = _CommandLine(
            self.progName, options, main_positionals, ['[tests ...]'],
            positional_help=('tests', 'a list of any number of test modules, '
                                      'classes and test methods.'))

        def discovery_positionals(values, namespace):
            for name, value in zip(('start', 'pattern', 'top'), values):
                setattr(namespace, name, value)
            return values[3:]
        discovery_options = options + [
            _Option(['-s', '--start-directory'], 'start',
                    "Directory to start discovery ('.' default)", metavar='START'),
            _Option(['-p', '--pattern'], 'pattern',
                    "Pattern to match tests ('test*.py' default)", metavar='PATTERN'),
            _Option(['-t', '--top-level-directory'], 'top',
                    'Top level directory of project (defaults to start directory)',
                    metavar='TOP'),
        ]
        self._discovery_parser = _CommandLine(
            '%s discover' % self.progName, discovery_options, discovery_positionals,
            [], epilog=DISCOVERY_EPILOG)

    def _do_discovery(self, argv, Loader=None):
        self.start = '.'
        self.pattern = 'test*.py'
        self.top = None
        if argv is not None:
            if self._discovery_parser is None:
                self._initArgParsers()
            self._parse(self._discovery_parser, argv)
        self.createTests(from_discovery=True, Loader=Loader)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings,
                                                 tb_locals=self.tb_locals)
                except TypeError:
                    # a runner class without tb_locals
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings)
            except TypeError:
                # nor verbosity, failfast, buffer or warnings
                testRunner = self.testRunner()
        else:
            # a runner instance
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
