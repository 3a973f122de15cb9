# Notes added with add_note are printed after the message.
def parse_line(n, text):
    try:
        return float(text)
    except ValueError as e:
        e.add_note(f"while parsing line {n}")
        e.add_note("hint: use a dot as decimal separator")
        raise

lines = ["1.5", "2,5"]
for i, line in enumerate(lines, 1):
    print(parse_line(i, line))
