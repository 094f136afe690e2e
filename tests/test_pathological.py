"""Hostile inputs at a small scale: they finish, and do what a user would expect.

``benchmarks/pathological.py`` runs the same cases at full size for time and memory.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import cleaner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
try:
    import pathological
finally:
    sys.path.pop(0)

SCALE = 0.02


@pytest.mark.parametrize(("name", "make"), pathological.CASES,
                         ids=[name for name, _ in pathological.CASES])
def test_hostile_input_is_cleaned_losslessly(name: str, make: object) -> None:
    text = make(SCALE)  # type: ignore[operator]
    result = cleaner.clean(text)
    assert cleaner.restore(result.text, result.edits) == text
    assert result.text.strip()


def test_identical_lines_in_one_block_are_one_paragraph_and_stay() -> None:
    """A line repeated with nothing between is one paragraph, not page furniture."""
    text = pathological.identical_lines(SCALE)
    assert cleaner.clean(text).text == text


def test_one_repeated_shingle_reports_the_bucket_cap() -> None:
    result = cleaner.clean(pathological.one_repeated_shingle(SCALE))
    assert any("max-bucket" in note for note in result.notes)
