s = 'héllo wörld'
t = '中文字符' + x
u = '😀 emoji' ; v = 1
w = f'{s} → {t}'
b = ('é' 'x', y)
