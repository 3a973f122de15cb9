# sys.gettrace()/sys.getprofile() give back the installed functions, None
# when none is set; the tracer's own calls are not traced.
import sys


def tracer(frame, event, arg):
    helper(event)
    return None


def helper(event):
    calls.append(event)


def profiler(frame, event, arg):
    pass


calls = []
print(sys.gettrace(), sys.getprofile())
sys.settrace(tracer)
print(sys.gettrace() is tracer)
helper('direct')
sys.settrace(None)
print(sys.gettrace())
print(calls)
sys.setprofile(profiler)
print(sys.getprofile() is profiler)
sys.setprofile(None)
print(sys.getprofile())
try:
    sys.settrace()
except TypeError as e:
    print('TypeError:', e)
try:
    sys.setprofile(1, 2)
except TypeError as e:
    print('TypeError:', e)
