# An uncaught ExceptionGroup is drawn as a tree.
def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValueError("name is required"))
    if not isinstance(record.get("age"), int):
        errors.append(TypeError("age must be an int"))
    if errors:
        raise ExceptionGroup("invalid record", errors)

validate({"name": "x", "age": 3})
print("first record ok")
validate({"age": "old"})
