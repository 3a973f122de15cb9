# pos and endpos are converted before the subject is checked against the
# pattern: an out-of-range position is an OverflowError even for a subject of
# the wrong kind; in range, positions are clamped.
import re

p = re.compile(r'\w+')
for call in (lambda: p.match(b'abc', 2 ** 63),
             lambda: p.search('abc', 0, -2 ** 64),
             lambda: p.findall(b'abc', 2 ** 70),
             lambda: p.finditer(b'abc', 0, 2 ** 80),
             lambda: p.fullmatch(b'abc', 1),
             lambda: p.match('abc', 'x')):
    try:
        call()
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(p.match('abc def', 4).group(), p.search('abc def', -5, 100).group())
print(p.findall('ab cd ef', 3, 2 ** 62), list(m.group() for m in p.finditer('ab cd', 1)))
print(p.fullmatch('abc', 0, 2), p.match('abc', 10))
