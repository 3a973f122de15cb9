# Frame objects seen from a tracer: f_back chain, f_code, f_globals,
# f_builtins, f_lineno and f_lasti's type.
import sys
import builtins


def tracer(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'leaf':
        chain = []
        f = frame
        while f is not None:
            chain.append(f.f_code.co_name)
            f = f.f_back
        print('chain', chain)
        print('globals', frame.f_globals is globals())
        print('builtins', frame.f_builtins is builtins.__dict__)
        print('lineno', frame.f_lineno, 'back lineno', frame.f_back.f_lineno)
        print('lasti is int', type(frame.f_lasti) is int)
        print('f_trace', frame.f_trace)
    return tracer


def leaf():
    return sys._getframe().f_back.f_code.co_name


def branch():
    return leaf()


sys.settrace(tracer)
print(branch())
sys.settrace(None)
print(type(sys._getframe()).__name__)
