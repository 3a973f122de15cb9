x = 1  # type is int
y = 2  #type: int
# typo: not a type comment
z = 3  # types: int
