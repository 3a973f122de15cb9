async lambda: 0
