# Global and class-body name sites stay right when stores run finalizers, the
# globals grow, or the namespace is a dict subclass.
def show(*a):
    print(*a)

counter = 0
def bump():
    global counter
    counter += 1
for _ in range(5):
    bump()
    if counter == 3:
        del globals()['counter']
        counter = 10
show('counter', counter)

for k in range(30):                 # the globals grow and are rebuilt meanwhile
    globals()[f'filler{k}'] = k
    total = k
show('after growth', total, filler29)

class Finalized:
    def __del__(self):
        global victim
        show('del runs, victim is', victim)
        victim = 'rebound in __del__'
victim = Finalized()
victim = 'plain'
show('victim', victim)
victim = Finalized()
for n in range(2):
    victim = n
show('victim', victim)

class Body:
    x = 1
    for j in range(3):
        x += j
    y = x * 2
show('class body', Body.x, Body.y)

class LoggingDict(dict):
    def __getitem__(self, key):
        show('getitem', key)
        return dict.__getitem__(self, key)
ns = LoggingDict(show=show)
exec('a = 1\nfor q in range(2):\n    a = a + q\nshow(a)', ns)
show(sorted(k for k in ns if k != '__builtins__'))
