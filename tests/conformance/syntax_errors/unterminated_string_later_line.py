x = 1
y = 2
name = "abc
