# Closures created in a loop see the variable's final value.
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])

# Binding the current value as a default argument.
funcs = []
for i in range(4):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])

# A comprehension of lambdas has the same late binding.
lams = [lambda: k * 10 for k in range(3)]
print([f() for f in lams])

# A factory function makes a new cell each call.
def make(k):
    return lambda: k * 10
print([make(k)() for k in range(3)])
