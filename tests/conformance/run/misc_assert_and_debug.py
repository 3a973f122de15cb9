# __debug__ is True without -O; asserts run.
print(__debug__)
count = 0
def bump():
    global count
    count += 1
    return True
assert bump()
assert bump(), "message"
print(count)
if __debug__:
    print("debug block runs")
try:
    assert 1 == 2, ("custom", 1)
except AssertionError as e:
    print(e.args)
