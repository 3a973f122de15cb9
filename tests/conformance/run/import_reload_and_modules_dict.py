# sys.modules caching and importlib.reload re-running a module.
import sys
import importlib
import _helper
_helper.counter = 100
import _helper as same
print(same.counter)
reloaded = importlib.reload(_helper)
print(reloaded is _helper, _helper.counter)
del sys.modules["_helper"]
import _helper as fresh
print(fresh is _helper, fresh.counter)
print(same.counter, sys.modules["_helper"] is fresh)
