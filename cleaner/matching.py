"""The matching engine: group keys that are the same, nearly the same, or contained.

1. Exact keys group in one dictionary pass: the fuzzy stages never see
   thousands of identical items.
2. Each distinct key gets *tokens*: 40-bit hashes of some of its character
   8-grams (never words: CJK has no spaces). Anchors are chosen by content
   (hash divisible by ``ANCHOR_EVERY``), so a near copy or a truncated copy has
   the same anchors wherever it has the same text; the smallest 8-gram hash is a
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
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

SHINGLE = 8  # characters per shingle: longer than a common word, shorter than a phrase
ANCHOR_EVERY = 3  # one shingle in three is an anchor: a third of the work, still many per line
# The hash: FNV-1a's 64-bit prime as the base of a rolling polynomial hash, kept to 64 bits.
BASE = 0x100000001B3
MASK64 = (1 << 64) - 1  # the hash wraps at 64 bits, as numpy's uint64 does
TOKEN_SHIFT = 24  # tokens are the top 40 bits of an 8-gram hash
INDEX_BITS = 24  # a key's number, under its token in one 64-bit int: 16 million paragraphs
INDEX_LIMIT = 1 << INDEX_BITS  # (derived)
INDEX_MASK = INDEX_LIMIT - 1
MAX_BUCKET = 64  # an anchor this common (a stock phrase) says nothing about which copies
LONG_KEY = 500  # characters: a longer truncated copy is compared at the ends only
MAX_COMPARED = 100_000  # characters: a longer copy must be exact (ratio is quadratic)
MIN_SHARED = 2  # tokens two keys must share to be candidates...
MIN_SHARED_FRACTION = 0.2  # ...and this share of the fewer tokens...
FEW_TOKENS = 3  # ...unless one of them has this few tokens
CONTAINED_SHARED = 0.4  # share of the shorter key's tokens a truncated copy must share
NUMPY_FROM_CHARS = 200_000  # below this many characters, plain Python is quicker to start
CHUNK_KEYS = 20_000  # keys hashed per numpy batch: bounds memory, big enough to amortise
CONTAINED_MIN_FRACTION = 0.3  # a cut-off copy keeps a third at least: less is a quotation
TRUNCATION_SLACK = 3  # characters: a cut at an end may leave a word fragment or a mark

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
    short, not a sentence quoted in the middle of another paragraph. A ``b`` longer
    than ``LONG_KEY`` is compared with the start and the end of ``a`` alone (``ratio``,
    linear in practice): sliding it along ``a`` grows faster than quadratically.
    A ``b`` longer than ``MAX_COMPARED`` is matched only when exact.

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
    if len(b) > MAX_COMPARED:
        return None  # too long to align in bounded time: only an exact copy is found
    score = fuzz.ratio(a, b, score_cutoff=threshold)
    if score:
        return Similarity(round(score, 1), "near")
    if (containment and len(b) < len(a) and len(b) >= min_contained
            and len(b) >= CONTAINED_MIN_FRACTION * len(a)):
        cutoff = (threshold + 100) / 2
        if len(b) > LONG_KEY:
            at_an_end = max(fuzz.ratio(b, a[:len(b)]), fuzz.ratio(b, a[-len(b):]))
            return Similarity(round(at_an_end, 1), "contained") if at_an_end >= cutoff else None
        alignment = fuzz.partial_ratio_alignment(b, a, score_cutoff=cutoff)
        if alignment is not None and _at_an_end(alignment.dest_start, alignment.dest_end, len(a)):
            return Similarity(round(alignment.score, 1), "contained")
    return None


def _at_an_end(start: int, end: int, length: int) -> bool:
    """True when ``[start, end)`` begins or ends ``length`` characters, give or take a few."""
    slack = max(TRUNCATION_SLACK, length // 20)
    return start <= slack or end >= length - slack


def _mix(value: Any) -> Any:
    """murmur3's 64-bit finaliser: spreads the bits of a polynomial hash.

    ``value`` is a Python int or a numpy ``uint64`` array (which wraps on its own).
    """
    value = value ^ (value >> 33)
    value = (value * 0xFF51AFD7ED558CCD) & MASK64
    value = value ^ (value >> 33)
    value = (value * 0xC4CEB9FE1A85EC53) & MASK64
    return value ^ (value >> 33)


def _gram_hash(gram: str) -> int:
    value = 0
    for char in gram:
        value = (value * BASE + ord(char)) & MASK64
    return int(_mix(value))


def tokens(key: str) -> set[int]:
    """The fingerprint tokens of ``key`` (40-bit hashes of character 8-grams).

    Tokens are the *anchors* (8-grams whose hash is 0 modulo ``ANCHOR_EVERY``,
    chosen by content, so a copy or a truncated copy has the same anchors where
    it has the same text) and the smallest 8-gram hash (a MinHash, so that even a
    short key has one token). A key shorter than an 8-gram is one token.
    This is the plain reference implementation; :func:`_tokens_numpy` computes
    the same tokens in bulk.
    """
    if len(key) < SHINGLE:
        return {_gram_hash(key) >> TOKEN_SHIFT}
    hashes = [_gram_hash(key[i:i + SHINGLE]) for i in range(len(key) - SHINGLE + 1)]
    found = {value >> TOKEN_SHIFT for value in hashes if value % ANCHOR_EVERY == 0}
    found.add(min(hashes) >> TOKEN_SHIFT)
    return found


class UnionFind:
    """Disjoint sets of 0..size-1; the smallest member is the root of its set."""

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


def _packed_tokens(keys: Sequence[str]) -> list[int]:
    """Every (token, key index) pair, packed into one integer; plain Python."""
    return sorted({(token << INDEX_BITS) | index
                   for index, key in enumerate(keys) for token in tokens(key)})


def _tokens_numpy(keys: Sequence[str]) -> Any:
    """The same packed (token, key index) pairs as :func:`_packed_tokens`, with numpy.

    Keys are processed in chunks: the codepoints of a chunk joined by NUL, the
    8-gram polynomial hash rolled over the whole chunk at once, anchors and
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
        # Keys hold letters and digits only, so NUL can separate them.
        joined = "\0".join(key for _, key in long_keys) + "\0"
        codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        count = len(codes) - SHINGLE + 1
        value = codes[:count].copy()
        separator = codes == 0
        crosses = separator[:count].copy()
        for offset in range(1, SHINGLE):
            value *= np.uint64(BASE)
            value += codes[offset:offset + count]
            crosses |= separator[offset:offset + count]
        value = _mix(value)
        lengths = np.array([len(key) for _, key in long_keys], dtype=np.int64)
        starts = np.concatenate(([0], np.cumsum(lengths + 1)[:-1]))
        owner_of_key = np.array([index for index, _ in long_keys], dtype=np.uint64)
        anchors = np.flatnonzero(~crosses & (value % np.uint64(ANCHOR_EVERY) == 0))
        owner = np.searchsorted(starts, anchors, side="right") - 1
        parts.append(((value[anchors] >> np.uint64(TOKEN_SHIFT)) << np.uint64(INDEX_BITS))
                     | owner_of_key[owner])
        value[crosses] = np.uint64(MASK64)
        minima = np.minimum.reduceat(value, starts) >> np.uint64(TOKEN_SHIFT)
        parts.append((minima << np.uint64(INDEX_BITS)) | owner_of_key)
    return _sorted_unique(np.concatenate(parts))


def _sorted_unique(values: Any) -> Any:
    """``np.unique`` by sorting (numpy 2's hash-based unique is slower here)."""
    import numpy as np

    values = np.sort(values)
    if len(values) == 0:
        return values
    return values[np.concatenate(([True], values[1:] != values[:-1]))]


@dataclass(frozen=True)
class Candidates:
    """Candidate pairs ``(a, b)`` with ``a < b``, how many tokens each pair shares, how
    many usable tokens each key has (in buckets not skipped), and how many buckets
    were too big to use."""

    pairs: list[tuple[int, int]]
    shared: list[int]
    token_counts: list[int]
    skipped_buckets: int


def _enough_shared(shared: Any, fewest_tokens: Any) -> Any:
    """Two keys are candidates when they share two tokens and a fifth of the fewer
    tokens (a near copy shares about half), or one token if either has few.

    Works on ints and on numpy arrays alike (hence ``|`` and ``&``).
    """
    return (fewest_tokens <= FEW_TOKENS) | ((shared >= MIN_SHARED)
                                           & (shared >= MIN_SHARED_FRACTION * fewest_tokens))


def candidate_pairs(keys: Sequence[str], *, max_bucket: int = MAX_BUCKET) -> Candidates:
    """Pairs of indices into ``keys`` that share enough tokens.

    A token shared by more than ``max_bucket`` keys is common text, not
    evidence: its bucket is skipped, so no bucket grows quadratically.
    """
    if len(keys) >= INDEX_LIMIT:
        raise ValueError(f"at most {INDEX_LIMIT - 1} distinct keys can be matched")
    if sum(len(key) for key in keys) >= NUMPY_FROM_CHARS:
        return _candidate_pairs_numpy(_tokens_numpy(keys), len(keys), max_bucket)
    buckets: dict[int, list[int]] = {}
    for item in _packed_tokens(keys):
        buckets.setdefault(item >> INDEX_BITS, []).append(item & INDEX_MASK)
    counts = [0] * len(keys)  # usable tokens of each key: those in buckets not skipped
    shared: Counter[tuple[int, int]] = Counter()
    skipped = 0
    for members in buckets.values():
        if len(members) > max_bucket:
            skipped += 1
            continue
        for member in members:
            counts[member] += 1
        if len(members) > 1:
            shared.update(itertools.combinations(members, 2))
    pairs = sorted(pair for pair, count in shared.items()
                   if bool(_enough_shared(count, min(counts[pair[0]], counts[pair[1]]))))
    return Candidates(pairs, [shared[pair] for pair in pairs], counts, skipped)


def _candidate_pairs_numpy(packed: Any, size: int, max_bucket: int) -> Candidates:
    import numpy as np

    token = packed >> np.uint64(INDEX_BITS)
    index = (packed & np.uint64(INDEX_MASK)).astype(np.int64)
    starts = np.flatnonzero(np.concatenate(([True], token[1:] != token[:-1])))
    sizes = np.diff(np.concatenate((starts, [len(token)])))
    skipped = int(np.count_nonzero(sizes > max_bucket))
    usable = np.repeat(sizes <= max_bucket, sizes)
    counts = np.bincount(index[usable], minlength=size)
    two = starts[sizes == 2]
    codes = [np.zeros(0, dtype=np.int64), index[two] * INDEX_LIMIT + index[two + 1]]
    for bucket in range(3, max_bucket + 1):  # all buckets of one size at once
        at = starts[sizes == bucket]
        if len(at):
            members = index[at[:, None] + np.arange(bucket)]
            first, second = np.triu_indices(bucket, 1)
            codes.append((members[:, first] * INDEX_LIMIT + members[:, second]).ravel())
    every = np.sort(np.concatenate(codes))
    if len(every) == 0:
        return Candidates([], [], counts.tolist(), skipped)
    boundaries = np.flatnonzero(np.concatenate(([True], every[1:] != every[:-1])))
    unique = every[boundaries]
    shared = np.diff(np.concatenate((boundaries, [len(every)])))
    a, b = unique // INDEX_LIMIT, unique % INDEX_LIMIT
    fewest = np.minimum(counts[a], counts[b])
    keep = _enough_shared(shared, fewest)
    return Candidates(list(zip(a[keep].tolist(), b[keep].tolist(), strict=True)),
                      shared[keep].tolist(), counts.tolist(), skipped)


def _near_in_bulk(keys: Sequence[str], pairs: Sequence[tuple[int, int]],
                  threshold: float) -> list[float]:
    """For each pair, ``fuzz.ratio`` if it reaches ``threshold``, else 0: scored in C++ on
    every core at once."""
    if not pairs:
        return []
    from rapidfuzz import fuzz, process

    scores = process.cpdist([keys[a] for a, _ in pairs], [keys[b] for _, b in pairs],
                            scorer=fuzz.ratio, score_cutoff=threshold, workers=-1)
    return [float(score) for score in scores.tolist()]


@dataclass(frozen=True)
class Match:
    """A verified pair of distinct keys: ``shorter`` is a near copy of ``longer``, or
    contained in it. Both are indices into :attr:`Matches.keys`."""

    longer: int
    shorter: int
    similarity: Similarity


@dataclass(frozen=True)
class Matches:
    """Distinct keys, which items hold each, and the verified pairs between them."""

    keys: list[str]
    items: list[list[int]]  # for each distinct key, the indices of the items that have it
    pairs: list[Match]
    skipped_buckets: int = 0


def find_matches(keys: Sequence[str], *, threshold: float, containment: bool = True,
                 min_contained: int = 1, max_bucket: int = MAX_BUCKET) -> Matches:
    """Group equal keys, then find and verify the near and contained pairs among them."""
    items_of_key: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        items_of_key.setdefault(key, []).append(index)
    distinct = list(items_of_key)
    found = candidate_pairs(distinct, max_bucket=max_bucket)
    near = _near_in_bulk(distinct, found.pairs, threshold)
    verified: list[Match] = []
    for (a, b), shared, near_score in zip(found.pairs, found.shared, near, strict=True):
        # The longer key first; of two as long, the greater: an order the texts decide,
        # not where they stand, so that removing a copy elsewhere changes no verdict.
        longer, shorter = ((a, b) if (len(distinct[a]), distinct[a]) >= (len(distinct[b]),
                                                                          distinct[b])
                           else (b, a))
        similarity: Similarity | None = None
        if near_score:
            similarity = Similarity(round(near_score, 1), "near")
        elif containment and shared >= CONTAINED_SHARED * found.token_counts[shorter]:
            # A truncated copy has nearly all the anchors of the shorter key.
            similarity = compare(distinct[longer], distinct[shorter], threshold=threshold,
                                 containment=True, min_contained=min_contained)
        if similarity is not None:
            verified.append(Match(longer, shorter, similarity))
    return Matches(distinct, list(items_of_key.values()), verified, found.skipped_buckets)


def find_clusters(keys: Sequence[str], *, threshold: float, containment: bool = True,
                  min_contained: int = 1, max_bucket: int = MAX_BUCKET) -> Clusters:
    """Clusters (lists of indices into ``keys``, at least two each) of matching keys."""
    matches = find_matches(keys, threshold=threshold, containment=containment,
                           min_contained=min_contained, max_bucket=max_bucket)
    union_find = UnionFind(len(matches.keys))
    for match in matches.pairs:
        union_find.union(match.longer, match.shorter)
    grouped: dict[int, list[int]] = {}
    for position, items in enumerate(matches.items):
        grouped.setdefault(union_find.find(position), []).extend(items)
    groups = [sorted(members) for members in grouped.values() if len(members) > 1]
    return Clusters(groups, matches.skipped_buckets)


def skipped_note(what: str, skipped: int, max_bucket: int) -> tuple[str, ...]:
    """The warning, if any, that ``skipped`` fingerprint buckets were too common to use."""
    if not skipped:
        return ()
    return (f"{what}: {skipped} fingerprints shared by more than {max_bucket} {what} were "
            "not used as evidence (raise --max-bucket to use them)",)
