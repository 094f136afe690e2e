"""The matching engine: group keys that are the same, nearly the same, or contained.

1. Exact keys group in one dictionary pass: the fuzzy stages never see
   thousands of identical items.
2. Each distinct key gets *tokens*: 40-bit hashes of some of its character
   5-grams (never words: CJK has no spaces). Anchors are chosen by content
   (hash divisible by ``ANCHOR_EVERY``), so a near copy or a truncated copy has
   the same anchors wherever it has the same text; the smallest 5-gram hash is a
   token too, so every key has one.
3. Candidate pairs come from an inverted index token -> keys. A token found in
   more than ``max_bucket`` keys is common text, not evidence, and its bucket
   is skipped (and counted), so no bucket grows quadratically.
4. Every candidate is verified with ``rapidfuzz``: ``fuzz.ratio`` for copies,
   ``fuzz.partial_ratio`` (with a length guard) for a short copy in a long one.
   Precision comes from verification, recall from the tokens.
5. Union-find joins verified pairs into clusters.

Small inputs use plain Python (:func:`tokens`); large ones compute the same
tokens with numpy in bulk, imported only then.

>>> found = find_clusters(["abcdefghijkl", "abcdefghijkx", "zzzzzzzzzzzz", "abcdefghijkl"],
...                       threshold=90)
>>> found.groups
[[0, 1, 3]]
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

SHINGLE = 5
ANCHOR_EVERY = 8
BASE = 0x100000001B3
MASK64 = (1 << 64) - 1
TOKEN_SHIFT = 24  # tokens are the top 40 bits of a 5-gram hash
INDEX_BITS = 24
INDEX_LIMIT = 1 << INDEX_BITS
INDEX_MASK = INDEX_LIMIT - 1
MAX_BUCKET = 64
NUMPY_FROM_CHARS = 200_000  # below this many characters, plain Python is quicker to start
CHUNK_KEYS = 20_000
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


def _mix(value: int) -> int:
    """murmur3's 64-bit finaliser: spreads the bits of a polynomial hash."""
    value ^= value >> 33
    value = (value * 0xFF51AFD7ED558CCD) & MASK64
    value ^= value >> 33
    value = (value * 0xC4CEB9FE1A85EC53) & MASK64
    return value ^ (value >> 33)


def _gram_hash(gram: str) -> int:
    value = 0
    for char in gram:
        value = (value * BASE + ord(char)) & MASK64
    return _mix(value)


def tokens(key: str) -> set[int]:
    """The fingerprint tokens of ``key`` (40-bit hashes of character 5-grams).

    Tokens are the *anchors* (5-grams whose hash is 0 modulo ``ANCHOR_EVERY``,
    chosen by content, so a copy or a truncated copy has the same anchors where
    it has the same text) and the smallest 5-gram hash (a MinHash, so that even a
    short key has one token). A key shorter than a 5-gram is one token.
    This is the plain reference implementation; :func:`_tokens_numpy` computes
    the same tokens in bulk.
    """
    if len(key) < SHINGLE:
        return {_gram_hash(key) >> TOKEN_SHIFT}
    hashes = [_gram_hash(key[i:i + SHINGLE]) for i in range(len(key) - SHINGLE + 1)]
    found = {value >> TOKEN_SHIFT for value in hashes if value % ANCHOR_EVERY == 0}
    found.add(min(hashes) >> TOKEN_SHIFT)
    return found


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


@dataclass(frozen=True)
class Clusters:
    """Clusters of matching keys, and how many fingerprint buckets were too big to use."""

    groups: list[list[int]]
    skipped_buckets: int = 0
    candidates: int = 0


def _packed_tokens(keys: Sequence[str]) -> list[int]:
    """Every (token, key index) pair, packed into one integer; plain Python."""
    return sorted({(token << INDEX_BITS) | index
                   for index, key in enumerate(keys) for token in tokens(key)})


def _tokens_numpy(keys: Sequence[str]) -> Any:
    """The same packed (token, key index) pairs as :func:`_packed_tokens`, with numpy.

    Keys are processed in chunks: the codepoints of a chunk joined by NUL, the
    5-gram polynomial hash rolled over the whole chunk at once, anchors and
    per-key minima picked out with array operations.
    """
    import numpy as np

    parts = [np.zeros(0, dtype=np.uint64)]
    for first in range(0, len(keys), CHUNK_KEYS):
        chunk = keys[first:first + CHUNK_KEYS]
        long_keys = [(index, key) for index, key in enumerate(chunk, first)
                     if len(key) >= SHINGLE]
        short = [(_gram_hash(key) >> TOKEN_SHIFT << INDEX_BITS) | index
                 for index, key in enumerate(chunk, first) if len(key) < SHINGLE]
        parts.append(np.array(short, dtype=np.uint64))
        if not long_keys:
            continue
        joined = "\0".join(key for _, key in long_keys) + "\0"
        codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        count = len(codes) - SHINGLE + 1
        value = codes[:count].copy()
        for offset in range(1, SHINGLE):
            value *= np.uint64(BASE)
            value += codes[offset:offset + count]
        value ^= value >> np.uint64(33)
        value *= np.uint64(0xFF51AFD7ED558CCD)
        value ^= value >> np.uint64(33)
        value *= np.uint64(0xC4CEB9FE1A85EC53)
        value ^= value >> np.uint64(33)
        lengths = np.array([len(key) for _, key in long_keys], dtype=np.int64)
        starts = np.concatenate(([0], np.cumsum(lengths + 1)[:-1]))
        owner_of_key = np.array([index for index, _ in long_keys], dtype=np.uint64)
        # A position is a 5-gram of one key when it starts within the key's first
        # len - 4 characters.
        owner = np.repeat(np.arange(len(long_keys)), lengths + 1)[:count]
        inside = (np.arange(count) - starts[owner]) <= (lengths[owner] - SHINGLE)
        anchors = inside & (value % np.uint64(ANCHOR_EVERY) == 0)
        token = value >> np.uint64(TOKEN_SHIFT)
        parts.append((token[anchors] << np.uint64(INDEX_BITS)) | owner_of_key[owner[anchors]])
        masked = np.where(inside, value, np.uint64(MASK64))
        minima = np.minimum.reduceat(masked, starts) >> np.uint64(TOKEN_SHIFT)
        parts.append((minima << np.uint64(INDEX_BITS)) | owner_of_key)
    return np.unique(np.concatenate(parts))


def candidate_pairs(keys: Sequence[str], *, max_bucket: int = MAX_BUCKET
                    ) -> tuple[list[tuple[int, int]], int]:
    """Pairs of indices into ``keys`` that share a token, and the number of skipped buckets.

    A token shared by more than ``max_bucket`` keys is common text, not
    evidence: its bucket is skipped, so no bucket grows quadratically.
    """
    if len(keys) >= INDEX_LIMIT:
        raise ValueError(f"at most {INDEX_LIMIT - 1} distinct keys can be matched")
    total = sum(len(key) for key in keys)
    if total < NUMPY_FROM_CHARS:
        packed = _packed_tokens(keys)
        runs: dict[int, list[int]] = {}
        for item in packed:
            runs.setdefault(item >> INDEX_BITS, []).append(item & INDEX_MASK)
        pairs: set[tuple[int, int]] = set()
        skipped = 0
        for members in runs.values():
            if len(members) > max_bucket:
                skipped += 1
            elif len(members) > 1:
                pairs.update(itertools.combinations(members, 2))
        return sorted(pairs), skipped
    return _candidate_pairs_numpy(_tokens_numpy(keys), max_bucket)


def _candidate_pairs_numpy(packed: Any, max_bucket: int) -> tuple[list[tuple[int, int]], int]:
    import numpy as np

    token = packed >> np.uint64(INDEX_BITS)
    index = (packed & np.uint64(INDEX_MASK)).astype(np.int64)
    starts = np.flatnonzero(np.concatenate(([True], token[1:] != token[:-1])))
    sizes = np.diff(np.concatenate((starts, [len(token)])))
    skipped = int(np.count_nonzero(sizes > max_bucket))
    two = starts[sizes == 2]
    codes = [np.zeros(0, dtype=np.int64), index[two] * INDEX_LIMIT + index[two + 1]]
    for start, size in zip(starts[(sizes > 2) & (sizes <= max_bucket)].tolist(),
                           sizes[(sizes > 2) & (sizes <= max_bucket)].tolist(), strict=True):
        members = index[start:start + size]
        first, second = np.triu_indices(size, 1)
        codes.append(members[first] * INDEX_LIMIT + members[second])
    unique = np.unique(np.concatenate(codes))
    return list(zip((unique // INDEX_LIMIT).tolist(), (unique % INDEX_LIMIT).tolist(),
                    strict=True)), skipped


def find_clusters(keys: Sequence[str], *, threshold: float, containment: bool = True,
                  min_contained: int = 1, max_bucket: int = MAX_BUCKET) -> Clusters:
    """Clusters (lists of indices into ``keys``, at least two each) of matching keys."""
    first_of_key: dict[str, int] = {}
    copies: dict[int, list[int]] = {}
    for index, key in enumerate(keys):
        representative = first_of_key.setdefault(key, index)
        copies.setdefault(representative, []).append(index)
    representatives = list(copies)
    distinct = [keys[index] for index in representatives]

    union_find = _UnionFind(len(distinct))
    pairs, skipped = candidate_pairs(distinct, max_bucket=max_bucket)
    for a, b in pairs:
        longer, shorter = (a, b) if len(distinct[a]) >= len(distinct[b]) else (b, a)
        if compare(distinct[longer], distinct[shorter], threshold=threshold,
                   containment=containment, min_contained=min_contained):
            union_find.union(a, b)

    grouped: dict[int, list[int]] = {}
    for position, representative in enumerate(representatives):
        grouped.setdefault(union_find.find(position), []).extend(copies[representative])
    groups = [sorted(members) for members in grouped.values() if len(members) > 1]
    return Clusters(groups, skipped, len(pairs))
