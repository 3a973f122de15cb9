# Traceback objects and the frames and code objects they name.
import sys
import traceback

def explode(values):
    return values[len(values)]

def outer():
    return explode([1, 2])

try:
    outer()
except IndexError as e:
    tb = e.__traceback__

while tb is not None:
    frame = tb.tb_frame
    code = frame.f_code
    span = list(code.co_positions())[tb.tb_lasti // 2]
    print(code.co_name, code.co_qualname, code.co_firstlineno, tb.tb_lineno, frame.f_lineno)
    print(span, tb.tb_lasti >= 0, type(tb).__name__, type(frame).__name__)
    print(code.co_filename == __file__, frame.f_globals is globals(), frame.f_locals is globals())
    tb = tb.tb_next

try:
    raise ValueError("made here")
except ValueError as e:
    made = e
print(traceback.extract_tb(made.__traceback__)[0].line)
new_tb = type(made.__traceback__)(None, sys._getframe(), 0, 99)
print(new_tb.tb_lineno, new_tb.tb_lasti, new_tb.tb_next)
