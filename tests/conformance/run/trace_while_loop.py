# Line events of while loops: the test line on every turn, `while True`,
# break, continue and the else clause.
import sys

seen = []


def tracer(frame, event, arg):
    if event == 'line':
        seen.append(frame.f_lineno)
    return tracer


def countdown(n):
    while n > 0:
        n -= 1
    else:
        n = -1
    k = 0
    while True:
        k += 1
        if k == 2:
            continue
        if k > 3:
            break
    return n, k


sys.settrace(tracer)
print(countdown(3))
sys.settrace(None)
print(seen)
