"""Unix-style command-line option parsing (the C library's getopt), with GNU
long options.

getopt(args, shortopts, longopts) returns (options, remaining arguments):
options is a list of (option, value) pairs such as ('-n', '10') or
('--verbose', ''). In shortopts a letter followed by ':' takes an argument;
in longopts a name followed by '=' does. Parsing stops at the first
non-option argument (getopt) or goes on past them (gnu_getopt); '--' ends
the options in both.
"""

__all__ = ['GetoptError', 'error', 'getopt', 'gnu_getopt']

import os


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """Parse options up to the first argument that is not one."""
    return _parse(args, shortopts, longopts, False)


def gnu_getopt(args, shortopts, longopts=[]):
    """Parse options anywhere among the arguments (unless shortopts starts
    with '+' or POSIXLY_CORRECT is set)."""
    posix = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        posix = True
    elif os.environ.get('POSIXLY_CORRECT'):
        posix = True
    return _parse(args, shortopts, longopts, not posix)


def _parse(args, shortopts, longopts, permute):
    if isinstance(longopts, str):
        longopts = [longopts]
    else:
        longopts = list(longopts)
    opts = []
    rest = []
    args = list(args)
    while args:
        a = args[0]
        if a == '--':
            rest.extend(args[1:])
            return opts, rest
        if a.startswith('--'):
            opts, args = do_longs(opts, a[2:], longopts, args[1:])
        elif a.startswith('-') and a != '-':
            opts, args = do_shorts(opts, a[1:], shortopts, args[1:])
        elif permute:
            rest.append(a)
            args = args[1:]
        else:
            rest.extend(args)
            return opts, rest
    return opts, rest


def do_longs(opts, opt, longopts, args):
    """Add the long option `opt` (the text after '--') to opts, taking its
    value from args when it needs one and has no '='; (opts, remaining args)."""
    name, eq, value = opt.partition('=')
    takes_arg, name = long_has_args(name, longopts)
    if takes_arg:
        if not eq:
            if not args:
                raise GetoptError('option --%s requires argument' % name, name)
            value, args = args[0], args[1:]
    elif eq:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value if takes_arg else ''))
    return opts, args


def long_has_args(opt, longopts):
    """(whether it takes an argument, full name) of the long option `opt`
    abbreviates among longopts."""
    candidates = [o for o in longopts if o.startswith(opt)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % opt, opt)
    if opt in candidates:
        return False, opt
    if opt + '=' in candidates:
        return True, opt
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    full = candidates[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def do_shorts(opts, optstring, shortopts, args):
    """Add the short options of optstring (the letters after '-') to opts; the
    last one's value may come from args; (opts, remaining args)."""
    while optstring:
        opt, optstring = optstring[0], optstring[1:]
        if short_has_arg(opt, shortopts):
            if not optstring:
                if not args:
                    raise GetoptError('option -%s requires argument' % opt, opt)
                optstring, args = args[0], args[1:]
            opts.append(('-' + opt, optstring))
            optstring = ''
        else:
            opts.append(('-' + opt, ''))
    return opts, args


def short_has_arg(opt, shortopts):
    """Whether the short option `opt` takes an argument in shortopts."""
    at = shortopts.find(opt)
    if opt == ':' or at < 0:
        raise GetoptError('option -%s not recognized' % opt, opt)
    return shortopts.startswith(':', at + 1)
