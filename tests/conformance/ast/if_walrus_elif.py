if (m := re.match(p, s)) is not None:
    pass
elif (n := len(s)) > 3:
    pass
