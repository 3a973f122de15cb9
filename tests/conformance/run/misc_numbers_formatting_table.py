# A small report formatted with f-strings and str methods.
rows = [("apples", 3, 0.5), ("bananas", 12, 0.25), ("cherries", 150, 0.1)]
print(f"{'item':<10}|{'qty':>5}|{'price':>7}|{'total':>8}")
print("-" * 33)
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<10}|{qty:>5}|{price:>7.2f}|{total:>8.2f}")
print("-" * 33)
print(f"{'total':<10}|{sum(r[1] for r in rows):>5}|{'':>7}|{grand:>8.2f}")
print(f"{grand:=^33.1f}")
