# FileNotFoundError carries errno, message and the file name.
import os

def read_config(name):
    with open(name) as f:
        return f.read()

name = "definitely_missing_config.ini"
print("reading config")
print(os.path.exists(name))
read_config(name)
print("never printed")
