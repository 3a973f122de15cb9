x = 1  # type: int
y = []  # type: List[str]
a = b = None  # type: Optional[int]
c, d = 1, 2  # type: int, int
