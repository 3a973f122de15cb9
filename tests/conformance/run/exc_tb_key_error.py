# KeyError in a traceback shows the key's repr.
inventory = {"apples": 3, "pears": 0}

def take(item, count):
    available = inventory[item]
    if available < count:
        raise ValueError(f"only {available} {item}")
    inventory[item] = available - count

take("apples", 1)
print(inventory)
take("plums", 1)
