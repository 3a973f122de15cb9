# __class_getitem__ makes Class[...] work without a metaclass.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

print(Box[int], Box["x"], Box[1, 2])

class Typed:
    def __class_getitem__(cls, item):
        return type(f"{cls.__name__}_{item.__name__}", (cls,), {"item_type": item})
IntTyped = Typed[int]
print(IntTyped.__name__, IntTyped.item_type, issubclass(IntTyped, Typed))
try:
    object[int]
except TypeError as e:
    print("TypeError:", e)
print(list[int], dict[str, int].__origin__)
