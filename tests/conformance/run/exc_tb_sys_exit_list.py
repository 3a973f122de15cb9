# sys.exit with a non-int, non-None object prints its str and exits with 1.
import sys

errors = ["missing name", "bad age"]
for e in errors:
    print("problem:", e)
if errors:
    print("validation failed")
    sys.stdout.flush()
    sys.exit(errors)
print("never printed")
