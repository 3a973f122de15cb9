# A metaclass __call__ implementing a singleton; class-level __repr__ via metaclass.
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
    def __repr__(cls):
        return f"<singleton class {cls.__name__}>"

class Config(metaclass=Singleton):
    def __init__(self, value=0):
        self.value = value

a = Config(1)
b = Config(2)
print(a is b, a.value, Config, repr(type(a)))
class Other(metaclass=Singleton):
    pass
print(Other() is Other(), len(Singleton._instances))
print(isinstance(Config, Singleton), type(Config).__mro__)
