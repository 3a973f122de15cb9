# An exception class from an imported module prints as module.Class.
import _tb_errors

def connect(host):
    if not host:
        raise _tb_errors.NetworkError("no host given")
    return host

print(connect("example"))
connect("")
