raise ValueError(f'bad {x}') from exc
raise errors[0]
raise (yield_)
