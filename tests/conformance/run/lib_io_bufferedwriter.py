# io.BufferedWriter over a raw stream, and a TextIOWrapper subclass whose __init__
# calls TextIOWrapper.__init__ (as test_argparse's StdIOBuffer does).
import io
b=io.BufferedWriter(io.BytesIO(b'ab'))
print(repr(b), type(b.raw).__name__, b.closed, b.writable(), b.readable(), b.seekable(), b.tell())
b.write(b'xyz'); print(b.raw.getvalue()); b.flush(); print(b.raw.getvalue(), b.tell())
try: b.read()
except Exception as e: print(type(e), e)
b.close(); print(b.closed, b.raw.closed)
try: b.write(b'a')
except Exception as e: print(type(e), e)
try: b.flush()
except Exception as e: print(type(e), e)
try: io.BufferedWriter(io.BytesIO(), 0)
except Exception as e: print(type(e), e)
class R(io.RawIOBase):
    def writable(self): return False
try: io.BufferedWriter(R())
except Exception as e: print(type(e), e)
try: io.BufferedWriter()
except Exception as e: print(type(e), e)
w=io.TextIOWrapper.__new__(io.TextIOWrapper)
try: w.write('x')
except Exception as e: print(type(e), e)
class StdIOBuffer(io.TextIOWrapper):
    def __init__(self, initial_value='', newline='\n'):
        initial_value = initial_value.encode('utf-8')
        super().__init__(io.BufferedWriter(io.BytesIO(initial_value)),
                         'utf-8', newline=newline)
    def getvalue(self):
        self.flush()
        return self.buffer.raw.getvalue().decode('utf-8')
s = StdIOBuffer()
print(s.write('héllo\n'), repr(s.getvalue()), s.encoding, type(s).__name__)
s.x = 1
print(s.x)
small = io.BufferedWriter(io.BytesIO(), 4)
small.write(b'ab'); print(small.raw.getvalue()); small.write(b'cde'); print(small.raw.getvalue())
t = io.TextIOWrapper(io.BytesIO(b'a\nb\n'), encoding='ascii')
print(t.readlines())
