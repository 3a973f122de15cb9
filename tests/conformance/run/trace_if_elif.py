# Line events through if/elif/else: only the tests evaluated and the branch
# taken get a line event; `else:` has none of its own.
import sys

log = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == 'classify':
        log.append(f'{event}:{frame.f_lineno}')
    return tracer


def classify(n):
    if n < 0:
        kind = 'negative'
    elif n == 0:
        kind = 'zero'
    elif n < 10:
        kind = 'small'
    else:
        kind = 'large'
    return kind


sys.settrace(tracer)
for v in (-5, 0, 3, 42):
    print(v, classify(v))
    print(' '.join(log))
    log.clear()
sys.settrace(None)
