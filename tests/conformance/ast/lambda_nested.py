f = lambda x: lambda y: lambda z: x + y + z
g = lambda: (yield)
h = lambda a=lambda: 0: a()
