# A small class hierarchy: construction, attribute access, method calls,
# overriding with super(), a property, and isinstance dispatch.
import math


class Shape:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy

    def area(self):
        raise NotImplementedError

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{type(self).__name__}@({self.x},{self.y})"


class Circle(Shape):
    def __init__(self, x, y, r):
        super().__init__(x, y)
        self.r = r

    def area(self):
        return math.pi * self.r * self.r

    def perimeter(self):
        return 2 * math.pi * self.r

    def scale(self, k):
        self.r *= k


class Rect(Shape):
    def __init__(self, x, y, w, h):
        super().__init__(x, y)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def scale(self, k):
        self.w *= k
        self.h *= k

    @property
    def diagonal(self):
        return math.hypot(self.w, self.h)


class Square(Rect):
    def __init__(self, x, y, side):
        super().__init__(x, y, side, side)

    def describe(self):
        return "Square of side " + str(self.w)


class Canvas:
    def __init__(self):
        self.shapes = []
        self.moves = 0

    def add(self, shape):
        self.shapes.append(shape)

    def total_area(self):
        total = 0.0
        for s in self.shapes:
            total += s.area()
        return total

    def total_perimeter(self):
        return sum(s.perimeter() for s in self.shapes)

    def step(self, t):
        for i, s in enumerate(self.shapes):
            s.move((i + t) % 3 - 1, (i * t) % 5 - 2)
            self.moves += 1

    def bounding_box(self):
        xs = [s.x for s in self.shapes]
        ys = [s.y for s in self.shapes]
        return min(xs), min(ys), max(xs), max(ys)


def build(n):
    canvas = Canvas()
    for i in range(n):
        kind = i % 3
        if kind == 0:
            canvas.add(Circle(i % 17, i % 23, 1 + i % 7))
        elif kind == 1:
            canvas.add(Rect(i % 19, i % 29, 1 + i % 5, 2 + i % 11))
        else:
            canvas.add(Square(i % 13, i % 31, 1 + i % 9))
    return canvas


def main():
    canvas = build(4000)
    area = perimeter = diagonals = 0.0
    for t in range(320):
        canvas.step(t)
        area += canvas.total_area()
        perimeter += canvas.total_perimeter()
        for s in canvas.shapes:
            if isinstance(s, Rect):
                diagonals += s.diagonal
            if t % 10 == 0:
                s.scale(1.01 if isinstance(s, Circle) else 0.99)
    print(canvas.shapes[0].describe(), canvas.shapes[2].describe())
    print("moves", canvas.moves, "box", canvas.bounding_box())
    print("area %.6f perimeter %.6f diagonals %.6f" % (area, perimeter, diagonals))
    print("checksum", int(area + perimeter + diagonals) + canvas.moves)


main()
