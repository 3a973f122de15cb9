# With the -X option warn_default_encoding, text I/O made without an encoding warns with
# EncodingWarning at the line that asked for it (open(), TextIOWrapper), and
# io.text_encoding(None, stacklevel) warns that many frames up; binary
# opens and explicit encodings do not warn.
import io
import sys

print(sys.flags.warn_default_encoding, sys.flags.utf8_mode)
wrapper = io.TextIOWrapper(io.BytesIO(b'abc'))
print(wrapper.read())
print(io.text_encoding('latin-1'), io.text_encoding(None), io.text_encoding(None, 1))


def helper(encoding=None):
    return io.text_encoding(encoding)


def caller():
    return helper()


print(caller(), helper('ascii'))
with open(__file__) as fh:
    print(fh.readline().rstrip())
with open(__file__, 'rb') as fh:
    print(fh.read(5))
with open(__file__, encoding='utf-8') as fh:
    print(len(fh.readlines()))
for bad in [(None, 2, 3), (None, 'x')]:
    try:
        io.text_encoding(*bad)
    except TypeError as e:
        print(e)
