# stdout is a pipe whose reader has gone (misc_stdout_broken_pipe.closed):
# writes that reach the pipe raise BrokenPipeError, and the stream drops
# what it could not write.
import sys

err = sys.stderr
try:
    for i in range(5000):
        print(i)
except BrokenPipeError as e:
    print("print:", repr(e), e.errno, e.strerror, e.filename, file=err)
    print(type(e).__mro__, isinstance(e, ConnectionError), file=err)

results = []
for text in ["x", "", "two\n", "three"]:
    try:
        n = sys.stdout.write(text)
        results.append(("written", text, n))
    except OSError as e:
        results.append((type(e).__name__, text, e.args))
    try:
        sys.stdout.flush()
        results.append("flushed")
    except OSError as e:
        results.append(("flush", type(e).__name__))
for r in results:
    print(r, file=err)

print("stderr still works", file=err)
print("the last one is not caught")
