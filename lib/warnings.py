"""Python part of the warnings subsystem."""

# pyheap has no C accelerator for this module: everything CPython's _warnings
# does (the filter walk, the registries, the default filters) is done here,
# with _warnings' observable details (registry values are True, the filters
# version starts at 0, the built-in default filters name their module as a
# plain string that must match exactly).

import sys
from operator import index as _index

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}

# Bumped on every change of `filters`; a registry remembers the version it was
# filled under and is emptied when the filters changed since.
_filters_version = 0


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# ------------------------------------------------------------------ showing

def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            # No stderr (pythonw-like setups): the warning goes nowhere.
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    line = msg.line
    if line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        s += "  %s\n" % line.strip()
    if msg.source is not None:
        s += _source_traceback(msg.source, category)
    return s


def _source_traceback(source, category):
    """Where `source` (the object a ResourceWarning is about) was allocated, as far as tracemalloc knows."""
    try:
        import tracemalloc
    except Exception:
        # Without tracemalloc there is nothing to suggest either.
        return ''
    tracing = tracemalloc.is_tracing()
    try:
        tb = tracemalloc.get_object_traceback(source)
    except Exception:
        tb = None
    if tb is not None:
        import linecache
        s = 'Object allocated at (most recent call last):\n'
        for frame in tb:
            s += '  File "%s", lineno %s\n' % (frame.filename, frame.lineno)
            try:
                line = linecache.getline(frame.filename, frame.lineno)
            except Exception:
                line = None
            if line:
                s += '    %s\n' % line.strip()
        return s
    if not tracing:
        return f'{category}: Enable tracemalloc to get the object allocation traceback\n'
    return ''


# The originals, so that replacing showwarning/formatwarning in this module
# is noticed and the replacement called with the old signature.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    fw = formatwarning
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# ------------------------------------------------------------------ filters

def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front).

    'action' -- one of "error", "ignore", "always", "default", "module",
                or "once"
    'message' -- a regex that the warning message must match
    'category' -- a class that the warning must be a subclass of
    'module' -- a regex that the module name must match
    'lineno' -- an integer line number, 0 matches all warnings
    'append' -- if true, append to the list of filters
    """
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    if message or module:
        import re
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front).

    A simple filter matches all modules and messages.
    'action' -- one of "error", "ignore", "always", "default", "module",
                or "once"
    'category' -- a class that the warning must be a subclass of
    'lineno' -- an integer line number, 0 matches all warnings
    'append' -- if true, append to the list of filters
    """
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # A filter added again moves to the front; appending never duplicates.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


# ------------------------------------------------------------------ -W options

class _OptionError(Exception):
    """Exception used by option processing helpers."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    """One -W option, action:message:category:module:lineno, as a filter."""
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    parts += [''] * (5 - len(parts))
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    # On the command line, message and module are literal texts, not regexes.
    if message or module:
        import re
        if message:
            message = re.escape(message)
        if module:
            module = re.escape(module) + r'\Z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for a in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins as m
        klass = category
    else:
        module, _, klass = category.rpartition('.')
        try:
            m = __import__(module, None, None, [klass])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module,)) from None
    try:
        cat = getattr(m, klass)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not issubclass(cat, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


# ------------------------------------------------------------------ issuing

def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    # Level 1 is the caller of warn (also for levels below 1); beyond the
    # outermost frame the warning is attributed to sys.
    try:
        frame = sys._getframe(stacklevel if stacklevel > 1 else 1)
    except ValueError:
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals.get('__name__')
    if not isinstance(module, str):
        module = "<string>"
    registry = globals.get("__warningregistry__")
    if registry is None:
        registry = globals["__warningregistry__"] = {}
    warn_explicit(message, category, filename, lineno, module, registry,
                  None, source)


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    """Low-level interface to warnings functionality."""
    lineno = _index(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:] == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None:
        if registry.get('version') != _filters_version:
            registry.clear()
            registry['version'] = _filters_version
        elif registry.get(key):
            return
    action, item = _matching_filter(text, category, module, lineno)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            if registry is None:
                registry = onceregistry
            if _already_warned(registry, (text, category)):
                return
        elif action == "module":
            if registry is not None and _already_warned(registry, (text, category, 0)):
                return
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r"
                               % (action, item))
    line = _source_line(module_globals, lineno)
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, line, source))


def _matching_filter(text, category, module, lineno):
    """The action of the first filter that matches the warning, and that filter."""
    if not isinstance(filters, list):
        raise ValueError("_warnings.filters must be a list")
    for i, item in enumerate(filters):
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple" % i)
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            if not isinstance(action, str):
                raise TypeError("action must be a string, not '%.200s'" % type(action).__name__)
            return action, item
    if not isinstance(defaultaction, str):
        raise TypeError("warnings.defaultaction must be a string, not '%.200s'"
                        % type(defaultaction).__name__)
    return defaultaction, None


def _matches(pattern, text):
    # The built-in default filters hold plain strings, which match exactly.
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return bool(pattern.match(text))


def _already_warned(registry, key):
    """Whether key is in the registry; records it when not."""
    if registry.get(key):
        return True
    registry[key] = True
    return False


def _source_line(module_globals, lineno):
    """The line from the module's loader (warn_explicit's module_globals), or None to use linecache."""
    if not isinstance(module_globals, dict):
        return None
    loader = module_globals.get('__loader__')
    name = module_globals.get('__name__')
    if loader is None or name is None:
        return None
    get_source = getattr(loader, 'get_source', None)
    if get_source is None:
        return None
    source = get_source(name)
    if source is None:
        return None
    lines = source.splitlines()
    return lines[lineno - 1] if 0 < lineno <= len(lines) else None


# ------------------------------------------------------------------ records and contexts

class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon
    exiting the context.

    The 'record' argument specifies whether warnings should be captured by a
    custom implementation of warnings.showwarning() and be appended to a list
    returned by the context manager. Otherwise None is returned by the context
    manager. The objects appended to the list are arguments whose attributes
    mirror the arguments to showwarning().

    The 'module' argument is to specify an alternative module to the module
    named 'warnings' and imported under that name. This argument is only useful
    when testing the warnings module itself.

    If the 'action' argument is not None, the remaining arguments are passed
    to warnings.simplefilter() as if it were called immediately on entering the
    context.
    """

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._filters = mod.filters
        mod.filters = self._filters[:]
        mod._filters_mutated()
        self._showwarning = mod.showwarning
        self._showwarnmsg_impl = mod._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        mod._showwarnmsg_impl = log.append
        # A showwarning replaced earlier would bypass the log.
        mod.showwarning = mod._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters = self._filters
        mod._filters_mutated()
        mod.showwarning = self._showwarning
        mod._showwarnmsg_impl = self._showwarnmsg_impl


def _deprecated(name, message="{name!r} is deprecated and slated for removal in Python {remove}",
                *, remove, _version=sys.version_info):
    """Warn that *name* is deprecated and should be removed by *remove* (a "major.minor" string)."""
    remove_formatted = f"{remove[0]}.{remove[1]}"
    if (_version[:2] > remove) or (_version[:2] == remove and _version[3] != "alpha"):
        msg = f"{name!r} was slated for removal after Python {remove_formatted} alpha"
        raise RuntimeError(msg)
    msg = message.format(name=name, remove=remove_formatted)
    warn(msg, DeprecationWarning, stacklevel=3)


_processoptions(sys.warnoptions)
