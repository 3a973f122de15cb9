# NameError suggestions ("Did you mean") appear only in the traceback.
def area(length, width):
    return lenght * width

try:
    area(2, 3)
except NameError as e:
    print("str(e) has no suggestion:", e)

print("now uncaught")
area(2, 3)
