# Module-level and global name sites stay right while their dicts change under them.
import builtins

def show(*a):
    print(*a)

total = 0
for i in range(4):
    total += i                      # the same entry, value replaced each time
    if i == 1:
        globals()['total'] = 100    # written through the dict itself
    if i == 2:
        del total                   # the entry leaves, the next store appends it
        total = -5
show('total', total)

def read_len():
    return len('abc')

for step in range(3):
    show('len', step, read_len(), len([1, 2]))
    if step == 0:
        len = lambda x: 42          # a global now shadows the builtin
    elif step == 1:
        del len                     # the builtin again
builtins.extra_name = 'from builtins'
show(extra_name)
extra_name = 'from globals'
show(extra_name)
del extra_name
show(extra_name)
del builtins.extra_name
try:
    show(extra_name)
except NameError as e:
    show('NameError:', e)

