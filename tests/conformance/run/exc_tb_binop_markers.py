# 3.11 marks the failing operator with ^ and its operands with ~.
def price(quantity, unit):
    discount = 0.1
    return quantity * unit - discount * quantity

def describe(item):
    return "Total: " + price(item["qty"], item["unit"])

print(price(3, 2.5))
describe({"qty": 3, "unit": 2.5})
