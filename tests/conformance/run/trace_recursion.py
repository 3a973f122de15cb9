# A recursive function under a tracer: one call and one return per level,
# depth read from the f_back chain.
import sys

depths = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == 'fact':
        depth = 0
        f = frame.f_back
        while f is not None and f.f_code.co_name == 'fact':
            depth += 1
            f = f.f_back
        if event in ('call', 'return'):
            print('  ' * depth + f"{event} n={frame.f_locals['n']}" + (f' -> {arg}' if event == 'return' else ''))
    return tracer


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


sys.settrace(tracer)
print(fact(4))
sys.settrace(None)
