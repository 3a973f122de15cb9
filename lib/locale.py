"""Locale services. pyheap has one locale, the C locale with UTF-8 text (as
CPython under LC_ALL=C.UTF-8): setlocale() accepts the names of that locale
and raises Error for any other, and the conventions are the C locale's."""

import builtins

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error', 'setlocale', 'resetlocale',
           'localeconv', 'strcoll', 'strxfrm', 'str', 'atof', 'atoi', 'format_string', 'currency',
           'normalize', 'LC_CTYPE', 'LC_COLLATE', 'LC_TIME', 'LC_MONETARY', 'LC_NUMERIC', 'LC_ALL',
           'LC_MESSAGES', 'CHAR_MAX', 'getencoding']

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

_CATEGORIES = (LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL)
# the names under which the one locale may be asked for
_C_NAMES = {'C', 'POSIX', 'C.UTF-8', 'C.utf8', 'C.UTF8', 'C.utf-8'}
_current = {c: ('C.UTF-8' if c == LC_CTYPE else 'C') for c in _CATEGORIES if c != LC_ALL}


class Error(Exception):
    pass


def setlocale(category, locale=None):
    """The category's locale name; with a name, switch to it (only the C locale exists)."""
    if category not in _CATEGORIES:
        raise Error('unsupported locale setting')
    if locale is not None and not isinstance(locale, (builtins.str, bytes)):
        # a (language, encoding) pair, as getlocale() returns
        locale = '.'.join(p for p in locale if p) if locale[0] else 'C'
    if locale is None:
        if category == LC_ALL:
            names = [(c, _current[c]) for c in (LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES)]
            if len({n for _, n in names}) == 1:
                return names[0][1]
            labels = ('LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES')
            return ';'.join(f'{label}={n}' for label, (_, n) in zip(labels, names))
        return _current[category]
    if locale == '':
        locale = 'C.UTF-8' if category in (LC_CTYPE, LC_ALL) else 'C'
    if locale not in _C_NAMES:
        raise Error('unsupported locale setting')
    for c in ([k for k in _current] if category == LC_ALL else [category]):
        _current[c] = locale
    return setlocale(category)


def resetlocale(category=LC_ALL):
    setlocale(category, '')


def localeconv():
    """The C locale's numeric and monetary conventions."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '', 'int_frac_digits': CHAR_MAX,
            'frac_digits': CHAR_MAX, 'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX,
            'n_sign_posn': CHAR_MAX, 'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    """The C locale collates by code point."""
    if not isinstance(a, builtins.str) or not isinstance(b, builtins.str):
        raise TypeError('strcoll() argument must be str')
    return (a > b) - (a < b)


def strxfrm(s):
    if not isinstance(s, builtins.str):
        raise TypeError(f'strxfrm() argument must be str, not {type(s).__name__}')
    return s


def getencoding():
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    return 'UTF-8'


def normalize(localename):
    """The C locale's names stand for themselves; other names are returned unchanged."""
    return localename


def _parse(name):
    if name in ('C', 'POSIX'):
        return None, None
    # glibc's C.UTF-8 is reported as CPython's alias table reports it
    if name in _C_NAMES:
        return 'en_US', 'UTF-8'
    lang, _, enc = name.partition('.')
    return lang, enc or None


def getlocale(category=LC_CTYPE):
    if category == LC_ALL and ';' in setlocale(LC_ALL):
        raise TypeError('category LC_ALL is not supported')
    return _parse(setlocale(category))


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    return _parse('C.UTF-8')


def format_string(f, val, grouping=False, monetary=False):
    """f % val: the C locale has no grouping and '.' as decimal point."""
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    return format_string('%.12g', val)


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))
