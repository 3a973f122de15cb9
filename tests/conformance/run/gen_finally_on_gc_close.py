# try/finally in generators runs on close(); return inside finally.
def resource():
    print("open")
    try:
        yield "data"
        yield "more"
    finally:
        print("close")

r = resource()
print(next(r))
r.close()
print("--")
for item in resource():
    print(item)
print("--")
for item in resource():
    print(item)
    break
print("after break")
