café = 1
名前 = café + 1
π = 3.14
def 函数(参数):
    return 参数
class Élève:
    âge = 0
x = π * 名前
