"""A module with PEP 562 __getattr__ and __dir__."""
x = 1


def __getattr__(name):
    if name == "computed":
        return "computed value"
    raise AttributeError(f"custom message for {name}")


def __dir__():
    return ["zeta", "alpha", "x"]
