# Mutual recursion: alternating frames are repeated, then summarized.
def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

def is_even(n):
    return True if n == 0 else not is_even(n - 1)

print(is_even(10))
print("start")
ping(0)
