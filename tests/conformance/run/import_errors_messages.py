# ImportError and ModuleNotFoundError messages (caught).
try:
    import nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _helper import does_not_exist
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(" (")[0])
try:
    import _pkg.missing_sub
except ModuleNotFoundError as e:
    print(e)
try:
    from _pkg import missing_name
except ImportError as e:
    print(str(e).split(" (")[0])
try:
    import nope.deeper
except ModuleNotFoundError as e:
    print(e, e.name)
print(issubclass(ModuleNotFoundError, ImportError))
