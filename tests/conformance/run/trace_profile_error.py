# A profile function that raises: the exception reaches the profiled code
# and the profile function is removed.
import sys

calls = 0


def profiler(frame, event, arg):
    global calls
    if frame.f_code.co_name == 'job':
        calls += 1
        print('profile', event)
        if event == 'c_call':
            raise LookupError('profiler gave up')


def job():
    x = 1
    y = len('abc')
    return x + y


sys.setprofile(profiler)
try:
    job()
except LookupError as e:
    print('caught:', e)
print(sys.getprofile())
print(job(), calls)
