# __copy__ and __deepcopy__ take over; __deepcopy__ receives the memo.
import copy


class Custom:
    def __init__(self, items):
        self.items = items

    def __copy__(self):
        print('__copy__ called')
        return Custom(self.items)

    def __deepcopy__(self, memo):
        print('__deepcopy__ called, memo is dict:', isinstance(memo, dict))
        new = Custom(copy.deepcopy(self.items, memo))
        memo[id(self)] = new
        return new


c = Custom([1, [2]])
s = copy.copy(c)
print(s.items is c.items)
d = copy.deepcopy(c)
print(d.items == c.items, d.items is c.items, d.items[1] is c.items[1])
pair = [c, c]
dp = copy.deepcopy(pair)
print('memo shared:', dp[0] is dp[1])


class Weird:
    def __copy__(self):
        return 'not even a Weird'


print(copy.copy(Weird()))
