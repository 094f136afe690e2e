"""The matching engine: group keys that are the same, nearly the same, or contained.

1. Exact keys group in one dictionary pass.
2. Each distinct key gets *winnowed fingerprints*: hashes of character 3-grams
   (never words: CJK has no spaces), keeping the smallest hash in every window
   of ``WINDOW`` consecutive 3-grams. Two keys that share a stretch of
   ``WINDOW + 2`` characters share a fingerprint, whatever surrounds it, so
   near-copies *and* a short copy inside a long one become candidates.
3. Candidate pairs come from an inverted index fingerprint -> keys. A
   fingerprint found in more than ``MAX_BUCKET`` keys is a common phrase, not
   evidence, and is skipped, so no bucket grows quadratically.
4. Every candidate is verified with ``rapidfuzz``: ``fuzz.ratio`` for copies,
   ``fuzz.partial_ratio`` (with a length guard) for a short copy in a long one.
5. Union-find joins verified pairs into clusters.

>>> clusters = find_clusters(["abcdefghijkl", "abcdefghijkx", "zzzzzzzzzzzz", "abcdefghijkl"],
...                          threshold=90)
>>> [sorted(c) for c in clusters]
[[0, 1, 3]]
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

SHINGLE = 3
WINDOW = 4
MAX_BUCKET = 64
CONTAINED_MIN_FRACTION = 0.3
TRUNCATION_SLACK = 3

Relation = Literal["exact", "near", "contained"]


@dataclass(frozen=True)
class Similarity:
    """How key ``b`` relates to key ``a``: its score (0-100) and relation."""

    score: float
    relation: Relation


def compare(a: str, b: str, *, threshold: float, containment: bool = True,
            min_contained: int = 1) -> Similarity | None:
    """Verify a pair: exact, near (``ratio``) or ``b`` contained in ``a``; None if none holds.

    ``contained`` is only reported for a ``b`` shorter than ``a``, at least
    ``min_contained`` long and at least ``CONTAINED_MIN_FRACTION`` of ``a``, whose
    ``partial_ratio`` is halfway from ``threshold`` to 100 (95 for 90), and that
    matches a beginning or an end of ``a``: a truncated copy is the same text cut
    short, not a sentence quoted in the middle of another paragraph.

    >>> compare("abcdef", "abcdef", threshold=90)
    Similarity(score=100.0, relation='exact')
    >>> compare("the quick brown fox jumps over", "the quick brown fox", threshold=90).relation
    'contained'
    >>> compare("so the quick brown fox jumps over", "quick brown fox", threshold=90) is None
    True
    """
    from rapidfuzz import fuzz

    if a == b:
        return Similarity(100.0, "exact")
    score = fuzz.ratio(a, b, score_cutoff=threshold)
    if score:
        return Similarity(round(score, 1), "near")
    if (containment and len(b) < len(a) and len(b) >= min_contained
            and len(b) >= CONTAINED_MIN_FRACTION * len(a)):
        alignment = fuzz.partial_ratio_alignment(b, a, score_cutoff=(threshold + 100) / 2)
        if alignment is not None and _at_an_end(alignment.dest_start, alignment.dest_end, len(a)):
            return Similarity(round(alignment.score, 1), "contained")
    return None


def _at_an_end(start: int, end: int, length: int) -> bool:
    """True when ``[start, end)`` begins or ends ``length`` characters, give or take a few."""
    slack = max(TRUNCATION_SLACK, length // 20)
    return start <= slack or end >= length - slack


def fingerprints(key: str) -> set[int]:
    """Winnowed 3-gram hashes of ``key``; a short key gets the smallest of its hashes."""
    hashes = [zlib.crc32(key[i:i + SHINGLE].encode("utf-8"))
              for i in range(max(1, len(key) - SHINGLE + 1))]
    if len(hashes) <= WINDOW:
        return {min(hashes)}
    return {min(hashes[i:i + WINDOW]) for i in range(len(hashes) - WINDOW + 1)}


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


def candidate_pairs(keys: Sequence[str]) -> set[tuple[int, int]]:
    """Pairs of indices into ``keys`` that share at least one informative fingerprint."""
    buckets: dict[int, list[int]] = {}
    for index, key in enumerate(keys):
        for fingerprint in fingerprints(key):
            buckets.setdefault(fingerprint, []).append(index)
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) < 2 or len(members) > MAX_BUCKET:
            continue
        for position, a in enumerate(members):
            for b in members[position + 1:]:
                pairs.add((a, b))
    return pairs


def find_clusters(keys: Sequence[str], *, threshold: float, containment: bool = True,
                  min_contained: int = 1) -> list[list[int]]:
    """Clusters (lists of indices into ``keys``, at least two each) of matching keys."""
    first_of_key: dict[str, int] = {}
    copies: dict[int, list[int]] = {}
    for index, key in enumerate(keys):
        representative = first_of_key.setdefault(key, index)
        copies.setdefault(representative, []).append(index)
    representatives = list(copies)
    distinct = [keys[index] for index in representatives]

    union_find = _UnionFind(len(distinct))
    for a, b in sorted(candidate_pairs(distinct)):
        longer, shorter = (a, b) if len(distinct[a]) >= len(distinct[b]) else (b, a)
        if compare(distinct[longer], distinct[shorter], threshold=threshold,
                   containment=containment, min_contained=min_contained):
            union_find.union(a, b)

    grouped: dict[int, list[int]] = {}
    for position, representative in enumerate(representatives):
        grouped.setdefault(union_find.find(position), []).extend(copies[representative])
    return [sorted(members) for members in grouped.values() if len(members) > 1]
