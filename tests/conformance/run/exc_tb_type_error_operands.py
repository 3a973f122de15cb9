# TypeError from mixing types in an operator.
def label(count):
    return "items: " + count

def report(counts):
    for c in counts:
        print(label(str(c)))
    print(label(counts[0]))

report([1, 2])
