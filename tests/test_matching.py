"""The matching engine: the bulk (numpy) path equals the plain reference path."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import matching
from cleaner.matching import _packed_tokens, _tokens_numpy, candidate_pairs, compare


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.lists(st.text(alphabet="的一是在不了有和人这中大为上个abcde ", max_size=40), max_size=30))
def test_numpy_tokens_equal_the_reference(keys: list[str]) -> None:
    assert _tokens_numpy(keys).tolist() == _packed_tokens(keys)


def test_both_paths_find_the_same_candidates() -> None:
    rng = random.Random(7)
    alphabet = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年"
    originals = ["".join(rng.choice(alphabet) for _ in range(rng.randint(30, 200)))
                 for _ in range(300)]
    noisy = []
    for text in originals[:100]:
        chars = list(text)
        for _ in range(len(chars) // 20):
            chars[rng.randrange(len(chars))] = rng.choice(alphabet)
        noisy.append("".join(chars))
    keys = originals + noisy
    plain = candidate_pairs(keys)
    original_threshold = matching.NUMPY_FROM_CHARS
    try:
        matching.NUMPY_FROM_CHARS = 0
        bulk = candidate_pairs(keys)
    finally:
        matching.NUMPY_FROM_CHARS = original_threshold
    assert bulk == plain
    found = set(plain.pairs)
    assert all((index, 300 + index) in found for index in range(100))


def test_a_common_token_is_skipped_and_counted() -> None:
    keys = ["一" * 40 + str(number) for number in range(100)]
    assert candidate_pairs(keys, max_bucket=10).skipped_buckets >= 1


@pytest.mark.parametrize(("b", "relation"), [
    ("abcdefghij" * 5, "exact"),
    ("abcdefghij" * 4 + "abcdefghix", "near"),
    ("abcdefghij" * 3, "contained"),
    ("zyxwvutsrq" * 5, None),
])
def test_compare_relations(b: str, relation: str | None) -> None:
    found = compare("abcdefghij" * 5, b, threshold=90)
    assert (found.relation if found else None) == relation


def test_engine_benchmark_at_small_n_agrees_with_the_oracle() -> None:
    """The benchmark at N = 1,000, as a correctness test: the engine against the cdist oracle
    and the generator's ground truth (no timing)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    try:
        import engine
        from corpus_generator import generate
    finally:
        sys.path.pop(0)
    corpus = generate(1000, seed=3)
    truth = engine._pairs_of(corpus.groups)
    found = engine.method_engine(corpus)
    *_, f1 = engine.scores(found, truth)
    assert f1 >= 0.997
    *_, agreement = engine.scores(engine.method_engine_ratio_only(corpus),
                                  engine.method_cdist(corpus))
    assert agreement >= 0.999
