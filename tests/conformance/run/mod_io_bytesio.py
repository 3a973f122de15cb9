# io.BytesIO: bytes buffers with read, write, seek, getbuffer.
import io
b = io.BytesIO(b"0123456789")
print(b.read(3), b.tell(), b.seek(-2, io.SEEK_END), b.read())
b.seek(2)
b.write(b"AB")
print(b.getvalue())
view = b.getbuffer()
view[0] = ord("Z")
print(b.getvalue(), len(view))
del view
b.truncate(4)
print(b.getvalue(), b.readable(), b.writable(), b.seekable())
c = io.BytesIO()
c.write("é".encode())
print(c.getvalue(), io.BytesIO(b"l1\nl2\n").readlines())
try:
    c.write("str")
except TypeError as e:
    print("TypeError:", e)
