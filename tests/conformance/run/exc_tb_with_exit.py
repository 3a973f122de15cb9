# An exception from __exit__ during an exception in the with body.
class Session:
    def __enter__(self):
        print("open session")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("closing after", exc_type.__name__)
        raise OSError("could not close session")

with Session():
    print("working")
    raise KeyError("missing item")
