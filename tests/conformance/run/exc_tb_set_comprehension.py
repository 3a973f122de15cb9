# A set comprehension frame is named <setcomp>.
def firsts(words):
    return {w[0] for w in words}

def lengths(words):
    return {len(w) for w in words}

print(sorted(firsts(["apple", "avocado", "bean"])))
print(sorted(lengths(["a", "bb", "cc"])))
print(firsts(["apple", "", "bean"]))
print("never printed")
