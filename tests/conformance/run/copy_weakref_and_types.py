# weakrefs and some builtin objects are copied as themselves.
import copy
import weakref


class T:
    pass


t = T()
r = weakref.ref(t)
print('weakref copy:', copy.copy(r) is r, copy.deepcopy(r) is r)
print('inside a list:', copy.deepcopy([r])[0] is r)
code = (lambda: 0).__code__
print('code:', copy.copy(code) is code, copy.deepcopy(code) is code)
print('range:', copy.deepcopy(range(3)) is not None)
ba = bytearray(b'xy')
print('bytearray copied:', copy.copy(ba) is not ba, copy.deepcopy(ba) == ba)
s = {1, 2}
print('set:', copy.copy(s) is not s, copy.deepcopy(s) == s)
fs = frozenset([1])
print('frozenset:', copy.copy(fs) is fs)
print('NotImplemented:', copy.deepcopy(NotImplemented) is NotImplemented)
