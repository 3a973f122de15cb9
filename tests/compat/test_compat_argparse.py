import argparse
import contextlib
import io
import unittest


class ParserError(Exception):
    pass


class RaisingParser(argparse.ArgumentParser):
    """Turns the usage-and-exit of a parse error into an exception."""

    def error(self, message):
        raise ParserError(message)


def make_parser(**kwargs):
    return RaisingParser(prog='prog', **kwargs)


class TestActions(unittest.TestCase):
    def test_store_and_default(self):
        p = make_parser()
        p.add_argument('--x', type=int, default=4)
        self.assertEqual(p.parse_args([]).x, 4)
        self.assertEqual(p.parse_args(['--x', '7']).x, 7)
        self.assertEqual(p.parse_args(['--x=8']).x, 8)

    def test_flags(self):
        p = make_parser()
        p.add_argument('-t', action='store_true')
        p.add_argument('-f', action='store_false')
        p.add_argument('-c', action='store_const', const='C')
        self.assertEqual(vars(p.parse_args(['-tfc'])), {'t': True, 'f': False, 'c': 'C'})

    def test_append_extend_count(self):
        p = make_parser()
        p.add_argument('-a', action='append')
        p.add_argument('-e', action='extend', nargs='+')
        p.add_argument('-v', action='count')
        ns = p.parse_args(['-a', '1', '-a2', '-e', 'x', 'y', '-e', 'z', '-vvv'])
        self.assertEqual((ns.a, ns.e, ns.v), (['1', '2'], ['x', 'y', 'z'], 3))

    def test_boolean_optional(self):
        p = make_parser()
        p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True)
        self.assertFalse(p.parse_args(['--no-color']).color)
        self.assertIn('[--color | --no-color]', p.format_usage())

    def test_version_goes_to_stdout(self):
        p = make_parser()
        p.add_argument('--version', action='version', version='%(prog)s 1.2')
        out = io.StringIO()
        with contextlib.redirect_stdout(out), self.assertRaises(SystemExit) as cm:
            p.parse_args(['--version'])
        self.assertEqual((out.getvalue(), cm.exception.code), ('prog 1.2\n', 0))


class TestNargs(unittest.TestCase):
    def test_optional_const(self):
        p = make_parser()
        p.add_argument('--o', nargs='?', const='c', default='d')
        self.assertEqual([p.parse_args(a).o for a in ([], ['--o'], ['--o', 'v'])], ['d', 'c', 'v'])

    def test_star_plus_fixed(self):
        p = make_parser()
        p.add_argument('a', nargs=2)
        p.add_argument('b', nargs='+')
        p.add_argument('c', nargs='*')
        ns = p.parse_args(['1', '2', '3', '4'])
        self.assertEqual((ns.a, ns.b, ns.c), (['1', '2'], ['3', '4'], []))

    def test_remainder(self):
        p = make_parser()
        p.add_argument('cmd')
        p.add_argument('rest', nargs=argparse.REMAINDER)
        self.assertEqual(p.parse_args(['ls', '-l', '--all']).rest, ['-l', '--all'])

    def test_double_dash(self):
        p = make_parser()
        p.add_argument('-x', action='store_true')
        p.add_argument('args', nargs='*')
        self.assertEqual(p.parse_args(['--', '-x']).args, ['-x'])


class TestErrors(unittest.TestCase):
    def check(self, parser, argv, message):
        with self.assertRaises(ParserError) as cm:
            parser.parse_args(argv)
        self.assertEqual(str(cm.exception), message)

    def test_required(self):
        p = make_parser()
        p.add_argument('x')
        p.add_argument('--y', required=True)
        self.check(p, [], 'the following arguments are required: x, --y')

    def test_type_and_choices(self):
        p = make_parser()
        p.add_argument('n', type=int, choices=[1, 2])
        self.check(p, ['a'], "argument n: invalid int value: 'a'")
        self.check(p, ['3'], 'argument n: invalid choice: 3 (choose from 1, 2)')

    def test_expected_and_unrecognized(self):
        p = make_parser()
        p.add_argument('-x')
        self.check(p, ['-x'], 'argument -x: expected one argument')
        self.check(p, ['-x', '1', 'extra'], 'unrecognized arguments: extra')

    def test_mutex_and_ambiguous(self):
        p = make_parser()
        g = p.add_mutually_exclusive_group()
        g.add_argument('--aa', action='store_true')
        g.add_argument('--ab', action='store_true')
        self.check(p, ['--aa', '--ab'], 'argument --ab: not allowed with argument --aa')
        self.check(p, ['--a'], 'ambiguous option: --a could match --aa, --ab')

    def test_exit_status_and_stderr(self):
        p = argparse.ArgumentParser(prog='prog')
        p.add_argument('x', type=int)
        err = io.StringIO()
        with contextlib.redirect_stderr(err), self.assertRaises(SystemExit) as cm:
            p.parse_args(['q'])
        self.assertEqual(cm.exception.code, 2)
        self.assertEqual(err.getvalue(),
                         "usage: prog [-h] x\nprog: error: argument x: invalid int value: 'q'\n")

    def test_exit_on_error_false(self):
        p = argparse.ArgumentParser(prog='prog', exit_on_error=False)
        p.add_argument('--n', type=int)
        with self.assertRaises(argparse.ArgumentError):
            p.parse_args(['--n', 'x'])


class TestHelp(unittest.TestCase):
    def test_help_text(self):
        p = argparse.ArgumentParser(prog='prog', description='Does things.',
                                    formatter_class=lambda prog: argparse.HelpFormatter(prog, width=60))
        p.add_argument('path', help='where')
        p.add_argument('-n', type=int, default=3, help='count (default: %(default)s)')
        self.assertEqual(p.format_help(),
                         'usage: prog [-h] [-n N] path\n\nDoes things.\n\n'
                         'positional arguments:\n  path        where\n\n'
                         'options:\n  -h, --help  show this help message and exit\n'
                         '  -n N        count (default: 3)\n')

    def test_usage_wraps(self):
        p = argparse.ArgumentParser(prog='prog',
                                    formatter_class=lambda prog: argparse.HelpFormatter(prog, width=30))
        for name in ('--alpha', '--beta', '--gamma'):
            p.add_argument(name)
        self.assertEqual(p.format_usage(),
                         'usage: prog [-h]\n'
                         '            [--alpha ALPHA]\n'
                         '            [--beta BETA]\n'
                         '            [--gamma GAMMA]\n')

    def test_fails_on_purpose(self):
        self.assertEqual(make_parser().format_usage(), 'usage: prog\n')


class TestSubparsersAndMore(unittest.TestCase):
    def test_subparsers(self):
        p = make_parser()
        sub = p.add_subparsers(dest='cmd')
        a = sub.add_parser('add', aliases=['a'])
        a.add_argument('item')
        a.set_defaults(handler='add')
        ns = p.parse_args(['a', 'x'])
        self.assertEqual((ns.cmd, ns.item, ns.handler), ('a', 'x', 'add'))

    def test_known_and_intermixed(self):
        p = make_parser()
        p.add_argument('--f')
        p.add_argument('pos', nargs='*')
        self.assertEqual(p.parse_known_args(['a', '--g', '--f', '1'])[1], ['--g'])
        self.assertEqual(p.parse_intermixed_args(['a', '--f', '1', 'b']).pos, ['a', 'b'])

    def test_namespace(self):
        ns = argparse.Namespace(b=1, a=2)
        self.assertEqual(repr(ns), 'Namespace(b=1, a=2)')
        self.assertEqual(ns, argparse.Namespace(a=2, b=1))
        self.assertIn('a', ns)

    @unittest.skip('demonstrates a skip')
    def test_skipped(self):
        pass


if __name__ == '__main__':
    unittest.main()
