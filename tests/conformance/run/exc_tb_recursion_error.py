# RecursionError: repeated frames are summarized.
def countdown(n):
    if n == 0:
        return "done"
    return countdown(n + 1)

def fine(n):
    return "done" if n == 0 else fine(n - 1)

print(fine(50))
print("starting")
countdown(1)
