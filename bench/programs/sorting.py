# Sorting: records sorted by key functions and lambdas, multi-key and
# reversed sorts relying on stability, itemgetter/attrgetter keys, and
# a cmp_to_key comparison function.
import functools
import operator
import random

FIRST = ["Ana", "Ben", "Chloé", "dan", "Eve", "finn", "Gus", "Hana", "Ivo", "jade", "Kai", "Lea"]
LAST = ["Smith", "Ng", "García", "o'Brien", "Kowalski", "Diallo", "Sato", "Berg", "Rossi", "Ivanov"]
DEPARTMENTS = ["ops", "research", "sales", "support", "legal"]


class Employee:
    def __init__(self, ident, name, dept, salary, age):
        self.ident = ident
        self.name = name
        self.dept = dept
        self.salary = salary
        self.age = age


def make_people(rng, n):
    people = []
    for i in range(n):
        name = rng.choice(FIRST) + " " + rng.choice(LAST)
        people.append((i, name, rng.choice(DEPARTMENTS), rng.randrange(30_000, 150_000, 500),
                       rng.randint(20, 65)))
    return people


def compare_versions(a, b):
    for x, y in zip(a, b):
        if x != y:
            return -1 if x < y else 1
    return len(a) - len(b)


def fingerprint(seq):
    h = 0
    for x in seq:
        h = (h * 31 + x) % 1_000_000_007
    return h


def main():
    rng = random.Random(99)
    checksum = 0
    for rnd in range(4):
        people = make_people(rng, 20_000)
        by_salary = sorted(people, key=lambda p: p[3])
        by_dept_then_age = sorted(people, key=lambda p: (p[2], -p[4], p[1]))
        by_name = sorted(people, key=lambda p: p[1].lower())
        staged = sorted(people, key=operator.itemgetter(4))
        staged.sort(key=operator.itemgetter(2), reverse=True)

        staff = [Employee(*p) for p in people]
        staff.sort(key=operator.attrgetter("dept", "salary"))
        oldest = max(staff, key=lambda e: (e.age, -e.ident))

        versions = [tuple(rng.randint(0, 12) for _ in range(rng.randint(1, 4))) for _ in range(8000)]
        versions.sort(key=functools.cmp_to_key(compare_versions))

        words = [p[1].split()[1] for p in people[:5000]]
        words.sort(key=len)
        numbers = [rng.random() for _ in range(30_000)]
        numbers.sort(reverse=True)

        checksum += fingerprint(p[0] for p in by_salary)
        checksum += fingerprint(p[0] for p in by_dept_then_age)
        checksum += fingerprint(p[0] for p in by_name)
        checksum += fingerprint(p[0] for p in staged)
        checksum += fingerprint(e.ident for e in staff)
        checksum += fingerprint(sum(v) * 13 + len(v) for v in versions)
        checksum += fingerprint(len(w) for w in words) + int(numbers[100] * 1e6)
        print(rnd, by_name[0][1], by_dept_then_age[0][1:], oldest.name, versions[-1], words[-1])
    print("checksum", checksum)


main()
