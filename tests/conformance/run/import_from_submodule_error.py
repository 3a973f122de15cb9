# `from package import name` imports a submodule when name is not an
# attribute; only the submodule's own absence becomes "cannot import name".
import sys

try:
    from _pkg import _needs_missing
except ImportError as e:
    print(type(e).__name__, e, '| name =', e.name)
print('_pkg._needs_missing' in sys.modules)

try:
    from _pkg import _not_a_submodule
except ImportError as e:
    print(type(e).__name__, '| name =', e.name)
    print(str(e).split(' (')[0])

try:
    from _pkg.deep import _absent_too
except ImportError as e:
    print(type(e).__name__, '| name =', e.name)

# the failed submodule can be retried: it fails the same way
try:
    import _pkg._needs_missing
except ModuleNotFoundError as e:
    print('again:', e)
