# insert grows the list like append does; the position does not matter to the size.
import sys

def cap(l):
    return (sys.getsizeof(l) - sys.getsizeof([])) // 8

front, back, middle = [], [], []
for i in range(40):
    front.insert(0, i)
    back.insert(len(back), i)
    middle.insert(len(middle) // 2, i)
    if i % 5 == 4:
        print(len(front), cap(front), cap(back), cap(middle))

x = [1, 2, 3]
x.insert(-100, 0)
x.insert(100, 4)
print(x, cap(x))
