# Line events of a for loop: the `for` line on every turn, once more when
# the iterator is exhausted, and the else clause.
import sys

lines = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == 'loop':
        lines.append((event, frame.f_lineno))
    return tracer


def loop(items):
    total = 0
    for x in items:
        if x % 2:
            continue
        total += x
    else:
        total += 100
    for y in items: total += y
    for z in items:
        if z > 1:
            break
    return total


sys.settrace(tracer)
r = loop([1, 2, 3, 4])
sys.settrace(None)
print(r)
for ev, ln in lines:
    print(ev, ln)
