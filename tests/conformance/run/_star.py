"""Support module for import_star_all: only __all__ names are exported."""
__all__ = ["public_a", "public_b"]

public_a = "A"
public_b = "B"
not_listed = "hidden by __all__"
_underscore = "hidden anyway"
