# assert with and without messages; the message is only evaluated on failure.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x

print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("no message:", repr(e), e.args)
calls = []
assert True, calls.append("evaluated")
print(calls)
try:
    assert [], ("tuple", "message")
except AssertionError as e:
    print(e.args)
