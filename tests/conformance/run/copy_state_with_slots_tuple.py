# A state that is a (dict, slots) pair is set attribute by attribute.
import copy


class S:
    def __init__(self):
        self.a = 1

    def __reduce_ex__(self, proto):
        return (S.__new__, (S,), ({'a': 10}, {'b': 20}))


s = copy.copy(S())
print(s.a, s.b)


class WithSetstate:
    def __reduce_ex__(self, proto):
        return (WithSetstate, (), ('tuple', 'state'))

    def __setstate__(self, state):
        print('setstate got', state)


copy.copy(WithSetstate())
copy.deepcopy(WithSetstate())


class NoneSlots:
    def __reduce_ex__(self, proto):
        return (NoneSlots, (), (None, {'only': 'slots'}))


print(copy.copy(NoneSlots()).only)
