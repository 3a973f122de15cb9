# Nested functions appear by their own name in the traceback.
def make_validator(limit):
    def validate(x):
        def fail():
            raise OverflowError(f"{x} exceeds {limit}")
        if x > limit:
            fail()
        return x
    return validate

check = make_validator(10)
print(check(5))
print(check(50))
