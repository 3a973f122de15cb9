# from module import name, when the name does not exist: the message
# names the module and its file.
print("start")
from _tb_errors import NetworkError
print(NetworkError.__name__)
import _tb_errors
print(hasattr(_tb_errors, "NoSuchThing"))

from _tb_errors import NoSuchThing

print("never printed")
