"""Work grows with the input, not faster: operations counted at two sizes in one run.

Not a wall clock: the number of calls into the package's own functions and of lines
run in them (a trace hook counts them) for a document and the same kind of document
twice as large. A stage
that judges everything again per layer, or compares each paragraph with each other,
makes that number grow faster than the text; a linear pipeline doubles it at most.
``benchmarks/growth.py`` measures time and memory at 1x to 16x on real documents.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

import cleaner

PACKAGE = str(Path(cleaner.__file__).parent)
LIMIT = 2.3  # twice the input may cost at most this many times the calls

WORDS = ["the", "harbour", "master", "council", "treasurer", "budget", "winter", "pier",
         "crane", "berth", "season", "fishing", "cooperative", "repair", "northern",
         "southern", "committee", "report", "meeting", "motion", "vote", "member", "minutes",
         "storm", "morning", "evening", "river", "town", "market", "bridge", "road"]


def _forget() -> None:
    """Empty the package's caches, so that each count starts cold."""
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("cleaner"):
            for value in vars(module).values():
                if hasattr(value, "cache_clear"):
                    value.cache_clear()


def calls(text: str) -> int:
    """How many calls into ``cleaner``'s own functions, and lines run in them, cleaning
    ``text`` makes, cold: a loop that walks too far counts as much as a call too many."""
    _forget()
    count = 0

    def local(frame: FrameType, event: str, _arg: Any) -> Any:
        nonlocal count
        count += event == "line"
        return local

    def trace(frame: FrameType, event: str, _arg: Any) -> Any:
        nonlocal count
        if event == "call" and frame.f_code.co_filename.startswith(PACKAGE):
            count += 1
            return local
        return None

    sys.settrace(trace)
    try:
        cleaner.clean(text)
    finally:
        sys.settrace(None)
    return count


def sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 16))).capitalize()


def paged_report(pages: int) -> str:
    """Pages with a two-line running head, an alternating foot, a page number, paragraphs
    cut at the page breaks, and a refrain now and then."""
    rng = random.Random(pages)
    out = []
    for page in range(1, pages + 1):
        body = [f"{sentence(rng)}, {sentence(rng).lower()}." for _ in range(6)]
        refrain = ["And still she sat, and still she reeled, and still she wished."] * (
            page % 3 == 0)
        out.append("\n\n".join(["Journal of Harbour Studies", f"Chapter {page // 5 + 1}: Piers",
                                *body, *refrain, f"{sentence(rng)} and then",
                                "Odd foot" if page % 2 else "Even foot", str(page)]) + "\n\f")
    return "".join(out)


def printed_k_times(times: int) -> str:
    return "\n".join([paged_report(12)] * times)


def one_line_repeated(times: int) -> str:
    return "The same line, again and again.\n" * times


def story_with_copies(paragraphs: int) -> str:
    rng = random.Random(paragraphs)
    out: list[str] = []
    for index in range(paragraphs):
        out.append(f"Part {index}: {sentence(rng)}, {sentence(rng).lower()}, "
                   f"{sentence(rng).lower()}.")
        if index % 7 == 6:
            out.append(out[-1])  # printed twice in a row
        if index % 5 == 4:
            out.append("No, no, by the hair of my chiny chin chin.")
    return "\n\n".join(out) + "\n"


SHAPES: list[tuple[str, Callable[[int], str], int]] = [
    ("paged report", paged_report, 20),
    ("a document printed k times", printed_k_times, 2),
    ("one line repeated", one_line_repeated, 2000),
    ("a story with copies and a refrain", story_with_copies, 150),
]


@pytest.mark.parametrize(("make", "size"), [(make, size) for _, make, size in SHAPES],
                         ids=[name for name, _, _ in SHAPES])
def test_twice_the_input_costs_at_most_twice_the_work(make: Callable[[int], str],
                                                      size: int) -> None:
    small, large = make(size), make(2 * size)
    assert len(large) >= 1.9 * len(small)
    ratio = calls(large) / calls(small)
    assert ratio <= LIMIT, f"twice the input made {ratio:.2f} times the work"
