# clear_frames drops the locals kept alive by a traceback's frames.
import traceback

class Big:
    def __del__(self):
        print("Big freed")

def hold():
    big = Big()
    raise ValueError("with locals")

try:
    hold()
except ValueError as e:
    err = e

frames = [f for f, _ in traceback.walk_tb(err.__traceback__)]
print([f.f_code.co_name for f in frames])
print("before clear")
traceback.clear_frames(err.__traceback__)
print("after clear")
print(frames[-1].f_locals)
traceback.clear_frames(None)
print("done")
