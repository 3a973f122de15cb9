# Sets: Conway's Game of Life on a set of live cells, membership tests,
# union/intersection/difference, set comprehensions, and frozensets as keys.
import itertools
import random

NEIGHBOURS = [(dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if (dx, dy) != (0, 0)]


def life_step(live):
    counts = {}
    for x, y in live:
        for dx, dy in NEIGHBOURS:
            cell = (x + dx, y + dy)
            counts[cell] = counts.get(cell, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def glider_gun():
    pattern = [
        "........................O...........",
        "......................O.O...........",
        "............OO......OO............OO",
        "...........O...O....OO............OO",
        "OO........O.....O...OO..............",
        "OO........O...O.OO....O.O...........",
        "..........O.....O.......O...........",
        "...........O...O....................",
        "............OO......................",
    ]
    return {(x, y) for y, row in enumerate(pattern) for x, ch in enumerate(row) if ch == "O"}


def sieve(limit):
    composite = set()
    for p in range(2, int(limit ** 0.5) + 1):
        if p not in composite:
            composite.update(range(p * p, limit, p))
    return set(range(2, limit)) - composite


def tag_overlap(rng, n_items, tags):
    items = [frozenset(rng.sample(tags, rng.randint(1, 5))) for _ in range(n_items)]
    groups = {}
    for tagset in items:
        groups[tagset] = groups.get(tagset, 0) + 1
    common = 0
    for a, b in itertools.combinations(items[:300], 2):
        if a & b:
            common += 1
        if a <= b or b <= a:
            common += 2
    return len(groups), common, set().union(*items) == set(tags)


def main():
    rng = random.Random(11)
    checksum = 0

    live = glider_gun()
    soup = {(rng.randrange(60), rng.randrange(60) + 40) for _ in range(900)}
    live |= soup
    populations = []
    for _ in range(480):
        live = life_step(live)
        populations.append(len(live))
    checksum += sum(populations) + min(x for x, _ in live) + max(y for _, y in live)

    primes = sieve(300_000)
    odds = set(range(1, 300_000, 2))
    evens = set(range(0, 300_000, 2))
    checksum += len(primes) + len(primes & evens) + len(odds - primes)
    checksum += len(primes ^ odds) + len(primes | evens)
    checksum += sum(1 for p in primes if p + 2 in primes)
    checksum += odds.isdisjoint(evens) + primes.issubset(odds | {2})

    tags = [f"tag{i}" for i in range(40)]
    n_groups, common, covered = tag_overlap(rng, 20_000, tags)
    checksum += n_groups + common + covered

    print(populations[:5], populations[-1], len(primes), n_groups, common, covered)
    print("checksum", checksum)


main()
