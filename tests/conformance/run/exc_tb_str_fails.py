# When str() of an exception fails, the traceback says so.
class Weird(Exception):
    def __str__(self):
        raise RuntimeError("str is broken")

def trigger():
    raise Weird("payload")

print("raising")
trigger()
