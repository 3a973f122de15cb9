# SystemExit with a non-int code prints it and exits with status 1.
import sys

class Report:
    def __str__(self):
        return "report: 2 problems"

print("about to exit")
sys.stdout.flush()
raise SystemExit(Report())
