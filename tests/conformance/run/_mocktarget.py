"""A module for the patch programs to patch."""
VALUE = 'original'
SETTINGS = {'debug': False, 'level': 1}


def compute(a, b=2):
    return a + b


def uses_compute(x):
    return compute(x) * 10


class Service:
    limit = 5

    def fetch(self, key, *, timeout=1):
        return 'real ' + key

    @classmethod
    def build(cls, name):
        return cls()

    @staticmethod
    def helper(a, b):
        return a - b

    @property
    def status(self):
        return 'up'
