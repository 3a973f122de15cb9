# deepcopy copies cycles: the copy refers to itself, not to the original.
import copy

a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[0], b[1] is b, b is not a)
print(repr(b))
d = {'name': 'root'}
d['self'] = d
d2 = copy.deepcopy(d)
print(d2['self'] is d2, d2['self'] is not d)


class Node:
    def __init__(self, v):
        self.v = v
        self.next = None


x, y = Node(1), Node(2)
x.next, y.next = y, x
x2 = copy.deepcopy(x)
print(x2.v, x2.next.v, x2.next.next is x2, x2.next is not y)
shallow = copy.copy(x)
print('shallow shares next:', shallow.next is y)
