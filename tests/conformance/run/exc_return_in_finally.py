# return/break/continue in finally override the pending exception or return.
def override_return():
    try:
        return "try"
    finally:
        return "finally"

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def finally_sees_return():
    x = "try value"
    try:
        return x
    finally:
        x = "changed in finally"
        print("finally runs, return value already computed")

print(override_return(), swallow(), finally_sees_return())
for i in range(3):
    try:
        if i == 1:
            raise RuntimeError("dropped by continue")
    finally:
        continue
print("loop done", i)
while True:
    try:
        raise KeyError("dropped by break")
    finally:
        break
print("after break")
