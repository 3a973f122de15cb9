# print_tb and format_tb show only the entries, without header or message.
import sys
import traceback

def third():
    raise OSError("disk")

def second():
    third()

def first():
    second()

try:
    first()
except OSError as e:
    tb = e.__traceback__

traceback.print_tb(tb, file=sys.stdout)
print("--- limit=2")
traceback.print_tb(tb, limit=2, file=sys.stdout)
print("--- format_tb")
for entry in traceback.format_tb(tb):
    print(repr(entry.replace(__file__, "FILE")))
print(traceback.format_tb(None))
print(traceback.format_tb(tb.tb_next.tb_next, limit=-1))
