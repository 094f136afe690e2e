"""Repetition is not evidence: properties over generated stories.

A refrain the author repeats stays, every time; a block pasted a second time in a row
goes, exactly that block; a document repeated k times keeps one full copy.
"""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleaner

WORDS = ["the", "harbour", "master", "council", "treasurer", "budget", "winter", "pier",
         "crane", "berth", "season", "fishing", "cooperative", "repair", "northern",
         "southern", "committee", "report", "meeting", "motion", "vote", "member", "minutes",
         "storm", "morning", "evening", "river", "town", "market", "bridge", "road"]
CJK = "".join(chr(code) for code in range(0x4E00, 0x4E00 + 400))  # Han characters


def paragraph(rng: random.Random, index: int) -> str:
    """A paragraph of prose no other paragraph repeats: 24 to 40 words, or 50 to 80 CJK
    characters, with its number in words so that no two are alike."""
    if rng.random() < 0.3:
        body = "".join(rng.choice(CJK) for _ in range(rng.randint(50, 80)))
        return f"{body}，第{index}段。"
    words = [rng.choice(WORDS) for _ in range(rng.randint(24, 40))]
    return f"Part {index}: " + " ".join(words).capitalize() + "."


def story(seed: int, size: int) -> list[str]:
    rng = random.Random(seed)
    return [paragraph(rng, index) for index in range(size)]


def document(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs) + "\n"


SETTINGS = settings(max_examples=60, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])
REFRAINS = ["And still she sat, and still she reeled, and still she wished for company.",
            "No, no, by the hair of my chiny chin chin.",
            "单位犯前款罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，依照前款的规定处罚。",
            "Somebody has been sitting in my chair!"]


@SETTINGS
@given(seed=st.integers(0, 10**6), size=st.integers(6, 30), refrain=st.sampled_from(REFRAINS),
       data=st.data())
def test_a_refrain_at_intervals_keeps_every_copy(seed: int, size: int, refrain: str,
                                                 data: st.DataObject) -> None:
    """A refrain: three times or more, after random paragraphs (never twice in a row)."""
    paragraphs = story(seed, size)
    after = set(data.draw(st.lists(st.integers(0, size - 1), min_size=3, max_size=size,
                                   unique=True)))
    with_refrain = [part for index, text in enumerate(paragraphs)
                    for part in ([text, refrain] if index in after else [text])]
    text = document(with_refrain)
    result = cleaner.clean(text)
    assert result.text.count(refrain) == text.count(refrain)
    assert all(text in result.text for text in paragraphs)


@SETTINGS
@given(seed=st.integers(0, 10**6), size=st.integers(6, 30), data=st.data())
def test_a_block_pasted_a_second_time_loses_exactly_that_block(seed: int, size: int,
                                                               data: st.DataObject) -> None:
    paragraphs = story(seed, size)
    start = data.draw(st.integers(0, size - 1))
    length = data.draw(st.integers(1, min(6, size - start)))
    block = paragraphs[start:start + length]
    pasted = paragraphs[:start + length] + block + paragraphs[start + length:]
    result = cleaner.clean(document(pasted))
    assert result.text == document(paragraphs)
    assert {edit.evidence for edit in result.edits} == {"printed_twice_in_a_row"}


@SETTINGS
@given(seed=st.integers(0, 10**6), size=st.integers(3, 20), times=st.integers(2, 5))
def test_a_document_repeated_k_times_keeps_one_full_copy(seed: int, size: int,
                                                         times: int) -> None:
    once = document(story(seed, size))
    result = cleaner.clean((once + "\n") * times)
    assert result.text == once
    assert cleaner.clean(result.text).edits == ()
