# The empty str, tuple and bytes are singletons; 3.11 has no empty frozenset singleton.
print('' is str(), '' is ''.join([]), '' is 'abc'[5:], '' is 'x' * 0)
print(() is tuple(), () is tuple([]), () is (1, 2)[2:], () is tuple(x for x in []))
print(b'' is bytes(), b'' is b'abc'[3:], b'' is bytes([]), b'' is b''.join([]))
print(frozenset() is frozenset(), frozenset() == frozenset([]))
a = []
b = []
print(a is b, a == b)
print(str() is str(), ''.strip() is '', '   '.strip() is '')
t = ()
u = ()
print(t is u, len(t))
print(bytes(0) is b'', bytearray() is bytearray())
