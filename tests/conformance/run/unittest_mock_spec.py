# spec and spec_set: allowed attributes, isinstance, errors.
from unittest.mock import Mock, MagicMock, NonCallableMock
from _mockutil import fails

class Account:
    kind = 'basic'
    def deposit(self, amount):
        return amount
    def __len__(self):
        return 0

m = Mock(spec=Account)
print(isinstance(m, Account), m.__class__.__name__)
m.deposit(10)
print(m.deposit.call_args, type(m.kind).__name__)
fails(getattr, m, 'withdraw')
m.withdraw = 'set anyway'
print(m.withdraw)
s = Mock(spec_set=Account)
fails(setattr, s, 'withdraw', 1)
s.kind = 'gold'
print(s.kind)
fails(getattr, s, 'nope')
l = Mock(spec=['alpha', 'beta'])
print(type(l.alpha).__name__)
fails(getattr, l, 'gamma')
print(isinstance(l, list))
mm = MagicMock(spec=Account)
print(len(mm))
fails(iter, mm)
inst = Mock(spec=Account())
print(isinstance(inst, Account))
fails(lambda: Mock(spec=Mock()))
nc = NonCallableMock(spec=Account)
fails(nc)
m.mock_add_spec(['only'])
print(type(m.only).__name__)
fails(getattr, m, 'deposit')
m.__class__ = int
print(isinstance(m, int))
