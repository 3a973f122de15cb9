f'just text'
f'{{}}'
f'text' 'more'
