# Docstrings: only the first statement string literal counts.
def documented():
    """I am documented."""

def not_doc():
    x = 1
    "not a docstring"

def fstring_doc():
    f"""f-strings are not docstrings"""

class K:
    """Class doc."""
    def m(self):
        '''Method doc with 'quotes'.'''

print(documented.__doc__, not_doc.__doc__, fstring_doc.__doc__)
print(K.__doc__, K.m.__doc__, K().m.__doc__)
# (Built-in functions' C docstrings are a documented divergence: README.)
print(repr((lambda: 0).__doc__), __doc__)
def later():
    x = 1
    """too late"""
    return x
later.__doc__ = 'assigned'
print(later.__doc__, later())
