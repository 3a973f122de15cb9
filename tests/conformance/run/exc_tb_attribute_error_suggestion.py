# AttributeError suggestions for misspelled attributes.
class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3

cfg = Config()
items = [1, 2]
try:
    items.apend(3)
except AttributeError as e:
    print("caught:", e)
print(cfg.timeout)
print(cfg.retires)
