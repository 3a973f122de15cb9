"""Decimal fixed and floating point arithmetic (the General Decimal
Arithmetic Specification), with CPython's API: Decimal, Context, the
signals and the rounding modes.

A finite Decimal is (-1)**sign * coefficient * 10**exponent with an integer
coefficient; arithmetic computes the exact result and rounds it to the
context's precision. Supported: construction, + - * / // % ** (integral
exponents), divmod, comparisons, hashing, quantize, to_integral, sqrt,
normalize, str/repr/format and the context machinery."""

import math as _math
import numbers as _numbers
import sys
from collections import namedtuple as _namedtuple

__all__ = [
    'Decimal', 'Context',
    'DecimalTuple',
    'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation',
    'DivisionImpossible', 'InvalidContext', 'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159
_HASH_10INV = pow(10, -1, _HASH_MODULUS)


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# The order in which a trapped condition picks the exception to raise.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped)
# The finer conditions that all count as InvalidOperation.
_INVALID = (InvalidOperation, ConversionSyntax, DivisionImpossible,
            DivisionUndefined, InvalidContext)
# Context.__repr__ lists signals in the order of libmpdec's status bits;
# InvalidOperation sits at the lowest bit among the invalid conditions seen.
_SIGNAL_BITS = {Clamped: 0, DivisionByZero: 2, Inexact: 6, FloatOperation: 10,
                Overflow: 11, Rounded: 12, Subnormal: 13, Underflow: 14}
_INVALID_BITS = {ConversionSyntax: 1, DivisionImpossible: 3, DivisionUndefined: 4,
                 InvalidContext: 7, InvalidOperation: 8}


class _SignalDict(dict):
    """Context.flags and Context.traps: a dict from each signal to a bool."""

    def __init__(self, on=()):
        super().__init__((s, s in on) for s in _SIGNALS)

    def __setitem__(self, key, value):
        if key not in self:
            raise KeyError(key)
        super().__setitem__(key, bool(value))

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __repr__(self):
        return '{' + ', '.join('%r:%r' % (s, self[s]) for s in _SIGNALS) + '}'

    def copy(self):
        return _SignalDict([s for s in _SIGNALS if self[s]])


# ---------------------------------------------------------------- contexts

class Context(object):
    """The environment of arithmetic: precision, rounding, exponent limits,
    and which signals are flagged and trapped."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        base = DefaultContext if '_default_ready' in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        if traps is None:
            traps = base.traps.copy() if base else _SignalDict((DivisionByZero, Overflow, InvalidOperation))
        elif isinstance(traps, list):
            traps = _SignalDict(traps)
        elif not isinstance(traps, _SignalDict):
            traps = _SignalDict([s for s in _SIGNALS if traps.get(s)])
        object.__setattr__(self, 'traps', traps)
        if flags is None:
            flags = _SignalDict()
        elif isinstance(flags, list):
            flags = _SignalDict(flags)
        elif not isinstance(flags, _SignalDict):
            flags = _SignalDict([s for s in _SIGNALS if flags.get(s)])
        object.__setattr__(self, 'flags', flags)

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'Emin':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not MIN_EMIN <= value <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 0 <= value <= MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n'
                                '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                                '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                                '   ROUND_05UP]')
        elif name in ('capitals', 'clamp'):
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if value not in (0, 1):
                raise ValueError('valid values for %s are 0 or 1' % name)
        elif name in ('flags', 'traps'):
            if isinstance(value, list):
                value = _SignalDict(value)
            elif not isinstance(value, _SignalDict):
                value = _SignalDict([s for s in _SIGNALS if value[s]])
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    def __repr__(self):
        def names(d, invalid_bit):
            bits = [(bit, s) for s, bit in _SIGNAL_BITS.items() if d[s]]
            if d[InvalidOperation]:
                bits.append((invalid_bit, InvalidOperation))
            return '[' + ', '.join(s.__name__ for _, s in sorted(bits, key=lambda b: b[0])) + ']'
        seen = self.__dict__.get('_invalid_bits')
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=%s, traps=%s)'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                   names(self.flags, min(seen) if seen else 1), names(self.traps, 1)))

    def __reduce__(self):
        return (self.__class__, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                                 self.clamp, [s for s in _SIGNALS if self.flags[s]],
                                 [s for s in _SIGNALS if self.traps[s]]))

    def copy(self):
        new = Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                      self.clamp, self.flags.copy(), self.traps.copy())
        if '_invalid_bits' in self.__dict__:
            new.__dict__['_invalid_bits'] = set(self.__dict__['_invalid_bits'])
        return new

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            dict.__setitem__(self.flags, s, False)
        self.__dict__.pop('_invalid_bits', None)

    def clear_traps(self):
        for s in _SIGNALS:
            dict.__setitem__(self.traps, s, False)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, conditions):
        """Record the conditions of one operation; raise if any is trapped."""
        trapped = []
        for cond in conditions:
            signal = InvalidOperation if cond in _INVALID else cond
            if signal is InvalidOperation:
                self.__dict__.setdefault('_invalid_bits', set()).add(_INVALID_BITS[cond])
            dict.__setitem__(self.flags, signal, True)
            if self.traps[signal] and cond not in trapped:
                trapped.append(cond)
        if trapped:
            order = [s for s in _SIGNALS
                     if any((InvalidOperation if c in _INVALID else c) is s for c in trapped)]
            listed = [c for c in _INVALID if c in trapped] + [s for s in _SIGNALS[1:] if s in trapped]
            raise order[0](listed)

    # The context's own versions of the operations.
    def create_decimal(self, num='0'):
        if isinstance(num, str) and num != num.strip():
            return self._invalid(ConversionSyntax)
        d = Decimal(num, context=self)
        if isinstance(num, float):
            self._raise([FloatOperation])
        if d._is_special:
            if d._exp in 'nN' and len(str(d._int)) > self.prec - self.clamp and d._int:
                return self._invalid(ConversionSyntax)
            return d
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return self.create_decimal(Decimal.from_float(f))

    def _invalid(self, cond=InvalidOperation):
        self._raise([cond])
        return _NaN

    def abs(self, a):
        return _convert(a, True).__abs__(context=self)

    def add(self, a, b):
        return _convert(a, True).__add__(b, context=self)

    def subtract(self, a, b):
        return _convert(a, True).__sub__(b, context=self)

    def multiply(self, a, b):
        return _convert(a, True).__mul__(b, context=self)

    def divide(self, a, b):
        return _convert(a, True).__truediv__(b, context=self)

    def divide_int(self, a, b):
        return _convert(a, True).__floordiv__(b, context=self)

    def remainder(self, a, b):
        return _convert(a, True).__mod__(b, context=self)

    def divmod(self, a, b):
        return _convert(a, True).__divmod__(b, context=self)

    def power(self, a, b, modulo=None):
        return _convert(a, True).__pow__(b, modulo, context=self)

    def plus(self, a):
        return _convert(a, True).__pos__(context=self)

    def minus(self, a):
        return _convert(a, True).__neg__(context=self)

    def sqrt(self, a):
        return _convert(a, True).sqrt(context=self)

    def quantize(self, a, b):
        return _convert(a, True).quantize(b, context=self)

    def compare(self, a, b):
        return _convert(a, True).compare(b, context=self)

    def max(self, a, b):
        return _convert(a, True).max(b, context=self)

    def min(self, a, b):
        return _convert(a, True).min(b, context=self)

    def normalize(self, a):
        return _convert(a, True).normalize(context=self)

    def to_integral_value(self, a):
        return _convert(a, True).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_sci_string(self, a):
        return _convert(a, True).__str__(context=self)

    def to_eng_string(self, a):
        return _convert(a, True).to_eng_string(context=self)


_current = None


def getcontext():
    """The current context (a copy of DefaultContext until setcontext is called)."""
    global _current
    if _current is None:
        _current = DefaultContext.copy()
    return _current


def setcontext(context):
    """Make context the current one (the templates are copied first)."""
    global _current
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that runs its block under a copy of ctx (or of the
    current context) with the given attributes changed."""
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(manager.new_context, key, value)
    return manager


# ---------------------------------------------------------------- helpers

def _ndigits(n):
    return len(str(n)) if n else 1


def _round_coefficient(sign, coeff, drop, rounding):
    """coeff with its last `drop` digits removed, rounded by the mode.
    Returns (new coefficient, whether the dropped digits were nonzero)."""
    if drop <= 0:
        return coeff * 10 ** -drop, False
    unit = 10 ** drop
    q, r = divmod(coeff, unit)
    if r == 0:
        return q, False
    half = unit // 2
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    else:  # ROUND_05UP: away from zero only when the kept last digit is 0 or 5
        up = q % 5 == 0
    return (q + 1 if up else q), True


def _convert(other, raiseit=False, floats=False):
    """other as a Decimal, or NotImplemented (or TypeError when raiseit)."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if floats and isinstance(other, float):
        return Decimal.from_float(other)
    if raiseit:
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return NotImplemented


def _unsupported(op, left, right):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (op, left, right))


def _typename(x):
    return 'decimal.Decimal' if isinstance(x, Decimal) else type(x).__name__


def _binary_operand(self, other, op, reflected=False):
    # An operation that cannot succeed fails here, naming the type
    # 'decimal.Decimal' as CPython's C type does: a float, complex or
    # Fraction operand never accepts a Decimal either, and a reflected
    # method runs only after the other operand's own method gave up.
    converted = _convert(other)
    if converted is not NotImplemented:
        return converted
    fraction = sys.modules.get('fractions')
    known = type(other) in (float, complex) or (fraction is not None and type(other) is fraction.Fraction)
    if known or (reflected and isinstance(other, _numbers.Number)):
        if reflected:
            raise _unsupported(op, type(other).__name__, 'decimal.Decimal')
        raise _unsupported(op, 'decimal.Decimal', type(other).__name__)
    return NotImplemented


# ---------------------------------------------------------------- Decimal

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

_LITERAL = None


def _literal():
    global _LITERAL
    if _LITERAL is None:
        import re
        _LITERAL = re.compile(r"""
            \A\s*
            (?P<sign>[-+])?
            (?:
                (?P<int>\d+(?:_\d+)*)?
                (?:\.(?P<frac>\d+(?:_\d+)*)?)?
                (?:e(?P<exp>[-+]?\d+(?:_\d+)*))?
              |
                (?P<inf>inf(?:inity)?)
              |
                (?P<signal>s)?nan(?P<diag>\d*)
            )
            \s*\Z""", re.VERBOSE | re.IGNORECASE)
    return _LITERAL


class Decimal(object):
    """A decimal floating point number: Decimal('3.14'), Decimal(7),
    Decimal(0.1) (exact), Decimal((0, (3, 1, 4), -2))."""

    __slots__ = ('_sign', '_int', '_exp', '_is_special')

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            m = _literal().match(value)
            if m is None or (m.group('int') is None and m.group('frac') is None
                             and m.group('inf') is None and m.group('diag') is None):
                if context is None:
                    context = getcontext()
                context._raise([ConversionSyntax])
                return _set(self, 0, 0, 'n', True)
            sign = 1 if m.group('sign') == '-' else 0
            if m.group('inf') is not None:
                return _set(self, sign, 0, 'F', True)
            if m.group('diag') is not None:
                diag = m.group('diag')
                return _set(self, sign, int(diag) if diag else 0, 'N' if m.group('signal') else 'n', True)
            intpart = (m.group('int') or '').replace('_', '')
            frac = (m.group('frac') or '').replace('_', '')
            exp = int((m.group('exp') or '0').replace('_', ''))
            return _set(self, sign, int(intpart + frac or '0'), exp - len(frac), False)
        if isinstance(value, int):
            return _set(self, 1 if value < 0 else 0, abs(value), 0, False)
        if isinstance(value, Decimal):
            return _set(self, value._sign, value._int, value._exp, value._is_special)
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context._raise([FloatOperation])
            d = cls.from_float(value)
            return _set(self, d._sign, d._int, d._exp, d._is_special)
        if isinstance(value, (list, tuple)):
            return _from_tuple(self, value)
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        if _math.isinf(f):
            return cls('-Infinity' if f < 0 else 'Infinity')
        if _math.isnan(f):
            return cls('-NaN' if _math.copysign(1.0, f) < 0 else 'NaN')
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        d = object.__new__(Decimal)
        _set(d, sign, n * 5 ** k, -k, False)
        if cls is Decimal:
            return d
        return cls(d)

    # ---- properties of the value

    def _isnan(self):
        """0 for a number, 1 for a quiet NaN, 2 for a signaling one."""
        if self._is_special:
            if self._exp == 'n':
                return 1
            if self._exp == 'N':
                return 2
        return 0

    def _isinfinity(self):
        if self._exp == 'F':
            return -1 if self._sign else 1
        return 0

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._is_special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not self._is_special

    def is_zero(self):
        return not self._is_special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        if self._is_special or self._int == 0:
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._is_special or self._int == 0:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def as_tuple(self):
        digits = (0,) if self._exp == 'F' else tuple(int(c) for c in str(self._int))
        if self._exp in ('n', 'N') and self._int == 0:
            digits = ()
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer ratio')
            raise OverflowError('cannot convert Infinity to integer ratio')
        n, d = self._int, 1
        if self._exp >= 0:
            n *= 10 ** self._exp
        else:
            d = 10 ** -self._exp
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    # ---- rounding to a context

    def _fix(self, context):
        """self rounded and range-checked for the context, signalling as it goes."""
        if self._is_special:
            if self._exp in ('n', 'N'):
                # A NaN's payload keeps at most prec - clamp digits.
                room = context.prec - context.clamp
                if _ndigits(self._int) > room:
                    return _make(self._sign, int(str(self._int)[-room:]), self._exp, True)
            return self
        etiny = context.Etiny()
        etop = context.Etop()
        sign, coeff, exp = self._sign, self._int, self._exp
        if coeff == 0:
            top = etop if context.clamp else context.Emax
            new_exp = min(max(exp, etiny), top)
            if new_exp != exp:
                context._raise([Clamped])
                return _make(sign, 0, new_exp)
            return self
        ndigits = _ndigits(coeff)
        exp_min = ndigits + exp - context.prec
        if exp_min > etop:
            return _overflow(sign, context, [Overflow, Inexact, Rounded])
        subnormal = exp_min < etiny
        if subnormal:
            exp_min = etiny
        if exp < exp_min:
            drop = exp_min - exp
            if drop > ndigits + 1:
                # Every digit goes: only the sign of the rest matters for rounding.
                coeff, drop = 1, 2
            new, inexact = _round_coefficient(sign, coeff, drop, context.rounding)
            if _ndigits(new) > context.prec:
                new //= 10
                exp_min += 1
            conds = []
            if exp_min > etop:
                return _overflow(sign, context, [Overflow, Inexact, Rounded])
            if subnormal:
                conds.append(Subnormal)
            if inexact:
                conds += [Inexact, Rounded]
                if subnormal:
                    conds.append(Underflow)
                    if new == 0:
                        conds.append(Clamped)
            else:
                conds.append(Rounded)
            if conds:
                context._raise(conds)
            return _make(sign, new, exp_min)
        if subnormal:
            context._raise([Subnormal])
        if context.clamp == 1 and exp > etop:
            context._raise([Clamped])
            return _make(sign, coeff * 10 ** (exp - etop), etop)
        return self

    def _check_nans(self, other=None, context=None):
        """The NaN result of an operation on NaNs (sNaN signals), or None."""
        a = self._isnan()
        b = other._isnan() if other is not None else 0
        if a or b:
            if context is None:
                context = getcontext()
            if a == 2:
                context._raise([InvalidOperation])
                return _make(self._sign, self._int, 'n', True)._fix(context)
            if b == 2:
                context._raise([InvalidOperation])
                return _make(other._sign, other._int, 'n', True)._fix(context)
            if a:
                return self._fix(context)
            return other._fix(context)
        return None

    # ---- arithmetic

    def __add__(self, other, context=None):
        other = _binary_operand(self, other, '+')
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if self._isinfinity():
                if self._sign != other._sign and other._isinfinity():
                    return context._invalid()
                return Decimal(self)
            return Decimal(other)
        exp = min(self._exp, other._exp)
        if self._int == 0 or other._int == 0:
            if self._int == 0 and other._int == 0:
                negative = (self._sign and other._sign) or (
                    self._sign != other._sign and context.rounding == ROUND_FLOOR)
                return _make(1 if negative else 0, 0, exp)._fix(context)
            nonzero, zero = (other, self) if self._int == 0 else (self, other)
            exp = max(min(nonzero._exp, zero._exp), nonzero._exp - context.prec - 1)
            return _make(nonzero._sign, nonzero._int * 10 ** (nonzero._exp - exp), exp)._fix(context)
        a, b = _align(self, other, context.prec)
        total = (-a[0] if a[2] else a[0]) + (-b[0] if b[2] else b[0])
        if total == 0:
            sign = 1 if context.rounding == ROUND_FLOOR else 0
            return _make(sign, 0, min(self._exp, other._exp))._fix(context)
        return _make(1 if total < 0 else 0, abs(total), a[1])._fix(context)

    def __radd__(self, other, context=None):
        other = _binary_operand(self, other, '+', True)
        if other is NotImplemented:
            return other
        return other.__add__(self, context)

    def __sub__(self, other, context=None):
        other = _binary_operand(self, other, '-')
        if other is NotImplemented:
            return other
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        other = _binary_operand(self, other, '-', True)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        other = _binary_operand(self, other, '*')
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if self._isinfinity():
                if not other._is_special and other._int == 0:
                    return context._invalid()
                return _INFS[sign]
            if not self._is_special and self._int == 0:
                return context._invalid()
            return _INFS[sign]
        return _make(sign, self._int * other._int, self._exp + other._exp)._fix(context)

    def __rmul__(self, other, context=None):
        other = _binary_operand(self, other, '*', True)
        if other is NotImplemented:
            return other
        return other.__mul__(self, context)

    def __truediv__(self, other, context=None):
        other = _binary_operand(self, other, '/')
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if self._isinfinity() and other._isinfinity():
                return context._invalid()
            if self._isinfinity():
                return _INFS[sign]
            context._raise([Clamped])
            return _make(sign, 0, context.Etiny())
        if other._int == 0:
            if self._int == 0:
                return context._invalid(DivisionUndefined)
            context._raise([DivisionByZero])
            return _INFS[sign]
        ideal = self._exp - other._exp
        if self._int == 0:
            return _make(sign, 0, ideal)._fix(context)
        return _divide(sign, self._int, self._exp, other._int, other._exp, context)

    def __rtruediv__(self, other, context=None):
        other = _binary_operand(self, other, '/', True)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def _divide_integer(self, other, context):
        """(quotient, remainder) of truncating division, both finite and nonzero divisor."""
        sign = self._sign ^ other._sign
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _ndigits(q) > context.prec:
            return None
        return _make(sign, q, 0), _make(self._sign, r, exp)

    def __divmod__(self, other, context=None):
        other = _binary_operand(self, other, 'divmod()')
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans, ans
            sign = self._sign ^ other._sign
            if self._isinfinity():
                if other._isinfinity():
                    nan = context._invalid()
                    return nan, nan
                nan = context._invalid()
                return _INFS[sign], nan
            return _make(sign, 0, 0), self._fix(context)
        if other._int == 0:
            if self._int == 0:
                nan = context._invalid(DivisionUndefined)
                return nan, nan
            context._raise([DivisionByZero, InvalidOperation])
            return _INFS[self._sign ^ other._sign], _NaN
        parts = self._divide_integer(other, context)
        if parts is None:
            nan = context._invalid(DivisionImpossible)
            return nan, nan
        return parts[0], parts[1]._fix(context)

    def __rdivmod__(self, other, context=None):
        other = _binary_operand(self, other, 'divmod()', True)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def __mod__(self, other, context=None):
        other = _binary_operand(self, other, '%')
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if self._isinfinity():
                return context._invalid()
            return self._fix(context)
        if other._int == 0:
            if self._int == 0:
                return context._invalid(DivisionUndefined)
            return context._invalid()
        parts = self._divide_integer(other, context)
        if parts is None:
            return context._invalid(DivisionImpossible)
        return parts[1]._fix(context)

    def __rmod__(self, other, context=None):
        other = _binary_operand(self, other, '%', True)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def __floordiv__(self, other, context=None):
        other = _binary_operand(self, other, '//')
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if self._isinfinity():
                if other._isinfinity():
                    return context._invalid()
                return _INFS[self._sign ^ other._sign]
            return _make(self._sign ^ other._sign, 0, 0)
        if other._int == 0:
            if self._int == 0:
                return context._invalid(DivisionUndefined)
            context._raise([DivisionByZero])
            return _INFS[self._sign ^ other._sign]
        parts = self._divide_integer(other, context)
        if parts is None:
            return context._invalid(DivisionImpossible)
        return parts[0]

    def __rfloordiv__(self, other, context=None):
        other = _binary_operand(self, other, '//', True)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def __pow__(self, other, modulo=None, context=None):
        other = _binary_operand(self, other, '** or pow()')
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if modulo is not None:
            return _power_modulo(self, other, _convert(modulo, True), context)
        ans = self._check_nans(other, context)
        if ans is not None:
            return ans
        if not other._is_special and other._int == 0:
            if not self._is_special and self._int == 0:
                return context._invalid()
            return _make(0, 1, 0)
        if other._is_special or other._exp < 0 and other._int % 10 ** -other._exp:
            if other._is_special or self._is_special or self._int == 0 or self._sign:
                return _special_power(self, other, context)
            raise NotImplementedError(
                "pyheap's decimal computes powers with integral exponents only")
        n = other._int * 10 ** other._exp if other._exp >= 0 else other._int // 10 ** -other._exp
        if other._sign:
            n = -n
        sign = self._sign if n % 2 else 0
        if self._is_special:
            if n > 0:
                return _INFS[sign]
            return _make(sign, 0, 0)
        if self._int == 0:
            if n > 0:
                return _make(sign, 0, 0)
            return _INFS[sign]
        return _integer_power(self, n, sign, context)

    def __rpow__(self, other, context=None):
        other = _binary_operand(self, other, '** or pow()', True)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def __neg__(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
        if not self._is_special and self._int == 0 and context.rounding != ROUND_FLOOR:
            return _make(0, 0, self._exp)._fix(context)
        return self.copy_negate()._fix(context)

    def __pos__(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
        if not self._is_special and self._int == 0 and context.rounding != ROUND_FLOOR:
            return _make(0, 0, self._exp)._fix(context)
        return Decimal(self)._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if self._sign:
            return self.__neg__(context=context)
        return self.__pos__(context=context)

    def copy_abs(self):
        return _make(0, self._int, self._exp, self._is_special)

    def copy_negate(self):
        return _make(1 - self._sign, self._int, self._exp, self._is_special)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        return _make(other._sign, self._int, self._exp, self._is_special)

    def sqrt(self, context=None):
        """The square root, correctly rounded (always half-even)."""
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
            if self._sign:
                return context._invalid()
            return Decimal(self)
        ideal = self._exp // 2
        if self._int == 0:
            return _make(self._sign, 0, ideal)._fix(context)
        if self._sign:
            return context._invalid()
        prec = context.prec
        c, e = self._int, self._exp
        res_exp = min(ideal, (e + _ndigits(c)) // 2 - prec - 1)
        n = c * 10 ** (e - 2 * res_exp)
        s = _math.isqrt(n)
        if s * s == n:
            while res_exp < ideal and s % 10 == 0:
                s //= 10
                res_exp += 1
        elif s % 5 == 0:
            s += 1
        work = _work_context(context)
        work.rounding = ROUND_HALF_EVEN
        result = _make(0, s, res_exp)._fix(work)
        _merge_flags(context, work)
        return result

    def _next_toward(self, context, up):
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans is not None:
            return ans
        inf = self._isinfinity()
        if inf == (1 if up else -1):
            return Decimal(self)
        if inf:
            return _make(self._sign, 10 ** context.prec - 1, context.Etop())
        work = _work_context(context)
        work.rounding = ROUND_CEILING if up else ROUND_FLOOR
        rounded = self._fix(work)
        if rounded != self:
            return rounded
        # Already representable: step by less than one unit of the last place.
        tiny = _make(0 if up else 1, 1, work.Etiny() - 1)
        return self.__add__(tiny, context=work)

    def next_plus(self, context=None):
        """The smallest representable number larger than self."""
        return self._next_toward(context, True)

    def next_minus(self, context=None):
        """The largest representable number smaller than self."""
        return self._next_toward(context, False)

    def normalize(self, context=None):
        """The value rounded to the context with trailing zeros stripped."""
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
            return Decimal(self)
        d = self._fix(context)
        if d._is_special or d._int == 0:
            return _make(d._sign, 0, 0) if not d._is_special else d
        coeff, exp = d._int, d._exp
        top = context.Etop() if context.clamp else context.Emax
        while coeff % 10 == 0 and exp < top:
            coeff //= 10
            exp += 1
        return _make(d._sign, coeff, exp)

    def quantize(self, exp, rounding=None, context=None):
        """self rounded to the exponent of exp."""
        exp = _convert(exp, True)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special or exp._is_special:
            ans = self._check_nans(exp, context)
            if ans is not None:
                return ans
            if exp._isinfinity() and self._isinfinity():
                return Decimal(self)
            return context._invalid()
        if not context.Etiny() <= exp._exp <= context.Emax:
            return context._invalid()
        if self._int == 0:
            return _make(self._sign, 0, exp._exp)._fix(context)
        if self.adjusted() > context.Emax:
            return context._invalid()
        if self.adjusted() - exp._exp + 1 > context.prec:
            return context._invalid()
        coeff, inexact = _round_coefficient(self._sign, self._int, exp._exp - self._exp, rounding)
        if _ndigits(coeff) > context.prec:
            return context._invalid()
        ans = _make(self._sign, coeff, exp._exp)
        conds = []
        if ans._int and ans.adjusted() < context.Emin:
            conds.append(Subnormal)
        if exp._exp > self._exp:
            if inexact:
                conds.append(Inexact)
            conds.append(Rounded)
        if conds:
            context._raise(conds)
        return ans

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        """self rounded to an integer (exponent 0), without signalling Inexact."""
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        coeff, _ = _round_coefficient(self._sign, self._int, -self._exp, rounding)
        return _make(self._sign, coeff, 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """As to_integral_value, signalling Inexact and Rounded."""
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special or self._exp >= 0:
            return self.to_integral_value(rounding, context)
        coeff, inexact = _round_coefficient(self._sign, self._int, -self._exp, rounding)
        context._raise([Inexact, Rounded] if inexact else [Rounded])
        return _make(self._sign, coeff, 0)

    # ---- comparisons

    def _compare_key(self, other):
        """-1, 0 or 1 for two non-NaN Decimals."""
        if self._is_special or other._is_special:
            a, b = self._isinfinity(), other._isinfinity()
            if not self._is_special:
                a = 0 if self._int == 0 else (-1 if self._sign else 1) * 0.5
            if not other._is_special:
                b = 0 if other._int == 0 else (-1 if other._sign else 1) * 0.5
            return (a > b) - (a < b)
        if self._int == 0 and other._int == 0:
            return 0
        if self._int == 0:
            return 1 if other._sign else -1
        if other._int == 0:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) if self._exp - exp < 10 ** 6 else None
        b = other._int * 10 ** (other._exp - exp) if other._exp - exp < 10 ** 6 else None
        if a is None or b is None:
            ka, kb = self.adjusted(), other.adjusted()
            r = (ka > kb) - (ka < kb)
        else:
            r = (a > b) - (a < b)
        return -r if self._sign else r

    def _comparable(self, other, equality):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            context = getcontext()
            if equality:
                dict.__setitem__(context.flags, FloatOperation, True)
            else:
                context._raise([FloatOperation])
            return Decimal.from_float(other)
        if isinstance(other, complex) and equality and other.imag == 0:
            return self._comparable(other.real, equality)
        if isinstance(other, _numbers.Rational) and not isinstance(other, Decimal):
            return other
        return NotImplemented

    def _rational_compare(self, other):
        # Compare exactly with a Fraction: self * denominator against numerator.
        if self._is_special:
            return self._isinfinity()
        n, d = self.as_integer_ratio()
        lhs, rhs = n * other.denominator, other.numerator * d
        return (lhs > rhs) - (lhs < rhs)

    def __eq__(self, other):
        other = self._comparable(other, True)
        if other is NotImplemented:
            return other
        if not isinstance(other, Decimal):
            return not self.is_nan() and self._rational_compare(other) == 0
        if self.is_nan() or other.is_nan():
            return False
        return self._compare_key(other) == 0

    def _order(self, other, test):
        other = self._comparable(other, False)
        if other is NotImplemented:
            return other
        if not isinstance(other, Decimal):
            if self.is_nan():
                getcontext()._raise([InvalidOperation])
                return False
            return test(self._rational_compare(other))
        if self.is_nan() or other.is_nan():
            getcontext()._raise([InvalidOperation])
            return False
        return test(self._compare_key(other))

    def __lt__(self, other):
        return self._order(other, lambda c: c < 0)

    def __le__(self, other):
        return self._order(other, lambda c: c <= 0)

    def __gt__(self, other):
        return self._order(other, lambda c: c > 0)

    def __ge__(self, other):
        return self._order(other, lambda c: c >= 0)

    def compare(self, other, context=None):
        """Decimal(-1), Decimal(0) or Decimal(1); NaN for NaN operands."""
        other = _convert(other, True)
        ans = self._check_nans(other, context)
        if ans is not None:
            return ans
        return Decimal(self._compare_key(other))

    def _minmax(self, other, context, want_max):
        other = _convert(other, True)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            # A quiet NaN loses to a number; a signaling NaN is an error.
            if not self.is_snan() and not other.is_snan():
                if not self.is_nan():
                    return self._fix(context)
                if not other.is_nan():
                    return other._fix(context)
            return self._check_nans(other, context)
        c = self._compare_key(other)
        if c == 0:
            # Equal values: the sign, then the exponent, decides.
            c = (other._sign - self._sign)
            if c == 0 and not self._is_special:
                c = (self._exp > other._exp) - (self._exp < other._exp)
                if self._sign:
                    c = -c
        if not want_max:
            c = -c
        return (other if c < 0 else self)._fix(context)

    def max(self, other, context=None):
        """The larger of self and other (a number beats a quiet NaN)."""
        return self._minmax(other, context, True)

    def min(self, other, context=None):
        """The smaller of self and other (a number beats a quiet NaN)."""
        return self._minmax(other, context, False)

    def __hash__(self):
        if self._is_special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value')
            if self.is_nan():
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            scale = pow(10, self._exp, _HASH_MODULUS)
        else:
            scale = pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        h = self._int * scale % _HASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __bool__(self):
        return self._is_special or self._int != 0

    # ---- conversions

    def __int__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self.is_nan():
            if self.is_snan():
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __floor__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        return int(self.to_integral_value(ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(_make(0, 1, -n))
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        return int(self.to_integral_value(ROUND_HALF_EVEN))

    def __str__(self, eng=False, context=None):
        """The to-scientific-string (or engineering) form of the spec."""
        sign = '-' if self._sign else ''
        if self._is_special:
            if self._exp == 'F':
                return sign + 'Infinity'
            payload = str(self._int) if self._int else ''
            return sign + ('sNaN' if self._exp == 'N' else 'NaN') + payload
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart, fracpart = '0', '.' + '0' * -dotplace + digits
        elif dotplace >= len(digits):
            intpart, fracpart = digits + '0' * (dotplace - len(digits)), ''
        else:
            intpart, fracpart = digits[:dotplace], '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            if context is None:
                context = getcontext()
            exp = ('e', 'E')[context.capitals] + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, specifier, context=None):
        return _format(self, specifier, context)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))


_numbers.Number.register(Decimal)


def _set(d, sign, coeff, exp, special):
    object.__setattr__(d, '_sign', sign)
    object.__setattr__(d, '_int', coeff)
    object.__setattr__(d, '_exp', exp)
    object.__setattr__(d, '_is_special', special)
    return d


def _make(sign, coeff, exp, special=False):
    return _set(object.__new__(Decimal), sign, coeff, exp, special)


def _from_tuple(self, value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if exp == 'F':
        return _set(self, sign, 0, 'F', True)
    if not isinstance(digits, (list, tuple)):
        raise ValueError('coefficient must be a tuple of digits')
    coeff = 0
    for d in digits:
        if not (isinstance(d, int) and 0 <= d <= 9):
            raise ValueError('coefficient must be a tuple of digits')
        coeff = coeff * 10 + d
    if exp in ('n', 'N'):
        return _set(self, sign, coeff, exp, True)
    if not isinstance(exp, int):
        raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    return _set(self, sign, coeff, exp, False)


def _align(x, y, prec):
    """The coefficients of x and y on a common exponent as (coeff, exp, sign)
    pairs. An operand far below the other's precision is replaced by a
    sticky 1, which rounds the same way as its exact digits would."""
    if x._exp < y._exp:
        y, x = x, y
        swapped = True
    else:
        swapped = False
    # x has the larger exponent.
    floor = x._exp + min(-1, _ndigits(x._int) - prec - 2)
    ycoeff, yexp = y._int, y._exp
    if _ndigits(ycoeff) + yexp - 1 < floor:
        ycoeff, yexp = 1, floor
    xcoeff = x._int * 10 ** (x._exp - yexp)
    a = (xcoeff, yexp, x._sign)
    b = (ycoeff, yexp, y._sign)
    return (b, a) if swapped else (a, b)


def _divide(sign, ca, ea, cb, eb, context):
    """(ca * 10**ea) / (cb * 10**eb) rounded to the context, with the ideal
    exponent ea - eb when the quotient is exact."""
    prec = context.prec
    shift = _ndigits(cb) - _ndigits(ca) + prec + 1
    if shift >= 0:
        q, r = divmod(ca * 10 ** shift, cb)
    else:
        q, r = divmod(ca, cb * 10 ** -shift)
    exp = ea - eb - shift
    if r:
        # A nonzero remainder must not look like an exact tie when rounding.
        if q % 5 == 0:
            q += 1
    else:
        ideal = ea - eb
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _make(sign, q, exp)._fix(context)


def _overflow(sign, context, conds):
    context._raise(conds)
    r = context.rounding
    if (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
            or (r == ROUND_CEILING and not sign) or (r == ROUND_FLOOR and sign)):
        return _INFS[sign]
    return _make(sign, 10 ** context.prec - 1, context.Emax - context.prec + 1)


def _special_power(base, exp, context):
    """Powers with an infinite exponent or base, a zero base, or a negative
    base with a non-integral exponent."""
    if exp._is_special:
        if base._is_special:
            return _INFS[0] if not exp._sign else _make(0, 0, 0)
        if base._sign:
            return context._invalid()
        mag = base._compare_key(_make(0, 1, 0))
        if mag == 0:
            return _make(0, 10 ** (context.prec - 1), -(context.prec - 1))._fix(context)
        grows = (mag > 0) != bool(exp._sign)
        return _INFS[0] if grows else _make(0, 0, 0)
    if not base._is_special and base._int == 0:
        return _INFS[0] if exp._sign else _make(0, 0, 0)
    if base._sign:
        return context._invalid()
    return _INFS[0] if not exp._sign else _make(0, 0, 0)


def _work_context(context):
    """A copy of context that only records signals, for intermediate steps."""
    work = context.copy()
    work.clear_flags()
    work.clear_traps()
    return work


def _merge_flags(context, work):
    """Signal in context everything the work context recorded."""
    conds = [s for s in _SIGNALS if work.flags[s]]
    if conds:
        context._raise(conds)


def _integer_power(base, n, sign, context):
    """base ** n for a finite nonzero base and an integer n != 0, computed as
    libmpdec does: square-and-multiply from the top bit, each product rounded
    half-even to a few digits more than the context's precision (after taking
    the reciprocal for a negative n), then the result rounded to the context.
    The intermediate roundings, underflows and overflows are visible in the
    result, so they are reproduced rather than computing the exact power."""
    work = _work_context(context)
    work.prec += len(str(abs(n))) + 2
    work.rounding = ROUND_HALF_EVEN
    work.clamp = 0
    x = base.copy_abs()
    if n < 0:
        work.prec += 1
        x = _divide(0, 1, 0, x._int, x._exp, work)
    result = x
    for bit in bin(abs(n))[3:]:
        result = _make(0, result._int * result._int, result._exp * 2)._fix(work)
        if bit == '1' and not result._is_special:
            result = _make(0, result._int * x._int, result._exp + x._exp)._fix(work)
        if result._is_special or (result._int == 0 and work.flags[Clamped]):
            break
    if result._is_special:
        # An overflow is rounded again below, as the context's rounding decides.
        result = _make(0, 1, context.Emax * 2 + 10)
    final = _work_context(context)
    result = _make(sign, result._int, result._exp)._fix(final)
    for s in _SIGNALS:
        if final.flags[s]:
            dict.__setitem__(work.flags, s, True)
    _merge_flags(context, work)
    return result


def _power_modulo(base, exp, mod, context):
    for x in (base, exp, mod):
        if x._is_special or x._exp != 0 and x._int % 10 ** max(-x._exp, 0):
            return context._invalid()
    b, e, m = int(base), int(exp), int(mod)
    if e < 0 or m == 0 or _ndigits(abs(m)) > context.prec:
        return context._invalid()
    r = pow(abs(b), e, abs(m))
    return _make(1 if b < 0 and e % 2 else 0, r, 0)


def _format(d, spec, context):
    """format(Decimal, spec): fill, align, sign, width, grouping, precision
    and the types e E f F g G % (none: like str with the precision applied)."""
    import re
    m = re.fullmatch(r'(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ])?(?P<alt>#)?(?P<zero>0)?'
                     r'(?P<width>\d+)?(?P<grouping>[,_])?(?:\.(?P<prec>\d+))?(?P<type>[eEfFgGn%])?',
                     spec, re.DOTALL)
    if m is None or m.group('grouping') == '_' or m.group('alt'):
        raise ValueError('invalid format string')
    if context is None:
        context = getcontext()
    # The '0' flag pads numbers with zeros after the sign; specials get spaces.
    zero_pad = m.group('zero') and not m.group('align') and not d._is_special
    fill = m.group('fill') or ('0' if zero_pad else ' ')
    align = m.group('align') or ('=' if zero_pad else '>')
    signopt = m.group('sign') or '-'
    prec = int(m.group('prec')) if m.group('prec') is not None else None
    typ = m.group('type')
    rounding = context.rounding
    sign = '-' if d._sign else ''
    if d._is_special:
        body = str(d.copy_abs()) if not d.is_nan() else ('sNaN' if d.is_snan() else 'NaN') + (str(d._int) if d._int else '')
        if typ == '%':
            body += '%'
    else:
        capitals = typ in 'EG' if typ else context.capitals
        if typ == 'n':
            typ = 'g'
        x = d.copy_abs()
        if typ is None and prec is not None:
            typ = 'g' if context.capitals == 0 else 'G'
        if typ == '%' and x._int:
            x = _make(0, x._int, x._exp + 2)
        if typ in ('f', 'F', '%'):
            if prec is not None:
                x = _rescale(x, -prec, rounding)
            body = _plain(x)
        elif typ in ('e', 'E'):
            if prec is not None:
                x = _round_digits(x, prec + 1, rounding)
            body = _sci(x, typ == 'E', prec)
        elif typ in ('g', 'G'):
            if prec is not None and _ndigits(x._int) > max(prec, 1):
                x = _round_digits(x, max(prec, 1), rounding)
            body = _str_abs(x, capitals)
        else:
            body = _str_abs(x, capitals)
        if typ == '%':
            body += '%'
    if sign == '' and signopt in '+ ':
        sign = '+' if signopt == '+' else ' '
    grouping = m.group('grouping')
    if grouping and not d._is_special:
        i = 0
        while i < len(body) and body[i].isdigit():
            i += 1
        intpart, rest = body[:i], body[i:]
        if m.group('zero') and not m.group('align') and m.group('width'):
            want = int(m.group('width')) - len(sign) - len(rest)
            intpart = _group_padded(intpart, grouping, want)
        else:
            intpart = _group(intpart, grouping)
        body = intpart + rest
    width = int(m.group('width') or 0)
    total = sign + body
    pad = width - len(total)
    if pad <= 0:
        return total
    if align == '<':
        return total + fill * pad
    if align == '>':
        return fill * pad + total
    if align == '^':
        return fill * (pad // 2) + total + fill * (pad - pad // 2)
    return sign + fill * pad + body


def _group(digits, sep):
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return sep.join(groups)


def _group_padded(digits, sep, width):
    g = _group(digits, sep)
    while len(g) < width:
        digits = '0' + digits
        g = _group(digits, sep)
        if len(g) > width and g[0] == sep:
            break
    if g.startswith(sep):
        g = '0' + g
    return g


def _rescale(x, exp, rounding):
    if x._exp >= exp:
        return _make(x._sign, x._int * 10 ** (x._exp - exp), exp)
    coeff, _ = _round_coefficient(x._sign, x._int, exp - x._exp, rounding)
    return _make(x._sign, coeff, exp)


def _round_digits(x, n, rounding):
    """x with exactly n significant digits (zero has n - 1 fraction digits kept)."""
    if x._int == 0:
        return _make(x._sign, 0, min(x._exp, 0) if n > 1 else x._exp)
    have = _ndigits(x._int)
    if have < n:
        return _make(x._sign, x._int * 10 ** (n - have), x._exp - (n - have))
    coeff, _ = _round_coefficient(x._sign, x._int, have - n, rounding)
    exp = x._exp + have - n
    if _ndigits(coeff) > n:
        coeff //= 10
        exp += 1
    return _make(x._sign, coeff, exp)


def _plain(x):
    digits = str(x._int)
    if x._int == 0 and x._exp > 0:
        return '0'
    if x._exp >= 0:
        return digits + '0' * x._exp
    k = -x._exp
    if len(digits) <= k:
        digits = '0' * (k - len(digits) + 1) + digits
    return digits[:-k] + '.' + digits[-k:]


def _sci(x, capitals, prec):
    digits = str(x._int)
    if x._int == 0 and prec:
        # A zero shown with prec fraction digits counts them as its digits.
        digits = '0' * (prec + 1)
    exp = x._exp + len(digits) - 1
    body = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
    return body + ('E' if capitals else 'e') + '%+d' % exp


def _str_abs(x, capitals):
    return x.__str__(context=Context(capitals=1 if capitals else 0))


_NaN = _make(0, 0, 'n', True)
_INFS = (_make(0, 0, 'F', True), _make(1, 0, 'F', True))

DefaultContext = Context(
    prec=28, rounding=ROUND_HALF_EVEN,
    traps=[DivisionByZero, Overflow, InvalidOperation],
    flags=[], Emax=999999, Emin=-999999, capitals=1, clamp=0)
_default_ready = True

BasicContext = Context(
    prec=9, rounding=ROUND_HALF_UP,
    traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
    flags=[])

ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

for _cls in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
             DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded,
             Subnormal, Overflow, Underflow, FloatOperation, Decimal, Context):
    _cls.__module__ = 'decimal'
del _cls
