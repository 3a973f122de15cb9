# In a function, `s += t` extends s in place once the code is warm (its 8th
# warm-up event), so id(s) stays while the block keeps its 16-byte class.
def build(n):
    s = ''
    changes = []
    prev = None
    for i in range(n):
        s += 'x'
        if id(s) != prev:
            changes.append(len(s))
            prev = id(s)
    return changes
print(build(100))
print(build(100))
print(build(200)[-3:])
