# The limit argument: positive keeps the oldest entries, negative the newest.
import sys
import traceback

def level(n):
    if n == 0:
        raise RuntimeError("deepest")
    level(n - 1)

try:
    level(3)
except RuntimeError as e:
    err = e

for limit in (None, 0, 1, 2, -1, -2, 100):
    print(f"--- limit={limit}")
    traceback.print_exception(err, limit=limit, file=sys.stdout)
print("--- sys.tracebacklimit = 1")
sys.tracebacklimit = 1
traceback.print_exception(err, file=sys.stdout)
sys.tracebacklimit = -5
print(len(traceback.extract_tb(err.__traceback__)))
del sys.tracebacklimit
print(len(traceback.extract_tb(err.__traceback__)))
