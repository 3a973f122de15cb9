# Code run by exec() reports the file as <string>; its lines are not shown.
source = """
def helper():
    return undefined_variable
helper()
"""
ok_source = "result = sum(range(5))"
namespace = {}
exec(ok_source, namespace)
print(namespace["result"])
print("running generated code")
exec(source)
