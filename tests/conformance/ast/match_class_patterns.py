match x:
    case Point():
        pass
    case Point(0, 0):
        pass
    case Point(x=0):
        pass
    case Point(1, y=2):
        pass
    case mod.Point(a, b, c=3, d=4):
        pass
    case int(n):
        pass
    case Point(x=Point(y=0)):
        pass
