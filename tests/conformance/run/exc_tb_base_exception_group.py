# A BaseExceptionGroup holding a KeyboardInterrupt is not an ExceptionGroup;
# except* handles the ValueError part and the rest stays uncaught.
def stop_all():
    raise BaseExceptionGroup("stopped", [KeyboardInterrupt(), ValueError("v")])

print(issubclass(BaseExceptionGroup, Exception))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
try:
    stop_all()
except* ValueError:
    print("the ValueError part is handled")
print("never printed")
