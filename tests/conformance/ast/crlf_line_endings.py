x = 1
if x:
    y = 2
s = '''a
b'''
z = (1,
     2)
