# keyword: the keyword and soft keyword lists.
import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), keyword.iskeyword("if"), keyword.iskeyword("match"), keyword.issoftkeyword("match"))
print(keyword.iskeyword("True"), keyword.iskeyword("print"), keyword.issoftkeyword("_"))
print([w for w in ["for", "case", "type", "async", "await", "nonlocal"] if keyword.iskeyword(w)])
print(sorted(keyword.kwlist, key=len)[-3:])
print("__peg_parser__" in keyword.kwlist)
print(all(w.isidentifier() for w in keyword.kwlist))
print(sum(1 for w in keyword.kwlist if w[0].isupper()))
print(keyword.kwlist == sorted(keyword.kwlist))
