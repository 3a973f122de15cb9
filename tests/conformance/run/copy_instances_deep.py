# deepcopy of instances copies their __dict__ deeply; the class is shared.
import copy


class Account:
    count = 0

    def __init__(self, owner, tags):
        self.owner = owner
        self.tags = tags
        self.history = [{'op': 'open'}]


a = Account('ann', ['x'])
b = copy.deepcopy(a)
print(type(b) is Account, b.__class__ is a.__class__)
print(b.owner is a.owner, b.tags is not a.tags, b.history[0] is not a.history[0])
print(vars(b))
b.tags.append('y')
print(a.tags, b.tags)
c = copy.copy(a)
print('shallow shares lists:', c.tags is a.tags, c.history is a.history)
print('dicts differ:', c.__dict__ is not a.__dict__)
print('attribute order kept:', list(vars(c)))
