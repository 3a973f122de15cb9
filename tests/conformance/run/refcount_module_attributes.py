# A module's attributes are its globals; importing binds the module once more.
import sys
import types

m = types.ModuleType('scratch')
obj = ['shared']
m.obj = obj
print('module attribute:', sys.getrefcount(obj))
sys.modules['scratch'] = m
print('module refs (name + sys.modules):', sys.getrefcount(m))
import scratch
print('after import:', sys.getrefcount(m))
from scratch import obj as o2
print('from-import binds the object:', sys.getrefcount(obj))
del o2
g = vars(m)
print('module dict refs:', sys.getrefcount(g))
del g
del scratch
del sys.modules['scratch']
print('import name and sys.modules gone:', sys.getrefcount(m))
del m.obj
print('attribute deleted:', sys.getrefcount(obj))
