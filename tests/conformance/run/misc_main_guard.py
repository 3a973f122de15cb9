# The script runs with __name__ == "__main__".
def main():
    print("main() called")
    return 0

print(__name__)
print(__name__ == "__main__")
if __name__ == "__main__":
    main()
import os
print(os.path.basename(__file__))
print(__doc__, __package__, __spec__)
print(type(__builtins__).__name__, __loader__ is not None)
