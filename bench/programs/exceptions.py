# Exceptions in loops: parsing with ValueError fallbacks, KeyError and
# IndexError as control flow, custom exception classes raised through a few
# frames, try/finally bookkeeping, and manual iteration with StopIteration.
import random


class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(f"bad {field}: {value!r}")
        self.field = field
        self.value = value


class RangeError(ValidationError):
    pass


def parse_number(text):
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return None


def check_age(value):
    if not isinstance(value, int):
        raise ValidationError("age", value)
    if not 0 <= value <= 130:
        raise RangeError("age", value)
    return value


def validate(record):
    age = check_age(parse_number(record[1]))
    name = record[0]
    if not name:
        raise ValidationError("name", name)
    return name, age


def lookup_all(table, keys):
    found = missing = 0
    for key in keys:
        try:
            found += table[key]
        except KeyError:
            missing += 1
    return found, missing


def safe_get(items, index):
    try:
        return items[index]
    except IndexError:
        return -1
    finally:
        safe_get.calls += 1


safe_get.calls = 0


def drain(iterable):
    it = iter(iterable)
    total = 0
    while True:
        try:
            total += next(it)
        except StopIteration:
            break
    return total


def main():
    rng = random.Random(3)
    tokens = ["12", "7.5", "abc", "-3", "1e3", "", "400", "35", "x1", "88"]
    names = ["ann", "", "bo", "cy", "di"]
    checksum = 0
    errors = {}
    for i in range(250_000):
        record = (rng.choice(names), rng.choice(tokens))
        try:
            name, age = validate(record)
            checksum += age + len(name)
        except RangeError as e:
            errors["range"] = errors.get("range", 0) + 1
            checksum += 1 if e.value < 0 else 2
        except ValidationError as e:
            errors[e.field] = errors.get(e.field, 0) + 1
            last_message = str(e)

    table = {i: i * 2 for i in range(0, 20_000, 3)}
    found, missing = lookup_all(table, range(60_000))
    checksum += found % 1_000_003 + missing

    items = list(range(50))
    checksum += sum(safe_get(items, i % 70) for i in range(100_000)) + safe_get.calls

    checksum += drain(x % 13 for x in range(200_000))

    print(sorted(errors.items()), last_message, found, missing)
    print("checksum", checksum)


main()
