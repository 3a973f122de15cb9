# Exceptions raised while handling others get __context__ automatically.
try:
    try:
        raise ValueError("one")
    except ValueError:
        try:
            raise TypeError("two")
        except TypeError:
            raise KeyError("three")
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(chain)

def no_context():
    raise IndexError("fresh")
try:
    no_context()
except IndexError as e:
    print(e.__context__, e.__cause__)
