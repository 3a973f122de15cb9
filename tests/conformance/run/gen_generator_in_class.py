# Generators as methods: __iter__ written as a generator, and yield inside try.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
    def depth_first(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.depth_first(depth + 1)

t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t), sum(t), max(t))
for depth, value in t.depth_first():
    print("  " * depth + str(value))
it = iter(t)
print(next(it), next(it), list(it))
