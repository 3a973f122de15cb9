# A closure reads the cell at call time, not at creation time.
def outer():
    value = 1
    def get():
        return value
    print(get())
    value = 2
    print(get())
    value = [value]
    return get

g = outer()
print(g())

def shared():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def show():
        return list(items)
    return add, show

add, show = shared()
add("a"); add("b")
print(show())
