# At exit, module globals are released; objects still alive then get __del__.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)
        sys.stdout.flush()


first = Noisy('first')
second = Noisy('second')
third = Noisy('third')
container = [Noisy('in list 1'), Noisy('in list 2')]
print('deleting second now')
del second
print('end of program')
