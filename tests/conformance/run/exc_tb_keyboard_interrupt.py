# An uncaught KeyboardInterrupt prints a traceback; CPython then kills
# itself with SIGINT, so the shell sees status 130.
def long_task():
    for i in range(10):
        print("step", i)
        if i == 2:
            raise KeyboardInterrupt

try:
    long_task()
finally:
    print("cleanup ran")
