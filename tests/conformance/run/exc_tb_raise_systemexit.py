# raise SystemExit with no argument: status 0 and no output on stderr.
def finish():
    print("finishing early")
    raise SystemExit

print("start")
try:
    finish()
finally:
    print("finally still runs")
print("never printed")
