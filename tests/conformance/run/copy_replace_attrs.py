# A copied instance gets a new __dict__ whose values are shared (shallow) or copied (deep).
import copy


class Config:
    defaults = {'level': 1}

    def __init__(self):
        self.options = {'a': [1]}
        self.name = 'cfg'


c = Config()
s = copy.copy(c)
s.name = 'changed'
s.options['b'] = 2
print(c.name, c.options)
d = copy.deepcopy(c)
d.options['a'].append(99)
print(c.options['a'], d.options['a'])
print('class attribute not copied:', 'defaults' not in vars(d), d.defaults is Config.defaults)
s2 = copy.copy(c)
print('same keys, new dict:', list(vars(s2)) == list(vars(c)), vars(s2) is not vars(c))
