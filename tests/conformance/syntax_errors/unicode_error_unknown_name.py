s = 'abc \N{NOT A REAL NAME}'
