# try/except/else/finally: the `try` line, the exception event at the
# raising line, the except lines tested, and the finally body.
import sys

out = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == 'work':
        if event == 'exception':
            out.append(f'exception {arg[0].__name__}({arg[1]}) line {frame.f_lineno}')
        else:
            out.append(f'{event} line {frame.f_lineno}')
    return tracer


def work(d, key):
    try:
        value = d[key]
    except TypeError:
        value = 'type'
    except KeyError as e:
        value = 'missing ' + str(e)
    else:
        value = value * 2
    finally:
        d['done'] = True
    return value


sys.settrace(tracer)
print(work({'a': 1}, 'a'))
print(work({'a': 1}, 'b'))
sys.settrace(None)
print('\n'.join(out))
