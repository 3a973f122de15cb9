# Interpreter options in sys.flags: -I (isolated: no environment, no user
# site, no script folder on sys.path), -B, a doubled -b, and -s. Under -I the
# script's own folder is not searched, so its helper modules are not found.
import os
import sys

f = sys.flags
print(f.isolated, f.ignore_environment, f.no_user_site, f.safe_path)
print(f.dont_write_bytecode, sys.dont_write_bytecode, f.bytes_warning, f.optimize, f.quiet)
print(f.debug, f.inspect, f.interactive, f.verbose, f.no_site, f.dev_mode)
print(len(f), type(f).__name__, f[3] == f.optimize)
here = os.path.dirname(os.path.abspath(__file__))
print('script folder on sys.path:', here in sys.path, '' in sys.path)
try:
    import _helper
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name)
try:
    f.optimize = 2
except AttributeError as e:
    print(e)
import json
print(json.dumps({'isolated': bool(f.isolated)}))
