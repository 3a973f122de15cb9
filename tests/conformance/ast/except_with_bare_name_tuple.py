try:
    pass
except (A):
    pass
except (A, B) as e:
    pass
except A or B:
    pass
