# The default unraisable hook prints to stderr; here its output is redirected
# and the address masked, as the object is a function repr.
import io
import re
import sys


class Bad:
    def __del__(self):
        raise KeyError('k')


buf = io.StringIO()
old = sys.stderr
sys.stderr = buf
b = Bad()
del b
sys.stderr = old
text = re.sub(r'0x[0-9a-f]+', '0xADDR', buf.getvalue())
text = re.sub(r'File ".*?([^/"]+)"', r'File "\1"', text)
print(text, end='')
print('program continues')
