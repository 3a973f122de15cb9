match x:
    case 1 | 2 | 3:
        pass
    case [a, b] as pair:
        pass
    case (1 | 2) as small:
        pass
    case name:
        pass
    case _:
        pass
