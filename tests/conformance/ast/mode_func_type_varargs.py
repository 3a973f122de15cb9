(int, *str, **float) -> Dict[str, int]
