# A failing assert without a message prints a bare AssertionError.
def invariant(state):
    assert state["count"] >= 0
    return state

print(invariant({"count": 1}))
state = {"count": 0}
print(invariant(state))
state["count"] -= 1
print(state)
invariant(state)
