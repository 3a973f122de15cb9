# A package with __init__, submodules and relative imports.
import _pkg
print(_pkg.VERSION, _pkg.shout("hi"))
print(_pkg.sub.util_name(), _pkg.__name__, _pkg.sub.__name__)
from _pkg import sub
print(sub.shout("x"), sub is _pkg.sub)
import _pkg.deep
print(_pkg.deep.call_parent("deep"), _pkg.deep.LEVEL)
from _pkg.deep import call_parent
print(call_parent("again"))
import os
print(os.path.basename(_pkg.__file__), os.path.basename(os.path.dirname(_pkg.__file__)))
print(_pkg.__package__, _pkg.sub.__package__, _pkg.deep.__package__)
print(sorted(k for k in vars(_pkg) if not k.startswith("__")))
