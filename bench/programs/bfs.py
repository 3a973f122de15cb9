# Graph search: a random maze on a grid, breadth-first search with
# collections.deque, shortest-path reconstruction from a parent dict, and
# connected components of the open cells.
import random
from collections import deque

STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def make_grid(rng, width, height, wall_ratio):
    return [[rng.random() < wall_ratio for _ in range(width)] for _ in range(height)]


def neighbours(grid, x, y):
    height, width = len(grid), len(grid[0])
    for dx, dy in STEPS:
        nx, ny = x + dx, y + dy
        if 0 <= nx < width and 0 <= ny < height and not grid[ny][nx]:
            yield nx, ny


def shortest_path(grid, start, goal):
    parent = {start: None}
    queue = deque([start])
    while queue:
        cell = queue.popleft()
        if cell == goal:
            break
        for nxt in neighbours(grid, *cell):
            if nxt not in parent:
                parent[nxt] = cell
                queue.append(nxt)
    if goal not in parent:
        return None, len(parent)
    path = []
    cell = goal
    while cell is not None:
        path.append(cell)
        cell = parent[cell]
    path.reverse()
    return path, len(parent)


def components(grid):
    seen = set()
    sizes = []
    for y, row in enumerate(grid):
        for x, wall in enumerate(row):
            if wall or (x, y) in seen:
                continue
            seen.add((x, y))
            stack = [(x, y)]
            size = 0
            while stack:
                cell = stack.pop()
                size += 1
                for nxt in neighbours(grid, *cell):
                    if nxt not in seen:
                        seen.add(nxt)
                        stack.append(nxt)
            sizes.append(size)
    return sizes


def main():
    rng = random.Random(42)
    checksum = 0
    for trial in range(20):
        width, height = 160, 120
        grid = make_grid(rng, width, height, 0.3)
        for dx, dy in ((0, 0), (1, 0), (0, 1), (1, 1)):
            grid[dy][dx] = grid[height - 1 - dy][width - 1 - dx] = False
        path, explored = shortest_path(grid, (0, 0), (width - 1, height - 1))
        sizes = components(grid)
        length = len(path) if path else -1
        checksum += length * 1000 + explored + len(sizes) + max(sizes)
        print(trial, length, explored, len(sizes), max(sizes), path[len(path) // 2] if path else None)
    print("checksum", checksum)


main()
