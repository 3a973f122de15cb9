# Names bound in a class body are not visible inside its methods.
size = "module size"

class Box:
    size = "class size"
    doubled = size * 2

    def get_size(self):
        return size

    def get_class_size(self):
        return self.size

    @classmethod
    def via_cls(cls):
        return cls.size

b = Box()
print(b.get_size())
print(b.get_class_size())
print(Box.via_cls())
print(Box.doubled)
