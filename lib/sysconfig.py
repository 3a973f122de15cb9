"""The interpreter's configuration: installation paths and build variables.

pyheap is not built from C, so it has only the variables that describe the
installation and the language level (no compiler flags); get_config_var()
gives None for the others, as CPython's does for a variable its build did
not define. Paths follow the posix_prefix scheme rooted at sys.prefix, where
pyheap's own library lives."""

import os
import sys

__all__ = ['get_config_h_filename', 'get_config_var', 'get_config_vars', 'get_makefile_filename',
           'get_path', 'get_path_names', 'get_paths', 'get_platform', 'get_python_version',
           'get_scheme_names', 'parse_config_h']

_SCHEMES = {
    'posix_prefix': {
        'stdlib': '{installed_base}/{platlibdir}',
        'platstdlib': '{platbase}/{platlibdir}',
        'purelib': '{base}/{platlibdir}/site-packages',
        'platlib': '{platbase}/{platlibdir}/site-packages',
        'include': '{installed_base}/include',
        'platinclude': '{installed_platbase}/include',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
}

_PATH_NAMES = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'platinclude', 'scripts', 'data')

_CONFIG_VARS = None


def _init_config_vars():
    prefix = os.path.normpath(sys.prefix)
    exec_prefix = os.path.normpath(sys.exec_prefix)
    short = '%d.%d' % sys.version_info[:2]
    return {
        'prefix': prefix,
        'exec_prefix': exec_prefix,
        'base': prefix,
        'platbase': exec_prefix,
        'installed_base': os.path.normpath(sys.base_prefix),
        'installed_platbase': os.path.normpath(sys.base_exec_prefix),
        'projectbase': os.path.dirname(os.path.abspath(sys.executable)) if sys.executable else prefix,
        'platlibdir': sys.platlibdir,
        'py_version': '%d.%d.%d' % sys.version_info[:3],
        'py_version_short': short,
        'py_version_nodot': '%d%d' % sys.version_info[:2],
        'py_version_nodot_plat': '',
        'VERSION': short,
        'abiflags': sys.abiflags,
        'implementation': 'Python',
        'implementation_lower': 'python',
        'MACHDEP': sys.platform,
        'SIZEOF_VOID_P': 8,
        'SIZEOF_LONG': 8,
        'SIZEOF_SIZE_T': 8,
        'Py_DEBUG': 0,
        'Py_TRACE_REFS': 0,
        # built-in functions and types carry no docstrings (see the README's divergences)
        'WITH_DOC_STRINGS': 0,
        'EXE': '',
        'userbase': os.path.expanduser('~/.local') if hasattr(os.path, 'expanduser') else None,
    }


def get_config_vars(*args):
    """The configuration variables, as a dict; with names, a list of their values."""
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        _CONFIG_VARS = _init_config_vars()
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    """One configuration variable, or None when it is not defined."""
    return get_config_vars().get(name)


def get_scheme_names():
    return tuple(sorted(_SCHEMES))


def get_default_scheme():
    return 'posix_prefix'


def get_preferred_scheme(key):
    if key not in ('prefix', 'home', 'user'):
        raise ValueError(f"{key!r} is not a valid key; expected one of 'prefix', 'home', 'user'")
    return 'posix_prefix'


def get_path_names():
    return _PATH_NAMES


def get_paths(scheme=get_default_scheme(), vars=None, expand=True):
    """The installation paths of a scheme, their {variables} filled in."""
    try:
        paths = _SCHEMES[scheme]
    except KeyError:
        raise KeyError(scheme) from None
    if not expand:
        return dict(paths)
    values = dict(get_config_vars())
    if vars:
        values.update(vars)
    return {name: os.path.normpath(template.format(**values)) for name, template in paths.items()}


def get_path(name, scheme=get_default_scheme(), vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]


def get_platform():
    return 'linux-x86_64'


def get_python_version():
    return get_config_var('py_version_short')


def is_python_build(check_home=False):
    """False: pyheap never runs from a CPython source tree."""
    return False


def get_makefile_filename():
    raise OSError('pyheap has no Makefile: it is not built from C')


def get_config_h_filename():
    raise OSError('pyheap has no pyconfig.h: it is not built from C')


def parse_config_h(fp, vars=None):
    """The #define and #undef lines of a pyconfig.h-style file, as a dict."""
    import re
    define_rx = re.compile(r'#define ([A-Z][A-Za-z0-9_]+) (.*)\n')
    undef_rx = re.compile(r'/[*] #undef ([A-Z][A-Za-z0-9_]+) [*]/\n')
    if vars is None:
        vars = {}
    for line in fp:
        m = define_rx.match(line)
        if m:
            name, value = m.group(1, 2)
            try:
                value = int(value)
            except ValueError:
                pass
            vars[name] = value
            continue
        m = undef_rx.match(line)
        if m:
            vars[m.group(1)] = 0
    return vars
