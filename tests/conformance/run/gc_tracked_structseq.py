# Which objects the collector tracks: struct sequences that native code makes
# (sys.version_info, time.localtime(), os.stat()) are not tracked, those made
# by calling the type from Python are; tuples and dicts the interpreter made
# before the program started and that hold nothing tracked are not tracked.
import gc
import os
import sys
import time

made_natively = {
    "version_info": sys.version_info,
    "flags": sys.flags,
    "float_info": sys.float_info,
    "int_info": sys.int_info,
    "hash_info": sys.hash_info,
    "thread_info": sys.thread_info,
    "localtime": time.localtime(0),
    "gmtime": time.gmtime(86400),
    "stat": os.stat("."),
}
for name, obj in made_natively.items():
    print(name, type(obj).__name__, gc.is_tracked(obj))

from_python = time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0))
print("struct_time()", gc.is_tracked(from_python))
again = type(sys.version_info)  # its type cannot be called from Python
try:
    again((3, 11, 0, "final", 0))
except TypeError as e:
    print("TypeError:", e)

print("builtin_module_names", gc.is_tracked(sys.builtin_module_names))
print("sys.path", gc.is_tracked(sys.path), "sys.modules", gc.is_tracked(sys.modules))
print("implementation", gc.is_tracked(sys.implementation))
gc.collect()
print("after a collection:", [gc.is_tracked(o) for o in made_natively.values()], gc.is_tracked(from_python))
