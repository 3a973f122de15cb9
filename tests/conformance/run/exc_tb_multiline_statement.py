# The traceback of a statement spanning several lines shows its first line
# and the markers of the failing part.
def combine(a, b, c):
    return a + b + c

total = combine(
    1,
    2,
    "three",
)
