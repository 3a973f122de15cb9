r = [*a for a in b]
