"""Running heads run into a line of text (:mod:`cleaner.glued_heads`), piece by piece:
which head a group of copies stands for, what a head's pattern matches, where a page
turns, and which glued copies fill the head's page period. The stage as a whole is
tested with the furniture stage (``test_furniture.py``)."""

from __future__ import annotations

import dataclasses

import pytest

import cleaner
from cleaner import glued_heads
from cleaner.glued_heads import Head, Trim
from cleaner.segment import segment

from .conftest import case_id

HEAD = "Journal of Harbour Studies 12"


def identity(index: int) -> int:
    """Every line a line of running text: the distance on the page is the line count."""
    return index


@pytest.mark.parametrize(("texts", "expected", "why"), [
    (["Zeta Journal 1", "Zeta Journal 2", "Alpha words"], "Zeta Journal 1",
     "the text most copies have, not the first in the alphabet"),
    (["Bay head text", "Aye head text longer"], "Bay head text",
     "in a tie the shortest, not the first in the alphabet"),
    (["Page 1 of 12", "Page 2 of 12", "Page 12 of"], "Page 1 of 12",
     "figures aside: two copies with different page numbers are one text"),
], ids=case_id)
def test_the_head_is_the_text_most_copies_have(texts: list[str], expected: str,
                                                why: str) -> None:
    doc = segment("\n".join(texts) + "\n")
    assert glued_heads.head_text(doc, range(len(texts))) == expected, why


@pytest.mark.parametrize(("head", "has_pattern", "why"), [
    ("Proceedings Conference", False, "two words, however long: a name begins sentences"),
    ("Rose et al", False, "three words but eight letters: a citation begins sentences"),
    ("ab cd efghij", True, "three words and ten letters: long enough"),
    ("Journal of Physics", True, "three words and sixteen letters"),
    ("ab cd efghi", False, "three words and nine letters: too short"),
], ids=case_id)
def test_a_head_too_short_or_plain_has_no_pattern(head: str, has_pattern: bool,
                                                  why: str) -> None:
    assert (glued_heads.head_pattern(head) is not None) is has_pattern, why


@pytest.mark.parametrize(("line", "matched"), [
    ("Journal of Harbour Studies 345the mass", "Journal of Harbour Studies 345"),
    ("Journal of  Harbour Studies 7 the mass", "Journal of  Harbour Studies 7"),
    ("  Journal of Harbour Studies 12the mass", "  Journal of Harbour Studies 12"),
    ("Journal of Harbour Studies the mass", None),
    ("Journal of Harbour Stud 12", None),
], ids=case_id)
def test_a_heads_pattern_takes_any_figures_and_any_spacing(line: str,
                                                           matched: str | None) -> None:
    pattern = glued_heads.head_pattern(HEAD)
    assert pattern is not None
    match = pattern.match(line)
    assert (match.group() if match else None) == matched


def test_a_copy_glued_to_text_where_a_page_turns_loses_the_head() -> None:
    """Of a furniture line's copies, the plain ones are left to the furniture stage, the
    glued one after furniture loses the head and keeps its text, and the glued one
    that stands mid-page (no furniture before it, no open sentence) is only reported
    as longer: it may be a table's row."""
    doc = segment("\n".join([
        HEAD,                                   # 0: a plain copy
        "The harbour committee met.",
        "FOOT",                                 # 2: furniture that goes
        "Journal of Harbour Studies 13  the quay was closed.",  # 3: glued at a page turn
        "The ferry sailed.",
        "Journal of Harbour Studies 14 in the table",           # 5: glued mid-page
        "FOOT",                                 # 6
        "Journal of Harbour Studies 15the storm came.",          # 7: glued at a page turn
    ]) + "\n")
    trims, longer = glued_heads.run_into_text(
        doc, HEAD, [0, 3, 5, 7], "boilerplate_line", "head", "page_edges",
        gone={2, 6}, furniture={2, 6})
    assert longer == {3, 5, 7}
    assert trims == [
        Trim(3, 0, len("Journal of Harbour Studies 13  "), "boilerplate_line",
             "head; the rest of the line stays", "page_edges"),
        Trim(7, 0, len("Journal of Harbour Studies 15"), "boilerplate_line",
             "head; the rest of the line stays", "page_edges"),
    ]


def test_a_head_without_a_pattern_trims_nothing() -> None:
    doc = segment("Rose et al.\nRose et al. showed it\n")
    assert glued_heads.run_into_text(doc, "Rose et al.", [0, 1], "boilerplate_line", "m",
                                     "page_edges", set(), set()) == ([], set())


def pages_with_glued_heads(head: str = "Journal of Harbour Studies", pages: int = 8,
                           page_lines: int = 20) -> tuple[str, list[int], list[int]]:
    """``head`` and the page number on top of every page; on pages 3 and 6 run into the
    page's first line, which goes on with the sentence the page before left open.
    Returns the text, the plain copies of the head and the glued lines."""
    lines: list[str] = []
    plain: list[int] = []
    glued: list[int] = []
    for page in range(pages):
        text = [f"line {number} of page {page} tells of the harbour and the"
                for number in range(page_lines)]
        (glued if page in {3, 6} else plain).append(len(lines))
        if page in {3, 6}:
            lines += [f"{head} {page}" + text[0], *text[1:]]
        else:
            lines += [f"{head} {page}", *text]
    return "\n".join(lines) + "\n", plain, glued


def find(text: str, heads: list[Head], plain: list[int], protect: int | None = None,
         ) -> list[Trim]:
    """``glued_heads.find`` on ``text``, the ``plain`` copies of the head going as
    furniture (and line ``protect`` protected, as a table's or a fence's are)."""
    doc = segment(text)
    if protect is not None:
        lines = list(doc.lines)
        lines[protect] = dataclasses.replace(lines[protect], protected=True)
        doc = dataclasses.replace(doc, lines=tuple(lines))
    running = [0]
    for line in doc.lines:
        running.append(running[-1] + (not (line.blank or line.index in plain)))
    return glued_heads.find(doc, heads, set(plain), set(plain), running.__getitem__)


def test_find_trims_every_glued_copy_at_the_page_period() -> None:
    text, plain, glued = pages_with_glued_heads()
    trims = find(text, [Head("Journal of Harbour Studies 0", plain, "page_edges")], plain)
    assert [trim.line for trim in trims] == glued
    assert all(trim.evidence == "glued_to_text" and trim.reason == "boilerplate_line"
               for trim in trims)
    assert trims[0].message == ("running head run into the text (it interrupts a sentence;"
                                f" at the page period of its {len(plain)} copies): "
                                "Journal of Harbour Studies 3")


@pytest.mark.parametrize(("evidence", "copies", "trimmed"), [
    ("page_edges", 2, True),
    ("numbered_with_pages", 2, True),
    ("page_edges", 1, False),
    ("credit_line", 4, False),
    ("scrape_debris", 4, False),
], ids=case_id)
def test_only_page_furniture_with_two_copies_is_looked_for(evidence: str, copies: int,
                                                           trimmed: bool) -> None:
    """A credit line or scrape debris is no head of a page; one copy gives no period."""
    text, plain, _ = pages_with_glued_heads()
    head = Head("Journal of Harbour Studies 0", plain[:copies], evidence)
    assert bool(find(text, [head], plain)) is trimmed


def test_a_head_passed_over_does_not_stop_the_next() -> None:
    """A head with no pattern, and a head the same as one before it: the next head is
    still looked for, and no line is trimmed twice."""
    text, plain, glued = pages_with_glued_heads()
    head = Head("Journal of Harbour Studies 0", plain, "page_edges")
    trims = find(text, [Head("Rose et al.", plain, "page_edges"), head, head], plain)
    assert [trim.line for trim in trims] == glued


def test_a_head_longer_than_sixty_characters_is_cut_in_the_message() -> None:
    long_head = "The Proceedings of the Northern Harbour and Quay Studies Society Volume"
    text, plain, glued = pages_with_glued_heads(long_head)
    trims = find(text, [Head(long_head + " 0", plain, "page_edges")], plain)
    assert [trim.line for trim in trims] == glued
    assert trims[0].message.endswith("copies): " + (long_head + " 3")[:60])


def test_a_glued_line_indented_by_many_spaces_is_found() -> None:
    text, plain, glued = pages_with_glued_heads()
    lines = text.split("\n")
    lines[glued[0]] = " " * 18 + lines[glued[0]]
    trims = find("\n".join(lines), [Head("Journal of Harbour Studies 0", plain,
                                         "page_edges")], plain)
    assert [trim.line for trim in trims] == glued
    assert (trims[0].start, trims[0].end) == (18, 18 + len("Journal of Harbour Studies 3"))


def test_a_protected_line_is_never_trimmed() -> None:
    """A line in a table or a fence is left alone even where it looks like a glued head."""
    text, plain, glued = pages_with_glued_heads()
    head = Head("Journal of Harbour Studies 0", plain, "page_edges")
    assert [trim.line for trim in find(text, [head], plain, protect=glued[0])] == glued[1:]


GLUED = "HEAD morning of the storm and the tide"


@pytest.mark.parametrize(("lines", "gone", "furniture", "expected"), [
    (["FOOT", "HEAD the quay"], set(), {0}, "after furniture that goes"),
    (["FOOT", "", "", "HEAD the quay"], set(), {0}, "after furniture that goes"),
    (["the harbour committee met on the", GLUED], set(), set(),
     "it interrupts a sentence"),
    (["the harbour committee met on the", "", "A copy that goes.", "", GLUED],
     {2}, set(), "it interrupts a sentence"),
    (["the harbour committee met on the", GLUED], {0}, set(), None),
    (["the harbour committee met on the", "A copy that goes.", GLUED], {1}, set(),
     "it interrupts a sentence"),
    (["The committee met.", GLUED], set(), set(), None),
    ([GLUED], set(), set(), None),
], ids=case_id)
def test_where_a_page_turns(lines: list[str], gone: set[int], furniture: set[int],
                            expected: str | None) -> None:
    """After furniture that goes (blank lines aside), or inside a sentence that the line
    before it (lines that go aside) leaves open; nothing else shows a page turns."""
    doc = segment("\n".join(lines) + "\n")
    index = len(lines) - 1
    rest = lines[-1].removeprefix("HEAD")
    assert glued_heads._page_turns(doc, index, rest, gone, furniture) == expected


@pytest.mark.parametrize(("places", "period"), [
    ([], 0), ([3, 9, 15], 0), ([0, 20], 20), ([0, 19], 0), ([0, 1, 45, 46, 92, 93, 180], 46),
], ids=case_id)
def test_the_page_period_leaves_out_gaps_shorter_than_a_page(places: list[int],
                                                             period: float) -> None:
    assert glued_heads.page_period(places) == period


@pytest.mark.parametrize(("index", "copies", "period", "fills"), [
    (40, [0, 80], 50, True),
    (40, [0, 80], 70, False),
    (40, [0, 80], 0, False),
    (5, [0, 10], 1, True),
    (40, [35, 100], 50, False),
    (40, [0, 45], 50, False),
    (30, [0, 60], 50, True),
    (200, [0, 100], 50, True),
    (120, [0, 100], 50, False),
    (0, [30, 90], 50, True),
], ids=case_id)
def test_a_glued_copy_fills_the_period_where_a_copy_is_missing(
        index: int, copies: list[int], period: float, fills: bool) -> None:
    """At least 0.6 of a page from the nearest copy, before or after."""
    assert glued_heads._fills_period(index, copies, period, identity) is fills


def test_a_glued_head_on_pages_marked_by_form_feeds_goes() -> None:
    """With form feeds the pages are known, and the matcher takes a long head with a word
    run into it for one of its copies: the head goes from that copy, the word stays, as
    its own edit with the furniture's evidence."""
    head = "Journal of Harbour Studies, Volume 12, Northern Harbour Press, page"
    pages = []
    for page in range(6):
        text = [f"line {number} of page {page} tells of the harbour and the"
                for number in range(12)]
        pages.append("\n".join([f"{head} {page}" + ("the quay" if page == 3 else ""),
                                *text[1:]]))
    result = cleaner.clean("\n\f".join(pages) + "\n")
    trims = [edit for edit in result.edits if "rest of the line stays" in edit.message]
    assert [(edit.removed, edit.evidence, edit.reason) for edit in trims] == [
        (f"{head} 3", "page_edges", "boilerplate_line")]
    assert trims[0].message.startswith("boilerplate line repeated 6 times (")
    assert "the quay" in result.text
    assert head not in result.text


def test_a_glued_copy_where_no_page_turns_does_not_stop_the_next() -> None:
    """The first glued copy follows a closed sentence, with no furniture before it: it
    stays whole; the next one, at a page turn, loses its head."""
    text, plain, glued = pages_with_glued_heads()
    lines = text.split("\n")
    lines[glued[0] - 1] += "."
    head = Head("Journal of Harbour Studies 0", plain, "page_edges")
    assert [trim.line for trim in find("\n".join(lines), [head], plain)] == glued[1:]
