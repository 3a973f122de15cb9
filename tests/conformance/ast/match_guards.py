match x:
    case [a, b] if a > b:
        pass
    case Point(x=x) if x == 0 and flag:
        pass
    case _ if (y := f()):
        pass
