# The global trace function decides per call: its result is the frame's
# local trace function (None: no line events there). A local function
# that returns another function hands over to it.
import sys


def quiet_lines(frame, event, arg):
    print('  quiet', event, frame.f_lineno)
    return None


def loud_lines(frame, event, arg):
    print('  loud', event, frame.f_lineno)
    if event == 'line' and frame.f_lineno == 28:
        return quiet_lines
    return loud_lines


def global_tracer(frame, event, arg):
    name = frame.f_code.co_name
    print('global', event, name)
    if name == 'skipped':
        return None
    return loud_lines


def skipped():
    return 'skipped'


def traced():
    a = 1
    b = 2
    c = a + b
    return c


sys.settrace(global_tracer)
print(skipped())
print(traced())
sys.settrace(None)
