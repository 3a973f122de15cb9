# Strings: building records with f-strings and %-formatting, joining lines,
# splitting and parsing them back, searching with `in`, and case/replace work.
import random

CITIES = ["Oslo", "Lima", "Quito", "Accra", "Hanoi", "Perth", "Dakar", "Bern", "Riga", "Kyiv"]
PRODUCTS = ["apple", "banana", "cherry", "kiwi", "mango", "papaya", "plum", "grape"]


def make_report(rng, n):
    lines = ["id,city,product,qty,price,note"]
    for i in range(n):
        city = rng.choice(CITIES)
        product = rng.choice(PRODUCTS)
        qty = rng.randint(1, 500)
        price = rng.randint(10, 99999) / 100
        note = "urgent" if i % 7 == 0 else ("gift wrap" if i % 11 == 0 else "")
        lines.append(f"{i},{city},{product},{qty},{price:.2f},{note}")
    return "\n".join(lines)


def parse_report(text):
    header, *rows = text.split("\n")
    fields = header.split(",")
    records = []
    for row in rows:
        values = row.split(",")
        record = dict(zip(fields, values))
        record["qty"] = int(record["qty"])
        record["price"] = float(record["price"])
        records.append(record)
    return records


def summarize(records):
    totals = {}
    for r in records:
        key = r["city"] + "/" + r["product"]
        totals[key] = totals.get(key, 0.0) + r["qty"] * r["price"]
    out = []
    for key in sorted(totals):
        city, product = key.split("/")
        out.append("%-6s %-7s %12.2f" % (city, product.upper(), totals[key]))
    return out


def search(text, needles):
    hits = {}
    for line in text.splitlines():
        for needle in needles:
            if needle in line:
                hits[needle] = hits.get(needle, 0) + 1
    return hits


def slugify(s):
    s = s.strip().lower()
    for ch in ",./":
        s = s.replace(ch, " ")
    return "-".join(s.split())


def main():
    rng = random.Random(7)
    checksum = 0
    for rnd in range(7):
        text = make_report(rng, 25_000)
        records = parse_report(text)
        table = summarize(records)
        hits = search(text, ["urgent", "Oslo,kiwi", "gift", ",1,", "mango"])
        slugs = [slugify(line) for line in table]
        title = " | ".join(s.title() for s in CITIES if s.startswith(("B", "K", "O")))
        print(rnd, table[0], sorted(hits.items()), slugs[-1], title)
        checksum += len(text) + sum(len(s) for s in slugs) + sum(hits.values())
        checksum += sum(line.count("A") for line in table)
    print("checksum", checksum)


main()
