# Dictionaries: word and bigram counting over generated text, a dict keyed
# by tuples, defaultdict grouping, and merging/inverting dicts.
import random
from collections import defaultdict

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "zu", "pe", "do", "fa"]


def make_vocabulary(rng, size):
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))))
    return sorted(words)


def make_text(rng, vocabulary, n_words):
    # Zipf-like: low indexes are much more frequent.
    weights = [1.0 / (i + 1) for i in range(len(vocabulary))]
    return rng.choices(vocabulary, weights, k=n_words)


def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def count_bigrams(words):
    bigrams = {}
    prev = None
    for w in words:
        if prev is not None:
            key = (prev, w)
            if key in bigrams:
                bigrams[key] += 1
            else:
                bigrams[key] = 1
        prev = w
    return bigrams


def group_by_length(counts):
    groups = defaultdict(list)
    for word, n in counts.items():
        groups[len(word)].append((n, word))
    return groups


def followers(bigrams):
    table = defaultdict(dict)
    for (a, b), n in bigrams.items():
        table[a][b] = n
    return table


def main():
    rng = random.Random(2024)
    vocabulary = make_vocabulary(rng, 2000)
    checksum = 0
    for chunk in range(14):
        words = make_text(rng, vocabulary, 70_000)
        counts = count_words(words)
        bigrams = count_bigrams(words)
        table = followers(bigrams)
        groups = group_by_length(counts)
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
        best_pair = max(bigrams.items(), key=lambda kv: (kv[1], kv[0]))
        longest = max(groups)
        by_count = {}
        for word, n in counts.items():
            by_count.setdefault(n, []).append(word)
        merged = dict(counts)
        merged.update({w: -1 for w in vocabulary[:50] if w not in counts})
        fanout = sum(len(v) for v in table.values())
        print(chunk, top[0], best_pair, longest, sorted(groups[longest])[-1], fanout)
        checksum += len(counts) * 7 + len(bigrams) * 3 + len(by_count) + fanout
        checksum += sum(n for n, _ in groups[2]) + len(merged)
        checksum += sum(n * len(w) for w, n in top)
    print("checksum", checksum)


main()
