None
True
False
...
x = Ellipsis
y = (None, True, False, ...)
