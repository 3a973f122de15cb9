# A tuple also releases its items last first; a tuple inside releases its own first.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


t = (Noisy('t0'), Noisy('t1'), Noisy('t2'))
print('drop tuple')
del t
print('---')
t = (Noisy('a'), (Noisy('b1'), Noisy('b2')), Noisy('c'))
print('drop nested tuple')
t = None
print('---')
a, b = Noisy('unpacked-a'), Noisy('unpacked-b')
print('unpacked names dropped in order b, a')
del b, a
print('end')
