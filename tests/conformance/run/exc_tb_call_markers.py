# A failing call inside a larger expression is marked.
def safe_div(a, b):
    return a / b

def scale(values, factor):
    return [round(safe_div(v, factor), 2) + 1 for v in values]

values = [1, 2, 3]
print(scale(values, 2))
print(max(scale(values, 4)))
result = max(scale(values, 2)) + min(scale(values, 0))
