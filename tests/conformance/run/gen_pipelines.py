# Chained generators forming a lazy pipeline.
def read_lines(text):
    for line in text.splitlines():
        print("  read", repr(line))
        yield line

def non_empty(lines):
    for line in lines:
        if line.strip():
            yield line

def numbered(lines):
    for i, line in enumerate(lines, 1):
        yield f"{i}: {line.strip()}"

text = "alpha\n\n  beta\ngamma\n"
pipeline = numbered(non_empty(read_lines(text)))
print("built")
print(next(pipeline))
for item in pipeline:
    print(item)

def take(n, it):
    for _, x in zip(range(n), it):
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals() if x % 2))))
