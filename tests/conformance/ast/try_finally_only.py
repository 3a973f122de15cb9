try:
    x = 1
finally:
    cleanup()
try:
    pass
except E:
    pass
finally:
    pass
