import tracemalloc

# _format_size: up to four significant figures with a binary unit
for size in (0, 1, 99, 100, 1023, 1024, 10239, 10240, 102399, 102400,
             1048576, 5 * 1024 ** 3, 3 * 1024 ** 4, 2 ** 60, 12345678):
    print(size, tracemalloc._format_size(size, False),
          tracemalloc._format_size(size, True),
          tracemalloc._format_size(-size, True))

tb = tracemalloc.Traceback((('prog.py', 7),))
for size, count in ((0, 0), (10, 1), (3000, 7), (9592832, 199746), (2 ** 40, 3)):
    print(tracemalloc.Statistic(tb, size, count))
