# Default values are evaluated once: the mutable default gotcha.
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(safe_append(1), safe_append(2))
counter = 0
def stamp(n=counter):
    return n
counter = 10
print(stamp(), stamp.__defaults__)
append_to.__defaults__ = ([],)
print(append_to(9))
