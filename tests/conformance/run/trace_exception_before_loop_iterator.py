# An exception leaving a for loop is recorded in the frame ('exception'
# event, traceback entry) before the loop's iterator is released: a
# generator closed by that release runs its finally clause after the event.
import sys


def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("  finally of", name)


def tracer(frame, event, arg):
    if event == 'exception':
        print("  exception in", frame.f_code.co_name, arg[0].__name__)
    return tracer


def fail(x):
    raise KeyError(x)


def raises_in_loop():
    for x in gen("raise"):
        raise ValueError(x)


def call_in_loop():
    for x in gen("call"):
        fail(x)


def assign_in_loop():
    for x in gen("assign"):
        y = fail(x)


def handled_in_loop():
    try:
        for x in gen("handled"):
            y = fail(x)
    except KeyError as e:
        print("  handled", e)


for f in (raises_in_loop, call_in_loop, assign_in_loop, handled_in_loop):
    print(f.__name__)
    sys.settrace(tracer)
    try:
        f()
    except Exception as e:
        print("  caught", type(e).__name__)
    sys.settrace(None)
