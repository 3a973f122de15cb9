"""Module specs and the importer of built-in modules: what the import system
records on each module as __spec__ and __loader__; and the namespace type of
sys.implementation (types.SimpleNamespace)."""


class ModuleSpec:
    """What the import system knows about a module: its name, its loader,
    where it comes from and, for a package, where its submodules live."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        parts = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            parts.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            parts.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{type(self).__name__}({", ".join(parts)})'

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader
                and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations
                and self.cached == other.cached and self.has_location == other.has_location)

    @property
    def cached(self):
        # A module with a location gets, unless told otherwise, the path its
        # byte code would be cached at (whether or not the file exists).
        if self._cached is None and self.origin is not None and self._set_fileattr:
            self._cached = _cache_path(self.origin)
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The package the module belongs to ('' for a top-level module)."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    """The loader of the modules built into the interpreter."""

    @staticmethod
    def is_package(fullname):
        return False

    @staticmethod
    def get_code(fullname):
        return None

    @staticmethod
    def get_source(fullname):
        return None


def _cache_path(origin):
    """Where CPython caches the byte code of the source file origin (in
    __pycache__ beside it, tagged with sys.implementation.cache_tag); the
    origin itself for a .pyc file, None for any other file."""
    if origin.endswith('.pyc'):
        return origin
    if not origin.endswith('.py'):
        return None
    import sys
    tag = sys.implementation.cache_tag
    if tag is None:
        return None
    head, _, tail = origin.rpartition('/')
    stem = tail.rpartition('.')[0]
    cached = '__pycache__/%s.%s.pyc' % (stem, tag)
    return head + '/' + cached if head or origin.startswith('/') else cached


def _file_spec(name, loader, path, package_dir):
    """The spec of a module loaded from the source file `path`."""
    spec = ModuleSpec(name, loader, origin=path, is_package=package_dir is not None)
    spec.has_location = True
    if package_dir is not None:
        spec.submodule_search_locations.append(package_dir)
    return spec


class SimpleNamespace:
    """A simple attribute-based namespace.

SimpleNamespace(**kwargs)"""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        if id(self) in _repr_active:
            return f"{name}(...)"
        _repr_active.add(id(self))
        try:
            # Only non-empty str keys are shown, as the C type does.
            parts = [f"{key}={value!r}" for key, value in self.__dict__.items()
                     if isinstance(key, str) and key]
        finally:
            _repr_active.discard(id(self))
        return f"{name}({', '.join(parts)})"

    def __eq__(self, other):
        # The real type decides, not a __class__ the object claims.
        if issubclass(type(other), SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __reduce__(self):
        return (type(self), (), self.__dict__)


# The ids of the namespaces whose repr is being built: a cycle prints as "name(...)".
_repr_active = set()


SimpleNamespace.__module__ = 'types'
