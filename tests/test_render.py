"""Render: spans leave no holes, keep page breaks and the end-of-file style."""

from __future__ import annotations

import pytest

from cleaner.edits import Edit
from cleaner.findings import Findings, Join, Removal, Resemblance
from cleaner.glued_heads import Trim
from cleaner.render import apply_edits, check_edits, resolve, restore, siblings
from cleaner.segment import segment

from .conftest import case_id


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


@pytest.mark.parametrize(("text", "expected"), [
    ("\n\n  \nA\n\n\n", [("leading_blank_lines", "blank lines before the text", 1, 3),
                         ("trailing_blank_lines", "blank lines after the text", 5, 6)]),
    ("\nA\n", [("leading_blank_lines", "blank lines before the text", 1, 1)]),
    ("A\n\n", [("trailing_blank_lines", "blank lines after the text", 2, 2)]),
    ("| a | b |\n\n\n", [("trailing_blank_lines", "blank lines after the text", 2, 3)]),
    ("Text.\n| a | b |\n\n", [("trailing_blank_lines", "blank lines after the text", 3, 3)]),
    ("```\ncode\n\n", []),                  # the blank line is in the fence: it stays
    ("\n```\ncode\n```\n", [("leading_blank_lines", "blank lines before the text", 1, 1)]),
    ("A\n", []),
], ids=case_id)
def test_blank_lines_at_the_edges_say_which_lines_go(
        text: str, expected: list[tuple[str, str, int, int]]) -> None:
    """Each edge is one edit naming its lines; a protected blank line stays, and a
    protected line of text next to the blanks does not keep them."""
    edits = resolve(segment(text), [], strip_blank_lines=True)
    assert [(edit.reason, edit.message, edit.first_line, edit.last_line)
            for edit in edits] == expected


def span_edit(start: int, end: int, removed: str) -> Edit:
    return Edit("boilerplate_line", "boilerplate_line", "m", start, end, removed, "", 1, 1)


@pytest.mark.parametrize(("edits", "message"), [
    ([span_edit(2, 9, "x")],
     "edit boilerplate_line at 2:9 overlaps or is out of bounds"),
    ([span_edit(4, 2, "")],
     "edit boilerplate_line at 4:2 overlaps or is out of bounds"),
    ([span_edit(0, 3, "one"),
      span_edit(2, 4, "e\n")],
     "edit boilerplate_line at 2:4 overlaps or is out of bounds"),
    ([span_edit(0, 3, "two")],
     "edit boilerplate_line at 0:3 does not match text"),
], ids=case_id)
def test_check_edits_names_the_edit_that_does_not_fit(edits: list[Edit], message: str) -> None:
    check_edits("one\ntwo\n", [])
    with pytest.raises(ValueError) as raised:
        check_edits("one\ntwo\n", edits)
    assert str(raised.value) == message


def test_restore_names_the_edit_whose_replacement_is_missing() -> None:
    doc = segment("one\n\ntwo.\n")
    edits = resolve(doc, [Findings("test", joins=(Join(0, 2, " ", False, "broken_paragraph",
                                                        ""),))], strip_blank_lines=True)
    with pytest.raises(ValueError) as raised:
        restore("one_two.\n", edits)
    assert str(raised.value) == "clean text does not hold the replacement of edit at 3"


@pytest.mark.parametrize(("text", "message"), [
    ("in-\n\n\fstruments go\nNext.\n\nAfter.\n",
     "1 page break from inside the paragraph put after it"),
    ("in-\n\n\f\fstruments go\nNext.\n\nAfter.\n",
     "2 page breaks from inside the paragraph put after it"),
], ids=case_id)
def test_a_moved_page_break_says_how_many(text: str, message: str) -> None:
    doc = segment(text)
    after = next(line.index for line in doc.lines if "struments" in line.text)
    join = Join(0, after, "", True, "hyphenated_word", "")
    edits = resolve(doc, [Findings("test", joins=(join,))], strip_blank_lines=True)
    moved = [edit for edit in edits if edit.reason == "page_break_moved"]
    assert [edit.message for edit in moved] == [message]
    clean = apply_edits(text, edits)
    assert clean.count("\f") == text.count("\f")
    assert restore(clean, edits) == text


def test_a_trim_takes_its_characters_from_inside_the_line() -> None:
    """A trim's span counts from its line's start: the rest of the line stays, and the
    edit names the line, its reason, message and evidence."""
    text = "First line.\n  HEAD 3the quay was shut.\nLast line.\n"
    trim = Trim(1, 2, 8, "boilerplate_line", "head run into text", "glued_to_text")
    edits = resolve(segment(text), [Findings("test", trims=(trim,))], strip_blank_lines=True)
    assert [(edit.removed, edit.first_line, edit.last_line, edit.message, edit.evidence)
            for edit in edits] == [("HEAD 3", 2, 2, "head run into text", "glued_to_text")]
    assert apply_edits(text, edits) == "First line.\n  the quay was shut.\nLast line.\n"


def test_a_trim_of_a_line_that_goes_whole_is_dropped() -> None:
    text = "First line.\nHEAD 3the quay.\nLast line.\n"
    trim = Trim(1, 0, 6, "boilerplate_line", "head", "glued_to_text")
    edits = resolve(segment(text), [Findings("test", removals=(removal(1),), trims=(trim,))],
                    strip_blank_lines=True)
    assert [edit.removed for edit in edits] == ["HEAD 3the quay.\n"]


def test_a_sibling_names_both_paragraphs_by_span_and_line() -> None:
    text = "Intro.\n\nThe fee is 40 euros\nfor members.\n\nThe fee is 60 euros\nfor members.\n"
    doc = segment(text)
    found = Findings("duplicates", siblings=(Resemblance((5, 6), (2, 3), 93.0,
                                                         "different figures: 60 / 40"),))
    [sibling] = siblings(doc, [found])
    assert text[sibling.start:sibling.end] == "The fee is 60 euros\nfor members."
    assert text[sibling.kept_start:sibling.kept_end] == "The fee is 40 euros\nfor members."
    assert (sibling.first_line, sibling.last_line, sibling.kept_line) == (6, 7, 3)
    assert (sibling.score, sibling.message, sibling.reason) == \
        (93.0, "different figures: 60 / 40", "sibling_paragraph")


def test_a_removal_on_a_blank_line_is_not_an_edit() -> None:
    """Only lines with text are owned by a removal: the blank lines between are the
    layout's to take or leave."""
    text = "A\n\nH\n\nB\n"
    edits = resolve(segment(text), [Findings("test", removals=(removal(1),))],
                    strip_blank_lines=True)
    assert edits == []


def test_page_breaks_inside_a_chain_of_joins_go_after_the_paragraph_together() -> None:
    """A paragraph cut by two page breaks (two joins, one chain) gets both back after it,
    as one edit; a later paragraph's own break is moved too, the chain's second half
    not stopping the count."""
    text = ("The instru-\n\f\nments of the labora-\n\f\ntory are calibrated.\nNext.\n\n"
            "The cali-\n\f\nbrated weights.\nMore.\n\nEnd.\n")
    joins = (Join(0, 3, "", True, "hyphenated_word", ""),
             Join(3, 6, "", True, "hyphenated_word", ""),
             Join(9, 12, "", True, "hyphenated_word", ""))
    edits = resolve(segment(text), [Findings("test", joins=joins)], strip_blank_lines=True)
    moved = [(edit.first_line, edit.replacement, edit.message) for edit in edits
             if edit.reason == "page_break_moved"]
    assert moved == [(6, "\f\f", "2 page breaks from inside the paragraph put after it"),
                     (11, "\f", "1 page break from inside the paragraph put after it")]
    clean = apply_edits(text, edits)
    assert clean == ("The instruments of the laboratory are calibrated.\nNext.\f\f\n\n"
                     "The calibrated weights.\nMore.\f\n\nEnd.\n")
    assert restore(clean, edits) == text


@pytest.mark.parametrize(("trims", "removed"), [
    ([(0, 26), (26, 30)], ["Journal of Harbour Studies", " –5–"]),
    ([(0, 27), (26, 30)], ["Journal of Harbour Studies ", "–5–"]),
    ([(26, 30), (0, 27)], ["Journal of Harbour Studies ", "–5–"]),
    ([(0, 30), (26, 30)], ["Journal of Harbour Studies –5–"]),
], ids=case_id)
def test_two_trims_of_one_line_never_overlap(trims: list[tuple[int, int]],
                                             removed: list[str]) -> None:
    """A head run into a line and the page's number after it, found by two stages, each
    with the space between: the later starts where the earlier ends, or goes."""
    doc = segment("Journal of Harbour Studies –5–\nthe quay was closed.\n")
    found = [Findings("test", trims=(Trim(0, start, end, "page_number", "n", "glued_to_text"),))
             for start, end in trims]
    edits = resolve(doc, found, strip_blank_lines=True)
    assert [edit.removed for edit in edits] == removed
    assert restore(apply_edits(doc.text, edits), edits) == doc.text
