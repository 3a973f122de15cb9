# Formatting errors raised while evaluating f-strings and format().
tests = [
    lambda: f"{'abc':d}", lambda: f"{12:s}", lambda: f"{1.5:x}", lambda: f"{[]:>5}",
    lambda: f"{'x':=5}", lambda: f"{'x':+}", lambda: f"{1:,s}" , lambda: f"{1.0:,_}",
    lambda: f"{object():abc}", lambda: format(1, "12.3.4"), lambda: f"{'a':<5,}",
    lambda: f"{10:c}" + f"{-1:c}", lambda: f"{1:#c}",
]
for t in tests:
    try:
        print(repr(t()))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
