# Importing a module next to the script; it runs once.
import _helper
import _helper as again
print(_helper.greet("world"))
print(_helper is again, _helper.__name__, _helper.FILE_NAME)
import sys
print("_helper" in sys.modules, sys.modules["_helper"] is _helper)
print(_helper.bump(), _helper.bump(), _helper.counter)
from _helper import counter, bump
print(counter, bump(), counter, _helper.counter)
import os
print(os.path.basename(_helper.__file__), _helper.__doc__)
