import sys

COUNT = 0

def bump(n=1):
    global COUNT
    COUNT += n
    return COUNT

for i in range(3):
    bump()
print(COUNT, file=sys.stderr)
