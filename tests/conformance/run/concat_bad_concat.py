# The seed's quadratic-looking loop: CPython extends the str in place, so it
# is linear in practice; the result is what matters.
def bad_concat(n):
    result = ''
    for i in range(n):
        result += str(i)
    return result
def good_concat(n):
    return ''.join(str(i) for i in range(n))
a = bad_concat(20000)
b = good_concat(20000)
print(len(a), a == b, a[:20], a[-10:])
def mid(n):
    s = ''
    for i in range(n):
        s += 'x'
    return s
print(len(mid(100000)))
