match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case 'text':
        pass
    case b'bytes':
        pass
    case Color.RED:
        pass
    case a.b.c:
        pass
    case 'implicit' 'concat':
        pass
