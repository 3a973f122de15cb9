"""Helpers of the import system: names, specs, and bytecode-cache paths.

pyheap imports modules from source files and from its built-in modules; it
writes no bytecode caches, but the paths CPython would use are computed the
same way (PEP 3147), as tools and tests ask for them."""

import sys
import _imp
from _frozen_importlib import ModuleSpec, BuiltinImporter, _file_spec
from _frozen_importlib_external import SourceFileLoader

_PYCACHE = '__pycache__'
_BYTECODE_SUFFIXES = ['.pyc']
_SOURCE_SUFFIXES = ['.py']


def resolve_name(name, package):
    """The absolute name of `name` (which may be relative) inside `package`."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for ch in name:
        if ch != '.':
            break
        level += 1
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    rest = name[level:]
    return f'{base}.{rest}' if rest else base


def _path_split(path):
    head, sep, tail = path.rpartition('/')
    return head, tail


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The .pyc path that goes with a source file, e.g. __pycache__/m.cpython-311.pyc."""
    import os
    path = os.fspath(path)
    head, tail = _path_split(path)
    base, sep, rest = tail.rpartition('.')
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    almost = ''.join([(base if base else rest), '.', tag])
    if optimization is None:
        optimization = '' if debug_override is None or debug_override else 1
    optimization = str(optimization)
    if optimization != '':
        if not optimization.isalnum():
            raise ValueError(f'{optimization!r} is not alphanumeric')
        almost = f'{almost}.opt-{optimization}'
    filename = almost + _BYTECODE_SUFFIXES[0]
    return os.path.join(head, _PYCACHE, filename) if head else os.path.join(_PYCACHE, filename)


def source_from_cache(path):
    """The source path of a PEP 3147 .pyc path."""
    import os
    path = os.fspath(path)
    head, pycache_filename = _path_split(path)
    head, pycache = _path_split(head)
    if pycache != _PYCACHE:
        raise ValueError(f'{_PYCACHE} not bottom-level directory in {path!r}')
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError(f'expected only 2 or 3 dots in {pycache_filename!r}')
    if dot_count == 3:
        optimization = pycache_filename.rsplit('.', 2)[-2]
        if not optimization.startswith('opt-'):
            raise ValueError(f"optimization portion of filename does not start with 'opt-'")
        if not optimization[4:].isalnum():
            raise ValueError(f'optimization level {optimization[4:]!r} is not an alphanumeric value')
    base_filename = pycache_filename.partition('.')[0]
    return os.path.join(head, base_filename + _SOURCE_SUFFIXES[0]) if head else base_filename + _SOURCE_SUFFIXES[0]


def decode_source(source_bytes):
    """Source bytes as text, with universal newlines."""
    text = source_bytes.decode('utf-8')
    return text.replace('\r\n', '\n').replace('\r', '\n')


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if is_package is None and hasattr(loader, 'is_package'):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    """The spec of a module to load from the source file `location`."""
    import os
    if location is None:
        return None
    location = os.fspath(location)
    if loader is None:
        loader = SourceFileLoader(name, location)
    package_dir = None
    if submodule_search_locations is not None:
        spec = ModuleSpec(name, loader, origin=location, is_package=True)
        spec.submodule_search_locations = list(submodule_search_locations)
        spec.has_location = True
        return spec
    if os.path.basename(location) == '__init__.py':
        package_dir = os.path.dirname(location)
    return _file_spec(name, loader, location, package_dir)


def _find_on_path(name, paths):
    import os
    tail = name.rpartition('.')[2]
    for entry in paths:
        base = os.path.join(entry or '.', tail)
        init = os.path.join(base, '__init__.py')
        if os.path.isfile(init):
            return _file_spec(name, SourceFileLoader(name, init), init, base)
        if os.path.isfile(base + '.py'):
            return _file_spec(name, SourceFileLoader(name, base + '.py'), base + '.py', None)
    return None


def find_spec(name, package=None):
    """The spec the import system would use for `name`, or None; a parent
    package is imported first, as CPython's does."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError(f'{fullname}.__spec__ is not set') from None
        if spec is None:
            raise ValueError(f'{fullname}.__spec__ is None')
        return spec
    parent = fullname.rpartition('.')[0]
    if parent:
        pkg = __import__(parent, fromlist=['__path__'])
        try:
            paths = pkg.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(f'__path__ attribute not found on {parent!r} while trying to find {fullname!r}',
                                      name=fullname) from e
        return _find_on_path(fullname, paths)
    if fullname in sys.builtin_module_names:
        return ModuleSpec(fullname, BuiltinImporter, origin='built-in')
    return _find_on_path(fullname, sys.path)


def module_from_spec(spec):
    """A new, empty module for a spec, with the attributes the spec gives."""
    create = getattr(spec.loader, 'create_module', None)
    module = create(spec) if create is not None else None
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
    return module


MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'
