# Frames of class and static methods.
class Parser:
    @staticmethod
    def to_int(s):
        return int(s)

    @classmethod
    def parse_all(cls, items):
        return [cls.to_int(s) for s in items]

print(Parser.parse_all(["1", "2"]))
print(Parser.parse_all(["3", "x"]))
