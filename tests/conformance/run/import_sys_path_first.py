# sys.path[0] is the script's folder, which is how _helper is found.
import os
import sys
print(os.path.basename(sys.path[0]))
print(sys.path[0] == os.path.dirname(os.path.abspath(__file__)))
import _helper
print(os.path.dirname(_helper.__file__) == sys.path[0])
print(isinstance(sys.path, list), len(sys.path) > 1)
print(__file__.endswith("import_sys_path_first.py"))
print(os.path.isabs(__file__))
