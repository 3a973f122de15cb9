# sys.settrace: the call, line and return events of a simple function.
import sys

events = []


def tracer(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno, arg if event == 'return' else None))
    return tracer


def add(a, b):
    c = a + b
    d = c * 2
    return d


def main():
    x = add(1, 2)
    y = add(x, 3)
    return x + y


sys.settrace(tracer)
result = main()
sys.settrace(None)
print('result', result)
for e in events:
    print(*e)
print(len(events), 'events')
