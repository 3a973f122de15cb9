(List[int], Callable[[int], str]) -> Optional[Tuple[int, ...]]
