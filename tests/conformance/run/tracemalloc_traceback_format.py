import tracemalloc

# format() reads the source lines through linecache
me = __file__
tb = tracemalloc.Traceback(((me, 6), (me, 4), (me, 3)), 3)
for line in tb.format():
    print(line.replace(me, 'ME'))
print('--- limit=1')
for line in tb.format(limit=1):
    print(line.replace(me, 'ME'))
print('--- limit=-1')
for line in tb.format(limit=-1):
    print(line.replace(me, 'ME'))
print('--- most recent first')
for line in tb.format(most_recent_first=True):
    print(line.replace(me, 'ME'))
print('--- limit=2, most recent first')
for line in tb.format(2, True):
    print(line.replace(me, 'ME'))
print(tracemalloc.Traceback((('no_such_file.py', 3),)).format())
print(tb.format(limit=0))
