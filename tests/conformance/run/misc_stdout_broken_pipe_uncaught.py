# stdout is a pipe whose reader has gone (misc_stdout_broken_pipe_uncaught.closed).
# A chunk of more than the 8 KiB buffer goes to the pipe directly and is lost
# when the write fails, so the uncaught BrokenPipeError is the only report:
# the flush at exit finds nothing left to write.
import sys


def report(n):
    for i in range(n):
        print("line", i, "of the report")


print("starting", file=sys.stderr)
report(10000)
print("never reached", file=sys.stderr)
