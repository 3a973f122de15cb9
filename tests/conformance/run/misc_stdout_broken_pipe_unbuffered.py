# Under -u (misc_stdout_broken_pipe_unbuffered.options), stdout is a pipe
# whose reader has gone (.closed): every write reaches the pipe and fails at
# once, and nothing stays behind for the flush at exit.
import sys

log = []
for text in ["first\n", "", "no newline"]:
    try:
        sys.stdout.write(text)
        log.append(("written", text))
    except BrokenPipeError as e:
        log.append(("failed", text, e.errno))
    try:
        sys.stdout.flush()
        log.append("flushed")
    except BrokenPipeError:
        log.append("flush failed")
try:
    print("a", "b", sep="-")
except OSError as e:
    log.append((type(e).__name__, str(e)))
print(log, file=sys.stderr)
