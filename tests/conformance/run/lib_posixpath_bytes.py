# os.path's pure functions on str, bytes and os.PathLike arguments, and the
# TypeErrors of mixing them.
import os
import posixpath


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


for p in ['/a/b/c.txt', b'/a/b/c.txt', 'a//b/', b'..', P('x/y.tar.gz'), P(b'/.bashrc')]:
    print(posixpath.split(p), posixpath.splitext(p), posixpath.basename(p), posixpath.dirname(p))
    print(posixpath.isabs(p), posixpath.normpath(p), posixpath.splitdrive(p), posixpath.normcase(p))
print(posixpath.join(b'/a', b'b', b'/c', b'd'), posixpath.join(P('a'), 'b'))
print(posixpath.normpath(b'//a/./b/../../c/'), posixpath.normpath('///x/..'))
print(posixpath.relpath(b'/a/b/c', b'/a/d'), posixpath.relpath('/a', '/a'))
print(posixpath.commonpath([b'/usr/lib', b'/usr/local/lib']), posixpath.commonpath(['a/b', 'a/./c']))
print(posixpath.commonprefix(['/usr/lib', '/usr/local']), posixpath.commonprefix([[1, 2], [1, 3]]))
os.environ['PYHEAP_T'] = 'val'
print(posixpath.expandvars('$PYHEAP_T/${PYHEAP_T}x/$NOT_SET_PYHEAP'), posixpath.expandvars(b'$PYHEAP_T-$'))
print(posixpath.abspath(b'x') == os.fsencode(os.path.join(os.getcwd(), 'x')))
for f, args in [(posixpath.join, ('a', b'b')), (posixpath.join, (b'a', 'b')), (posixpath.join, (1,)),
                (posixpath.join, ('a', 1)), (posixpath.relpath, ('a', b'b')), (posixpath.relpath, ('',)),
                (posixpath.commonpath, (['/a', 'b'],)), (posixpath.commonpath, ([],)),
                (posixpath.commonpath, (['a', b'b'],)), (posixpath.basename, (3,))]:
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
print(isinstance(P('a'), os.PathLike), isinstance('a', os.PathLike), issubclass(P, os.PathLike))
