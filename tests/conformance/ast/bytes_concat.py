b'a' b'b' b'c'
x = (b'one'
     b'two')
br'\x' Rb'\y'
