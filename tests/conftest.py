"""Shared paths for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
REFERENCE = SAMPLES / "zhuzhou-youth-league-2017.txt"


@pytest.fixture
def reference_text() -> str:
    return REFERENCE.read_text(encoding="utf-8")


def sample_inputs() -> list[Path]:
    """Every sample that is an input (not a committed clean output)."""
    return sorted(path for path in SAMPLES.iterdir() if ".clean." not in path.name)


def expected_output(sample: Path) -> Path:
    return sample.with_name(f"{sample.stem}.clean{sample.suffix}")
