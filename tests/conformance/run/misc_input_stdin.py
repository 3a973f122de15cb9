# input() reads lines from stdin (NAME.stdin); EOF raises EOFError.
name = input()
print(f"Hello, {name}!")
age = int(input("Age? "))
print("Next year:", age + 1)
numbers = [int(x) for x in input().split()]
print("sum:", sum(numbers))
import sys
rest = sys.stdin.read()
print("rest:", repr(rest))
try:
    input("more? ")
except EOFError as e:
    print("EOFError", repr(str(e)))
