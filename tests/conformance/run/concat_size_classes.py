# Extended in place, a str keeps its address while its size stays in one
# 16-byte size class of the allocator (48 bytes of header + characters + 1).
def moves(start, step, n):
    s = start * 2
    s = s[:-1] + s[-1]
    prev = id(s)
    out = []
    for i in range(n):
        s += step
        if id(s) != prev:
            out.append(len(s))
            prev = id(s)
    return out
print(moves('a', 'b', 120)[7:])
print(moves('a', 'bc', 120)[7:])
print(moves('é', 'e', 100)[7:])
print(moves('a', 'bcd', 100)[7:])
