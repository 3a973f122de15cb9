f'{value:{width}.{precision}f}'
f'{x:{"<" if left else ">"}{w}}'
f'{x!r:{fill}{align}{width}}'
