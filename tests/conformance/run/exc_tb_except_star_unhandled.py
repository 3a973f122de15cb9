# except* handles part of a group; the rest propagates as a smaller group.
def jobs():
    raise ExceptionGroup("jobs failed", [
        ValueError("bad input"),
        TimeoutError("too slow"),
        ValueError("bad input again"),
    ])

try:
    jobs()
except* ValueError as eg:
    print("handled", len(eg.exceptions), "ValueErrors")
