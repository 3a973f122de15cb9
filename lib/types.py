"""Names for the interpreter's built-in types, and helpers for making
classes dynamically (new_class, prepare_class, resolve_bases)."""

import sys


# ------------------------------------------------------------------ the types of sample objects

def _sample_function():
    pass


def _sample_generator():
    yield 1


class _SampleClass:
    def _method(self):
        pass


def _sample_cell():
    value = 1

    def inner():
        return value
    return inner.__closure__[0]


FunctionType = type(_sample_function)
LambdaType = type(lambda: None)
CodeType = type(_sample_function.__code__)
CellType = type(_sample_cell())
GeneratorType = type(_sample_generator())
MethodType = type(_SampleClass()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)
MappingProxyType = type(type.__dict__)
GetSetDescriptorType = type(FunctionType.__code__)
MemberDescriptorType = type(FunctionType.__globals__)


def _traceback_types():
    try:
        raise TypeError
    except TypeError as exc:
        tb = exc.__traceback__
        return type(tb), type(tb.tb_frame)


TracebackType, FrameType = _traceback_types()

EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

# sys.implementation's type (its class lives with the import support, loaded at start-up).
SimpleNamespace = type(sys.implementation)

del sys, _sample_function, _sample_generator, _SampleClass, _sample_cell, _traceback_types


# ------------------------------------------------------------------ making classes dynamically

def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    resolved = []
    changed = False
    for base in bases:
        if isinstance(base, type):
            resolved.append(base)
            continue
        entries_of = getattr(base, "__mro_entries__", None)
        if entries_of is None:
            resolved.append(base)
            continue
        entries = entries_of(bases)
        changed = True
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        resolved.extend(entries)
    if not changed:
        return bases
    return tuple(resolved)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds) as a 3-tuple

    *metaclass* is the appropriate metaclass
    *namespace* is the prepared class namespace
    *kwds* is an updated copy of the passed in kwds argument with any
    'metaclass' entry removed. If no kwds argument is passed in, this will
    be an empty dict.
    """
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        # Only a real metaclass can be narrowed to the most derived one.
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    ns = {} if prepare is None else prepare(name, bases, **kwds)
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    """The most derived of meta and the metaclasses of bases."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    This is a descriptor, used to define attributes that act differently when
    accessed through an instance and through a class.  Instance access remains
    normal, but access to an attribute through a class will be routed to the
    class's __getattr__ method; this is done by raising AttributeError.

    This allows one to have properties active on an instance, and have virtual
    attributes on the class with the same name.  (Enum used this between Python
    versions 3.4 - 3.9 .)

    Subclass from this to use a different method of accessing virtual attributes
    and still be treated properly by the inspect module. (Enum uses this since
    Python 3.10 .)

    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        # Documented and abstract like a property.
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


def coroutine(func):
    """Convert regular generator function to a coroutine.

    pyheap has no coroutines: the function is returned as it is."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    return func


# ------------------------------------------------------------------ GenericAlias

def _alias_arg_repr(arg):
    """How one argument of a parameterized generic is written: list[int]."""
    if arg is Ellipsis:
        return '...'
    if hasattr(arg, '__origin__') and hasattr(arg, '__args__'):
        return repr(arg)
    if isinstance(arg, type):
        if arg.__module__ == 'builtins':
            return arg.__qualname__
        return f'{arg.__module__}.{arg.__qualname__}'
    return repr(arg)


def _alias_parameters(args):
    """The type variables among args, in order of first appearance."""
    params = []
    for arg in args:
        if isinstance(arg, type):
            continue
        if hasattr(arg, '__typing_subst__'):
            if arg not in params:
                params.append(arg)
            continue
        for param in getattr(arg, '__parameters__', ()):
            if param not in params:
                params.append(param)
    return tuple(params)


# Attributes a GenericAlias answers itself instead of passing to its origin.
_ALIAS_OWN_ATTRS = frozenset({
    '__class__', '__origin__', '__args__', '__unpacked__', '__parameters__',
    '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__',
    '__reduce__', '__copy__', '__deepcopy__',
})


class GenericAlias:
    """Represent a PEP 585 generic type

E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."""

    __slots__ = ('__origin__', '__args__', '__parameters__')

    def __new__(cls, origin, args, /):
        self = object.__new__(cls)
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, '__origin__', origin)
        object.__setattr__(self, '__args__', args)
        object.__setattr__(self, '__parameters__', _alias_parameters(args))
        return self

    def __getattribute__(self, name):
        # Everything but the alias's own attributes is the origin's: list[int].__name__ is 'list'.
        if name in _ALIAS_OWN_ATTRS:
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, '__origin__'), name)

    def __repr__(self):
        origin = _alias_arg_repr(self.__origin__)
        if not self.__args__:
            return f'{origin}[()]'
        return f"{origin}[{', '.join(_alias_arg_repr(a) for a in self.__args__)}]"

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, item):
        if not self.__parameters__:
            raise TypeError(f"{self!r} is not a generic class")
        if not isinstance(item, tuple):
            item = (item,)
        if len(item) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(item) > len(self.__parameters__) else 'few'} "
                            f"arguments for {self!r}")
        substitution = dict(zip(self.__parameters__, item))
        args = tuple(substitution.get(a, a) if not isinstance(a, type) else a for a in self.__args__)
        return GenericAlias(self.__origin__, args)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)

    def __dir__(self):
        names = set(dir(self.__origin__))
        names.update(('__origin__', '__args__', '__parameters__'))
        return sorted(names)

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")


# ------------------------------------------------------------------ UnionType

# The type of `int | str` (PEP 604), made natively.
UnionType = type(int | str)


__all__ = [name for name in globals() if not name.startswith('_')]
