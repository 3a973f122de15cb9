# inspect.currentframe and stack.
import inspect


def inner():
    frame = inspect.currentframe()
    print(frame.f_code.co_name, frame.f_back.f_code.co_name, frame.f_lineno)
    for info in inspect.stack()[:3]:
        print(info.function, info.lineno, info.code_context, info.index)
    print(inspect.stack(0)[0].code_context)
    return inspect.getouterframes(frame)


def outer():
    return inner()


records = outer()
print([r.function for r in records], records[0].filename == __file__)
print(inspect.currentframe().f_code.co_name)
