# Whatever the path (in place or new), the values are the concatenations.
def build(parts, n):
    s = parts[0] * 2
    for i in range(n):
        s += parts[i % len(parts)]
    return s
r = build(['a', 'bc', 'é', '€', 'z'], 40)
print(len(r), r[:12], r[-6:], r.count('é'), r.count('€'))
def pairs(n):
    s = ''
    for i in range(n):
        s = s + str(i % 10)
    return s
p = pairs(35)
print(p, len(p))
def mixed():
    s = 'start'
    for w in ['😀', 'ab', 'ü']:
        for k in range(4):
            s += w
    return s
m = mixed()
print(m, len(m), m.index('ü'))
