# Exception events walk up: raised in a callee, seen in each frame until the
# one that handles it, whose except line then gets a line event.
import sys

log = []


def tracer(frame, event, arg):
    if event == 'exception':
        log.append(f'{frame.f_code.co_name} exception {arg[0].__name__} line {frame.f_lineno}')
    elif event in ('return', 'line'):
        log.append(f'{frame.f_code.co_name} {event} line {frame.f_lineno}')
    return tracer


def level3():
    return {}['missing']


def level2():
    value = level3()
    return value


def level1():
    try:
        level2()
    except LookupError:
        return 'handled'


sys.settrace(tracer)
result = level1()
sys.settrace(None)
print(result)
print('\n'.join(log))
