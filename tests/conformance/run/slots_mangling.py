# Private slot names are mangled with the class name, and slots are laid out sorted.
class Account:
    __slots__ = ('__balance', 'owner', '_Account__extra', 'zeta', 'alpha')

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance

    def balance(self):
        return self.__balance

a = Account('ann', 10)
print(a.balance(), a._Account__balance, a.owner)
print(sorted(k for k in Account.__dict__ if not k.startswith('__')))
print(Account.__slots__)
try:
    a.__balance
except AttributeError as e:
    print(e)

class _Private:
    __slots__ = ('__x',)

print([k for k in _Private.__dict__ if 'x' in k])

class __Dunder:
    __slots__ = ('__y',)

print([k for k in __Dunder.__dict__ if 'y' in k])
