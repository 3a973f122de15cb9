# __getstate__ decides what is copied; __setstate__ restores it.
import copy


class Conn:
    def __init__(self, host):
        self.host = host
        self.socket = object()

    def __getstate__(self):
        print('getstate')
        state = self.__dict__.copy()
        del state['socket']
        return state

    def __setstate__(self, state):
        print('setstate', sorted(state))
        self.__dict__.update(state)
        self.socket = 'reconnected'


c = Conn('example.org')
c2 = copy.copy(c)
print(c2.host, c2.socket)
c3 = copy.deepcopy(c)
print(c3.host, c3.socket)


class Plain:
    pass


p = Plain()
p.a = 1
print('object.__getstate__:', p.__getstate__())
print('empty:', Plain().__getstate__())


class Falsy:
    def __getstate__(self):
        return {}

    def __setstate__(self, state):
        print('not called for a false state')


copy.copy(Falsy())
print('done')
