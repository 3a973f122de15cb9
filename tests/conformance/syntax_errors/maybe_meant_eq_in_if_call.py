if x = y:
    pass
