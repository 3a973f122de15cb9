"""Abstract Base Classes (PEP 3119).

The bookkeeping behind ABCMeta (the registry, the positive and negative
subclass caches, the computation of __abstractmethods__) lives in the native
module _abc; this module is the Python face of it.
"""

from _abc import (get_cache_token, _abc_init, _abc_register,
                  _abc_instancecheck, _abc_subclasscheck, _get_dump,
                  _reset_registry, _reset_caches)


def abstractmethod(funcobj):
    """Mark a method as abstract: a class with an ABCMeta metaclass cannot be
    instantiated until every abstract method is overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A classmethod that is also abstract (deprecated: stack classmethod on
    abstractmethod instead)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A staticmethod that is also abstract (deprecated: stack staticmethod on
    abstractmethod instead)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A property that is also abstract (deprecated: stack property on
    abstractmethod instead)."""

    __isabstractmethod__ = True


class ABCMeta(type):
    """Metaclass of Abstract Base Classes.

    Besides inheritance, a class becomes a virtual subclass of an ABC through
    register() or through the ABC's __subclasshook__.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls)
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC; returns subclass so
        that register can decorate a class."""
        return _abc_register(cls, subclass)

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls)."""
        return _abc_instancecheck(cls, instance)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls)."""
        return _abc_subclasscheck(cls, subclass)

    def _dump_registry(cls, file=None):
        """Print the registry and caches of this ABC (for debugging)."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        registry, cache, negative_cache, negative_version = _get_dump(cls)
        print(f"_abc_registry: {registry!r}", file=file)
        print(f"_abc_cache: {cache!r}", file=file)
        print(f"_abc_negative_cache: {negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {negative_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Forget every class registered with this ABC."""
        _reset_registry(cls)

    def _abc_caches_clear(cls):
        """Forget the results of earlier subclass checks."""
        _reset_caches(cls)


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added to or
    removed from cls after its creation. Returns cls.

    Classes whose metaclass is not ABCMeta (no __abstractmethods__) are
    returned unchanged.
    """
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    names = set()
    # What was abstract in a base is still abstract unless cls overrides it.
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(cls, name, None), '__isabstractmethod__', False):
                names.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            names.add(name)
    cls.__abstractmethods__ = frozenset(names)
    return cls


class ABC(metaclass=ABCMeta):
    """A convenience base: subclassing ABC gives a class ABCMeta as its
    metaclass."""
    __slots__ = ()
