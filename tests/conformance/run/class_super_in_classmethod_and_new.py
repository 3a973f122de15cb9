# super() inside classmethods, staticmethods (two-arg), and __new__.
class Base:
    @classmethod
    def create(cls):
        return f"Base.create for {cls.__name__}"
    def __new__(cls, *args):
        print("Base.__new__", cls.__name__, args)
        return super().__new__(cls)

class Child(Base):
    @classmethod
    def create(cls):
        return "Child -> " + super().create()
    def __new__(cls, *args):
        print("Child.__new__")
        return super().__new__(cls, *args)
    def __init__(self, *args):
        self.args = args
    @staticmethod
    def helper():
        return super(Child, Child).create()

print(Child.create())
c = Child(1, 2)
print(c.args, Child.helper())
