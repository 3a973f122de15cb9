# A generator's frame appears where next() resumed it.
def numbers(text):
    for part in text.split(","):
        yield int(part)

def total(text):
    result = 0
    for n in numbers(text):
        result += n
    return result

print(total("1,2,3"))
print(total("4,five,6"))
