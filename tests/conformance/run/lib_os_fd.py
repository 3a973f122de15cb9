# Low-level file descriptors: os.open with O_* flags, os.read, os.write,
# os.fstat (and os.stat of an fd), os.close, posixpath.sameopenfile; errors.
import os
import posixpath
import sys
import tempfile

d = tempfile.mkdtemp()
f = os.path.join(d, 'x')
fd = os.open(f, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
print(os.write(fd, b'hello world'), os.write(fd, bytearray(b'!')), os.write(fd, memoryview(b'?')))
print(os.fstat(fd).st_size, os.stat(fd).st_size, posixpath.exists(fd))
os.close(fd)
fd = os.open(f, os.O_RDONLY)
fd2 = os.open(f, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(posixpath.sameopenfile(fd, fd2), posixpath.samestat(os.fstat(fd), os.stat(f)))
os.close(fd)
os.close(fd2)
fd = os.open(f, os.O_WRONLY | os.O_APPEND)
os.write(fd, b'+')
os.close(fd)
with open(f, 'rb') as fh:
    print(fh.read())
for fn, args in [(os.close, (fd,)), (os.read, (fd, 3)), (os.open, (os.path.join(d, 'no', 'x'), os.O_RDONLY)),
                 (os.write, (1, 'x')), (os.fstat, (fd,)), (os.open, (f, os.O_CREAT | os.O_EXCL | os.O_WRONLY))]:
    try:
        fn(*args)
    except (OSError, TypeError) as e:
        print(type(e).__name__, str(e).replace(d, 'D'), getattr(e, 'errno', None))
print(posixpath.exists(fd))
os.remove(f)
os.rmdir(d)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND, os.O_ACCMODE)
sys.stdout.flush()
os.write(1, b'straight to fd 1\n')
