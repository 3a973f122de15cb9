# __getitem__ receives slice objects, tuples of slices and Ellipsis.
class Show:
    def __getitem__(self, key):
        return key

s = Show()
print(s[1], s[1:2], s[1:2:3], s[:], s[::], s[::-1], s[1:], s[:2])
print(s[1, 2], s[1:2, 3], s[..., 0], s[:, :], s["a":"b"], s[()])
print(s[1:2, ::3, ...])

class Seq:
    def __init__(self, items):
        self.items = items
    def __getitem__(self, key):
        if isinstance(key, slice):
            return Seq(self.items[key])
        return self.items[key]
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return f"Seq({self.items})"

q = Seq(list("abcdef"))
print(q[1:4], q[::-2], q[2], len(q[1:]), list(q))
