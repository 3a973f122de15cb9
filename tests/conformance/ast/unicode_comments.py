# commentaire élément
x = 1  # 注释
y = 2
