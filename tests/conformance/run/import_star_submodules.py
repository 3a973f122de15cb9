# from package import * imports the submodules its __all__ names; modules
# loaded from source files have __cached__, the spec's byte code path.
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as root:
    def write(rel, text):
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(text)

    write('stars/__init__.py', "__all__ = ['alpha', 'beta', 'VALUE']\nVALUE = 7\n")
    write('stars/alpha.py', "NAME = 'alpha'\n")
    write('stars/beta.py', "NAME = 'beta'\n")
    write('stars/gamma.py', "NAME = 'gamma'\n")
    write('badall/__init__.py', "__all__ = ['one', 2]\n")
    write('badall/one.py', "")
    write('missing/__init__.py', "__all__ = ['ghost']\n")
    sys.path.insert(0, root)

    from stars import *
    print(alpha.NAME, beta.NAME, VALUE)
    import stars
    print(sorted(k for k in vars(stars) if not k.startswith('__')))
    print('gamma' in sys.modules, 'stars.gamma' in sys.modules)
    for name in ('badall', 'missing'):
        try:
            exec('from %s import *' % name, {})
        except (TypeError, AttributeError) as e:
            print(type(e).__name__, e)
    print(sorted(k for k in vars(sys.modules['badall']) if not k.startswith('__')))

    for mod in (stars, alpha):
        rel = os.path.relpath(mod.__cached__, root)
        print(mod.__name__, rel, mod.__cached__ == mod.__spec__.cached)
    print(sorted(k for k in vars(alpha) if k.startswith('__') and k != '__builtins__'))
    sys.path.remove(root)
