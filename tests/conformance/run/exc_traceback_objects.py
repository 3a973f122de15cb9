# __traceback__: frames and line numbers (names, not paths).
import traceback

def inner():
    raise ValueError("deep")

def outer():
    inner()

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)
    summary = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in summary])
    print(traceback.format_exception_only(type(e), e))
