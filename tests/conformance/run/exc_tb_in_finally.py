# An exception raised in finally replaces the one in flight; both are shown.
def transaction():
    try:
        raise ValueError("operation failed")
    finally:
        rollback()

def rollback():
    raise ConnectionError("rollback failed too")

print("begin")
transaction()
