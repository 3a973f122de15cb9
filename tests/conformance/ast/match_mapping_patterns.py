match x:
    case {}:
        pass
    case {'a': 1}:
        pass
    case {'a': x, 'b': [y, z]}:
        pass
    case {'k': v, **rest}:
        pass
    case {**rest}:
        pass
    case {1: _, None: n, Const.K: k, -2: m}:
        pass
