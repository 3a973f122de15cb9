# Typical money arithmetic with Decimal: totals, tax, rounding to cents, splitting.
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, localcontext

prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10"), Decimal("100")]
subtotal = sum(prices)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
total = subtotal + tax
print(subtotal, tax, total, f"{total:,.2f}", f"{total:>12}", format(total, "010.1f"))
share = (total / 3).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
print(share, total - share * 2, share * 3 + (total - share * 3) == total)
rate = Decimal("0.05")
balance = Decimal("1000.00")
for year in range(1, 6):
    balance = (balance * (1 + rate)).quantize(Decimal("0.01"))
    print(year, balance)
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(1) / Decimal(7))
    print((Decimal(2).sqrt() ** 2).quantize(Decimal("1e-40")))
print(Decimal("10") / Decimal("4"), Decimal("10") // Decimal("4"), Decimal("10") % Decimal("4"), -Decimal("10") % Decimal("4"))
print(sum(Decimal("0.01") for _ in range(100)), sum(0.01 for _ in range(100)))
