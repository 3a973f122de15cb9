# Methods, static methods and properties' getters profiled through their
# functions; a callable without code is refused.
from line_profiler import LineProfiler


class Account:
    def __init__(self, balance):
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('amount must be positive')
        self.balance += amount
        return self.balance

    @staticmethod
    def fee(amount):
        return amount // 100


lp = LineProfiler()
lp.add_function(Account.deposit)
lp.add_function(Account.fee)
lp.enable_by_count()
acc = Account(10)
for amount in (5, 200):
    acc.deposit(amount - Account.fee(amount))
lp.disable_by_count()
print(acc.balance)
try:
    lp.add_function(len)
except TypeError as e:
    print('TypeError:', str(e).split(' object ')[0])
print([f.__name__ for f in lp.functions])
for (fn, first, name), rows in sorted(lp.get_stats().timings.items()):
    print(name, [(lineno, hits) for lineno, hits, _t in rows])
