"""The parts of importlib that programs call directly."""

import sys
import _imp


def import_module(name, package=None):
    """Import a module by name; a leading dot resolves against `package`."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import for "
                            f"{name!r}")
        level = len(name) - len(name.lstrip('.'))
        name = name[level:]
        base = package.rsplit('.', level - 1)[0]
        full = f'{base}.{name}' if name else base
    else:
        full = name
    __import__(full)
    return sys.modules[full]


def reload(module):
    """Run the module's source again in its own namespace."""
    name = getattr(module, '__name__', None)
    if name is None or sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    _imp.reload(module)
    return sys.modules[name]


def invalidate_caches():
    pass
