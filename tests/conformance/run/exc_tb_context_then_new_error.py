# An error in an except block whose handled exception itself had a cause.
def fetch():
    try:
        raise ConnectionError("network down")
    except ConnectionError as e:
        raise TimeoutError("fetch timed out") from e

try:
    fetch()
except TimeoutError:
    print("handling the timeout")
    undefined_handler()
