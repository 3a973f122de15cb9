"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag (CPython 3.11 semantics).

How a class statement becomes an enumeration:
- EnumType.__prepare__ hands the class body an _EnumDict, which records which
  names are members (anything that is not a dunder, sunder, private name,
  descriptor or ignored name), resolves auto() values as they are assigned and
  rejects reused names.
- EnumType.__new__ wraps each member value in a _proto_member and lets
  type.__new__ build the class; type.__new__ calls __set_name__ on every
  _proto_member in definition order, and that call creates the real member.
  Members therefore exist before __init_subclass__ runs, as in CPython.
- Lookups by value go through Enum.__new__ (installed on every enum class),
  which falls back to the _missing_ hook; Flag's _missing_ builds the
  pseudo-members for combinations of flags.
"""

import sys
import builtins as _builtins
from types import MappingProxyType, DynamicClassAttribute


__all__ = [
    'EnumType', 'EnumMeta',
    'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'pickle_by_global_name', 'pickle_by_enum_name',
]

# The base classes are tested for while they are being created themselves:
# None until each one exists.
Enum = Flag = ReprEnum = None


# ------------------------------------------------------------------ name and value tests

def _is_descriptor(obj):
    """True when obj defines any of __get__, __set__, __delete__."""
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_dunder(name):
    """'__x__' with a non-underscore after the opening and before the closing pair."""
    return (len(name) > 4 and name[:2] == '__' and name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    """'_x_' with a non-underscore after the opening and before the closing one."""
    return (len(name) > 2 and name[0] == '_' and name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    """A name that the compiler mangled inside class cls_name ('_Cls__x')."""
    prefix = '_' + cls_name + '__'
    return (len(name) > len(prefix) and name.startswith(prefix)
            and not (name[-1] == '_' and name[-2] == '_'))


def _is_internal_class(cls_name, obj):
    """A class defined inside the body of enum cls_name."""
    if not isinstance(obj, type):
        return False
    qualname = getattr(obj, '__qualname__', '')
    nested = cls_name + '.' + getattr(obj, '__name__', '')
    return qualname == nested or qualname.endswith('.' + nested)


def _is_single_bit(num):
    """True when num (an int) has exactly one bit set."""
    return num != 0 and num & (num - 1) == 0


def _high_bit(value):
    """Index of the highest set bit of a non-negative int; -1 for zero."""
    return value.bit_length() - 1


def _iter_bits_lsb(num):
    """The set bits of a non-negative int (or Flag member) as ints, lowest first."""
    original = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError('%r is not a positive integer' % original)
    while num:
        low = num & -num
        yield low
        num ^= low


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def bin(num, max_bits=None):
    """
    Like built-in bin(), except negative values are represented in
    twos-compliment, and the leading bit always indicates sign
    (0=positive, 1=negative).

    >>> bin(10)
    '0b0 1010'
    >>> bin(~10)   # ~10 is -11
    '0b1 0101'
    """
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        # Adding the ceiling forces a leading 1 that then becomes the sign bit 0.
        text = _builtins.bin(num + ceiling).replace('1', '0', 1)
    else:
        text = _builtins.bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


# ------------------------------------------------------------------ markers for the class body

class nonmember(object):
    """
    Protects item from becoming an Enum member during class creation.
    """
    def __init__(self, value):
        self.value = value


class member(object):
    """
    Forces item to become an Enum member during class creation.
    """
    def __init__(self, value):
        self.value = value


class _auto_null:
    def __repr__(self):
        return '_auto_null'


_auto_null = _auto_null()


class auto:
    """
    Instances are replaced with an appropriate value in Enum class suites.
    """
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % self.value


# ------------------------------------------------------------------ enum.property

class property(DynamicClassAttribute):
    """
    This is a descriptor, used to define attributes that act differently
    when accessed through an enum member and through an enum class.
    Instance access is the same as property(), but access to an attribute
    through the enum class will instead look in the class' _member_map_ for
    a corresponding enum member.
    """

    def __get__(self, instance, ownerclass=None):
        # Through the class, or for a member whose name shadows an inherited
        # attribute (no fget), the name means the member of that name.
        if instance is None or self.fget is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                if instance is None:
                    raise AttributeError(
                        '%r has no attribute %r' % (ownerclass, self.name))
                raise AttributeError(
                    '%r has no attribute %r' % (ownerclass, self.name)) from None
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(
                "<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(
                "<enum %r> cannot delete attribute %r" % (self.clsname, self.name))
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


# ------------------------------------------------------------------ member creation

def _member_args(enum_class, value):
    """The arguments a member's __new__ and __init__ receive for its value."""
    args = value if isinstance(value, tuple) else (value,)
    if enum_class._member_type_ is tuple:
        # A tuple-based enum's value is the tuple itself: one argument.
        args = (args,)
    return args


def _new_member(enum_class, value, args):
    """Build the member object and give it its _value_."""
    if enum_class._use_args_:
        obj = enum_class._new_member_(enum_class, *args)
    else:
        obj = enum_class._new_member_(enum_class)
    if not hasattr(obj, '_value_'):
        if enum_class._member_type_ is object:
            obj._value_ = value
        else:
            try:
                obj._value_ = enum_class._member_type_(*args)
            except Exception as exc:
                error = TypeError('_value_ not set in __new__, unable to create it')
                error.__cause__ = exc
                raise error
    return obj


def _canonical_member(enum_class, value):
    """The member already defined with this value, or None."""
    try:
        return enum_class._value2member_map_.get(value)
    except TypeError:
        # An unhashable value: compare with every member.
        for existing in enum_class._member_map_.values():
            if existing._value_ == value:
                return existing
        return None


def _inherited_descriptor(enum_class, name):
    """The property-like attribute that a member called name would shadow in a
    base class (an enum.property wins over any other), or None."""
    found = None
    for base in enum_class.__mro__[1:]:
        attr = base.__dict__.get(name)
        if attr is None:
            continue
        if isinstance(attr, (property, DynamicClassAttribute)):
            return attr
        if (hasattr(attr, 'fget') and hasattr(attr, 'fset')
                and hasattr(attr, 'fdel')):
            found = attr
    return found


class _proto_member:
    """A member's value, held in the class dict while type.__new__ runs; its
    __set_name__ replaces it with the real member."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, member_name):
        delattr(enum_class, member_name)
        args = _member_args(enum_class, self.value)
        enum_member = _new_member(enum_class, self.value, args)
        value = enum_member._value_
        enum_member._name_ = member_name
        enum_member.__objclass__ = enum_class
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(enum_class._member_names_)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            enum_class._flag_mask_ |= value
            if _is_single_bit(value):
                enum_class._singles_mask_ |= value
            enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1

        # A value seen before makes this name an alias of the first member;
        # in a Flag, so does a value of several bits.
        canonical = _canonical_member(enum_class, value)
        if canonical is not None:
            enum_member = canonical
        elif not is_flag or _is_single_bit(value):
            enum_class._member_names_.append(member_name)

        # The member is reached through the class attribute, unless that would
        # hide a property of a base (as Enum's own name and value): then an
        # enum.property stands there, which gives the member through the class.
        shadowed = _inherited_descriptor(enum_class, member_name)
        if shadowed is not None:
            redirect = property()
            redirect.member = enum_member
            redirect.__set_name__(enum_class, member_name)
            redirect.fget = shadowed.fget
            redirect.fset = shadowed.fset
            redirect.fdel = shadowed.fdel
            setattr(enum_class, member_name, redirect)
        else:
            setattr(enum_class, member_name, enum_member)
        enum_class._member_map_[member_name] = enum_member
        try:
            enum_class._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            enum_class._unhashable_values_.append(value)


# ------------------------------------------------------------------ the class body namespace

_ALLOWED_SUNDERS = frozenset((
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
    '_ignore_', '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_',
))


class _EnumDict(dict):
    """The namespace of an enum class body. It sorts each assignment into
    member or ordinary attribute, keeps the member names in order (in
    _member_names) and refuses to bind a member name twice."""
    def __init__(self):
        super().__init__()
        self._member_names = {}     # a dict for its insertion order
        self._last_values = []
        self._ignore = []
        self._auto_called = False

    def __setitem__(self, key, value):
        # Private, dunder and descriptor names and nonmember() values are
        # ordinary attributes; _sunder_ names are reserved to a known few;
        # everything else becomes a member.
        if _is_internal_class(self._cls_name, value):
            import warnings
            warnings.warn(
                "In 3.13 classes created inside an enum will not become a member.  "
                "Use the `member` decorator to keep the current behavior.",
                DeprecationWarning,
                stacklevel=2,
            )
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            value = self._set_sunder(key, value)
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            # auto() is resolved on its own or as an item of a plain tuple.
            # _generate_next_value is called from right here: its warning
            # (stacklevel=3) must name the class body's line.
            single = isinstance(value, auto)
            items = (value,) if single else value
            if type(items) is tuple and any(isinstance(v, auto) for v in items):
                resolved = []
                for item in items:
                    if isinstance(item, auto):
                        if item.value == _auto_null:
                            item.value = self._generate_next_value(
                                key, 1, len(self._member_names), self._last_values[:])
                            self._auto_called = True
                        item = item.value
                        self._last_values.append(item)
                    resolved.append(item)
                value = resolved[0] if single else tuple(resolved)
            else:
                self._last_values.append(value)
            self._member_names[key] = None
        super().__setitem__(key, value)

    def _set_sunder(self, key, value):
        """Check a _sunder_ name; returns the value to store (_ignore_ is
        kept as a list of names)."""
        if key not in _ALLOWED_SUNDERS:
            raise ValueError(
                '_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
        if key == '_generate_next_value_':
            if self._auto_called:
                raise TypeError("_generate_next_value_ must be defined before members")
            self._generate_next_value = (
                value.__func__ if isinstance(value, staticmethod) else value)
        elif key == '_ignore_':
            if isinstance(value, str):
                value = value.replace(',', ' ').split()
            else:
                value = list(value)
            self._ignore = value
            already = set(value) & set(self._member_names)
            if already:
                raise ValueError(
                    '_ignore_ cannot specify already set names: %r' % (already,))
        return value

    def update(self, members, **more_members):
        try:
            for name in members.keys():
                self[name] = members[name]
        except AttributeError:
            for name, value in members:
                self[name] = value
        for name, value in more_members.items():
            self[name] = value


# ------------------------------------------------------------------ the metaclass

class EnumType(type):
    """
    Metaclass for Enum
    """

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict['_generate_next_value_'] = getattr(
                first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        classdict.setdefault('_ignore_', []).append('_ignore_')
        for key in classdict['_ignore_']:
            classdict.pop(key, None)
        member_names = classdict._member_names
        invalid_names = set(member_names) & {'mro', ''}
        if invalid_names:
            raise ValueError('invalid enum member name(s) %s' % (
                ','.join(repr(n) for n in invalid_names)))
        _order_ = classdict.pop('_order_', None)
        classdict = dict(classdict.items())

        member_type, first_enum = metacls._get_mixins_(cls, bases)
        __new__, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)
        classdict['_new_member_'] = __new__
        classdict['_use_args_'] = use_args
        for name in member_names:
            classdict[name] = _proto_member(classdict[name])
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        classdict['_unhashable_values_'] = []
        classdict['_member_type_'] = member_type
        classdict['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        # Flag bookkeeping, updated as members are made; removed again below
        # when the class is no Flag.
        classdict['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
        classdict['_flag_mask_'] = 0
        classdict['_singles_mask_'] = 0
        classdict['_all_bits_'] = 0
        classdict['_inverted_'] = None
        try:
            exc = None
            enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        except RuntimeError as e:
            # type.__new__ reports a failing __set_name__ (a member that could
            # not be made) as a RuntimeError caused by the real error.
            exc = e.__cause__ or e
        if exc is not None:
            raise exc
        classdict.update(enum_class.__dict__)

        _set_data_type_methods(enum_class, classdict, bases, member_type, first_enum)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            for name in ('__or__', '__and__', '__xor__',
                         '__ror__', '__rand__', '__rxor__', '__invert__'):
                if name not in classdict:
                    method = getattr(Flag, name)
                    setattr(enum_class, name, method)
                    classdict[name] = method
        if Enum is not None:
            # Members are looked up by value through Enum.__new__; a __new__
            # written in the class stays reachable for subclasses.
            if save_new:
                enum_class.__new_member__ = __new__
            enum_class.__new__ = Enum.__new__

        if isinstance(_order_, str):
            _order_ = _order_.replace(',', ' ').split()
        if not is_flag and (Flag is not None or cls != 'Flag'):
            for name in ('_boundary_', '_flag_mask_', '_singles_mask_',
                         '_all_bits_', '_inverted_'):
                delattr(enum_class, name)
        elif is_flag:
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                enum_class._iter_member_ = enum_class._iter_member_by_def_
            if _order_:
                _order_ = [o for o in _order_
                           if o not in enum_class._member_map_
                           or _is_single_bit(enum_class[o]._value_)]
        if _order_:
            # Aliases are not listed in _member_names_: leave them out.
            _order_ = [o for o in _order_
                       if o not in enum_class._member_map_
                       or o in enum_class._member_names_]
            if _order_ != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, _order_))
        return enum_class

    def __bool__(cls):
        """
        classes/types should always be True.
        """
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        """
        Either returns an existing member, or creates a new enum class.

        This method is used both when an enum class is given a value to match
        to an enumeration member (i.e. Color(3)) and for the functional API
        (i.e. Color = Enum('Color', names='RED GREEN BLUE')).

        When used for the functional API:

        `value` will be the name of the new class.

        `names` should be either a string of white-space/comma delimited names
        (values will start at `start`), or an iterator/mapping of name, value pairs.

        `module` should be set to the module this class is being created in;
        if it is not set, an attempt to find that module will be made, but if
        it fails the class will not be picklable.

        `qualname` should be set to the actual location this class can be found
        at in its module; by default it is set to the global scope.  If this is
        not correct, unpickling will fail in some circumstances.

        `type`, if set, will be mixed in as the first base class.
        """
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def __contains__(cls, member):
        """
        Return True if member is a member of this enum
        raises TypeError if member is not an enum member

        note: in 3.12 TypeError will no longer be raised, and True will also be
        returned if member is the value of a member in this enum
        """
        if not isinstance(member, Enum):
            import warnings
            warnings.warn(
                "in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                "False depending on whether the value is a member or the value of a member",
                DeprecationWarning,
                stacklevel=2,
            )
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        # '__init_subclass__' is always listed: CPython's test compares a
        # fresh bound method by identity, which never matches.
        interesting = set(['__class__', '__contains__', '__doc__', '__getitem__',
                           '__init_subclass__', '__iter__', '__len__', '__members__',
                           '__module__', '__name__', '__qualname__']
                          + cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __getattr__(cls, name):
        """
        Return the enum member matching `name`

        We use __getattr__ instead of descriptors or inserting into the enum
        class' __dict__ in order to support `name` and `value` being both
        properties for enum members (which live in the class' __dict__) and
        enum members themselves.
        """
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        """
        Return the member matching `name`.
        """
        return cls._member_map_[name]

    def __iter__(cls):
        """
        Return members in definition order.
        """
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        """
        Return the number of members (no aliases)
        """
        return len(cls._member_names_)

    @_builtins.property
    def __members__(cls):
        """
        Returns a mapping of member name->value.

        This mapping lists all enum members, including aliases. Note that this
        is a read-only view of the internal mapping.
        """
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        """
        Return members in reverse definition order.
        """
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        """
        Block attempts to reassign Enum members.

        A simple assignment to the class namespace only changes one of the
        several possible ways to get an Enum member from the Enum class,
        resulting in an inconsistent Enumeration.
        """
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        """
        Convenience method to create a new Enum class.

        `names` can be:

        * A string containing member names, separated either with spaces or
          commas.  Values are incremented by 1 from `start`.
        * An iterable of member names.  Values are incremented by 1 from `start`.
        * An iterable of (member name, value) pairs.
        * A mapping of member name -> value pairs.
        """
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)

        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            # Bare names: their values come from _generate_next_value_.
            pairs = []
            last_values = []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                pairs.append((name, value))
            names = pairs
        if names is None:
            names = ()
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value

        if module is None:
            # The module that called Enum(...): two frames up from here.
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is None:
            _make_class_unpicklable(classdict)
        else:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """
        Create a new Enum subclass that replaces a collection of global constants
        """
        module_globals = sys.modules[module].__dict__
        source = source.__dict__ if source else module_globals
        members = [(key, value) for key, value in source.items() if filter(key)]
        try:
            members.sort(key=lambda t: (t[1], t[0]))
        except TypeError:
            # Values that cannot be ordered: by name instead.
            members.sort(key=lambda t: t[0])
        body = {key: value for key, value in members}
        body['__module__'] = module
        converted = _simple_enum(etype=cls, boundary=boundary or KEEP)(
            type(name, (object,), body))
        if as_global:
            global_enum(converted)
        else:
            sys.modules[converted.__module__].__dict__.update(converted.__members__)
        module_globals[name] = converted
        return converted

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """
        Returns the type for creating enum members, and the first inherited
        enum class.

        bases: the tuple of bases that was given to __new__
        """
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        """The __repr__ used for member values: the nearest enum's, or the
        nearest base that defines one."""
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if '__repr__' in base.__dict__:
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        """The mixed-in type whose instances the members are (int for
        IntEnum), or None for plain enums."""
        data_types = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, data_types))
        if data_types:
            return data_types.pop()
        return None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """
        Returns the __new__ to be used for creating the enum members.

        classdict: the class dictionary given to __new__
        member_type: the data type whose __new__ will be used by default
        first_enum: enumeration to check for an overriding __new__
        """
        __new__ = classdict.get('__new__', None)
        save_new = first_enum is not None and __new__ is not None
        if __new__ is None:
            # A __new__ saved by an enum base, or the data type's own.
            plain = (None, None.__new__, object.__new__, Enum.__new__)
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if target not in plain:
                        __new__ = target
                        break
                if __new__ is not None:
                    break
            else:
                __new__ = object.__new__
        # Only a real __new__ is given the member's value as arguments.
        use_args = not (first_enum is None or __new__ in (Enum.__new__, object.__new__))
        return __new__, save_new, use_args


EnumMeta = EnumType


def _set_data_type_methods(enum_class, classdict, bases, member_type, first_enum):
    """Give the class its __repr__, __str__, __format__ and __reduce_ex__.

    A ReprEnum keeps the data type's str() and format(); otherwise a method
    that would come from the data type or object is replaced by the
    enum's own."""
    if ReprEnum is not None and ReprEnum in bases:
        if member_type is object:
            raise TypeError('ReprEnum subclasses must be mixed with a data type '
                            '(i.e. int, str, float, etc.)')
        if '__format__' not in classdict:
            enum_class.__format__ = member_type.__format__
            classdict['__format__'] = enum_class.__format__
        if '__str__' not in classdict:
            method = member_type.__str__
            if method is object.__str__:
                # object.__str__ would call the enum's __repr__.
                method = member_type.__repr__
            enum_class.__str__ = method
            classdict['__str__'] = enum_class.__str__
    for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
        if name in classdict:
            continue
        found = getattr(enum_class, name)
        if found in (getattr(member_type, name), getattr(object, name)):
            setattr(enum_class, name, getattr(first_enum, name))


def _make_class_unpicklable(obj):
    """Make an enum class (or the dict of one being created) refuse
    pickling: it has no module to be found in."""
    def _break_on_call_reduce(self, proto):
        raise TypeError('%r cannot be pickled' % self)
    if isinstance(obj, dict):
        obj['__reduce_ex__'] = _break_on_call_reduce
        obj['__module__'] = '<unknown>'
    else:
        setattr(obj, '__reduce_ex__', _break_on_call_reduce)
        setattr(obj, '__module__', '<unknown>')


# ------------------------------------------------------------------ Enum

class Enum(metaclass=EnumType):
    """
    Create a collection of name/value pairs.

    Example enumeration:

    >>> class Color(Enum):
    ...     RED = 1
    ...     BLUE = 2
    ...     GREEN = 3

    Access them by:

    - attribute access::

    >>> Color.RED
    <Color.RED: 1>

    - value lookup:

    >>> Color(1)
    <Color.RED: 1>

    - name lookup:

    >>> Color['RED']
    <Color.RED: 1>

    Enumerations can be iterated over, and know how many members they have:

    >>> len(Color)
    3

    >>> list(Color)
    [<Color.RED: 1>, <Color.BLUE: 2>, <Color.GREEN: 3>]

    Methods can be added to enumerations, and members can have their own
    attributes -- see the documentation for details.
    """

    def __new__(cls, value):
        # Members are all made with the class; this finds one by value
        # (Color(3)), by way of the metaclass' __call__.
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        if not cls._member_map_:
            raise TypeError("%r has no members defined" % cls)
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        try:
            if isinstance(result, cls):
                return result
            if (Flag is not None and issubclass(cls, Flag)
                    and cls._boundary_ is EJECT and isinstance(result, int)):
                return result
            ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
            if result is None and exc is None:
                raise ve_exc
            if exc is None:
                exc = TypeError('error in %s._missing_: returned %r instead of None '
                                'or a valid member' % (cls.__name__, result))
            if not isinstance(exc, ValueError):
                exc.__context__ = ve_exc
            raise exc
        finally:
            # Break the reference cycles through the tracebacks.
            exc = None
            ve_exc = None

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """
        Generate the next value when not given.

        name: the name of the member
        start: the initial start value or None
        count: the number of existing members
        last_values: the list of values assigned
        """
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            # The last value is not the largest: the pre-3.13 rule applies.
            raise TypeError
        except TypeError:
            import warnings
            warnings.warn(
                "In 3.13 the default `auto()`/`_generate_next_value_` will require all values to be sortable and support adding +1\n"
                "and the value returned will be the largest value in the enum incremented by 1",
                DeprecationWarning,
                stacklevel=3,
            )
            for v in reversed(last_values):
                try:
                    return v + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        """
        Returns public methods and other interesting attributes.
        """
        member_map = self._member_map_
        interesting = set()
        if self.__class__._member_type_ is not object:
            interesting = set(object.__dir__(self))
        for name in getattr(self, '__dict__', []):
            if name[0] != '_' and name not in member_map:
                interesting.add(name)
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    # A member's redirect is no attribute of the member.
                    if obj.fget is not None or name not in member_map:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                elif name not in member_map:
                    interesting.add(name)
        return sorted({'__class__', '__doc__', '__eq__', '__hash__', '__module__'}
                      | interesting)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    # name and value are enum.property: on a member they read _name_ and
    # _value_, and members called 'name' or 'value' stay reachable.
    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """
    Only changes the repr(), leaving str() and format() to the mixed-in type.
    """


class IntEnum(int, ReprEnum):
    """
    Enum where members are also (and must be) ints
    """


class StrEnum(str, ReprEnum):
    """
    Enum where members are also (and must be) strings
    """

    def __new__(cls, *values):
        "values must already be of type `str`"
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        obj = str.__new__(cls, value)
        obj._value_ = value
        return obj

    def _generate_next_value_(name, start, count, last_values):
        """
        Return the lower-cased version of the member name.
        """
        return name.lower()


def pickle_by_global_name(self, proto):
    # For enums whose members are exported as module globals (not Flags).
    return self.name


# The older name, which code written for earlier versions still uses.
_reduce_ex_by_global_name = pickle_by_global_name



def pickle_by_enum_name(self, proto):
    # Not for Flags: a pseudo-member has no name to look up.
    return getattr, (self.__class__, self._name_)


# ------------------------------------------------------------------ Flag

class FlagBoundary(StrEnum):
    """
    control how out of range values are handled
    "strict" -> error is raised             [default for Flag]
    "conform" -> extra bits are discarded
    "eject" -> lose flag status
    "keep" -> keep flag status and all bits [default for IntFlag]
    """
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """
    Support for flags
    """

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """
        Generate the next value when not given.

        name: the name of the member
        start: the initial start value or None
        count: the number of existing members
        last_values: the last value assigned or None
        """
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        """
        Extract all members from the value in definition (i.e. increasing value) order.
        """
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """
        Extract all members from the value in definition order.
        """
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """
        Create a composite member containing all canonical members present in `value`.

        If non-member values are present, result depends on `_boundary_` setting.
        """
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        # In range means ~all_bits <= value <= all_bits with no bit set that
        # no member has.
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                    cls, value, bin(value, max_bits), bin(flag_mask, max_bits)))
            if boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            # A negative value names the complement within all_bits.
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        pseudo_member._name_ = _pseudo_member_name(cls, value)
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        """
        Returns True if self has at least the same flags set as other.
        """
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        """
        Returns flags in definition order.
        """
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        other_value = _flag_operand(self, other)
        if other_value is None:
            return NotImplemented
        return self.__class__(self._value_ | other_value)

    def __and__(self, other):
        other_value = _flag_operand(self, other)
        if other_value is None:
            return NotImplemented
        return self.__class__(self._value_ & other_value)

    def __xor__(self, other):
        other_value = _flag_operand(self, other)
        if other_value is None:
            return NotImplemented
        return self.__class__(self._value_ ^ other_value)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


def _pseudo_member_name(cls, value):
    """'A|B' for a combination: the single-bit members, then the aliases
    covering the remaining bits, then any unknown bits as a number.
    None when no member is involved."""
    singles = value & cls._singles_mask_
    aliases = value & ~cls._singles_mask_
    if not (singles or aliases):
        return None
    members = list(cls._iter_member_(singles))
    combined = 0
    for m in members:
        combined |= m._value_
    if aliases:
        value = singles | aliases
        for candidate in cls._member_map_.values():
            v = candidate._value_
            if candidate not in members and v and v & value == v:
                members.append(candidate)
                combined |= v
    if not combined:
        return None
    unknown = value ^ combined
    name = '|'.join([m._name_ for m in members])
    if unknown:
        if cls._boundary_ is STRICT:
            raise ValueError('%r: no members with value %r' % (cls, unknown))
        name += '|%s' % cls._numeric_repr_(unknown)
    return name


def _flag_operand(self, other):
    """other's int value when it can combine with self, else None."""
    if isinstance(other, self.__class__):
        return other._value_
    if self._member_type_ is not object and isinstance(other, self._member_type_):
        return other
    return None


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """
    Support for integer-based Flags
    """


# ------------------------------------------------------------------ decorators and helpers

def unique(enumeration):
    """
    Class decorator for enumerations ensuring unique member values.
    """
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items()
                  if name != m.name]
    if duplicates:
        details = ', '.join(['%s -> %s' % pair for pair in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


def global_enum_repr(self):
    """
    use module.enum_name instead of class.enum_name

    the module is the last module in case of a multi-module name
    """
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    """
    use module.flag_name instead of class.flag_name

    the module is the last module in case of a multi-module name
    """
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return "%s.%s(%r)" % (module, cls_name, self._value_)
    if _is_single_bit(self):
        return '%s.%s' % (module, self._name_)
    if self._boundary_ is not FlagBoundary.KEEP:
        return '|'.join(['%s.%s' % (module, name) for name in self.name.split('|')])
    # Under KEEP the name may end in a number for unknown bits: left bare.
    return '|'.join([n if n[0].isdigit() else '%s.%s' % (module, n)
                     for n in self._name_.split('|')])


def global_str(self):
    """
    use enum_name instead of class.enum_name
    """
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """
    decorator that makes the repr() of an enum member reference its module
    instead of its class; also exports all members to the enum's module's
    global namespace
    """
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def _simple_enum(etype=Enum, *, boundary=None):
    """
    Class decorator that converts a normal class into an :class:`Enum`.

    The class body's attributes become the members, as if the class had been
    written as a subclass of etype.
    """
    def convert_class(cls):
        body = _EnumDict()
        body._cls_name = cls.__name__
        gnv = getattr(etype, '_generate_next_value_', None)
        if gnv is not None:
            body['_generate_next_value_'] = gnv
        for name, obj in cls.__dict__.items():
            if name not in ('__dict__', '__weakref__'):
                body[name] = obj
        if cls.__dict__.get('__doc__') is None:
            body['__doc__'] = 'An enumeration.'
        return type(etype).__new__(type(etype), cls.__name__, (etype,), body,
                                   boundary=boundary)
    return convert_class


def _test_simple_enum(checked_enum, simple_enum):
    """Check that simple_enum, made with _simple_enum(), is the enum that
    checked_enum, written as a subclass, is: the same class attributes (but
    for methods, properties and the attributes that always differ), the same
    members with the same attributes, and the same inherited str, repr and
    pickling methods.  Raises TypeError listing every difference.
    """
    problems = []

    def mismatch(key, left, right, left_label, right_label):
        return "%r:\n         %s\n         %s" % (
            key, "%s -> %r" % (left_label, left), "%s -> %r" % (right_label, right))

    checked_dict = checked_enum.__dict__
    simple_dict = simple_enum.__dict__
    if checked_dict != simple_dict:
        members = set(checked_enum._member_map_) | set(simple_enum._member_map_)
        skipped = {'__module__', '_member_map_', '_value2member_map_', '__doc__'}
        for key in set(checked_dict) | set(simple_dict):
            if key in skipped or key in members:
                continue
            if key not in simple_dict:
                problems.append("missing key: %r" % (key,))
            elif key not in checked_dict:
                problems.append("extra key:   %r" % (key,))
            else:
                left, right = checked_dict[key], simple_dict[key]
                if callable(left) or isinstance(left, _builtins.property):
                    continue
                if left != right:
                    problems.append(mismatch(key, left, right, 'checked', 'simple '))
        problems.sort()
        for name in members:
            if name not in simple_dict:
                problems.append('missing member from simple enum: %r' % name)
                continue
            if name not in checked_dict:
                problems.append('extra member in simple enum: %r' % name)
                continue
            left_attrs = checked_enum[name].__dict__
            right_attrs = simple_enum[name].__dict__
            member_problems = []
            for key in set(left_attrs) | set(right_attrs):
                if key in ('__module__', '__objclass__', '_inverted_'):
                    continue
                if key not in right_attrs:
                    member_problems.append(
                        "missing key %r not in the simple enum member %r" % (key, name))
                elif key not in left_attrs:
                    member_problems.append(
                        "extra key %r in simple enum member %r" % (key, name))
                elif left_attrs[key] != right_attrs[key]:
                    member_problems.append(mismatch(
                        key, left_attrs[key], right_attrs[key],
                        'checked member', 'simple member '))
            if member_problems:
                problems.append('%r member mismatch:\n      %s'
                                % (name, '\n      '.join(member_problems)))
        for method in ('__str__', '__repr__', '__reduce_ex__', '__format__',
                       '__getnewargs_ex__', '__getnewargs__', '__reduce_ex__',
                       '__reduce__'):
            # Defined by either class: compared (by presence) above.
            if method in simple_dict or method in checked_dict:
                continue
            left = getattr(checked_enum, method, None)
            right = getattr(simple_enum, method, None)
            if hasattr(left, '__func__'):
                left, right = left.__func__, right.__func__
            if left != right:
                problems.append("%r:  %-30s %s" % (
                    method, "checked -> %r" % (left,), "simple -> %r" % (right,)))
    if problems:
        raise TypeError('enum mismatch:\n   %s' % '\n   '.join(problems))


class EnumCheck(StrEnum):
    """
    various conditions to check an enumeration for
    """
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """
    Check an enumeration for various constraints. (see EnumCheck)
    """
    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if Flag is not None and issubclass(enumeration, Flag):
            enum_type = 'flag'
        elif issubclass(enumeration, Enum):
            enum_type = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                _verify_unique(enumeration)
            elif check is CONTINUOUS:
                _verify_continuous(enumeration, enum_type)
            elif check is NAMED_FLAGS:
                _verify_named_flags(enumeration)
        return enumeration


def _verify_unique(enumeration):
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items()
                  if name != m.name]
    if duplicates:
        details = ', '.join(['%s -> %s' % pair for pair in duplicates])
        raise ValueError('aliases found in %r: %s' % (enumeration, details))


def _verify_continuous(enumeration, enum_type):
    values = set(m.value for m in enumeration)
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    if enum_type == 'flag':
        # Every power of two between the lowest and the highest.
        missing = [2 ** i for i in range(_high_bit(low) + 1, _high_bit(high))
                   if 2 ** i not in values]
    else:
        missing = [i for i in range(low + 1, high) if i not in values]
    if missing:
        # Cut at 256 characters: a huge gap must not make a huge message.
        raise ValueError(('invalid %s %r: missing values %s' % (
            enum_type, enumeration.__name__, ', '.join(str(m) for m in missing)))[:256])


def _verify_named_flags(enumeration):
    member_names = enumeration._member_names_
    member_values = [m.value for m in enumeration]
    missing_names = []
    missing_value = 0
    for name, alias in enumeration._member_map_.items():
        if name in member_names or alias.value < 0:
            continue
        missed = [v for v in _iter_bits_lsb(alias.value) if v not in member_values]
        if missed:
            missing_names.append(name)
            for v in missed:
                missing_value |= v
    if not missing_names:
        return
    if len(missing_names) == 1:
        alias = 'alias %s is missing' % missing_names[0]
    else:
        alias = 'aliases %s and %s are missing' % (
            ', '.join(missing_names[:-1]), missing_names[-1])
    if _is_single_bit(missing_value):
        value = 'value 0x%x' % missing_value
    else:
        value = 'combined values of 0x%x' % missing_value
    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                     % (enumeration.__name__, alias, value))
