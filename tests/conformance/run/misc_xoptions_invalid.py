# Run with `-X int_max_str_digits=12`: a limit below 640 (other than 0) is a
# fatal configuration error, reported before any of this program runs, with
# exit status 1 and nothing on stdout. The lines below would print if it ran.
import sys

print('the program ran')
print(sys.flags.int_max_str_digits)
print(sys.get_int_max_str_digits())
for n in (640, 0):
    sys.set_int_max_str_digits(n)
    print(sys.get_int_max_str_digits())
