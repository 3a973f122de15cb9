# call objects: building expected calls, comparing, call_list, reprs.
from unittest.mock import call, Mock, ANY

print(call, call(), call(1, 'a', k=None))
print(call.method, call.method(1), call.a.b.c(2))
print(call(1).method(2), call().a().b)
chained = call(1).method(2).other(3)
print(chained.call_list())
print(call.x(1) == call.x(1), call.x(1) == call.y(1), call.x(1) != call.x(2))
print(call(1, 2) == call(1, 2), call(1) == call(1, 2), call(a=1) == call(a=1))
print(call(1) == ((1,), {}), call(1) == ('', (1,), {}), call.f(1) == ('f', (1,), {}))
print(call() == (), call(a=1) == ({'a': 1},), call.n == ('n',))
print(call(1, ANY) == call(1, object()), call(ANY, k=ANY) == call('x', k=[]))
print(call.method(1).args, call.method(1).kwargs, call(2, z=3).args, call(2, z=3).kwargs)
print(call.count(3), call.index(4), call.__add__(1), call.__getitem__(2), call.__iter__())
m = Mock()
m.a(1).b(2)
print(m.mock_calls)
print(m.mock_calls == call.a(1).b(2).call_list())
print(len(call(1)), len(call.x(1)), tuple(call.x(1, y=2)))
try:
    hash(call(1))
except TypeError as e:
    print('TypeError:', e)
print(repr(call.__class__.__name__))
print([call(1), call.f(x=2)])
print(call(1) in [call(2), call(1)])
