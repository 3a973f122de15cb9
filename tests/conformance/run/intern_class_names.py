# Names in a class body and in code objects are interned strs.
import sys
class Config:
    debug = True
    level = 3
    def method(self):
        return 1
names = [k for k in Config.__dict__ if not k.startswith('__')]
print(names)
print(names[0] is 'debug', names[2] is 'method')
print(Config.method.__name__ is 'method')
print(Config.__name__ is 'Config', Config.__qualname__ is 'Config')
def func(alpha, beta):
    gamma = alpha + beta
    return gamma
print(func.__code__.co_varnames, func.__code__.co_varnames[2] is 'gamma')
print(func.__name__ is 'func')
made = type('Made', (), {'field': 1})
print([k for k in vars(made) if k == 'field'][0] is 'field')
print(sys.intern('func') is func.__name__)
