# The order in which comprehension clauses are evaluated.
log = []
def v(tag, value):
    log.append(tag)
    return value

result = [v(f"expr {x},{y}", (x, y)) for x in v("outer iterable", range(2)) if v(f"cond {x}", True)
          for y in v(f"inner iterable {x}", range(2))]
print(result)
print(log)
log.clear()
d = {v(f"key {i}", i): v(f"value {i}", i * i) for i in range(2)}
print(d, log)
