while True:
    if a:
        break
    continue
else:
    done()
while x: x -= 1
