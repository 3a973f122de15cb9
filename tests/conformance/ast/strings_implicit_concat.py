'a' 'b'
'a' "b" '''c'''
x = ('first '
     'second '
     'third')
b'a' b'b'
r'\a' 'b'
