# Adding to or from the empty str gives the other operand itself.
def f():
    s = ''
    t = 'ab' * 3
    s += t
    print(s is t)
    u = t
    u += ''
    print(u is t)
    e = ''
    e += ''
    print(e is '')
    v = 'q'
    v += ''
    print(v is 'q')
f()
s = ''
s += 'hello'
print(s, s is 'hello')
