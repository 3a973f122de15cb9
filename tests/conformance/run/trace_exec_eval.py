# Code run by exec and eval is traced as a module frame of its own: its call
# event is on line 0, then line events for its statements.
import sys


def tracer(frame, event, arg):
    code = frame.f_code
    if code.co_filename.startswith('<'):
        print(code.co_filename, code.co_name, event, frame.f_lineno, arg if event == 'return' else '')
    return tracer


def run():
    ns = {}
    exec('a = 1\nfor i in range(2):\n    a += i\n', ns)
    v = eval('a * 10', ns)
    code = compile('def f():\n    return 5\nb = f()\n', '<made>', 'exec')
    exec(code, ns)
    return ns['a'], v, ns['b']


sys.settrace(tracer)
print(run())
sys.settrace(None)
