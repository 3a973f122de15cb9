# Strings built at run time are new objects, even when equal to a constant.
word = 'python'
built = ''.join(['py', 'thon'])
print(built == word, built is word)
cat = 'py'
cat += 'thon'
print(cat == word, cat is word)
up = 'PYTHON'.lower()
print(up == word, up is word)
fmt = f'{cat}'
print(fmt is cat)
rep = 'pithon'.replace('i', 'y')
print(rep == word, rep is word)
sl = 'xpythonx'[1:-1]
print(sl == word, sl is word)
same = word[:]
print(same is word, word.strip() is word, word.replace('z', 'q') is word)
print(str(word) is word, word.lower() is word)
print(word * 1 is word, ('' + word) is word, (word + '') is word)
n = str(1234)
print(n is str(1234), n == str(1234))
print(str(7) is '7', repr(8) is '8', '%d' % 9 is '9')
