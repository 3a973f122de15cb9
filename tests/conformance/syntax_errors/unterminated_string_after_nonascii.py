x = 'éé unterminated
