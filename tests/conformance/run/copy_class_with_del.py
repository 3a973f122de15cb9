# Copies are independent objects: each is finalized on its own.
import copy


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


r = Res('orig')
c = copy.copy(r)
c.name = 'copy'
print('dropping copy')
del c
d = copy.deepcopy([r, r])
d[0].name = 'deep'
print('dropping deep copies (one object twice)')
del d
print('dropping original')
del r
print('end')
