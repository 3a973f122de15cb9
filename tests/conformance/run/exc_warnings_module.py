# warnings.warn prints to stderr once per location (default filters).
import warnings

def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return 1

for _ in range(3):
    old()
warnings.warn("a user warning")
warnings.warn("a user warning")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded", RuntimeWarning)
    old()
print([(w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised:", e)
print("end")
