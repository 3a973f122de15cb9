# Every 1-character latin-1 str made at run time is one cached object.
s = 'xyz'
print(s[0] is 'x', s[-1] is 'z')
print(chr(65) is 'A', chr(0xe9) is 'é', chr(0x20ac) is chr(0x20ac))
w = 'hello world'
print(w[5] is ' ', w.split()[0][1:2] is 'e')
print(list('QRS')[1] is 'R')
print(str(b'x', 'ascii') is 'x', b'P'.decode() is 'P')
u = 'ĀĀ'
print(u[0] is u[1])
e = 'éé'
print(e[0] is e[1])
print('%c' % 90 is 'Z', 'Zz'[1] is 'z')
chars = [c for c in 'mississippi']
print(chars[2] is chars[3], chars[0] is chars[4])
print(''.join(['k']) is 'k', 'kk'[:1] is 'k')
