# Importing a module that does not exist.
import sys

def load_plugin(name):
    print("loading", name)
    return __import__(name)

load_plugin("json")
load_plugin("no_such_plugin_module")
print(sys.argv)
