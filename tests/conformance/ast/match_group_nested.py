match command.split():
    case [('go' | 'move') as verb, ('north' | 'south') as direction]:
        pass
    case ['drop', *objects]:
        pass
    case [Point(x=0, y=0) | {'origin': True}, *_]:
        pass
    case (((1))):
        pass
    case {'k': [1, {'j': (a | b) as c}]}:
        pass
