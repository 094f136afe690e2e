"""Render: spans leave no holes, keep page breaks and the end-of-file style."""

from __future__ import annotations

import pytest

from cleaner.findings import Findings, Join, Removal
from cleaner.render import apply_edits, resolve, restore
from cleaner.segment import segment


def removal(*lines: int) -> Removal:
    return Removal(tuple(lines), "boilerplate_line", "test")


@pytest.mark.parametrize(("text", "removed", "expected"), [
    ("A\n\nH\n\nB\n", [2], "A\n\nB\n"),             # a block between blank lines
    ("A\nH\nB\n", [1], "A\nB\n"),                   # a line inside a block
    ("A\nH\n\nB\n", [1], "A\n\nB\n"),               # last line of a block: blocks stay apart
    ("A\n\nH\nB\n", [2], "A\n\nB\n"),               # first line of a block
    ("A\n\nH1\n\nH2\n\nB", [2, 4], "A\n\nB"),       # two blocks in a row
    ("A\n\nH\n", [2], "A\n"),                       # at the end: the final newline stays
    ("A\n\nH", [2], "A"),                           # at the end, no final newline
    ("H\n\nA\n", [0], "A\n"),                       # at the start
    ("A\r\n\r\nH\r\n\r\nB\r\n", [2], "A\r\n\r\nB\r\n"),  # CRLF
    ("A\nH\n\fB\n", [1], "A\n\fB\n"),               # the page break stays
    ("A\nH\fB\n", [1], "A\n\fB\n"),                 # ... also when it ends the removed line
])
def test_removal_spans(text: str, removed: list[int], expected: str) -> None:
    doc = segment(text)
    edits = resolve(doc, [Findings('test', removals=tuple(removal(index) for index in removed))],
                    strip_blank_lines=True)
    assert apply_edits(text, edits) == expected
    assert restore(expected, edits) == text


@pytest.mark.parametrize(("text", "removed", "join", "expected"), [
    ("他们宣誓\n\n入团。\n", [], Join(0, 2, "", False, "broken_paragraph", ""), "他们宣誓入团。\n"),
    ("one\n\nH\n\ntwo.\n", [2], Join(0, 4, " ", False, "broken_paragraph", ""), "one two.\n"),
    ("one\n7\n\nH\ntwo.\n", [1, 3], Join(0, 4, " ", False, "broken_paragraph", ""),
     "one two.\n"),
    ("in-\n\n\fstruments.\n", [], Join(0, 3, "", True, "hyphenated_word", ""),
     "instruments.\n"),  # the end of the text: no page follows, the page break goes
    ("in-\n\n\fstruments.\nNext.\n\nAfter.\n", [], Join(0, 3, "", True, "hyphenated_word", ""),
     "instruments.\nNext.\f\n\nAfter.\n"),  # the break moves after the paragraph it cut
])
def test_joins_see_through_removals(text: str, removed: list[int], join: Join,
                                    expected: str) -> None:
    doc = segment(text)
    edits = resolve(doc, [Findings("test", tuple(removal(index) for index in removed), (join,))],
                    strip_blank_lines=True)
    assert apply_edits(text, edits) == expected
    assert restore(expected, edits) == text


def test_blank_lines_at_both_ends() -> None:
    text = "\n\n  \nA\n\n\n"
    edits = resolve(segment(text), [], strip_blank_lines=True)
    assert [edit.reason for edit in edits] == ["leading_blank_lines", "trailing_blank_lines"]
    assert apply_edits(text, edits) == "A\n"
    assert resolve(segment(text), [], strip_blank_lines=False) == []


def test_restore_refuses_edits_that_do_not_fit() -> None:
    doc = segment("one\n\ntwo.\n")
    join = Join(0, 2, " ", False, "broken_paragraph", "")
    edits = resolve(doc, [Findings("test", joins=(join,))], strip_blank_lines=True)
    assert restore("one two.\n", edits) == "one\n\ntwo.\n"
    with pytest.raises(ValueError):
        restore("one_two.\n", edits)


def test_a_removal_edit_carries_the_kept_copy_score_and_evidence() -> None:
    """What the report and the review page show of a removal comes from its edit."""
    doc = segment("Kept paragraph.\n\nOther text.\n\nKept paragraph.\n")
    found = Findings("duplicates", removals=(Removal(
        (4,), "duplicate_paragraph", "copy of line 1", score=97.5, kept_lines=(0, 0),
        evidence="misplaced_nearby"),))
    [edit] = [edit for edit in resolve(doc, [found], strip_blank_lines=True)
              if edit.reason == "duplicate_paragraph"]
    assert (edit.kept_start, edit.kept_end, edit.kept_line) == (0, len("Kept paragraph."), 1)
    assert (edit.score, edit.evidence, edit.first_line, edit.last_line) == \
        (97.5, "misplaced_nearby", 5, 5)
    plain = resolve(doc, [Findings("duplicates", removals=(removal(4),))],
                    strip_blank_lines=True)
    assert [(edit.kept_start, edit.kept_end, edit.score, edit.evidence) for edit in plain] == \
        [(None, None, None, None)]


def test_restore_refuses_overlapping_edits() -> None:
    text = "one\ntwo\nthree\n"
    doc = segment(text)
    edits = resolve(doc, [Findings("x", removals=(removal(1),))], strip_blank_lines=True)
    clean = apply_edits(text, edits)
    assert restore(clean, edits) == text
    with pytest.raises(ValueError, match="edits overlap"):
        restore(clean, [*edits, *edits])
