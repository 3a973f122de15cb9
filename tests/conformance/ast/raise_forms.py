raise
raise ValueError
raise ValueError('x')
raise ValueError from exc
raise E() from None
