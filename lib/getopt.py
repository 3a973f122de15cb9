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
    i = 0
    while i < len(args):
        a = args[i]
        i += 1
        if a == '--':
            rest.extend(args[i:])
            return opts, rest
        if a.startswith('--'):
            i = _long(opts, a[2:], longopts, args, i)
        elif a.startswith('-') and a != '-':
            i = _short(opts, a[1:], shortopts, args, i)
        elif permute:
            rest.append(a)
        else:
            rest.extend(args[i - 1:])
            return opts, rest
    return opts, rest


def _long(opts, text, longopts, args, i):
    name, eq, value = text.partition('=')
    takes_arg, name = _long_match(name, longopts)
    if takes_arg:
        if not eq:
            if i >= len(args):
                raise GetoptError('option --%s requires argument' % name, name)
            value = args[i]
            i += 1
    elif eq:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value if takes_arg else ''))
    return i


def _long_match(name, longopts):
    """(takes an argument, full name) of the long option `name` abbreviates."""
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in candidates:
        return False, name
    if name + '=' in candidates:
        return True, name
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    full = candidates[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def _short(opts, letters, shortopts, args, i):
    while letters:
        opt, letters = letters[0], letters[1:]
        if _short_takes_arg(opt, shortopts):
            if not letters:
                if i >= len(args):
                    raise GetoptError('option -%s requires argument' % opt, opt)
                letters = args[i]
                i += 1
            opts.append(('-' + opt, letters))
            letters = ''
        else:
            opts.append(('-' + opt, ''))
    return i


def _short_takes_arg(opt, shortopts):
    at = shortopts.find(opt)
    if opt == ':' or at < 0:
        raise GetoptError('option -%s not recognized' % opt, opt)
    return shortopts.startswith(':', at + 1)
