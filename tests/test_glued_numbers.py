"""Page numbers run into a line of text (:mod:`cleaner.glued_numbers`): the number goes
as its own edit, the rest of the line stays, and a word the page cut is joined again.

The documents are built in the two shapes extractors give: pypdf's (no page marks,
each page's number alone on a line after its text, but on a page where the number
was run into the page's last word) and pdftotext's (form feeds; at a page that ends
in a hyphenated word, pdftotext drops the hyphen and runs the page's number into the
word: ``distri8``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleaner
from cleaner.options import Options
from cleaner.pages import build
from cleaner.segment import segment

from .conftest import case_id

PROSE = [
    "The harbour committee met on a grey morning to hear the reports",
    "of the pilots, who had kept the channel open through the winter",
    "storms and now asked for a second dredger to clear the silt that",
    "the spring floods had carried down the river into the outer basin,",
    "where the larger ships had begun to ground at the lowest tides",
]


def page_text(page: int) -> list[str]:
    """A page's lines of prose, worded a little differently on every page."""
    return [f"{line} near berth {page}." if k == len(PROSE) - 1 else line
            for k, line in enumerate(PROSE)] * 3


def pypdf_paper(pages: int, glued: dict[int, str], written: str = "–{}–") -> str:
    """A paper as pypdf writes it: a head over each page, the page's number alone after
    its text, except on the pages in ``glued``, whose last line is the value and the
    number (written as ``written``) run into it."""
    lines: list[str] = []
    for page in range(1, pages + 1):
        lines.append("Journal of Harbour Studies, manuscript submitted")
        body = page_text(page)
        if page in glued:
            lines += [*body[:-1], glued[page] + written.format(page)]
        else:
            lines += [*body, written.format(page)]
    return "\n".join(lines) + "\n"


def line_of(text: str, ending: str) -> int:
    """The number (from 1) of the one line of ``text`` that ends with ``ending``."""
    found = [number for number, line in enumerate(text.split("\n"), 1) if line.endswith(ending)]
    assert len(found) == 1
    return found[0]


def edits_of(result: cleaner.CleanResult, evidence: str) -> list[tuple[int, str]]:
    return [(edit.first_line, edit.removed) for edit in result.edits
            if edit.evidence == evidence]


def test_a_number_the_sequence_lacks_goes_from_the_end_of_its_page() -> None:
    """pypdf ran pages 5 and 6's numbers into their last words; those numbers go, each
    as its own edit with its reason, and every word of the two lines stays."""
    text = pypdf_paper(12, {5: "our approximate expres", 6: "the inner core can eas"})
    result = cleaner.clean(text)
    assert edits_of(result, "glued_to_text") == [(line_of(text, "expres–5–"), "–5–"),
                                                  (line_of(text, "eas–6–"), "–6–")]
    kept = result.text.split("\n")
    assert "our approximate expres" in kept and "the inner core can eas" in kept
    assert not any("–" in line for line in kept), "every page number went"
    messages = [edit.message for edit in result.edits if edit.evidence == "glued_to_text"]
    assert messages == ["page number 5 run into the text at the end of its page (the page "
                        "numbers go from 4 to 7 without it)",
                        "page number 6 run into the text at the end of its page (the page "
                        "numbers go from 4 to 7 without it)"]
    assert cleaner.restore(result.text, result.edits) == text


def test_a_number_lacking_right_after_the_first_one_goes_too() -> None:
    """The search for a number the sequence lacks starts at its first number: page 2's,
    run into its page's last word between pages 1 and 3, goes as page 5's does."""
    text = pypdf_paper(12, {2: "our approximate expres"})
    result = cleaner.clean(text)
    assert edits_of(result, "glued_to_text") == [(line_of(text, "expres–2–"), "–2–")]
    assert "our approximate expres" in result.text.split("\n")
    assert [edit.message for edit in result.edits if edit.evidence == "glued_to_text"] == [
        "page number 2 run into the text at the end of its page (the page numbers go from "
        "1 to 3 without it)"]


@pytest.mark.parametrize(("glued", "written", "trimmed", "why"), [
    ("the temperature gra", "{}", ["5"], "a bare number glued to a lower-case letter"),
    ("the approximate value of ", "{}", [], "a bare number after a space: a figure of prose"),
    ("the level of CO", "{}", [], "a bare number after a capital: a formula's"),
    ("the approximate value ", "– {} –", [" – 5 –"],
     "written as the others are, the spaces before it with it"),
    ("the approximate value", "Page {}", [], "written otherwise than the sequence"),
], ids=case_id)
def test_how_the_number_is_written_decides(glued: str, written: str, trimmed: list[str],
                                           why: str) -> None:
    text = pypdf_paper(12, {5: glued}, written)
    if written == "Page {}":  # the other pages' numbers are written "– N –"
        text = text.replace("Page 5", "p. 5").replace("Page ", "– ").replace(
            "p. 5", "Page 5")
    result = cleaner.clean(text)
    assert [removed for _, removed in edits_of(result, "glued_to_text")] == trimmed, why


def test_a_number_the_sequence_has_or_that_stands_mid_page_stays() -> None:
    """Page 5's own number stands alone, so a line ending in ``–5–`` is the text's; and
    page 7's number run into a line in the middle of page 7 is not where page 7 ends."""
    text = pypdf_paper(12, {}).replace(
        PROSE[1], PROSE[1] + " as in –5–", 1)
    lines = text.split("\n")
    page_7_number = lines.index("–7–")
    lines[page_7_number - 8] += "–7–"
    del lines[page_7_number]
    result = cleaner.clean("\n".join(lines))
    assert edits_of(result, "glued_to_text") == []
    assert "of the pilots, who had kept the channel open through the winter as in –5–" \
        in result.text


def test_roman_numerals_are_never_taken_from_a_word() -> None:
    """Front matter numbered i, ii, iii…: a page lacking its numeral does not take the
    letters of a word's end (``…vi``)."""
    text = pypdf_paper(12, {}, "{}")
    for number, numeral in [(1, "i"), (2, "ii"), (3, "iii"), (4, "iv"), (6, "vi")]:
        text = text.replace(f"\n{number}\n", f"\n{numeral}\n")
    text = text.replace("\n5\n", "\nthe letters of a word ending in vi\n")
    result = cleaner.clean(text)
    assert edits_of(result, "glued_to_text") == []


def pdftotext_paper(pages: int, hyphenated: dict[int, tuple[str, str]],
                    written: str = "{}") -> str:
    """A paper as pdftotext writes it: form feeds between pages, each page's number on
    its last line; on the pages in ``hyphenated`` the last line ends in a word cut at
    the page (its two halves), the hyphen dropped and the number run into it."""
    out = []
    for page in range(1, pages + 1):
        body = page_text(page)
        if page in hyphenated:
            first, _second = hyphenated[page]
            out.append("\n".join([*body, f"and the {first}{written.format(page)}"]))
        else:
            out.append("\n".join([*body, written.format(page).strip()]))
        if page - 1 in hyphenated:
            out[-1] = hyphenated[page - 1][1] + " forms of the harbour dues.\n" + out[-1]
    return "\n\n\f".join(out) + "\n"


def test_pdftotext_runs_the_number_into_a_hyphenated_word_which_is_joined_again() -> None:
    text = pdftotext_paper(10, {4: ("distri", "bution")})
    result = cleaner.clean(text)
    assert edits_of(result, "glued_to_text") == [(line_of(text, "distri4"), "4")]
    assert "and the distribution forms of the harbour dues." in result.text
    join = [edit for edit in result.edits if edit.reason == "hyphenated_word"]
    assert len(join) == 1 and "its hyphen went with the page number" in join[0].message
    assert cleaner.restore(result.text, result.edits) == text


def test_a_number_run_into_a_page_away_from_its_end_stays() -> None:
    """With form feeds, the number must be run into one of its page's last lines."""
    text = pdftotext_paper(10, {})
    lines = text.split("\n")
    page_4_end = lines.index("4")
    lines[page_4_end - 6] += "4"
    lines[page_4_end] = "and the harbour dues were paid."
    result = cleaner.clean("\n".join(lines))
    assert edits_of(result, "glued_to_text") == []
    assert lines[page_4_end - 6] in result.text


def test_a_word_is_joined_only_when_the_next_page_goes_on_in_lower_case() -> None:
    text = pdftotext_paper(10, {4: ("distri", "Bution")})
    result = cleaner.clean(text)
    assert edits_of(result, "glued_to_text") == [(line_of(text, "distri4"), "4")]
    assert not [edit for edit in result.edits if edit.reason == "hyphenated_word"]
    assert "and the distri\n" in result.text


def test_with_page_numbers_kept_the_run_in_number_stays_too() -> None:
    text = pdftotext_paper(10, {4: ("distri", "bution")})
    result = cleaner.clean(text, Options(remove_page_numbers=False))
    assert "distri4" in result.text
    result = cleaner.clean(text, Options(ignore="page_number"))
    assert "distri4" in result.text


def test_the_page_ends_at_the_line_a_number_was_run_into() -> None:
    """Without page marks the page numbers end the pages; a run-in number ends its page
    at its line, so the head after it stands at the next page's top."""
    doc = segment("a\n1\nb\nc\nd\ne2\nhead\nf\n3\n")
    pages = build(doc, frozenset({1, 8}), frozenset(), frozenset({5}))
    assert pages.source == "page numbers"
    assert [pages.page_of(index) for index in (0, 2, 5, 6)] == [0, 1, 1, 2]


def test_the_cli_reports_the_run_in_number(tmp_path: Path) -> None:
    """Through the command line, on a file: the report names the number and its reason."""
    from click.testing import CliRunner

    from cleaner.cli import main

    source = tmp_path / "paper.txt"
    source.write_text(pypdf_paper(12, {5: "our approximate expres"}), encoding="utf-8")
    report = tmp_path / "report.json"
    outcome = CliRunner().invoke(main, ["clean", str(source), "-o", str(tmp_path / "out.txt"),
                                        "--report", str(report)])
    assert outcome.exit_code == 0, outcome.output
    edits = json.loads(report.read_text(encoding="utf-8"))["files"][0]["edits"]
    glued = [edit for edit in edits if edit["evidence"] == "glued_to_text"]
    assert [(edit["reason"], edit["removed"]) for edit in glued] == [("page_number", "–5–")]
    assert "our approximate expres\n" in (tmp_path / "out.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(("cut", "written", "joined", "why"), [
    (("distri", "bution"), "– {} –", "and the distribution forms of the harbour dues.",
     "run into the word: the word was cut, its hyphen lost"),
    (("", "distribution"), " – {} –", "and the distribution forms of the harbour dues.",
     "after a space: the page ended between two words"),
], ids=case_id)
def test_a_page_that_a_number_ran_into_is_joined_to_the_next(
        cut: tuple[str, str], written: str, joined: str, why: str) -> None:
    text = pdftotext_paper(10, {4: cut}, written)
    result = cleaner.clean(text)
    assert joined in result.text.split("\n"), why
    assert cleaner.restore(result.text, result.edits) == text


def test_inside_a_block_a_cut_word_stays_on_two_lines() -> None:
    """pypdf writes no blank lines: the page's last line and the next page's first are
    lines of one block once the head between them goes, and lines of a block are never
    joined (line wrapping is no break); the number goes all the same."""
    text = pypdf_paper(12, {5: "and the distri"}).replace(
        "–5–\nJournal of Harbour Studies, manuscript submitted\n",
        "–5–\nJournal of Harbour Studies, manuscript submitted\nbution of the dues.\n", 1)
    result = cleaner.clean(text)
    assert "and the distri\nbution of the dues.\n" in result.text


def test_spaces_after_the_run_in_number_change_nothing() -> None:
    """Spaces an extractor left at the line's end stay; the word is joined all the same."""
    text = pdftotext_paper(10, {4: ("distri", "bution")}).replace("distri4\n", "distri4   \n")
    result = cleaner.clean(text)
    assert edits_of(result, "glued_to_text") == [(line_of(text, "distri4   "), "4")]
    assert "and the distribution forms of the harbour dues." in result.text.split("\n")


def test_each_numbering_of_a_volume_finds_its_own_run_in_numbers() -> None:
    """Two papers in one volume, each numbered from 1, the numbers written alike: the
    number the second paper lacks is found between the second paper's numbers."""
    first = pypdf_paper(12, {})
    second = pypdf_paper(12, {7: "the quay was closed to the larger ships on the wester"})
    for old, new in [("Journal of Harbour Studies, manuscript submitted",
                      "Railway Studies Review, second paper"), ("harbour", "railway"),
                     ("pilots", "drivers"), ("channel", "tunnel"), ("dredger", "engine")]:
        second = second.replace(old, new)
    result = cleaner.clean(first + second)
    assert [removed for _, removed in edits_of(result, "glued_to_text")] == ["–7–"]
    assert "the quay was closed to the larger ships on the wester\n" in result.text
