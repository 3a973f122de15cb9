# An error while executing a class body: the frame is named after the class.
def compute_default():
    return int("not a number")

class Settings:
    name = "app"
    retries = 3
    timeout = compute_default()

print("never printed")
