r"""JSON (JavaScript Object Notation) <https://json.org> is a subset of
JavaScript syntax (ECMA-262 3rd edition) used as a lightweight data
interchange format.

:mod:`json` exposes an API familiar to users of the standard library
:mod:`marshal` and :mod:`pickle` modules: dumps() and dump() write JSON,
loads() and load() read it, and JSONEncoder and JSONDecoder are the
classes behind them, made to be subclassed.

Encoding Python objects::

    >>> import json
    >>> json.dumps({"name": "pyheap", "tags": ["gc", "refcount"], "n": 3})
    '{"name": "pyheap", "tags": ["gc", "refcount"], "n": 3}'
    >>> json.dumps([1.5, None, True, "caf\u00e9"])
    '[1.5, null, true, "caf\\u00e9"]'
    >>> print(json.dumps({"b": 1, "a": [1, 2]}, sort_keys=True, indent=2))
    {
      "a": [
        1,
        2
      ],
      "b": 1
    }
    >>> json.dumps([1, {"x": 2}], separators=(',', ':'))
    '[1,{"x":2}]'

Decoding JSON text::

    >>> json.loads('{"depth": [1, 2.0, "three"], "ok": false}')
    {'depth': [1, 2.0, 'three'], 'ok': False}
    >>> from decimal import Decimal
    >>> json.loads('[0.1]', parse_float=Decimal)
    [Decimal('0.1')]
    >>> json.loads('{"a": 1, "a": 2}', object_pairs_hook=list)
    [('a', 1), ('a', 2)]

In pyheap the scanner and the encoder are native (the _json module), as
CPython's C accelerations are; this package is the interface over them.
Without that module (when it is blocked) the Python functions of
json.scanner, json.decoder and json.encoder do the same work.
"""
__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

__author__ = 'Bob Ippolito <bob@redivi.com>'

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder


def _uses_defaults(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                   indent, separators, default, sort_keys, kw):
    # With every option at its default the shared encoder does the work.
    return (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw)


_default_encoder = JSONEncoder(
    skipkeys=False,
    ensure_ascii=True,
    check_circular=True,
    allow_nan=True,
    indent=None,
    separators=None,
    default=None,
)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
        allow_nan=True, cls=None, indent=None, separators=None,
        default=None, sort_keys=False, **kw):
    """Serialize ``obj`` as a JSON formatted stream to ``fp`` (a
    ``.write()``-supporting file-like object), chunk by chunk.

    The options are those of dumps()."""
    if _uses_defaults(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                      indent, separators, default, sort_keys, kw):
        iterable = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
            check_circular=check_circular, allow_nan=allow_nan, indent=indent,
            separators=separators,
            default=default, sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
        allow_nan=True, cls=None, indent=None, separators=None,
        default=None, sort_keys=False, **kw):
    """Serialize ``obj`` to a JSON formatted ``str``.

    skipkeys: skip dict keys that are not str, int, float, bool or None
    (instead of raising TypeError).  ensure_ascii: escape every non-ASCII
    character.  check_circular: detect reference cycles (ValueError).
    allow_nan: write NaN and the infinities as JavaScript does (instead of
    raising ValueError).  indent: a number of spaces or a string to
    pretty-print with.  separators: (item_separator, key_separator).
    default: called with objects that cannot otherwise be serialized.
    sort_keys: write dicts in key order.  cls: the JSONEncoder subclass to
    use."""
    if _uses_defaults(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                      indent, separators, default, sort_keys, kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys,
        **kw).encode(obj)


_default_decoder = JSONDecoder(object_hook=None, object_pairs_hook=None)


def detect_encoding(b):
    """The encoding of JSON bytes: from a BOM, else from where the first
    two ASCII characters' zero bytes are."""
    if b.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if b.startswith((b'\xfe\xff', b'\xff\xfe')):
        return 'utf-16'
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
        parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``fp`` (a ``.read()``-supporting file-like object holding
    a JSON document) to a Python object; the options are those of loads()."""
    return loads(fp.read(),
        cls=cls, object_hook=object_hook,
        parse_float=parse_float, parse_int=parse_int,
        parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
        parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``s`` (a ``str``, ``bytes`` or ``bytearray`` holding a
    JSON document) to a Python object.

    object_hook is called with every decoded dict, object_pairs_hook with
    the list of (key, value) pairs of every object (it wins over
    object_hook); parse_float, parse_int and parse_constant turn the text
    of floats, ints and of NaN, Infinity, -Infinity into values.  cls: the
    JSONDecoder subclass to use."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",
                                  s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = s.decode(detect_encoding(s), 'surrogatepass')

    if (cls is None and object_hook is None and
            parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
