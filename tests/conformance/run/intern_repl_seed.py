# The seed's interning snippet in a script: both names load one constant.
a = 100
b = 100
print(a is b)
a = 1000
b = 1000
print(a is b)
a = "hello"
b = "hello"
print(a is b)
a = "hello world"
b = "hello world"
print(a is b)
import sys
a = sys.intern("my long string")
b = sys.intern("my long string")
print(a is b)
x = 500
y = int('500')
print(x == y, x is y)
