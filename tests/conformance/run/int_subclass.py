# A subclass of int: arithmetic returns plain ints.
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"

m = MyInt(5)
print(m, repr(m), m + 1, type(m + 1).__name__, type(-m).__name__)
print(isinstance(m, int), m == 5, hash(m) == hash(5))

class Even(int):
    def __new__(cls, value):
        return super().__new__(cls, value - value % 2)

print(Even(7), Even(8), type(Even(3)).__name__)
print(int(Even(9)), type(int(Even(9))).__name__)
print(MyInt("12", 8), MyInt(b"3"))
