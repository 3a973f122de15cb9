"""Command-line parsing.

An ArgumentParser holds a list of actions, one per argument it accepts
(add_argument); parse_args() turns a list of strings (sys.argv[1:] by
default) into a Namespace whose attributes are the actions' results, and
reports misuse as CPython's argparse does: the usage line and
"PROG: error: MESSAGE" on stderr, then exit status 2.
"""

import os as _os
import re as _re
import sys as _sys

import warnings

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
    'BooleanOptionalAction', 'FileType', 'HelpFormatter',
    'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace',
    'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

__version__ = '1.1'

SUPPRESS = '==SUPPRESS=='

OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'

# A subparser leaves the strings it did not recognize on the namespace under
# this name; the parser that called it moves them to its own extras.
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


# Messages are not translated: these stand in for gettext's functions.
def _(message):
    return message


def ngettext(singular, plural, n):
    return singular if n == 1 else plural


class _AttributeHolder(object):
    """Gives a repr of the form ClassName(name=value, ...) built from
    _get_args() and _get_kwargs()."""

    def __repr__(self):
        shown = [repr(arg) for arg in self._get_args()]
        others = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                shown.append('%s=%r' % (name, value))
            else:
                others[name] = value
        if others:
            shown.append('**%r' % (others,))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


def _copy_items(items):
    # append and extend must not mutate a default list the user passed in
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


# ===========================================================================
# Help formatting
# ===========================================================================

class HelpFormatter(object):
    """Builds usage and help text. Only the class name is public; the
    methods are hooks that subclasses override."""

    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        if width is None:
            import shutil
            # two columns of margin, as CPython leaves
            width = shutil.get_terminal_size().columns - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._root_section = self._Section(self, None)
        self._current_section = self._root_section
        self._whitespace_matcher = _re.compile(r'\s+', _re.ASCII)
        self._long_break_matcher = _re.compile(r'\n\n\n+')

    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        assert self._current_indent >= 0, 'Indent decreased below 0.'
        self._level -= 1

    class _Section(object):
        """A titled block of help whose items are rendered lazily, once the
        widest invocation of the whole help is known."""

        def __init__(self, formatter, parent, heading=None):
            self.formatter = formatter
            self.parent = parent
            self.heading = heading
            self.items = []

        def format_help(self):
            fmt = self.formatter
            nested = self.parent is not None
            if nested:
                fmt._indent()
            body = fmt._join_parts([func(*args) for func, args in self.items])
            if nested:
                fmt._dedent()
            if not body:
                return ''
            title = ''
            if self.heading is not None and self.heading is not SUPPRESS:
                title = '%*s%s:\n' % (fmt._current_indent, '', self.heading)
            return fmt._join_parts(['\n', title, body, '\n'])

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    def start_section(self, heading):
        self._indent()
        section = self._Section(self, self._current_section, heading)
        self._add_item(section.format_help, [])
        self._current_section = section

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text is not None and text is not SUPPRESS:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        lengths = [len(self._format_action_invocation(action))]
        for sub in self._iter_indented_subactions(action):
            lengths.append(len(self._format_action_invocation(sub)))
        self._action_max_length = max(self._action_max_length,
                                      max(lengths) + self._current_indent)
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root_section.format_help()
        if text:
            text = self._long_break_matcher.sub('\n\n', text)
            text = text.strip('\n') + '\n'
        return text

    def _join_parts(self, part_strings):
        return ''.join(part for part in part_strings
                       if part and part is not SUPPRESS)

    # -- usage ---------------------------------------------------------------

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = _('usage: ')
        if usage is not None:
            text = usage % {'prog': self._prog}
        elif not actions:
            text = '%(prog)s' % {'prog': self._prog}
        else:
            text = self._build_usage(actions, groups, prefix)
        return '%s%s\n\n' % (prefix, text)

    def _build_usage(self, actions, groups, prefix):
        prog = '%(prog)s' % {'prog': self._prog}
        optionals = [a for a in actions if a.option_strings]
        positionals = [a for a in actions if not a.option_strings]
        whole = self._format_actions_usage(optionals + positionals, groups)
        text = ' '.join(s for s in (prog, whole) if s)
        width = self._width - self._current_indent
        if len(prefix) + len(text) <= width:
            return text

        # Too long for one line: wrap the optionals and the positionals
        # separately, never splitting a bracketed group.
        chunker = _re.compile(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+')
        opt_usage = self._format_actions_usage(optionals, groups)
        pos_usage = self._format_actions_usage(positionals, groups)
        opt_parts = chunker.findall(opt_usage)
        pos_parts = chunker.findall(pos_usage)
        # CPython fails the same way on usages the chunks cannot rebuild
        # (a metavar with spaces or brackets, for instance)
        assert ' '.join(opt_parts) == opt_usage
        assert ' '.join(pos_parts) == pos_usage

        def wrap(parts, indent, first_prefix=None):
            lines = []
            current = []
            used = len(indent if first_prefix is None else first_prefix) - 1
            for part in parts:
                if current and used + 1 + len(part) > width:
                    lines.append(indent + ' '.join(current))
                    current = []
                    used = len(indent) - 1
                current.append(part)
                used += len(part) + 1
            if current:
                lines.append(indent + ' '.join(current))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * width:
            # the program name is short: the arguments hang after it
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = wrap([prog] + opt_parts, indent, prefix)
                lines += wrap(pos_parts, indent)
            elif pos_parts:
                lines = wrap([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            # the program name is long: it takes a line of its own
            indent = ' ' * len(prefix)
            lines = wrap(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = wrap(opt_parts, indent) + wrap(pos_parts, indent)
            lines = [prog] + lines
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        # Mutually exclusive groups whose actions sit together in `actions`
        # get brackets around them and '|' between them; `marks` maps a
        # position in the list to the text inserted before that position.
        in_group = set()
        marks = {}

        def add_mark(position, text):
            if position in marks:
                marks[position] += ' ' + text
            else:
                marks[position] = text

        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            if members[0] not in actions:
                continue
            start = actions.index(members[0])
            end = start + len(members)
            if actions[start:end] != members:
                continue
            in_group.update(members)
            visible = sum(1 for a in members if a.help is not SUPPRESS)
            if not group.required:
                add_mark(start, '[')
                add_mark(end, ']')
            elif visible > 1:
                add_mark(start, '(')
                add_mark(end, ')')
            for position in range(start + 1, end):
                marks[position] = '|'

        parts = []
        for position, action in enumerate(actions):
            if action.help is SUPPRESS:
                parts.append(None)
                # a hidden member takes one of its separators with it
                if marks.get(position) == '|':
                    del marks[position]
                elif marks.get(position + 1) == '|':
                    del marks[position + 1]
            elif not action.option_strings:
                metavar = self._get_default_metavar_for_positional(action)
                part = self._format_args(action, metavar)
                if action in in_group and part[0] == '[' and part[-1] == ']':
                    part = part[1:-1]
                parts.append(part)
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    metavar = self._get_default_metavar_for_optional(action)
                    part = '%s %s' % (action.option_strings[0],
                                      self._format_args(action, metavar))
                if not action.required and action not in in_group:
                    part = '[%s]' % part
                parts.append(part)

        for position in sorted(marks, reverse=True):
            parts.insert(position, marks[position])

        text = ' '.join(part for part in parts if part is not None)
        text = _re.sub(r'([\[(]) ', r'\1', text)
        text = _re.sub(r' ([\])])', r'\1', text)
        text = _re.sub(r'[\[(] *[\])]', '', text)
        return text.strip()

    # -- text and actions ----------------------------------------------------

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        width = max(self._width - self._current_indent, 11)
        indent = ' ' * self._current_indent
        return self._fill_text(text, width, indent) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2,
                            self._max_help_position)
        help_width = max(self._width - help_position, 11)
        label_width = help_position - self._current_indent - 2
        label = self._format_action_invocation(action)
        margin = ' ' * self._current_indent
        first_indent = 0
        if not action.help:
            header = margin + label + '\n'
        elif len(label) <= label_width:
            header = margin + label.ljust(label_width) + '  '
        else:
            header = margin + label + '\n'
            first_indent = help_position
        parts = [header]
        if action.help and action.help.strip():
            expanded = self._expand_help(action)
            if expanded:
                lines = self._split_lines(expanded, help_width)
                parts.append(' ' * first_indent + lines[0] + '\n')
                for line in lines[1:]:
                    parts.append(' ' * help_position + line + '\n')
        elif not header.endswith('\n'):
            parts.append('\n')
        for sub in self._iter_indented_subactions(action):
            parts.append(self._format_action(sub))
        return self._join_parts(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            metavar = self._get_default_metavar_for_positional(action)
            name, = self._metavar_formatter(action, metavar)(1)
            return name
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        metavar = self._get_default_metavar_for_optional(action)
        args = self._format_args(action, metavar)
        return ', '.join('%s %s' % (option, args)
                         for option in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            name = action.metavar
        elif action.choices is not None:
            name = '{%s}' % ','.join(str(choice) for choice in action.choices)
        else:
            name = default_metavar

        def names(count):
            if isinstance(name, tuple):
                return name
            return (name,) * count
        return names

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % names(1)
        if nargs == OPTIONAL:
            return '[%s]' % names(1)
        if nargs == ZERO_OR_MORE:
            pair = names(1)
            if len(pair) == 2:
                return '[%s [%s ...]]' % pair
            return '[%s ...]' % pair
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % names(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % names(1)
        if nargs == SUPPRESS:
            return ''
        try:
            slots = ' '.join(['%s'] * nargs)
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return slots % names(nargs)

    def _expand_help(self, action):
        values = dict(vars(action), prog=self._prog)
        for key in list(values):
            if values[key] is SUPPRESS:
                del values[key]
        for key, value in list(values.items()):
            if hasattr(value, '__name__'):
                values[key] = value.__name__
        if values.get('choices') is not None:
            values['choices'] = ', '.join(str(c) for c in values['choices'])
        return self._get_help_string(action) % values

    def _iter_indented_subactions(self, action):
        try:
            subactions = action._get_subactions
        except AttributeError:
            return
        self._indent()
        yield from subactions()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        text = self._whitespace_matcher.sub(' ', text).strip()
        return textwrap.wrap(text, width)

    def _fill_text(self, text, width, indent):
        import textwrap
        text = self._whitespace_matcher.sub(' ', text).strip()
        return textwrap.fill(text, width, initial_indent=indent,
                             subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written (line breaks and all)."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line
                       for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every help text as written, argument help included."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends "(default: ...)" to the help of arguments that have one."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names an argument's value after its type (int, float, ...)."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ===========================================================================
# Errors
# ===========================================================================

def _get_action_name(argument):
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    for name in (argument.metavar, argument.dest):
        if name not in (None, SUPPRESS):
            return name
    if argument.choices:
        return '{' + ','.join(argument.choices) + '}'
    return None


class ArgumentError(Exception):
    """A misused argument; str() names the argument before the message."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return _('argument %(argument_name)s: %(message)s') % {
            'argument_name': self.argument_name, 'message': self.message}


class ArgumentTypeError(Exception):
    """Raised by a type= function to reject a string with its own message."""
    pass


# ===========================================================================
# Actions
# ===========================================================================

class Action(_AttributeHolder):
    """What to do with an argument: how many strings it takes (nargs), how
    to convert them (type), which values are allowed (choices), and what to
    store when it is absent (default). Calling the action stores its
    values on the namespace."""

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ('option_strings', 'dest', 'nargs', 'const', 'default',
                 'type', 'choices', 'required', 'help', 'metavar')
        return [(name, getattr(self, name)) for name in names]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(_('.__call__() not defined'))


class BooleanOptionalAction(Action):
    """--flag stores True and the added --no-flag stores False."""

    def __init__(self, option_strings, dest, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        spellings = []
        for option in option_strings:
            spellings.append(option)
            if option.startswith('--'):
                spellings.append('--no-' + option[2:])
        super().__init__(option_strings=spellings, dest=dest, nargs=0,
                         default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest,
                    not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


def _check_const_nargs(nargs, const, kind, advice):
    if nargs == 0:
        raise ValueError('nargs for %s actions must be != 0; %s'
                         % (kind, advice))
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        _check_const_nargs(nargs, const, 'store',
                           'if you have nothing to store, actions such as '
                           'store true or store const may be more appropriate')
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=nargs, const=const, default=default,
                         type=type, choices=choices, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         const=True, default=default, required=required,
                         help=help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         const=False, default=default, required=required,
                         help=help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        _check_const_nargs(nargs, const, 'append',
                           'if arg strings are not supplying the value to '
                           'append, the append const action may be more '
                           'appropriate')
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=nargs, const=const, default=default,
                         type=type, choices=choices, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (0 if count is None else count) + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = parser.version if self.version is None else self.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):
    """The positional that selects a subcommand; its choices map each
    command name (and alias) to the parser that takes the rest."""

    class _ChoicesPseudoAction(Action):
        # only carries a command's line of help in the parent's help

        def __init__(self, name, aliases, help):
            label = name
            if aliases:
                label += ' (%s)' % ', '.join(aliases)
            super().__init__(option_strings=[], dest=name, help=help,
                             metavar=label)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, _('conflicting subparser: %s') % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(
                    self, _('conflicting subparser alias: %s') % alias)
        if 'help' in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        try:
            subparser = self._name_parser_map[name]
        except KeyError:
            msg = _('unknown parser %(parser_name)r (choices: %(choices)s)') % {
                'parser_name': name,
                'choices': ', '.join(self._name_parser_map)}
            raise ArgumentError(self, msg)
        # The subparser's own defaults must win over the parent's, so it
        # parses into a fresh namespace that is then copied over.
        sub_namespace, rest = subparser.parse_known_args(rest, None)
        for key, value in vars(sub_namespace).items():
            setattr(namespace, key, value)
        if rest:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(rest)


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


# ===========================================================================
# Types
# ===========================================================================

class FileType(object):
    """A type= that opens the named file ('-' means stdin or stdout) with
    the arguments open() takes."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            binary = 'b' in self._mode
            if 'r' in self._mode:
                return _sys.stdin.buffer if binary else _sys.stdin
            if any(c in self._mode for c in 'wax'):
                return _sys.stdout.buffer if binary else _sys.stdout
            raise ValueError(_('argument "-" with mode %r') % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding,
                        self._errors)
        except OSError as e:
            raise ArgumentTypeError(_("can't open '%(filename)s': %(error)s")
                                    % {'filename': string, 'error': e})

    def __repr__(self):
        shown = [repr(arg) for arg in (self._mode, self._bufsize) if arg != -1]
        for name, value in (('encoding', self._encoding),
                            ('errors', self._errors)):
            if value is not None:
                shown.append('%s=%r' % (name, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


# ===========================================================================
# Parsers
# ===========================================================================

class Namespace(_AttributeHolder):
    """A plain object holding the parsed values as attributes."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class _ActionsContainer(object):
    """What parsers and argument groups share: add_argument and the tables
    of actions, option strings and defaults."""

    def __init__(self, description, prefix_chars, argument_default,
                 conflict_handler):
        super().__init__()
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {}
        for name, cls in ((None, _StoreAction), ('store', _StoreAction),
                          ('store_const', _StoreConstAction),
                          ('store_true', _StoreTrueAction),
                          ('store_false', _StoreFalseAction),
                          ('append', _AppendAction),
                          ('append_const', _AppendConstAction),
                          ('count', _CountAction), ('help', _HelpAction),
                          ('version', _VersionAction),
                          ('parsers', _SubParsersAction),
                          ('extend', _ExtendAction)):
            self.register('action', name, cls)
        self._get_handler()  # an unknown conflict_handler fails right away
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._negative_number_matcher = _re.compile(r'^-\d+$|^-\d*\.\d+$')
        # a list rather than a flag so that groups can share it
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...)
        add_argument(option_string, option_string, ..., name=value, ...)
        """
        if not args or len(args) == 1 and args[0][0] not in self.prefix_chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)

        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default

        action_class = self._pop_action_class(kwargs)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)

        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        if type_func is FileType:
            raise ValueError('%r is a FileType class object, instance of it'
                             ' must be passed' % (type_func,))
        if hasattr(self, '_get_formatter'):
            # a metavar tuple must have as many names as nargs asks for
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError(
                    "length of metavar tuple does not match nargs")
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for option in action.option_strings:
            self._option_string_actions[option] = action
        for option in action.option_strings:
            if (self._negative_number_matcher.match(option)
                    and not self._has_negative_number_optionals):
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        # Copies a parent parser's actions, re-creating its groups here.
        groups_by_title = {}
        for group in self._action_groups:
            if group.title in groups_by_title:
                raise ValueError(_('cannot merge actions - two groups are '
                                   'named %r') % (group.title))
            groups_by_title[group.title] = group
        target = {}
        for group in container._action_groups:
            if group.title not in groups_by_title:
                groups_by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                target[action] = groups_by_title[group.title]
        for group in container._mutually_exclusive_groups:
            copy = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                target[action] = copy
        for action in container._actions:
            target.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError(
                _("'required' is an invalid argument for positionals"))
        nargs = kwargs.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE):
            kwargs['required'] = True
        if nargs == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_options = []
        for option in args:
            if option[0] not in self.prefix_chars:
                raise ValueError(
                    _('invalid option string %(option)r: must start with a '
                      'character %(prefix_chars)r')
                    % {'option': option, 'prefix_chars': self.prefix_chars})
            option_strings.append(option)
            if len(option) > 1 and option[1] in self.prefix_chars:
                long_options.append(option)
        dest = kwargs.pop('dest', None)
        if dest is None:
            source = long_options[0] if long_options else option_strings[0]
            dest = source.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError(_('dest= is required for options like %r')
                                 % option)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _pop_action_class(self, kwargs, default=None):
        action = kwargs.pop('action', default)
        return self._registry_get('action', action, action)

    def _get_handler(self):
        try:
            return getattr(self, '_handle_conflict_%s' % self.conflict_handler)
        except AttributeError:
            raise ValueError(_('invalid conflict_resolution value: %r')
                             % self.conflict_handler)

    def _check_conflict(self, action):
        clashes = [(option, self._option_string_actions[option])
                   for option in action.option_strings
                   if option in self._option_string_actions]
        if clashes:
            self._get_handler()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        message = ngettext('conflicting option string: %s',
                           'conflicting option strings: %s',
                           len(conflicting_actions))
        names = ', '.join(option for option, _old in conflicting_actions)
        raise ArgumentError(action, message % names)

    def _handle_conflict_resolve(self, action, conflicting_actions):
        # the newer action takes the option strings from the older ones
        for option, old in conflicting_actions:
            old.option_strings.remove(option)
            self._option_string_actions.pop(option, None)
            if not old.option_strings:
                old.container._remove_action(old)


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help; its actions belong to the parser."""

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # the tables are the container's own objects, shared
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = \
            container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        warnings.warn("Nesting argument groups is deprecated.",
                      category=DeprecationWarning, stacklevel=2)
        return super().add_argument_group(*args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Actions of which at most one (exactly one if required) may be used."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError(
                _('mutually exclusive arguments must be optional'))
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)

    def add_mutually_exclusive_group(self, *args, **kwargs):
        warnings.warn("Nesting mutually exclusive groups is deprecated.",
                      category=DeprecationWarning, stacklevel=2)
        return super().add_mutually_exclusive_group(*args, **kwargs)


def _nargs_pattern(action):
    """The regular expression, over a string of 'A' (argument), 'O' (option)
    and '-' ('--') letters, that the strings an action consumes match; its
    group 1 spans them."""
    nargs = action.nargs
    if nargs is None:
        pattern = '(-*A-*)'
    elif nargs == OPTIONAL:
        pattern = '(-*A?-*)'
    elif nargs == ZERO_OR_MORE:
        pattern = '(-*[A-]*)'
    elif nargs == ONE_OR_MORE:
        pattern = '(-*A[A-]*)'
    elif nargs == REMAINDER:
        pattern = '([-AO]*)'
    elif nargs == PARSER:
        pattern = '(-*A[-AO]*)'
    elif nargs == SUPPRESS:
        pattern = '(-*-*)'
    else:
        pattern = '(-*%s-*)' % '-*'.join('A' * nargs)
    if action.option_strings:
        # an option's values never include a '--'
        pattern = pattern.replace('-*', '').replace('-', '')
    return pattern


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Parses command-line strings into a Namespace.

    Keyword arguments: prog (default: the base name of sys.argv[0]), usage,
    description, epilog, parents, formatter_class, prefix_chars,
    fromfile_prefix_chars, argument_default, conflict_handler, add_help,
    allow_abbrev, exit_on_error.
    """

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default,
                         conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0])
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group(_('positional arguments'))
        self._optionals = self.add_argument_group(_('options'))
        self._subparsers = None

        def identity(string):
            return string
        self.register('type', None, identity)

        if self.add_help:
            char = '-' if '-' in prefix_chars else prefix_chars[0]
            # an explicit default, so that argument_default does not apply
            self.add_argument(char + 'h', char * 2 + 'help', action='help',
                              default=SUPPRESS,
                              help=_('show this help message and exit'))

        for parent in parents:
            self._add_container_actions(parent)
            defaults = getattr(parent, '_defaults', None)
            if defaults is not None:
                self._defaults.update(defaults)

    def _get_kwargs(self):
        names = ('prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help')
        return [(name, getattr(self, name)) for name in names]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error(_('cannot have multiple subparser arguments'))
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = _(kwargs.pop('title', 'subcommands'))
            description = _(kwargs.pop('description', None))
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            # the commands' prog: this parser's usage without its options
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        action_class = self._pop_action_class(kwargs, 'parsers')
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # -- parsing -------------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error(_('unrecognized arguments: %s') % ' '.join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if (action.dest is not SUPPRESS
                    and not hasattr(namespace, action.dest)
                    and action.default is not SUPPRESS):
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)

        # for each action of a mutually exclusive group, the others
        excluded = {}
        for group in self._mutually_exclusive_groups:
            for action in group._group_actions:
                others = excluded.setdefault(action, [])
                others.extend(a for a in group._group_actions
                              if a is not action)

        # Classify every string: 'O' an option, 'A' an argument, '-' the
        # first '--' (everything after it is an argument).
        options_at = {}
        letters = []
        after_dashes = False
        for index, string in enumerate(arg_strings):
            if after_dashes:
                letters.append('A')
            elif string == '--':
                letters.append('-')
                after_dashes = True
            else:
                found = self._parse_optional(string)
                if found is None:
                    letters.append('A')
                else:
                    options_at[index] = found
                    letters.append('O')
        pattern = ''.join(letters)

        seen = set()
        seen_given = set()
        extras = []
        positionals = self._get_positional_actions()

        def take_action(action, strings, option_string=None):
            seen.add(action)
            values = self._get_values(action, strings)
            # an action left at its default value does not count as used
            # for the mutual exclusion
            if values is not action.default:
                seen_given.add(action)
                for other in excluded.get(action, []):
                    if other in seen_given:
                        raise ArgumentError(
                            action, _('not allowed with argument %s')
                            % _get_action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def consume_optional(index):
            action, option_string, explicit = options_at[index]
            queued = []
            while True:
                if action is None:
                    extras.append(arg_strings[index])
                    return index + 1
                if explicit is None:
                    first = index + 1
                    count = self._match_argument(action, pattern[first:])
                    stop = first + count
                    queued.append((action, arg_strings[first:stop],
                                   option_string))
                    break
                count = self._match_argument(action, 'A')
                if (count == 0 and option_string[1] not in self.prefix_chars
                        and explicit != ''):
                    # -xyz: a flag -x followed by more short options
                    queued.append((action, [], option_string))
                    option_string = option_string[0] + explicit[0]
                    rest = explicit[1:] or None
                    if option_string not in self._option_string_actions:
                        raise ArgumentError(
                            action,
                            _('ignored explicit argument %r') % explicit)
                    action = self._option_string_actions[option_string]
                    explicit = rest
                elif count == 1:
                    stop = index + 1
                    queued.append((action, [explicit], option_string))
                    break
                else:
                    raise ArgumentError(
                        action, _('ignored explicit argument %r') % explicit)
            for action, strings, option_string in queued:
                take_action(action, strings, option_string)
            return stop

        def consume_positionals(index):
            counts = self._match_arguments_partial(positionals,
                                                   pattern[index:])
            for action, count in zip(positionals, counts):
                strings = arg_strings[index:index + count]
                index += count
                take_action(action, strings)
            del positionals[:len(counts)]
            return index

        index = 0
        last_option = max(options_at) if options_at else -1
        while index <= last_option:
            next_option = min(i for i in options_at if i >= index)
            if index != next_option:
                end = consume_positionals(index)
                if end > index:
                    # the positionals may have swallowed options (REMAINDER)
                    index = end
                    continue
                index = end
            if index not in options_at:
                extras.extend(arg_strings[index:next_option])
                index = next_option
            index = consume_optional(index)
        index = consume_positionals(index)
        extras.extend(arg_strings[index:])

        missing = []
        for action in self._actions:
            if action in seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            elif (isinstance(action.default, str)
                  and hasattr(namespace, action.dest)
                  and action.default is getattr(namespace, action.dest)):
                # a string default is converted only when it is used
                setattr(namespace, action.dest,
                        self._get_value(action, action.default))
        if missing:
            self.error(_('the following arguments are required: %s')
                       % ', '.join(missing))

        for group in self._mutually_exclusive_groups:
            if group.required and not any(a in seen_given
                                          for a in group._group_actions):
                names = [_get_action_name(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                self.error(_('one of the arguments %s is required')
                           % ' '.join(names))
        return namespace, extras

    def _read_args_from_files(self, arg_strings):
        expanded = []
        for string in arg_strings:
            if not string or string[0] not in self.fromfile_prefix_chars:
                expanded.append(string)
                continue
            try:
                with open(string[1:]) as args_file:
                    found = []
                    for line in args_file.read().splitlines():
                        found.extend(self.convert_arg_line_to_args(line))
                    expanded.extend(self._read_args_from_files(found))
            except OSError as err:
                self.error(str(err))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, arg_strings_pattern):
        match = _re.match(_nargs_pattern(action), arg_strings_pattern)
        if match is not None:
            return len(match.group(1))
        fixed = {None: _('expected one argument'),
                 OPTIONAL: _('expected at most one argument'),
                 ONE_OR_MORE: _('expected at least one argument')}
        message = fixed.get(action.nargs)
        if message is None:
            message = ngettext('expected %s argument',
                               'expected %s arguments',
                               action.nargs) % action.nargs
        raise ArgumentError(action, message)

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        # as many of the actions as can match, from the first one on
        for count in range(len(actions), 0, -1):
            regex = ''.join(_nargs_pattern(a) for a in actions[:count])
            match = _re.match(regex, arg_strings_pattern)
            if match is not None:
                return [len(group) for group in match.groups()]
        return []

    def _parse_optional(self, arg_string):
        """(action, option string, explicit argument) when arg_string is an
        option (action None when this parser does not know it), else None."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        if arg_string in self._option_string_actions:
            return self._option_string_actions[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            option, explicit = arg_string.split('=', 1)
            if option in self._option_string_actions:
                return self._option_string_actions[option], option, explicit

        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            matches = ', '.join(option for _a, option, _e in candidates)
            self.error(_('ambiguous option: %(option)s could match '
                         '%(matches)s') % {'option': arg_string,
                                           'matches': matches})
        elif len(candidates) == 1:
            return candidates[0]

        if (self._negative_number_matcher.match(arg_string)
                and not self._has_negative_number_optionals):
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        found = []
        chars = self.prefix_chars
        if option_string[0] in chars and option_string[1] in chars:
            # a long option: any option it abbreviates, up to an '='
            if self.allow_abbrev:
                prefix, sep, explicit = option_string.partition('=')
                if not sep:
                    explicit = None
                for known, action in self._option_string_actions.items():
                    if known.startswith(prefix):
                        found.append((action, known, explicit))
        elif option_string[0] in chars:
            # a short option may carry its value glued on: -xVALUE
            short, glued = option_string[:2], option_string[2:]
            for known, action in self._option_string_actions.items():
                if known == short:
                    found.append((action, known, glued))
                elif known.startswith(option_string):
                    found.append((action, known, None))
        else:
            self.error(_('unexpected option string: %s') % option_string)
        return found

    def _get_nargs_pattern(self, action):
        return _nargs_pattern(action)

    # -- intermixed parsing --------------------------------------------------

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self.error(_('unrecognized arguments: %s') % ' '.join(extras))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        # Two passes: the options first, with every positional switched off
        # (nargs and default SUPPRESS), then the positionals from what the
        # first pass left, with no option required.
        positionals = self._get_positional_actions()
        for action in positionals:
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg'
                                ' with nargs=%s' % action.nargs)
        for group in self._mutually_exclusive_groups:
            if any(a in positionals for a in group._group_actions):
                raise TypeError('parse_intermixed_args: positional in'
                                ' mutuallyExclusiveGroup')
        saved_usage = self.usage
        try:
            if self.usage is None:
                # errors of either pass show the full usage
                self.usage = self.format_usage()[len('usage: '):]
            saved = [(a, a.nargs, a.default) for a in positionals]
            try:
                for action in positionals:
                    action.nargs = SUPPRESS
                    action.default = SUPPRESS
                namespace, remaining = self.parse_known_args(args, namespace)
                for action in positionals:
                    # a positional that got no strings must not show as []
                    if (hasattr(namespace, action.dest)
                            and getattr(namespace, action.dest) == []):
                        warnings.warn('Do not expect %s in %s'
                                      % (action.dest, namespace))
                        delattr(namespace, action.dest)
            finally:
                for action, nargs, default in saved:
                    action.nargs = nargs
                    action.default = default
            optionals = self._get_optional_actions()
            saved_required = [(a, a.required) for a in optionals]
            saved_groups = [(g, g.required)
                            for g in self._mutually_exclusive_groups]
            try:
                for action in optionals:
                    action.required = False
                for group in self._mutually_exclusive_groups:
                    group.required = False
                namespace, extras = self.parse_known_args(remaining,
                                                          namespace)
            finally:
                for action, required in saved_required:
                    action.required = required
                for group, required in saved_groups:
                    group.required = required
        finally:
            self.usage = saved_usage
        return namespace, extras

    # -- values --------------------------------------------------------------

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings.remove('--')

        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif (not arg_strings and nargs == ZERO_OR_MORE
              and not action.option_strings):
            value = arg_strings if action.default is None else action.default
            self._check_value(action, value)
        elif len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif nargs == REMAINDER:
            value = [self._get_value(action, s) for s in arg_strings]
        elif nargs == PARSER:
            value = [self._get_value(action, s) for s in arg_strings]
            self._check_value(action, value[0])
        elif nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, s) for s in arg_strings]
            for item in value:
                self._check_value(action, item)
        return value

    def _get_value(self, action, arg_string):
        convert = self._registry_get('type', action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, _('%r is not callable') % convert)
        try:
            return convert(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, _('invalid %(type)s value: %(value)r')
                                % {'type': name, 'value': arg_string})

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, _('invalid choice: %(value)r (choose '
                                          'from %(choices)s)')
                                % {'value': value, 'choices': choices})

    # -- help ----------------------------------------------------------------

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions,
                            self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions,
                            self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(),
                            _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(),
                            _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        try:
            (file or _sys.stderr).write(message)
        except (AttributeError, OSError):
            pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and "PROG: error: MESSAGE" to stderr and exit
        with status 2. An override must not return."""
        self.print_usage(_sys.stderr)
        self.exit(2, _('%(prog)s: error: %(message)s\n')
                  % {'prog': self.prog, 'message': message})
