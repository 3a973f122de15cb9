# ValueError from int() with the offending literal.
def parse_ages(text):
    ages = {}
    for pair in text.split(";"):
        name, age = pair.split("=")
        ages[name] = int(age)
    return ages

print(parse_ages("ann=31;bob=42"))
print(parse_ages("cid=4O"))
