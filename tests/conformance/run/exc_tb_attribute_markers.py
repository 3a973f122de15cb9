# A failing attribute access in a chain.
class Node:
    def __init__(self, value, child=None):
        self.value = value
        self.child = child

tree = Node(1, Node(2, Node(3)))
print(tree.child.child.value)
print(tree.child.child.child)
print(tree.child.child.child.value)
