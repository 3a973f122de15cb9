# bytearray is a mutable bytes: item and slice assignment, append, extend.
ba = bytearray(b"hello")
ba[0] = 72
ba[1:3] = b"EY"
ba.append(33)
ba.extend(b"??")
ba.extend([1, 2])
print(ba, len(ba))
ba[-2:] = b""
del ba[0]
del ba[::2]
print(ba)
ba += b"+"
ba *= 2
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(1, 120)
ba.remove(ord("+"))
ba.reverse()
print(ba, ba.count(b"+"), ba.index(b"x"))
ba.clear()
print(ba, bytearray(3), bytearray(b"abc").copy(), bytearray("é", "utf-8"))
for op in (lambda: ba.append(256), lambda: ba.remove(7), lambda: bytearray().pop(),
           lambda: ba.__setitem__(0, 1), lambda: bytearray(b"a").__setitem__(0, b"x")):
    try:
        op()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
