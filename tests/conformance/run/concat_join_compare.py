# Building strs: += in a function, join, and f-strings give equal values;
# only the in-place path keeps one object.
def plus(words):
    s = ''
    for w in words:
        s += w
    return s
def joined(words):
    return ''.join(words)
words = ['alpha', 'beta', 'gamma', 'delta'] * 5
a = plus(words)
b = joined(words)
print(a == b, a is b, len(a))
c = f'{a}'
print(c is a)
d = '%s' % a
print(d is a)
def ids(words):
    s = ''
    seen = []
    for w in words:
        s += w
        seen.append(id(s))
    return len(seen), len(set(seen)) < len(seen)
print(ids(words))
