"""Helper to provide extensibility for pickle.

This is only useful to add pickle support for extension types defined in
C, not for instances of user-defined classes.
"""

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

# type -> function returning the reduce tuple of an instance (used by copy
# and pickle before __reduce_ex__).
dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    # int | str has no constructor of its own: rebuild it by or-ing its members.
    import functools, operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(type(int | str), pickle_union)


def _reconstructor(cls, base, state):
    """Rebuild an instance reduced with protocol 0 or 1."""
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(obj, state)
    return obj


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4, instead of __newobj__ to allow classes with
    keyword-only arguments to be pickled correctly.
    """
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """Return a list of slot names for a given class.

    This needs to find slots defined by the class and its bases, so we
    can't simply return the __slots__ attribute.  We must walk down
    the Method Resolution Order and concatenate the __slots__ of each
    class found there.  (This assumes classes don't modify their
    __slots__ attribute to misrepresent their slots after the class is
    defined.)
    """
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            if "__slots__" not in klass.__dict__:
                continue
            slots = klass.__dict__['__slots__']
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    # A private name is stored mangled with its class's name.
                    owner = klass.__name__.lstrip('_')
                    names.append(f'_{owner}{name}' if owner else name)
                else:
                    names.append(name)
    # Cached on the class (not possible for built-in types).
    try:
        cls.__slotnames__ = names
    except:
        pass
    return names


# The extension registry of pickle's EXT opcodes.
_extension_registry = {}                # key -> code
_inverted_registry = {}                 # code -> key
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
        _inverted_registry.get(code) == key):
        return  # Redundant registrations are benign
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if (_extension_registry.get(key) != code or
        _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()


# ------------------------------------------------------------------ object.__reduce_ex__

def _reduce_newobj(x):
    """object.__reduce_ex__(x, 2 or more) of a class that keeps object's
    __reduce__: __newobj__ (or __newobj_ex__), the __getnewargs[_ex]__
    arguments, the state, and the items of list and dict subclasses."""
    cls = type(x)
    args, kwargs = _new_arguments(x)
    if kwargs:
        func, newargs = __newobj_ex__, (cls, args, kwargs)
    else:
        func, newargs = __newobj__, (cls, *(args or ()))
    # Without arguments to __new__ the state is all there is of the object.
    required = not (args is not None or isinstance(x, (list, dict)))
    state = _object_state(x, cls, required)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return func, newargs, state, listitems, dictitems


def _special_method(x, name):
    """x's method name bound to x, looked up on its class only (never through
    the instance or its __getattr__), or None."""
    cls = type(x)
    for klass in cls.__mro__:
        if name in klass.__dict__:
            attr = klass.__dict__[name]
            get = getattr(type(attr), '__get__', None)
            return attr if get is None else get(attr, x, cls)
    return None


def _new_arguments(x):
    """(args, kwargs) for cls.__new__ from __getnewargs_ex__ or
    __getnewargs__; (None, None) when the object has neither."""
    getnewargs_ex = _special_method(x, "__getnewargs_ex__")
    if getnewargs_ex is not None:
        result = getnewargs_ex()
        if not isinstance(result, tuple):
            raise TypeError(f"__getnewargs_ex__ should return a tuple, not '{type(result).__name__}'")
        if len(result) != 2:
            raise ValueError(f"__getnewargs_ex__ should return a tuple of length 2, not {len(result)}")
        args, kwargs = result
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ "
                            f"must be a tuple, not '{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ "
                            f"must be a dict, not '{type(kwargs).__name__}'")
        return args, kwargs
    getnewargs = _special_method(x, "__getnewargs__")
    if getnewargs is None:
        return None, None
    args = getnewargs()
    if not isinstance(args, tuple):
        raise TypeError(f"__getnewargs__ should return a tuple, not '{type(args).__name__}'")
    return args, None


def _object_state(x, cls, required):
    """The state object.__reduce_ex__ records: __getstate__() when overridden,
    else object's default state."""
    method = getattr(cls, "__getstate__", None)
    if method is not None and method is not object.__getstate__:
        return x.__getstate__()
    return _getstate_default(x, cls, required)


def _getstate_default(x, cls, required):
    """object.__getstate__(): the instance __dict__ (None when empty) and the
    filled __slots__ as (dict_state, slot_state)."""
    if required and getattr(cls, "__itemsize__", 0):
        raise TypeError(f"cannot pickle {cls.__name__} objects")
    state = getattr(x, "__dict__", None)
    state = dict(state) if state else None
    slots = {}
    for name in _slotnames(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        state = (state, slots)
    return state
