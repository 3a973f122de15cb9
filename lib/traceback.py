"""Extract, format and print information about Python stack traces."""

import collections.abc
import itertools
import linecache
import sys
from _traceback import segment_anchors as _segment_anchors, display_width as _native_display_width

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']


# ------------------------------------------------------------------ lists of entries

def print_list(extracted_list, file=None):
    """Print a list of FrameSummary objects or (filename, lineno, name, line)
    tuples, as extract_tb() and extract_stack() return, to file (sys.stderr)."""
    _write_all(StackSummary.from_list(extracted_list).format(), file)


def format_list(extracted_list):
    """The lines print_list() would print, one string per entry."""
    return StackSummary.from_list(extracted_list).format()


def _write_all(pieces, file):
    if file is None:
        file = sys.stderr
    for piece in pieces:
        print(piece, file=file, end="")


# ------------------------------------------------------------------ tracebacks

def print_tb(tb, limit=None, file=None):
    """Print up to limit entries of the traceback tb (all when None) to file."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """format_list(extract_tb(tb, limit))."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """A StackSummary of the entries of the traceback tb, oldest first."""
    return StackSummary._from_positions(_tb_positions(tb), limit=limit)


# ------------------------------------------------------------------ exceptions

_CAUSE_HEADER = ("\nThe above exception was the direct cause "
                 "of the following exception:\n\n")
_CONTEXT_HEADER = ("\nDuring handling of the above exception, "
                   "another exception occurred:\n\n")


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _value_and_tb(exc, value, tb):
    # The old (type, value, tb) form and the new (exc) form of the arguments.
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is not _sentinel:
        return value, tb
    if exc is None:
        return None, None
    if isinstance(exc, BaseException):
        return exc, exc.__traceback__
    raise TypeError(f'Exception expected for value, {type(exc).__name__} found')


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print the exception with its traceback (up to limit entries), its
    cause or context when chain is true, to file (sys.stderr)."""
    value, tb = _value_and_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """The lines print_exception() would print, as a list of strings."""
    value, tb = _value_and_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The last part of an exception's report: its type and message (with
    the location of a SyntaxError) and its notes, as a list of strings."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    text = _safe_string(value, 'exception')
    if value is None or not text:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, text)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (sys.exc_info())."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The text print_exc() would print."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_type, sys.last_value,
    sys.last_traceback)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


# ------------------------------------------------------------------ stacks

def print_stack(f=None, limit=None, file=None):
    """Print the stack from frame f (the caller's when None) outwards."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """format_list(extract_stack(f, limit))."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """A StackSummary of the stack from frame f (the caller's when None),
    oldest frame first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Drop the local variables of every frame of the traceback tb (frames
    that are still running keep theirs)."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next


class FrameSummary:
    """One entry of a stack or traceback: filename, lineno, name, the source
    line (read lazily through linecache), the span of the instruction
    (end_lineno, colno, end_colno) and, when captured, the repr() of locals."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename, self.lineno, self.name, self.locals) == \
                (other.filename, other.lineno, other.name, other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        # The source line with its whitespace.
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yield (frame, lineno) for f and each frame that called it; without f,
    from the frame that called the caller of walk_stack's consumer."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of the traceback tb."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _tb_positions(tb):
    # (frame, (lineno, end_lineno, colno, end_colno)) for each entry, from
    # the code's position table at tb_lasti; tb_lineno when that has no line.
    while tb is not None:
        span = _instruction_span(tb.tb_frame.f_code, tb.tb_lasti)
        if span[0] is None:
            span = (tb.tb_lineno,) + span[1:]
        yield tb.tb_frame, span
        tb = tb.tb_next


def _instruction_span(code, lasti):
    if lasti < 0:
        return (None, None, None, None)
    # co_positions() has one entry per 2-byte code unit.
    return next(itertools.islice(code.co_positions(), lasti // 2, None))


# Identical entries shown in a row before the rest are counted (as the C printer does).
_RECURSIVE_CUTOFF = 3


class StackSummary(list):
    """A list of FrameSummary objects: a stack or a traceback."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """A StackSummary of the (frame, lineno) pairs of frame_gen, at most
        limit of them; lookup_lines reads the source lines at once,
        capture_locals keeps the repr() of each frame's locals."""
        spans = ((f, (lineno, None, None, None)) for f, lineno in frame_gen)
        return klass._from_positions(spans, limit=limit, lookup_lines=lookup_lines,
                                     capture_locals=capture_locals)

    @classmethod
    def _from_positions(klass, frame_gen, *, limit=None, lookup_lines=True,
                        capture_locals=False):
        # frame_gen yields (frame, (lineno, end_lineno, colno, end_colno)).
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            if limit >= 0:
                frame_gen = itertools.islice(frame_gen, limit)
            else:
                # A negative limit keeps the last -limit entries.
                frame_gen = collections.deque(frame_gen, maxlen=-limit)
        result = klass()
        filenames = set()
        for f, (lineno, end_lineno, colno, end_colno) in frame_gen:
            code = f.f_code
            filenames.add(code.co_filename)
            linecache.lazycache(code.co_filename, f.f_globals)
            result.append(FrameSummary(
                code.co_filename, lineno, code.co_name, lookup_line=False,
                locals=f.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        # Lines are read only after the cache has dropped stale files.
        for filename in filenames:
            linecache.checkcache(filename)
        if lookup_lines:
            for summary in result:
                summary.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary of FrameSummary objects or (filename, lineno, name,
        line) tuples."""
        result = StackSummary()
        for entry in a_list:
            if isinstance(entry, FrameSummary):
                result.append(entry)
            else:
                filename, lineno, name, line = entry
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one entry: its File line, its source line and the
        markers under the part that was running, and its locals."""
        parts = [f'  File "{frame_summary.filename}", line {frame_summary.lineno}, '
                 f'in {frame_summary.name}\n']
        if frame_summary.line:
            stripped = frame_summary.line.strip()
            parts.append(f'    {stripped}\n')
            markers = _marker_row(frame_summary, stripped)
            if markers is not None:
                parts.append(markers)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                parts.append(f'    {name} = {value}\n')
        return ''.join(parts)

    def format(self):
        """The text of each entry, a run of more than three identical
        entries (a recursion) shortened to three and a count of the rest."""
        result = []
        previous = None
        repeats = 0
        for summary in self:
            text = self.format_frame_summary(summary)
            if text is None:
                continue
            key = (summary.filename, summary.lineno, summary.name)
            if previous is None or None in previous or key != previous:
                _note_repeats(result, repeats)
                previous = key
                repeats = 0
            repeats += 1
            if repeats <= _RECURSIVE_CUTOFF:
                result.append(text)
        _note_repeats(result, repeats)
        return result


def _note_repeats(result, repeats):
    extra = repeats - _RECURSIVE_CUTOFF
    if extra > 0:
        result.append(f'  [Previous line repeated {extra} more time{"s" if extra > 1 else ""}]\n')


def _marker_row(summary, stripped):
    # The row of ^ (and ~ around an operator or subscript) under the source
    # span of the entry, or None when there is none or it would mark the
    # whole line.
    if summary.colno is None or summary.end_colno is None:
        return None
    line = summary._original_line
    indent = len(line) - len(summary.line.lstrip())
    start = _byte_offset_to_character_offset(line, summary.colno)
    end = _byte_offset_to_character_offset(line, summary.end_colno)
    segment = line[start:end]
    anchors = None
    if summary.lineno == summary.end_lineno:
        try:
            anchors = _caret_anchors(segment)
        except Exception:
            anchors = None
    else:
        # A span that goes on below is marked to the end of this line.
        end = len(line.rstrip())
    if end - start >= len(stripped) and not (anchors and anchors.right_start_offset > anchors.left_end_offset):
        return None
    col_start = _display_width(line, start) + 1
    col_end = _display_width(line, end) + 1
    row = '    ' + ' ' * (col_start - indent)
    if anchors:
        left = _display_width(segment, anchors.left_end_offset)
        right = _display_width(segment, anchors.right_start_offset)
        row += (anchors.primary_char * left
                + anchors.secondary_char * (right - left)
                + anchors.primary_char * (col_end - col_start - right))
    else:
        row += '^' * (col_end - col_start)
    return row + '\n'


def _byte_offset_to_character_offset(str, offset):
    return len(str.encode('utf-8')[:offset].decode('utf-8', errors='replace'))


_Anchors = collections.namedtuple(
    "_Anchors",
    ["left_end_offset", "right_start_offset", "primary_char", "secondary_char"],
    defaults=["~", "^"])


def _caret_anchors(segment):
    # Where the ^ of a binary operator or of a subscript's brackets go
    # within segment (character offsets), or None for other expressions.
    found = _segment_anchors(segment)
    if found is None:
        return None
    kind, first, second = found
    chars = lambda offset: _byte_offset_to_character_offset(segment, offset)
    if kind == 'BinOp':
        between = segment[chars(first):chars(second)]
        blank = len(between) - len(between.lstrip())
        left = first + blank
        right = left + 1
        if blank + 1 < len(between) and not between[blank + 1].isspace():
            right += 1
        # Skip what closes a parenthesized left operand (and comments) to reach the operator.
        while left < len(segment) and (segment[left].isspace() or segment[left] in ")#"):
            left += 1
            right += 1
        return _Anchors(chars(left), chars(right))
    left = chars(first)
    right = chars(second + 1)
    while left < len(segment) and segment[left] != "[":
        left += 1
    while right < len(segment) and segment[right] != "]":
        right += 1
    if right < len(segment):
        right += 1
    return _Anchors(left, right)


def _display_width(line, offset):
    # Terminal columns of line[:offset]: East Asian wide characters take two.
    if line.isascii():
        return offset
    return _native_display_width(line[:offset])


# ------------------------------------------------------------------ TracebackException

class _PrintContext:
    # The state of printing one exception tree: what was printed, and the
    # nesting of exception groups, whose members are drawn in boxes.

    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        prefix = self.indent()
        if self.exception_group_depth:
            prefix += ('|' if margin_char is None else margin_char) + ' '
        texts = [text_gen] if isinstance(text_gen, str) else text_gen
        for text in texts:
            yield ''.join(prefix + line for line in text.splitlines(True))


class TracebackException:
    """An exception captured for printing: its type, str(), notes,
    traceback (a StackSummary in stack), and the TracebackExceptions of its
    __cause__, __context__ and group members, holding no reference to the
    exception itself.

    max_group_width and max_group_depth limit how many members of an
    exception group, and how many levels of nested groups, are printed."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        top = _seen is None
        if top:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._from_positions(
            _tb_positions(exc_traceback), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = None if exc_value.lineno is None else str(exc_value.lineno)
            self.end_lineno = None if exc_value.end_lineno is None else str(exc_value.end_lineno)
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = \
            exc_value.__suppress_context__ if exc_value is not None else False
        if not top:
            # The outermost call fills in the chain for the whole tree.
            return
        options = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                       max_group_width=max_group_width, max_group_depth=max_group_depth,
                       _seen=_seen)

        def capture(e):
            return TracebackException(type(e), e, e.__traceback__, **options)

        pending = [(self, exc_value)]
        while pending:
            te, e = pending.pop()
            cause = None
            if e and e.__cause__ is not None and id(e.__cause__) not in _seen:
                cause = capture(e.__cause__)
            # compact: the context is kept only where it would be printed.
            wants_context = not compact or (cause is None and e is not None and not e.__suppress_context__)
            context = None
            if e and e.__context__ is not None and wants_context and id(e.__context__) not in _seen:
                context = capture(e.__context__)
            members = None
            if e and isinstance(e, BaseExceptionGroup):
                members = [capture(x) for x in e.exceptions]
            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = members
            if cause:
                pending.append((cause, e.__cause__))
            if context:
                pending.append((context, e.__context__))
            if members:
                pending.extend(zip(members, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of the exception exc."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for summary in self.stack:
            summary.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yield the lines of the exception's own part: its type and message
        (after the location of a SyntaxError), then its notes."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        if issubclass(self.exc_type, SyntaxError):
            yield from self._format_syntax_error(stype)
        else:
            yield _format_final_exc_line(stype, self._str)
        if isinstance(self.__notes__, collections.abc.Sequence):
            for note in self.__notes__:
                note = _safe_string(note, 'note')
                for piece in note.split('\n'):
                    yield piece + '\n'
        elif self.__notes__ is not None:
            yield _safe_string(self.__notes__, '__notes__', func=repr)

    def _format_syntax_error(self, stype):
        suffix = ''
        if self.lineno is not None:
            yield f'  File "{self.filename or "<string>"}", line {self.lineno}\n'
        elif self.filename is not None:
            suffix = f' ({self.filename})'
        if self.text is not None:
            rtext = self.text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield f'    {ltext}\n'
            if self.offset is not None:
                offset = self.offset
                end_offset = offset if self.end_offset in (None, 0) else self.end_offset
                if end_offset == offset or end_offset == -1:
                    end_offset = offset + 1
                # 1-based offsets into the text, made 0-based in the stripped text.
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    # Tabs and other whitespace stay, to keep the caret aligned.
                    lead = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield f"    {lead}{'^' * (end_colno - colno)}\n"
        yield f"{stype}: {self.msg or '<no detail available>'}{suffix}\n"

    def format(self, *, chain=True, _ctx=None):
        """Yield the lines of the whole report: the chain of causes and
        contexts (when chain is true), oldest first, each with its traceback;
        exception groups with their members in boxes."""
        if _ctx is None:
            _ctx = _PrintContext()
        chain_items = []
        exc = self
        while exc is not None:
            if not chain:
                chain_items.append((None, exc))
                break
            if exc.__cause__ is not None:
                header, following = _CAUSE_HEADER, exc.__cause__
            elif exc.__context__ is not None and not exc.__suppress_context__:
                header, following = _CONTEXT_HEADER, exc.__context__
            else:
                header, following = None, None
            chain_items.append((header, exc))
            exc = following
        for header, exc in reversed(chain_items):
            if header is not None:
                yield from _ctx.emit(header)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from exc._format_group(chain, _ctx, self.max_group_width)

    def _format_group(self, chain, _ctx, max_width):
        toplevel = _ctx.exception_group_depth == 0
        if toplevel:
            _ctx.exception_group_depth += 1
        if self.stack:
            yield from _ctx.emit('Exception Group Traceback (most recent call last):\n',
                                 margin_char='+' if toplevel else None)
            yield from _ctx.emit(self.stack.format())
        yield from _ctx.emit(self.format_exception_only())
        total = len(self.exceptions)
        shown = total if total <= max_width else max_width + 1
        _ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                # A nested group printed below may close the box itself.
                _ctx.need_close = True
            truncated = max_width is not None and i >= max_width
            title = '...' if truncated else f'{i + 1}'
            yield _ctx.indent() + ('+-' if i == 0 else '  ') + f'+---------------- {title} ----------------\n'
            _ctx.exception_group_depth += 1
            if truncated:
                remaining = total - max_width
                yield from _ctx.emit(f"and {remaining} more exception{'s' if remaining > 1 else ''}\n")
            else:
                yield from self.exceptions[i].format(chain=chain, _ctx=_ctx)
            if last and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1
        if toplevel:
            _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Print self.format(chain=chain) to file (sys.stderr)."""
        _write_all(self.format(chain=chain), file)
