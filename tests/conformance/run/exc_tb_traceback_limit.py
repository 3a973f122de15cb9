# sys.tracebacklimit limits the number of frames printed.
import sys
sys.tracebacklimit = 2

def a():
    b()

def b():
    c()

def c():
    raise RuntimeError("only the last two frames are shown")

a()
