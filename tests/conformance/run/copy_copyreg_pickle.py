# copyreg.pickle registers a reduction function that copy uses.
import copy
import copyreg


class Money:
    def __init__(self, cents):
        self.cents = cents


def reduce_money(m):
    print('reduce_money', m.cents)
    return (Money, (m.cents,))


copyreg.pickle(Money, reduce_money)
print(copyreg.dispatch_table[Money] is reduce_money)
m = Money(250)
m2 = copy.copy(m)
print(m2.cents, m2 is not m)
m3 = copy.deepcopy([m, m])
print(m3[0] is m3[1], m3[0].cents)
del copyreg.dispatch_table[Money]
m4 = copy.copy(m)
print('after unregistering:', m4.cents)
try:
    copyreg.pickle(Money, 'not callable')
except TypeError as e:
    print('TypeError:', e)
