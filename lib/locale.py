"""Locale services. pyheap has one locale, the C locale with UTF-8 text (as
CPython under LC_ALL=C.UTF-8): setlocale() accepts the names of that locale
and raises Error for any other, and the conventions are the C locale's."""

import builtins

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error', 'setlocale', 'resetlocale',
           'localeconv', 'strcoll', 'strxfrm', 'str', 'atof', 'atoi', 'format_string', 'currency',
           'normalize', 'LC_CTYPE', 'LC_COLLATE', 'LC_TIME', 'LC_MONETARY', 'LC_NUMERIC', 'LC_ALL',
           'LC_MESSAGES', 'CHAR_MAX', 'getencoding', 'format', 'localize', 'delocalize']

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
    if locale is not None and not isinstance(locale, builtins.str):
        locale = _build_localename(locale)
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


def _build_localename(localetuple):
    """The name of a (language, encoding) pair, as getlocale() returns them."""
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        return language if encoding is None else language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def resetlocale(category=LC_ALL):
    setlocale(category, '')


# Conventions that replace localeconv()'s (tests set it to model a locale's numbers).
_override_localeconv = {}


def localeconv():
    """The numeric and monetary conventions: the C locale's, updated by _override_localeconv."""
    conv = {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '', 'int_frac_digits': CHAR_MAX,
            'frac_digits': CHAR_MAX, 'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX,
            'n_sign_posn': CHAR_MAX, 'decimal_point': '.', 'thousands_sep': '', 'grouping': []}
    if _override_localeconv:
        conv.update(_override_localeconv)
    return conv


def strcoll(a, b):
    """The C locale collates by code point."""
    if not isinstance(a, builtins.str) or not isinstance(b, builtins.str):
        raise TypeError('strcoll() argument must be str')
    if '\0' in a or '\0' in b:
        raise ValueError('embedded null character')
    return (a > b) - (a < b)


def strxfrm(s):
    if not isinstance(s, builtins.str):
        raise TypeError(f'strxfrm() argument must be str, not {type(s).__name__}')
    if '\0' in s:
        raise ValueError('embedded null character')
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


def _pick(conv, key, monetary):
    """conv's entry for key, or for its monetary counterpart (mon_ + key)."""
    return conv['mon_' + key if monetary else key]


def _group_sizes(grouping):
    """The sizes of the digit groups from the right: a 0 repeats the last size
    forever, CHAR_MAX stops grouping."""
    last = None
    for size in grouping:
        if size == CHAR_MAX:
            return
        if size == 0:
            if last is None:
                raise ValueError('invalid grouping')
            while True:
                yield last
        yield size
        last = size


def _group(s, monetary=False):
    """s (digits, with padding spaces maybe) with the thousands separator
    put between the groups; (result, how many separator characters were added)."""
    conv = localeconv()
    sep = _pick(conv, 'thousands_sep', monetary)
    grouping = _pick(conv, 'grouping', monetary)
    if not grouping:
        return s, 0
    body = s.rstrip(' ')
    right = s[len(body):]
    left = ''
    groups = []
    for size in _group_sizes(grouping):
        if not body or body[-1] not in '0123456789':
            # A sign or padding before the digits stays as it is.
            left = body
            body = ''
            break
        groups.append(body[-size:])
        body = body[:-size]
    if body:
        groups.append(body)
    groups.reverse()
    return left + sep.join(groups) + right, len(sep) * (len(groups) - 1)


def _strip_padding(s, amount):
    """Take up to `amount` padding spaces off s, the left ones first (what the separators added)."""
    start = 0
    while amount and s[start] == ' ':
        start += 1
        amount -= 1
    end = len(s)
    while amount and s[end - 1] == ' ':
        end -= 1
        amount -= 1
    return s[start:end]


def _localize(formatted, grouping=False, monetary=False):
    """A number formatted in the C way, with the locale's decimal point and (with grouping) separators."""
    int_part, dot, frac = formatted.partition('.')
    added = 0
    if grouping:
        int_part, added = _group(int_part, monetary)
    if dot:
        formatted = int_part + _pick(localeconv(), 'decimal_point', monetary) + frac
    else:
        formatted = int_part
    if added:
        formatted = _strip_padding(formatted, added)
    return formatted


_spec_re = None


def _specs():
    global _spec_re
    if _spec_re is None:
        import re
        _spec_re = re.compile(r'%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')
    return _spec_re


def _format(percent, value, grouping=False, monetary=False, *additional):
    formatted = percent % ((value,) + additional if additional else value)
    if percent[-1] in 'eEfFgGdiu':
        formatted = _localize(formatted, grouping, monetary)
    return formatted


def format_string(f, val, grouping=False, monetary=False):
    """f % val, with each number formatted by the locale's conventions."""
    import collections.abc
    specs = list(_specs().finditer(f))
    pieces = []
    if isinstance(val, collections.abc.Mapping):
        for m in specs:
            spec = m.group()
            pieces.append('%' if spec[-1] == '%' else _format(spec, val, grouping, monetary))
    else:
        if not isinstance(val, tuple):
            val = (val,)
        i = 0
        for m in specs:
            spec = m.group()
            if spec[-1] == '%':
                pieces.append('%')
                continue
            # A * width or precision takes its value from the arguments too.
            stars = m.group('modifiers').count('*')
            pieces.append(_format(spec, val[i], grouping, monetary, *val[i + 1:i + 1 + stars]))
            i += 1 + stars
    return _specs().sub('%s', f) % tuple(pieces)


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated: format_string() for exactly one % specifier."""
    import warnings
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.", DeprecationWarning, stacklevel=2)
    m = _specs().match(percent)
    if not m or len(m.group()) != len(percent):
        raise ValueError('format() must be given exactly one %%char format specifier, %s not valid'
                         % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    """val as an amount of money by the locale's monetary conventions."""
    conv = localeconv()
    digits = conv['int_frac_digits' if international else 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    neg = val < 0
    # < and > mark where the number starts and ends, for the sign positions 3 and 4.
    s = '<' + _localize(f'{abs(val):.{digits}f}', grouping, monetary=True) + '>'
    if symbol:
        sym = conv['int_curr_symbol' if international else 'currency_symbol']
        space = ' ' if conv['n_sep_by_space' if neg else 'p_sep_by_space'] else ''
        if conv['n_cs_precedes' if neg else 'p_cs_precedes']:
            s = sym + space + s
        else:
            if international and sym[-1] == ' ':
                sym = sym[:-1]
            s = s + space + sym
    position = conv['n_sign_posn' if neg else 'p_sign_posn']
    sign = conv['negative_sign' if neg else 'positive_sign']
    if position == 0:
        s = '(' + s + ')'
    elif position == 2:
        s = s + sign
    elif position == 3:
        s = s.replace('<', sign)
    elif position == 4:
        s = s.replace('>', sign)
    else:
        s = sign + s
    return s.replace('<', '').replace('>', '')


def str(val):
    """val as '%.12g' formats it, with the locale's decimal point."""
    return _format('%.12g', val)


def delocalize(string):
    """A localized number string in the C form (no separators, '.' as decimal point)."""
    conv = localeconv()
    if conv['thousands_sep']:
        string = string.replace(conv['thousands_sep'], '')
    if conv['decimal_point']:
        string = string.replace(conv['decimal_point'], '.')
    return string


def localize(string, grouping=False, monetary=False):
    """A C-formatted number string in the locale's form."""
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))
