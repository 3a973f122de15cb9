# os.path.realpath through symbolic links (relative, chained, dangling, a
# loop, strict mode), islink, lexists, ismount, samefile, getsize.
import os
import posixpath
import tempfile

d = os.path.realpath(tempfile.mkdtemp())
os.mkdir(os.path.join(d, 'sub'))
with open(os.path.join(d, 'sub', 'f'), 'w') as fh:
    fh.write('12345')
os.symlink('sub', os.path.join(d, 'ls'))
os.symlink('ls/f', os.path.join(d, 'lf'))
os.symlink('missing', os.path.join(d, 'dangling'))
os.symlink('loop2', os.path.join(d, 'loop1'))
os.symlink('loop1', os.path.join(d, 'loop2'))


def show(p):
    return p.replace(d, 'D') if isinstance(p, str) else p.replace(os.fsencode(d), b'D')


for name in ['ls', 'lf', 'dangling', 'loop1', 'ls/../sub/f', 'sub/./f', 'ls/f/..']:
    print(name, show(posixpath.realpath(os.path.join(d, name))))
print(show(posixpath.realpath(os.fsencode(os.path.join(d, 'lf')))))
try:
    posixpath.realpath(os.path.join(d, 'dangling'), strict=True)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    posixpath.realpath(os.path.join(d, 'loop1'), strict=True)
except OSError as e:
    print(type(e).__name__, e.errno)
for name in ['ls', 'sub', 'dangling', 'nothing']:
    p = os.path.join(d, name)
    print(name, posixpath.islink(p), posixpath.lexists(p), posixpath.exists(p), posixpath.isdir(p), posixpath.isfile(p))
print(posixpath.ismount('/'), posixpath.ismount(d), posixpath.ismount(b'/'))
print(posixpath.samefile(os.path.join(d, 'lf'), os.path.join(d, 'sub', 'f')), posixpath.getsize(os.path.join(d, 'lf')))
print(posixpath.getmtime(os.path.join(d, 'lf')) == os.stat(os.path.join(d, 'sub', 'f')).st_mtime)
for name in ['ls', 'lf', 'dangling', 'loop1', 'loop2', 'sub/f']:
    os.remove(os.path.join(d, name))
os.rmdir(os.path.join(d, 'sub'))
os.rmdir(d)
