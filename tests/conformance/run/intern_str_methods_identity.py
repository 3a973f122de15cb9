# str methods that leave an exact str unchanged return the same object.
s = ''.join(['hello', '!'])
print(s.strip() is s, s.lstrip() is s, s.rstrip() is s)
print(s.replace('z', 'y') is s, s.replace('h', 'H') is s)
print(s.center(3) is s, s.ljust(2) is s, s.rjust(6) is s, s.zfill(1) is s)
print(s.expandtabs() is s, s[:] is s, s[0:len(s)] is s)
print(s.lower() is s, s.upper() is s, str(s) is s)
print((s * 1) is s, s.partition('q')[0] is s, s.split()[0] is s)
print(format(s) is s, f'{s}' is s, '%s' % s is s)
class S(str):
    pass
t = S('abc')
print(t.strip() is t, type(t.strip()).__name__, str(t) is t)
print(s.join([]) is '', s.join(['x']) is 'x')
