# An imported module's `if __name__ == "__main__"` block does not run.
import _mainguard
print(_mainguard.run())
print(_mainguard.__name__, __name__)
import sys
print(sys.modules["__main__"] is sys.modules[__name__])
main_module = sys.modules["__main__"]
print(hasattr(main_module, "_mainguard"))
def local():
    return "local function"
print(main_module.local())
