# random's error messages and edge cases.
import random
random.seed(0)
for c in (lambda: random.choice([]), lambda: random.randint(5, 1), lambda: random.sample(range(3), 5),
          lambda: random.randrange(0), lambda: random.randrange(1, 10, 0),
          lambda: random.choices([1], weights=[1, 2]), lambda: random.sample({1, 2}, 1)):
    try:
        print(c())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(random.randrange(10), random.randint(3, 3), random.sample([], 0))
random.seed(0)
print([random.randint(0, 9) for _ in range(10)])
random.seed(12345)
print([round(random.random(), 6) for _ in range(3)])
