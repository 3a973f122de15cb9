{x for x in xs}
{k: v for k, v in pairs}
{k: v for k in ks if k for v in vs}
{(a, b): c for a, b, c in triples}
