# Stack-depth cases for optimize_cfg's rewrites: constants tested by jumps, `is None` tests, tuples of
# constants the compiler builds (defaults), code left unreachable, and ast_opt.c's arithmetic folds.
def defaults(a=1, b=2, c=(3, 4), *, d=5, e=None):
    return a, b, c, d, e
def none_tests(a, b):
    if a is None and b is not None:
        return 1
    while a is not None:
        a = b(a)
    return a if a is None else b
def constant_tests(a):
    while 1:
        if a: break
    if 0:
        a(1, 2, 3, 4, 5, 6, 7)
    x = 1 if 0 else a(1, 2, 3)
    y = 0 and a(1, 2, 3, 4)
    z = 1 or a(1, 2, 3, 4)
    if not 1:
        a(1, 2, 3, 4, 5)
    return x, y, z
def dead(a):
    return a
    a(1, 2, 3, 4, 5, 6)
def raises(a):
    raise a(1, 2, 3)
    a(1, 2, 3, 4, 5, 6, 7, 8)
def folds(a):
    return (2.0 ** 0.5, 7.5 // 2, 7.5 % 2, 2 ** -1, (1 + 2j) / 2, (-8.0) ** (1 / 3), 2 ** 100, 1e308 ** 2,
            1 / 0, 'ab' * 3, (1, 2)[0], -(1 + 2), not (1, 2), a + 2 ** 0.5 * 3)
def formats(a, b):
    return ('%s' % (a,), '%5s|%-5r|%.2a' % (a, b, a), '%d' % (a,), '%s %s' % (a,), '%%%s%%' % (a,),
            '%s' * 2 % (a, b), '%100s' % (a,), '%s' % (*a,))
