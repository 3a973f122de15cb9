# String results keep the narrowest kind that holds their characters.
import sys

s = 'Hello, Wörld!'
for name, r in [('upper', s.upper()), ('lower', s.lower()), ('ascii part', s[:5]), ('encode', s.encode()),
                ('replace', s.replace('ö', 'o')), ('title', s.title()), ('center', s.center(20)),
                ('join', '-'.join(s)), ('format', '{:>15}'.format(s)), ('casefold', s.casefold())]:
    print(f'{name:10} {len(r):3} {sys.getsizeof(r)}')
w = 'naïve café ☕'
print(sys.getsizeof(w), sys.getsizeof(w.encode('utf-8')), sys.getsizeof(w.encode('utf-16')))
print(sys.getsizeof(w.split()), [sys.getsizeof(x) for x in w.split()])
print(sys.getsizeof(str(10**20)), sys.getsizeof(hex(255)), sys.getsizeof(chr(0x1F600) * 2))
