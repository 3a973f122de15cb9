# Which objects the collector tracks.
import gc


class C:
    pass


def f():
    pass


print('int', gc.is_tracked(1))
print('str', gc.is_tracked('text'))
print('float', gc.is_tracked(1.5))
print('None', gc.is_tracked(None))
print('list', gc.is_tracked([]))
print('set', gc.is_tracked(set()))
print('frozenset', gc.is_tracked(frozenset()))
print('instance', gc.is_tracked(C()))
print('class', gc.is_tracked(C))
print('builtin type', gc.is_tracked(int))
print('function', gc.is_tracked(f))
print('bytes', gc.is_tracked(b'x'))
print('empty tuple', gc.is_tracked(()))
