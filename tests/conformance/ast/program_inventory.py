"""A small inventory manager: dataclasses, properties, generators, errors."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Iterator, Optional


class InventoryError(Exception):
    """Raised when stock would go negative."""


@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    price_cents: int = 0
    quantity: int = 0
    tags: list[str] = field(default_factory=list, compare=False)

    @property
    def value(self) -> int:
        return self.price_cents * self.quantity

    def describe(self) -> str:
        tag_text = ", ".join(sorted(self.tags)) or "untagged"
        return f"{self.sku:<8} {self.name!r:>20} x{self.quantity:>3} ({tag_text})"


class Inventory:
    def __init__(self, items: Optional[list[Item]] = None) -> None:
        self._items: dict[str, Item] = {}
        for item in items or ():
            self.add(item)

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Item]:
        yield from sorted(self._items.values())

    def __contains__(self, sku: object) -> bool:
        return sku in self._items

    def add(self, item: Item) -> None:
        if (existing := self._items.get(item.sku)) is not None:
            existing.quantity += item.quantity
        else:
            self._items[item.sku] = item

    def remove(self, sku: str, count: int = 1) -> Item:
        try:
            item = self._items[sku]
        except KeyError:
            raise InventoryError(f"unknown sku {sku}") from None
        if item.quantity < count:
            raise InventoryError(
                f"cannot remove {count} of {sku}: only {item.quantity} left"
            )
        item.quantity -= count
        if not item.quantity:
            del self._items[sku]
        return item

    def total_value(self) -> int:
        return sum(item.value for item in self)

    def by_tag(self) -> dict[str, list[str]]:
        index: dict[str, list[str]] = {}
        for item in self:
            for tag in item.tags:
                index.setdefault(tag, []).append(item.sku)
        return {tag: skus for tag, skus in sorted(index.items()) if skus}

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(
            [
                {"sku": i.sku, "name": i.name, "price": i.price_cents, "qty": i.quantity}
                for i in self
            ],
            indent=indent,
        )


def main(argv: list[str]) -> int:
    inv = Inventory([
        Item("A100", "Widget", 250, 10, ["metal", "small"]),
        Item("B200", "Gadget", 1999, 2, ["electronic"]),
        Item("C300", "Doohickey", 75, 0x20),
    ])
    inv.add(Item("A100", "Widget", 250, 5))
    for item in inv:
        print(item.describe())
    try:
        inv.remove("B200", 3)
    except InventoryError as exc:
        print("error:", exc)
    print(f"total = {inv.total_value() / 100:.2f}", "A100" in inv, len(inv))
    print(inv.by_tag())
    return 0 if len(argv) < 2 else 1


if __name__ == "__main__":
    import sys
    raise SystemExit(main(sys.argv))
