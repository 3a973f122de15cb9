# fnmatch, fnmatchcase and filter on str and bytes names.
import fnmatch

names = ['a.py', 'b.txt', 'c.PY', 'dir/x.py', '.hidden', 'ab', 'abc', 'a[1]']
print(fnmatch.filter(names, '*.py'))
print(fnmatch.filter(names, '?b*'))
print(fnmatch.filter(names, '[!a]*'))
print(fnmatch.filter(names, 'a[[]*'))
print(fnmatch.fnmatch('A.PY', '*.py'), fnmatch.fnmatchcase('A.PY', '*.PY'))
print(fnmatch.fnmatch(b'x.py', b'*.py'), fnmatch.fnmatch('a\nb', 'a?b'))
print(fnmatch.fnmatch('[', '['), fnmatch.fnmatch('abc', '[z-a]bc'))
print(fnmatch.fnmatch('test_foo.py', 'test*.py'), fnmatch.fnmatch('foo_test.py', 'test*.py'))
try:
    fnmatch.fnmatch('x', b'x')
except TypeError as e:
    print(type(e).__name__)
