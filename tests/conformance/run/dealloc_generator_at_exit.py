# Suspended generators still alive at exit are closed: their finally blocks run.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


def worker(name):
    res = Noisy(name + ' resource')
    try:
        while True:
            yield res.name
    finally:
        print('finally of', name)


g1 = worker('g1')
print(next(g1))
g2 = worker('g2')
print(next(g2))
g3 = worker('g3 (never started)')
print('end of program')
