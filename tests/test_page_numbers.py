"""The page-number stage: rising numbers at page breaks go, other numbers stay."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pytest

import cleaner
from cleaner.formats import recognise
from cleaner.options import Options
from cleaner.page_numbers import (
    PACE_SPREAD,
    SUBSECTION_REACH,
    _a_title,
    _among_fragments,
    _begins_alike,
    _beside_a_mark,
    _beside_blank_breaks,
    _beside_its_heads,
    _chain_to_extend,
    _contents_entries,
    _contents_labels,
    _contents_reference,
    _contents_run_entries,
    _counting_on_too_fast,
    _counts_lines,
    _counts_on_over_a_gap,
    _counts_over,
    _form_feed_pages,
    _inside_a_numbering,
    _labels_a_heading,
    _numbered_titles,
    _numberings,
    _numbers_sections,
    _opens_its_subsections,
    _past_a_far_first,
    _repeated_near,
    _titles_a_section,
    _true_chains,
    page_number,
)
from cleaner.pages import LINE_COLUMN, MAX_PAGE_LINES, blank_line_breaks, in_line_numbers
from cleaner.segment import Line, segment

from .conftest import Case, case_id, check_case

WORDS = ["harbour", "pier", "winter", "repair", "cost", "cooperative", "committee", "chair",
         "minutes", "session", "secretary", "report", "vote", "budget", "lighthouse", "crane"]


def page_text(n: int) -> str:
    """Five lines of running text, different on every page."""
    words = WORDS[n % len(WORDS):] + WORDS[:n % len(WORDS)]
    return "".join(" ".join(words[i:i + 6]) + ".\n" for i in range(0, 10, 2))


def paged(footer: str, pages: int = 4) -> str:
    """Pages of text, each with ``footer`` (``{n}`` the page number) before its form feed."""
    return "".join(page_text(n) + footer.format(n=n) + "\n\f"
                   for n in range(1, pages + 1)) + "The end.\n"


def without_footer(pages: int = 4) -> str:
    """What :func:`paged` cleans to: the pages and their form feeds."""
    return "".join(page_text(n) + "\f" for n in range(1, pages + 1)) + "The end.\n"


CASES = [
    *(Case(paged(style), without_footer(), ["page_number"] * 4)
      for style in ["{n}", "– {n} –", "- {n} -", "–{n}–", "Page {n}", "Page {n} of 9",
                    "{n} / 40", "第{n}页", "第 {n} 版", "Seite {n}", "111:{n}"]),
    # Roman numerals of front matter.
    Case(paged("{n}").replace("\n1\n", "\ni\n").replace("\n2\n", "\nii\n")
         .replace("\n3\n", "\niii\n").replace("\n4\n", "\niv\n"),
         without_footer(), ["page_number"] * 4),
    # A number beside a fragment of a formula, set apart by the page break, counts.
    Case(paged("x =\n\n{n}"), paged("x =\n\n{n}").replace("\n\n1\n", "\n\n")
         .replace("\n\n2\n", "\n\n").replace("\n\n3\n", "\n\n").replace("\n\n4\n", "\n\n"),
         ["page_number"] * 4),
    # Turned off, the numbers stay (and are not removed as boilerplate either).
    Case(paged("Page {n} of 9"), paged("Page {n} of 9"), [],
         Options(remove_page_numbers=False)),
    # Figure debris, equation numbers, and numbers that do not count up stay.
    Case("Axis\n1\n2\n0\n2\n\nc\ne\nD\n", "Axis\n1\n2\n0\n2\n\nc\ne\nD\n", []),
    Case("Equations\n(1)\ntext text text\n(2)\nmore text\n(3)\n",
         "Equations\n(1)\ntext text text\n(2)\nmore text\n(3)\n", []),
    Case("Years\n2015\n2017\n2016\n", "Years\n2015\n2017\n2016\n", []),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_page_number_table(case: Case, tmp_path: Path) -> None:
    check_case("page_numbers", case, tmp_path)


@pytest.mark.parametrize(("line", "number"), [
    ("–2–", 2), ("Page 3 of 40", 3), ("第12页", 12), ("- 7 -", 7), ("2017", 2017),
    ("第 1 \u2eda 共 6 \u2eda", 1),  # the radical an extractor writes for 页
    ("a 3", None), ("(4)", None), ("Chapter 3", None),
    ("111:3", 3),  # an article's third page, as ACM journals number them
    ("3.1", None), ("1:2:3", None), ("1234567:3", None),  # a section; a time; too long
])
def test_page_number_reads_the_number(line: str, number: int | None) -> None:
    assert page_number(line) == number


@pytest.mark.parametrize(("text", "number"), [
    ("-- Page  1234 of 1234 --", 1234),  # 24 characters: the longest a page number is
    ("-- Page   1234 of 1234 --", None),  # 25
    ("i", 1), ("iv", 4), ("ix", 9), ("x", 10), ("xiv", 14), ("xl", 40), ("xlix", 49),
    ("l", 50), ("lx", 60), ("lxxxix", 89),
    ("iiii", None), ("vx", None), ("il", None), ("xxxx", None), ("lc", None),
])
def test_page_number_values_and_bounds(text: str, number: int | None) -> None:
    """What a line states as a page number, at the bounds of length and roman numerals."""
    assert page_number(text) == number


def numbered_pages(numbers: list[int | str | None], lines_per_page: int = 5, *,
                   form_feeds: bool = True, before: str = "", after: str = "") -> str:
    """Pages of text each ending with its number (None: a page without one), then a form
    feed or a blank line (``before``/``after``: lines beside the number)."""
    out = []
    for n, number in enumerate(numbers, 1):
        text = "".join(page_text(n).splitlines(keepends=True)[:lines_per_page])
        if number is not None:
            text += before + f"{number}\n" + after
        out.append(text + ("\f" if form_feeds else "\n"))
    return "".join(out) + "The end of it all.\n"


def removed_numbers(text: str, **options: object) -> list[str]:
    result = cleaner.clean(text, Options(**options))  # type: ignore[arg-type]
    return [text[edit.start:edit.end].strip() for edit in result.edits
            if edit.reason == "page_number"]


@pytest.mark.parametrize(("numbers", "removed"), [
    ([1, 2, 3, 4], ["1", "2", "3", "4"]),
    ([1, 2, None, 4, 5], ["1", "2", "4", "5"]),  # a page without its number (a figure)
    ([3, 4, 5, 6], ["3", "4", "5", "6"]),  # a document may start at any page
    (["i", "ii", "iii", 4, 5, 6], ["i", "ii", "iii", "4", "5", "6"]),  # front matter runs on
    (["ii", "iii", "iv", 1, 2, 3, 4, 5], ["ii", "iii", "iv", "1", "2", "3", "4", "5"]),
    (["i", 2, 3], []),  # numerals and figures are no one chain: a part's ``i``, chapters
    ([1, 2], []),  # too short a run to tell from a list
    ([5, 2, 7, 1], []),  # not rising
])
def test_a_chain_counts_the_pages(numbers: list[int | str | None], removed: list[str]) -> None:
    """A chain counts in roman numerals or in figures; the front matter's numerals, short
    as they are, number pages where the body's numbering follows them."""
    assert removed_numbers(numbered_pages(numbers)) == removed


def test_numbers_beside_fragments_are_ticks_unless_set_apart() -> None:
    """A number next to a line of two characters or less (an axis tick, a label spelled a
    character a line) is figure debris; a line of three is text; a blank line or a page
    break sets a number apart from its neighbour."""
    assert removed_numbers(numbered_pages([1, 2, 3, 4], before="ab\n")) == []
    assert removed_numbers(numbered_pages([1, 2, 3, 4], after="cd\n")) == []
    assert removed_numbers(numbered_pages([1, 2, 3, 4], before="abc\n")) == ["1", "2", "3", "4"]
    assert removed_numbers(numbered_pages([1, 2, 3, 4], before="ab\n\n")) == ["1", "2", "3", "4"]
    # A page break between the number and a fragment: the fragment is on the next page.
    fragment_on_next_page = numbered_pages([1, 2, 3, 4]).replace("\f", "\fxy\n")
    assert removed_numbers(fragment_on_next_page) == ["1", "2", "3", "4"]


def test_a_page_number_over_a_list_items_label_goes() -> None:
    """PyMuPDF sets a list item's label on a line of its own (``c)``), so a page that
    opens inside a list puts its number over that label. The label is no figure's
    debris: the item's text stands beyond it."""
    pages = [page_text(n) + f"\n{n}\nc)\ndeposito: the list goes on past the page.\n"
             for n in range(1, 6)]
    text = "".join(pages) + "The end.\n"
    assert removed_numbers(text) == ["1", "2", "3", "4", "5"]
    assert removed_numbers(text.replace("c)\n", "c.\n")) == []  # no item's label


def _forms_in_the_middle(form_lines: int, later_style: str = "{n}") -> str:
    """Twenty pages without form feeds, each of ten lines with its number alone at its
    foot, but pages 6 to 15 (sample forms of ``form_lines`` lines), whose numbers pypdf
    ran into their heads (``6 Sample Forms``); pages 16 on write their number as
    ``later_style`` says."""
    out = []
    for n in range(1, 21):
        if 6 <= n <= 15:
            out.append(f"{n} Sample Forms\n"
                       + "".join(page_text(n + k) for k in range(form_lines // 5)))
        else:
            number = later_style.format(n=n) if n > 15 else str(n)
            out.append(page_text(n) + page_text(n + 30) + f"{number}\n")
    return "".join(out) + "The end.\n"


@pytest.mark.parametrize(("form_lines", "later_style", "removed"), [
    (10, "{n}", ["1", "2", "3", "4", "5", "16", "17", "18", "19", "20"]),
    (40, "{n}", []),  # four times a page's length for each page skipped: no numbering over it
    (10, "- {n} -", []),  # written otherwise after the gap: two numberings, each too short
], ids=case_id)
def test_two_chains_of_one_count_number_the_pages_between_them(
        form_lines: int, later_style: str, removed: list[str]) -> None:
    """Without page marks, page numbers run through half the document or more. Where
    the pages between two chains have their numbers run into heads, the later chain
    goes on with the earlier's count, and the lines between, page by page, are as many
    as the chains' pages hold (three times at most): one numbering runs over the gap,
    and it counts towards the half. The glued numbers themselves stay: a head is the
    furniture stage's to judge."""
    assert removed_numbers(_forms_in_the_middle(form_lines, later_style)) == removed


@pytest.mark.parametrize(("earlier", "later", "counts_on"), [
    ([(0, 1), (10, 2), (20, 3)], [(80, 10), (90, 11)], True),   # 60 lines, 7 pages
    ([(0, 1), (10, 2), (20, 3)], [(80, 4), (90, 5)], False),    # 60 lines for one page
    ([(0, 1), (10, 2), (20, 3)], [(80, 3), (90, 4)], False),    # counts no higher
    ([(0, 1), (10, 2), (20, 3)], [(80, 2), (90, 3)], False),    # counts again
    ([(0, 1), (10, 2), (20, 3)], [(50, 4), (60, 5)], True),     # three paces: at the bound
    ([(0, 1), (10, 2), (20, 3)], [(65, 4), (85, 5), (105, 6)], True),  # the longer pace
], ids=case_id)
def test_a_later_chain_counts_on_over_a_gap(earlier: list[tuple[int, int]],
                                            later: list[tuple[int, int]],
                                            counts_on: bool) -> None:
    assert _counts_on_over_a_gap(earlier, later) is counts_on


def test_without_form_feeds_page_numbers_stand_pages_apart() -> None:
    """Without form feeds a page is longer than three lines: numbers that close are a
    list, not pages."""
    far = numbered_pages([1, 2, 3, 4, 5], lines_per_page=2, form_feeds=False)
    assert removed_numbers(far) == ["1", "2", "3", "4", "5"]  # four lines apart
    near = numbered_pages([1, 2, 3], lines_per_page=1, form_feeds=False)
    assert removed_numbers(near) == []  # three lines apart
    slides = numbered_pages([1, 2, 3, 4, 5], lines_per_page=1)  # form feeds count them
    assert removed_numbers(slides) == ["1", "2", "3", "4", "5"]
    skipping = numbered_pages([1, 2, 4, 5, 6], lines_per_page=2, form_feeds=False)
    assert removed_numbers(skipping) == ["1", "2", "4", "5", "6"]  # a page lost its number
    resuming = numbered_pages([1, 2, 3, 6, 7, 8], lines_per_page=2, form_feeds=False)
    assert removed_numbers(resuming) == ["1", "2", "3", "6", "7", "8"]  # pages lost between


@pytest.mark.parametrize(("label", "numbered"), [("DAFX-{n}", True), ("A–{n}", True),
                                               ("Dafx-{n}", False)])
def test_a_label_in_capitals_before_its_number_numbers_the_pages(label: str,
                                                                 numbered: bool) -> None:
    """pypdf runs a proceedings paper's pages together, nothing between them but each
    page's foot ``DAFX-23`` and the next page's head: the label in capitals and its
    number, rising a page at a time, are the page's number, and the pages they mark
    show the head at their edges. A word in lower case before a number
    (``Dafx-23``) is no label of a page."""
    head = "Proc. of the 9th Int. Conference on Digital Audio Effects, Montreal, Canada"
    pages = ["\n".join([head, page_text(n) + page_text(n + 50), label.format(n=n)])
             for n in range(23, 30)]
    result = cleaner.clean("\n".join(pages) + "\n")
    found = [edit.removed.strip() for edit in result.edits if edit.reason == "page_number"]
    assert found == ([label.format(n=n) for n in range(23, 30)] if numbered else [])
    if numbered:
        assert head not in result.text
    for n in range(23, 30):
        assert page_text(n) + page_text(n + 50) in result.text


def _section_pages(page_numbers: bool, spans: list[int], under: list[str] | None = None,
                   over: list[str] | None = None) -> str:
    """Pages as pymupdf writes them (a blank line after each, no other blank line), each
    ``spans[page]`` lines of text long, with numbered section headings (``3`` over
    ``HARBOUR WORKS``) every few lines, and the page's number at its end or not (with
    the ``under`` lines below it), or, ``over`` given, at its top under those lines
    (``{word}`` in them a word of the page's own)."""
    pages, section = [], 0
    for page, span in enumerate(spans, 1):
        lines = []
        for at in range(span):
            if at % 7 == 3:
                section += 1
                lines += [str(section), f"SECTION ABOUT {WORDS[section % len(WORDS)].upper()}"]
            lines.append(" ".join(WORDS[(page + at + k) % len(WORDS)] for k in range(9)))
        if page_numbers and over is not None:
            lines = [*(line.format(word=WORDS[page]) for line in over), str(page), *lines]
        elif page_numbers:
            lines += [str(page), *(under or [])]
        pages.append("\n".join(lines) + "\n")
    return "\n".join(pages)


@pytest.mark.parametrize(("page_numbers", "spans", "under", "removed"), [
    # a section's number stands under the text of its page, not beside the page's end
    (False, [40, 42, 38, 41, 39, 40], [], []),
    # the page numbers are found, the sections' numbers stay
    (True, [40, 42, 38, 41, 39, 40], [], ["1", "2", "3", "4", "5", "6"]),
    # ...the number above a foot, or above two lines of it, is beside the break too
    (True, [40, 42, 38, 41, 39, 40], ["Preprint submitted to the Harbour Board"],
     ["1", "2", "3", "4", "5", "6"]),
    (True, [40, 42, 38, 41, 39, 40], ["Preprint submitted to the Harbour Board",
                                      "Harbour Studies, volume nine"],
     ["1", "2", "3", "4", "5", "6"]),
    # one page far longer than the rest (a listing of 200 lines) is still a page: four
    # in five alike are enough
    (False, [40, 42, 200, 41, 39, 40], [], []),
    (True, [40, 42, 200, 41, 39, 40], [], ["1", "2", "3", "4", "5", "6"]),
    # blank lines that make pages unlike in length (two of six over 200 lines) mark no
    # pages: the numbers are judged as without them
    (False, [40, 210, 42, 200, 39, 40], [], None),
])
def test_where_blank_lines_mark_pages_a_page_number_stands_beside_a_break(
        page_numbers: bool, spans: list[int], under: list[str],
        removed: list[str] | None) -> None:
    text = _section_pages(page_numbers, spans, under)
    sections = [str(n) for n in range(1, text.count("SECTION ABOUT") + 1)]
    assert removed_numbers(text) == (sections if removed is None else removed)


@pytest.mark.parametrize(("head", "removed"), [
    (["Rebecca Turner", "Problem Set 3 (due 2018-10-20)", "Dr. Liuba Shrira"], True),
    # three lines of the page's own: the number stands among its text
    (["The {word} report", "On the {word} works", "Of the {word} board"], False),
])
def test_where_blank_lines_mark_pages_a_number_under_the_head_stands_beside_the_break(
        head: list[str], removed: bool) -> None:
    """The page's number at its top under a head of three lines, the same on every
    page: the head's lines are the pages' furniture, and do not count as text between
    the number and the break; three lines of each page's own do. The sections' numbers
    stay either way."""
    text = _section_pages(True, [40, 42, 38, 41, 39, 40], over=head)
    assert removed_numbers(text) == (["1", "2", "3", "4", "5", "6"] if removed else [])


@pytest.mark.parametrize(("lengths", "pages"), [
    ([40, 39, 39, 15, 100], True),  # one page of five long, one short: four in five alike
    ([40, 39, 39, 14, 100], False),  # the short one a line shorter: three in five
    ([40, 39, 99, 9, 9, 39], True),  # none longer than two and a half times the median
])
def test_blank_lines_mark_pages_when_the_pages_are_alike_in_length(
        lengths: list[int], pages: bool) -> None:
    """Pages of ``lengths`` lines each, a blank line after each (the median page 40 lines
    with its blank line, the bounds 16 and 100): blank lines mark them when no page is
    longer than ``BLANK_PAGE_SPREAD`` times the median, or four in five are within that of
    it either way; else they are a few blank lines at any distance, and mark nothing."""
    lines, n = [], 0
    for length in lengths:
        for _ in range(length):
            n += 1
            lines.append(" ".join(WORDS[(n + k) % len(WORDS)] for k in range(9)))
        lines.append("")
    doc = segment("\n".join(lines[:-1]) + "\n")
    assert (_beside_blank_breaks(doc, 3) is not None) is pages


def _sections_far_apart(pages: bool, apart: int = 300) -> str:
    """A long text of 1,800 lines without page marks, its numbered sections (``3`` over
    ``HARBOUR WORKS``) ``apart`` lines apart; with ``pages``, a page number every 50."""
    lines, section = [], 0
    for at in range(1, 1801):
        if at % apart == apart // 2:
            section += 1
            lines += [str(section), f"SECTION ABOUT {WORDS[section].upper()}"]
        lines.append(" ".join(WORDS[(at + k) % len(WORDS)] for k in range(9)))
        if pages and at % 50 == 0:
            lines.append(str(at // 50))
    return "\n".join(lines) + "\n"


def test_numbers_further_apart_than_a_page_is_long_number_no_pages() -> None:
    """A page holds ``MAX_PAGE_LINES`` lines at most: the numbered sections of a long text
    cleaned once already, its page numbers gone, rise a number every 300 lines, and stay
    on a second cleaning. Beside the pages' own numbers, they stay too."""
    assert removed_numbers(_sections_far_apart(pages=False)) == []
    assert removed_numbers(_sections_far_apart(pages=True)) == [str(n) for n in range(1, 37)]
    # 200 lines a number, the section's two lines with them: a page can be that long
    assert removed_numbers(_sections_far_apart(pages=False, apart=198)) == [
        str(n) for n in range(1, 10)]
    assert removed_numbers(_sections_far_apart(pages=False, apart=199)) == []


def test_pages_of_charts_after_the_numbered_pages_are_pages_however_long() -> None:
    """Font charts, a line a glyph, make pages of 300 lines: numbered on from pages of 50
    lines (three numbers lost between), they are pages still; only the longest chain of
    a style must rise faster than a page is long."""
    lines: list[str] = []
    for page in range(1, 27):
        length = 50 if page <= 23 else 300
        lines += [" ".join(WORDS[(page + at + k) % len(WORDS)] for k in range(9))
                  for at in range(length)]
        if not 21 <= page <= 23:
            lines.append(str(page))
    numbers = [str(page) for page in range(1, 27) if not 21 <= page <= 23]
    assert removed_numbers("\n".join(lines) + "\n") == numbers


def _draft_pages(column: bool, text_lines: int = 150, pages: int = 6) -> str:
    """Pages as pymupdf writes them, each ``text_lines`` lines of text long, with, where
    ``column``, a draft's line numbers in the margin written as a column of their own
    (sixty a page, counting on from page to page), else sixty more lines of text."""
    out = []
    for page in range(pages):
        margin = ([str(page * 60 + k) for k in range(1, 61)] if column else
                  [" ".join(WORDS[(page + k + j) % len(WORDS)] for j in range(7))
                   for k in range(60)])
        body = [" ".join(WORDS[(page * 5 + k + j) % len(WORDS)] for j in range(9)) + "."
                for k in range(text_lines)]
        out.append("\n".join(["Draft of the harbour report.", *margin, *body]) + "\n")
    return "\n".join(out)


def test_a_draft_s_line_numbers_do_not_make_a_page_long() -> None:
    """Blank lines mark pages when a page is no longer than a page of text
    (``MAX_PAGE_LINES`` lines): a draft's line numbers, some sixty a page in a column of
    their own, are no lines of the page's text, so its pages are still pages, and the
    head on each goes. The same page with sixty more lines of text is too long: the
    blank lines between are a section's breaks, not a page's."""
    drafted = segment(_draft_pages(column=True))
    assert len(blank_line_breaks(drafted)) == 5
    assert blank_line_breaks(segment(_draft_pages(column=False))) == []
    result = cleaner.clean(_draft_pages(column=True))
    assert "Draft of the harbour report." not in result.text
    assert {edit.reason for edit in result.edits} == {"boilerplate_line"}


def _pages_with_numbered_lines(at_top: bool, pages: int = 8, span: int = 36) -> str:
    """Pages as pymupdf writes them, alike in length, each with six numbered lines in its
    middle (a list's numbers, a figure's ticks: numbers on lines of their own that rise
    down the page, from a number higher on each page) and its page number at its foot
    (the last page's ends the document) or ``at_top`` (the first page's begins it)."""
    out = []
    for page in range(1, pages + 1):
        lines = []
        for at in range(span):
            if at % 4 == 2 and 8 <= at < 30:
                lines.append(str((at - 8) // 4 + 1 + page))
            lines.append(" ".join(WORDS[(page * 3 + at + k) % len(WORDS)] for k in range(9)))
        out.append("\n".join([str(page), *lines] if at_top else [*lines, str(page)]) + "\n")
    return "\n".join(out)


@pytest.mark.parametrize("at_top", [False, True], ids=["foot", "top"])
def test_where_blank_lines_mark_pages_only_numbers_beside_them_are_chained(
        at_top: bool) -> None:
    """Numbers inside the pages rise too, and a page's number could go on from one of
    them (``2`` on page two after a list's ``1``), each chain then too short or too
    mixed to be pages: the page numbers are chained from the numbers beside a page break
    alone, the first page's at the document's start and the last page's at its end among
    them. The list's numbers stay."""
    text = _pages_with_numbered_lines(at_top)
    assert removed_numbers(text) == [str(page) for page in range(1, 9)]


def _feet_among_the_text(feet: list[str], titles: bool = False, count: int = 8,
                         under: bool = False) -> str:
    """Eight pages of 40 lines, a blank line after each, as pymupdf writes a page of two
    columns: the page's foot and its number (``Harbour Guide, March 2022`` over ``3``)
    after the first column, mid-page. ``feet``: the foot of odd pages and of even ones
    (one for both). With ``titles``, the line beside each number is a clause's title
    instead, one the contents and the index list too (``Register of Harbours`` under
    ``3``). ``count`` pages; with ``under``, the number over its foot."""
    pages = []
    for page in range(1, count + 1):
        text = [" ".join(WORDS[(page * 7 + at + k) % len(WORDS)] for k in range(9))
                for at in range(40)]
        beside = f"Register of {WORDS[page].title()}s" if titles else feet[page % len(feet)]
        text[20:20] = [str(page), beside] if under else [beside, str(page)]
        pages.append("\n".join(text))
    contents = [f"Register of {WORDS[page].title()}s" for page in range(1, count + 1)] \
        if titles else []
    return "\n".join([*contents, "\n\n".join(pages), *contents]) + "\n"  # and an index


@pytest.mark.parametrize(("feet", "count", "under"), [
    (["Harbour Guide, March 2022"], 8, False),
    (["Harbour Guide, March 2022"], 8, True),  # the number over its foot
    (["Trovato et al.", "The Name of the Title Is Hope"], 8, False),  # odd and even heads
])
def test_where_pymupdf_writes_the_foot_among_the_text_its_number_stands_beside_it(
        feet: list[str], count: int, under: bool) -> None:
    """Blank lines mark the pages, and no number stands beside a break: each stands
    mid-page by its page's foot, written after the first column (TUGboat's guide), or by
    the heads of odd and even pages. Those numbers are the pages'."""
    text = _feet_among_the_text(feet, count=count, under=under)
    assert removed_numbers(text) == [str(page) for page in range(1, count + 1)]


def test_numbers_beside_lines_printed_twice_are_no_pages() -> None:
    """A line twice is no page's foot: each of two lines stands by two numbers only (a
    pair of notes, each under two figures), and the numbers stay."""
    text = _feet_among_the_text(["The northern pier", "The northern pier",
                                 "The eastern quay", "The eastern quay"], count=4)
    assert removed_numbers(text) == []


def test_numbers_beside_titles_the_contents_repeat_are_no_pages() -> None:
    """Each number beside a title that the contents and the index list too, a title of
    its own: a clause's number by its title (an act's ``5`` / ``Register of designated
    Realms``), not a page's by its foot."""
    assert removed_numbers(_feet_among_the_text([], titles=True)) == []


def test_a_chain_runs_with_the_pages_it_numbers() -> None:
    """With form feeds, a chain stands on a good share of the pages it runs over, and its
    numbers keep step with the pages: numbers on one page in three, or rising slower
    than the pages, are something else (footnote marks, section numbers)."""
    blank = "\f" + page_text(9) + "\f" + page_text(10)
    sparse = numbered_pages([1, 2, 3, 4]).replace("\f", blank + "\f")
    assert removed_numbers(sparse) == []
    some_pages_without = numbered_pages([1, 2, 3, 4, 5]).replace("\f", "\f" + page_text(9), 1)
    assert removed_numbers(some_pages_without) == ["1", "2", "3", "4", "5"]


def test_the_front_matters_short_pages_keep_their_roman_numbers_apart() -> None:
    """A thesis's front matter is numbered in roman numerals on short pages (a title, an
    abstract, the contents), its body in arabic on long ones: the roman numbering rises
    a number over far fewer lines than the body's, as a listing's line numbers do, and
    is a numbering all the same."""
    roman = ["iii", "iv", "v", "vi", "vii", "viii"]
    front = numbered_pages([*roman], lines_per_page=1).removesuffix("The end of it all.\n")
    body = "".join(page_text(n) * 4 + f"{n}\n\f" for n in range(1, 11))
    assert removed_numbers(front + body) == roman + [str(n) for n in range(1, 11)]


def _macro_pages(pages: int = 8) -> str:
    """Pages of a class's source, macro after macro, a blank line between: short lines of
    unlike width that end in ``%``, ``{`` or ``}``, as a poem's end in ``,`` or ``;``; the
    page's number below its last macro."""
    rng = random.Random(3)
    out = []
    for page in range(1, pages + 1):
        for n in range(3 * page, 3 * page + 3):
            name = rng.choice(WORDS)
            out.append("\n".join([
                f"\\def\\{name}@{n}#1{{%", f"  \\edef\\@temp{n}{{#1}}%",
                f"  \\ifx\\@temp{n}\\{rng.choice(WORDS)}@{'x' * rng.randint(1, 20)}%",
                f"    \\{name}@set{{{n}}}{{{rng.choice(WORDS) * rng.randint(1, 3)}}}%",
                f"  \\fi{n}}}"]))
        out.append(str(page))
    return "\n\n".join(out) + "\n"


def test_a_listing_of_code_is_no_verse_and_its_page_numbers_go() -> None:
    """Short ragged lines that end on a mark read as verse, whose numbers are never page
    numbers; but ``%``, ``{`` and ``}`` end lines of code, not phrases: the listing is
    judged as prose, and its page numbers go."""
    text = _macro_pages()
    assert recognise(segment(text)).format == "prose"
    assert removed_numbers(text) == [str(page) for page in range(1, 9)]


def _listing_pages(pages: int = 10, joiner: str = "\n") -> str:
    """A class's documented source as PyMuPDF extracts it: numbered lines of TeX, each
    number on a line of its own, a line of code wrapped now and then; the page's number
    at its foot, a blank line after each page (``joiner``: pypdf's pages run together);
    pages of unlike length (prose between)."""
    out, number = [], 0
    for page in range(1, pages + 1):
        lines = page_text(page).splitlines()
        for _ in range(20 + 25 * (page % 3)):
            number += 1
            code = [f"\\def\\harbour@{WORDS[number % len(WORDS)]}{{{number}}}%"]
            if number % 7 == 0:
                code.append("\\relax\\fi}%")
            lines += [str(number), *code]
        out.append("\n".join([*lines, str(page)]) + "\n")
    return joiner.join(out)


@pytest.mark.parametrize("joiner", ["\n", ""], ids=["pymupdf", "pypdf"])
def test_a_listings_line_numbers_stay_and_its_pages_numbers_go(joiner: str) -> None:
    """A listing's lines end in ``%`` and ``}``: code, not verse, so pages are judged. Its
    line numbers rise a number every two or three lines, and make chains of their own
    beside the page numbers: a chain that rises far faster than the document's pages
    (the longest chain) numbers no pages, and stays; nor does a chain that rises a
    number every few lines where nothing marks the pages (pypdf), however long: a page
    is longer than that."""
    text = _listing_pages(joiner=joiner)
    clean = cleaner.clean(text).text
    listed = sum(line.isdigit() for line in text.split("\n")) - 10  # less the page numbers
    assert [line for line in clean.split("\n") if line.isdigit()] == [
        str(number) for number in range(1, listed + 1)]
    assert all(line in clean for line in text.split("\n") if line.startswith("\\"))
    assert removed_numbers(text) == [str(page) for page in range(1, 11)]


def test_page_numbers_turned_off_are_left_and_known() -> None:
    """Left in place, and not taken for boilerplate by a later stage either."""
    text = numbered_pages([1, 2, 3, 4])
    assert removed_numbers(text, remove_page_numbers=False) == []
    assert cleaner.clean(text, Options(remove_page_numbers=False)).text == text


def test_pages_by_form_feeds_skip_pages_whose_text_went_and_count_empty_ones() -> None:
    """Each line's page by form feeds: an empty page is a page; a page whose every line
    of text an earlier stage removed (a page printed twice) is not, so the numbers of
    the pages around it still count up one a page. No form feed: no pages."""
    from cleaner.page_numbers import _form_feed_pages

    doc = segment("a\nb\n\fc\n\f\fd\ne\n")  # c alone on page 1, page 2 empty
    assert _form_feed_pages(doc, frozenset()) == [0, 0, 0, 1, 1, 2, 3, 3]
    assert _form_feed_pages(doc, frozenset({3})) == [0, 0, 0, 1, 1, 1, 2, 2]
    assert _form_feed_pages(doc, frozenset({0})) == [0, 0, 0, 1, 1, 2, 3, 3]  # b stays
    assert _form_feed_pages(doc, frozenset({0, 1})) == [0, 0, 0, 0, 0, 1, 2, 2]
    assert _form_feed_pages(segment("a\nb\n"), frozenset()) is None


def test_a_page_printed_twice_does_not_break_the_numbering() -> None:
    """Page 3 printed twice, number and all: the second print goes first, and the
    numbers 1 to 6 count the pages that are left."""
    pages = [page_text(n) * 8 + f"{n}\n" for n in range(1, 7)]
    pages.insert(3, pages[2])
    result = cleaner.clean("\f".join(pages) + "\fThe end.\n")
    numbers = [edit.removed.strip() for edit in result.edits if edit.reason == "page_number"]
    assert numbers == ["1", "2", "3", "4", "5", "6"]


@pytest.mark.parametrize(("numbers", "extra_breaks", "removed"), [
    ([1, 2, 3, 4, 5, 6], {3}, ["1", "2", "3", "4", "5", "6"]),  # one extra break: forgiven
    ([1, 2, 3, 4, 5, 6], {2, 4}, []),  # two in six: number and page drift apart
    ([1, 3, 5, 7, 9, 11], set(), []),  # rising two a page: footnote marks, not pages
])
def test_numbers_keep_step_with_the_pages(numbers: list[int], extra_breaks: set[int],
                                          removed: list[str]) -> None:
    """An extractor's extra form feed once in a while is forgiven; numbers that drift
    from the pages more often than that count something else."""
    pages = []
    for n, number in enumerate(numbers, 1):
        pages.append(page_text(n) + f"{number}\n")
        if n in extra_breaks:
            pages.append(page_text(n + 20))  # a page without a number: the break is extra
    assert removed_numbers("\f".join(pages) + "\fThe end.\n") == removed


TEN_PAGES = [index // 10 for index in range(100)]  # the page of each of 100 lines
THIRTY_PAGES = [line // 10 for line in range(300)]


def numbers_on(pages: list[int], line: int = 9) -> list[tuple[int, int]]:
    """A chain: each page's number (the page, from 1) on line ``line`` of the page."""
    return [(10 * page + line, page + 1) for page in pages]


FEET = numbers_on(list(range(10)))          # 1..10 at the foot of every page
TICKS = [(12, 1), (13, 2), (14, 3)]         # a figure's ticks on page 1


@pytest.mark.parametrize(("chains", "pages", "lines", "expected", "why"), [
    ([FEET, TICKS], TEN_PAGES, 100, [FEET], "the longest of a style; ticks inside it go"),
    ([TICKS, FEET], TEN_PAGES, 100, [FEET], "longest first, whatever the order found"),
    ([numbers_on([0, 1, 2, 3, 4]), numbers_on([5, 6, 7, 8, 9])], TEN_PAGES, 100,
     [numbers_on([0, 1, 2, 3, 4]), numbers_on([5, 6, 7, 8, 9])],
     "two chains side by side, the second going on from the first"),
    ([numbers_on([0, 3, 6, 9])], TEN_PAGES, 100, [numbers_on([0, 3, 6, 9])],
     "four of the ten pages it runs over: enough"),
    ([numbers_on([0, 4, 9])], TEN_PAGES, 100, [], "three of ten: too few"),
    ([[(9, 1), (19, 2), (29, 3), (39, 4), (49, 6), (59, 7)]], TEN_PAGES, 100,
     [[(9, 1), (19, 2), (29, 3), (39, 4), (49, 6), (59, 7)]],
     "number and page drift apart once in five steps: an extra form feed"),
    ([[(9, 1), (19, 2), (29, 4), (39, 5), (49, 7), (59, 8)]], TEN_PAGES, 100, [],
     "twice in five steps: not page numbers"),
    ([numbers_on([0, 1, 2])], TEN_PAGES, 100, [], "three pages of ten are not enough"),
    ([[(0, 1), (17, 2), (34, 3)]], None, 100, [[(0, 1), (17, 2), (34, 3)]],
     "without form feeds: three pages of 17 lines, through half the lines"),
    ([[(0, 1), (16, 2), (32, 3)]], None, 100, [], "three pages of 16: less than half of them"),
    ([[(0, 1), (24, 2)], [(60, 3), (86, 4)]], None, 100, [[(0, 1), (24, 2)], [(60, 3), (86, 4)]],
     "two chains of a style together through half the lines"),
    ([[(0, 1), (60, 2)], [(10, 5), (34, 6)]], None, 100, [[(0, 1), (60, 2)]],
     "a chain over lines another of its style has taken goes"),
    ([[(line, line // 10 + 1) for line in range(0, 51, 10)],
      [(line, line // 10 + 20) for line in range(45, 86, 10)]], None, 100,
     [[(line, line // 10 + 1) for line in range(0, 51, 10)]],
     "a chain that begins before the last number of another of its style goes"),
    ([numbers_on([0, 1, 2, 3, 4, 5]), [(53, 40), (63, 41), (73, 42), (83, 43), (93, 44)]],
     TEN_PAGES, 100, [numbers_on([0, 1, 2, 3, 4, 5])],
     "so by pages: one that begins on the page another's last number stands on"),
    ([numbers_on(list(range(15))), numbers_on([18, 21, 25, 28])], THIRTY_PAGES, 300,
     [numbers_on(list(range(15)))],
     "the second of a style on four of the eleven pages it runs over: too few"),
    ([numbers_on([0, 3, 6, 9])], [*TEN_PAGES, 10], 101, [],
     "four numbers on eleven pages, the last of one line: too few"),
    ([[(3 * line, line + 1) for line in range(20)], [(0, 1), (25, 2), (50, 3), (75, 4)]],
     None, 100, [[(0, 1), (25, 2), (50, 3), (75, 4)]],
     "a number every three lines numbers no pages; the pages' own chain after it does"),
], ids=case_id)
def test_the_chains_that_number_the_pages(chains: list[list[tuple[int, int]]],
                                          pages: list[int] | None, lines: int,
                                          expected: list[list[tuple[int, int]]],
                                          why: str) -> None:
    styles = ["arabic"] * len(chains)
    assert _true_chains(chains, styles, pages, 2, lines) == expected, why


def test_chains_shorter_than_the_minimum_are_not_page_numbers() -> None:
    assert _true_chains([FEET], ["arabic"], TEN_PAGES, 11, 100) == []
    assert _true_chains([FEET], ["arabic"], TEN_PAGES, 10, 100) == [FEET]


def test_chains_of_another_style_are_judged_on_their_own() -> None:
    """Roman numbers on the front matter and arabic ones on the body do not overlap as
    styles: each is the longest of its own, though the arabic chain runs over the
    roman one's lines."""
    roman = numbers_on([0, 1, 2, 3])
    arabic = numbers_on([2, 3, 4, 5, 6, 7, 8, 9], line=8)
    assert _true_chains([arabic, roman], ["arabic", "roman"], TEN_PAGES, 2, 100) == [
        arabic, roman]


def test_a_chain_on_pages_that_another_numbers_already_is_no_page_numbers() -> None:
    """A page prints its number once: of two chains of other styles on the same pages,
    the shorter, whose every page the longer numbers, is a table's or a formula's
    figures, whatever its numbers; where it numbers a page of its own, it stays."""
    feet = numbers_on([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], line=8)
    figures = [(14, 1), (24, 2), (34, 3), (44, 4)]  # on the second page to the fifth
    assert _true_chains([feet, figures], ["of", "arabic"], TEN_PAGES, 2, 100) == [feet]
    assert _true_chains([figures, feet], ["arabic", "of"], TEN_PAGES, 2, 100) == [feet]
    heads = numbers_on([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], line=0)  # the same pages again
    assert _true_chains([heads, feet], ["arabic", "of"], TEN_PAGES, 2, 100) == [heads]
    alone = numbers_on([0, 1, 2, 3, 4, 5, 6, 7, 8], line=8)
    last = numbers_on([6, 7, 8, 9], line=4)
    assert _true_chains([alone, last], ["of", "arabic"], TEN_PAGES, 2, 100) == [alone, last]


@pytest.mark.parametrize(("text", "removed", "pages"), [
    ("a\nb\n", set(), None),                                  # no form feed: no pages
    ("a\nb\fc\nd\fe\n", set(), [0, 0, 1, 1, 2]),
    ("\fa\n", set(), [0, 1]),                                 # an empty page is a page
    ("a\n\f\fb\n", set(), [0, 0, 1, 2]),
    ("a\fb\nc\fd\n", {1, 2}, [0, 1, 1, 1]),                   # a page all removed: no page
    ("a\fb\nc\fd\n", {1}, [0, 1, 1, 2]),                      # one line of it left: a page
    ("a\f\nb\fc\n", {2}, [0, 1, 1, 1]),                       # blank lines aside
], ids=case_id)
def test_the_page_each_line_stands_on(text: str, removed: set[int],
                                      pages: list[int] | None) -> None:
    assert _form_feed_pages(segment(text), frozenset(removed)) == pages


A = [(0, 1), (10, 2), (20, 3), (30, 4), (40, 5), (50, 6)]   # the longest: taken first


@pytest.mark.parametrize(("chains", "styles", "kept", "why"), [
    ([A, [(60, 7), (70, 8)]], ["n", "n"], [0, 1], "goes on from the numbering before it"),
    ([A, [(60, 6), (70, 7)]], ["n", "n"], [0], "its first number is no higher"),
    ([A, [(60, 1), (70, 2)]], ["n", "n"], [0], "starts again, too short to be a print"),
    ([A, [(60, 1), (70, 2), (80, 3), (90, 4), (95, 5)]], ["n", "n"], [0, 1],
     "starts again, five long: the document printed again"),
    ([A, [(60, 1), (70, 2), (80, 3), (90, 4)]], ["n", "n"], [0], "four long: figure panels"),
    ([[(30, 1), (40, 2), (50, 3)], [(0, 7), (10, 8)]], ["n", "n"], [0],
     "before the numbering: it goes on from nothing"),
    ([A, [(55, 1), (56, 2)], [(60, 3), (70, 4)]], ["n", "r", "n"], [0, 1],
     "a chain of another style is no numbering to go on from"),
    ([A, [(60, 7), (70, 8)]], ["n", "r"], [0, 1], "the longest of its own style"),
    ([A, [(60, 7), (64, 8)]], ["n", "n"], [0], "goes on, a page every four lines: line numbers"),
    ([A, [(60, 1), (63, 2), (66, 3), (69, 4), (72, 5)]], ["n", "n"], [0],
     "five long, a number every three lines: a listing's line numbers"),
    ([A, [(60, 7), (65, 8)]], ["n", "n"], [0, 1], "pages half as long: a number a page"),
    ([A, [(45, 7), (55, 8)]], ["n", "n"], [0],
     "begins before the numbering's last number: it goes on from nothing before it"),
    ([A, [(200, 7), (240, 8), (260, 9)], [(80, 3), (110, 4), (140, 5)]], ["n", "n", "n"],
     [0, 1], "between two numberings a page apart (6, then 7): no page left for it"),
    ([A, [(200, 8), (240, 9), (260, 10)], [(80, 3), (110, 4), (140, 5)]], ["n", "n", "n"],
     [0, 1], "6, then 8: two pages apart, still no page it could number"),
    ([A, [(200, 10), (240, 11), (260, 12)], [(80, 7), (110, 8), (140, 9)]], ["n", "n", "n"],
     [0, 1, 2], "6, then 10: it numbers the pages between"),
    ([A, [(200, 7), (240, 8), (260, 9)], [(80, 3), (110, 4), (140, 5)]], ["n", "n", "r"],
     [0, 1, 2], "of another style: no numbering of its own to stand inside"),
    ([A, [(80, 3), (110, 4), (140, 5)], [(200, 7), (240, 8), (260, 9)]], ["r", "n", "n"],
     [0, 1, 2], "the chain before it that ends a step below the next is of another style"),
    ([[(500 + 92 * k, 9 + k) for k in range(10)], [(227, 3), (271, 4), (315, 5)]], ["n", "n"],
     [0, 1],
     "pages half as long, then on into the numbering at that pace: a manual's prose"),
    ([[(1500 + 92 * k, 9 + k) for k in range(10)], [(227, 3), (271, 4), (315, 5)]],
     ["n", "n"], [0],
     "... the numbering 1,185 lines on: not at its pace"),
    ([[(500 + 92 * k, 9 + k) for k in range(10)], [(300, 3), (304, 4), (308, 5)]],
     ["n", "n"], [0],
     "a number every four lines, the numbering 48 lines a page on: a listing's"),
    ([[(330 + 92 * k, 9 + k) for k in range(10)], [(227, 3), (271, 4), (315, 5)]],
     ["n", "n"], [0], "... the numbering 15 lines on, four pages on: no pages between"),
    ([[(500 + 92 * k, 5 + k) for k in range(10)], [(227, 3), (271, 4), (315, 5)]],
     ["n", "n"], [0], "... the numbering opening on its last number: not on from it"),
], ids=case_id)
def test_which_chains_are_numberings(chains: list[list[tuple[int, int]]], styles: list[str],
                                     kept: list[int], why: str) -> None:
    assert _numberings(list(range(len(chains))), chains, styles) == kept, why


PAGES = [(0, 1), (100, 2), (200, 3), (300, 4), (400, 5), (500, 6)]  # a page every 100 lines


def _every(lines: int, first_line: int, first_number: int, count: int) -> list[tuple[int, int]]:
    return [(first_line + lines * step, first_number + step) for step in range(count)]


@pytest.mark.parametrize(("chains", "styles", "kept", "why"), [
    ([_every(4, 600, 7, 12), PAGES], ["n", "n"], [1],
     "a listing's line numbers every four lines, longer than the pages' chain"),
    ([_every(4, 300, 7, 12), PAGES], ["n", "n"], [1],
     "the same amid the pages: the listing's chain, the longer, no longer hides theirs"),
    ([_every(6, 520, 7, 12), PAGES, _every(100, 800, 9, 6)], ["n", "n", "n"], [1, 2],
     "a contents' page references every six lines, between two numberings"),
    ([_every(13, 600, 7, 12), PAGES], ["n", "n"], [0, 1],
     "a number every 13 lines: pages under eight times shorter, a page each"),
    ([_every(4, 600, 7, 12), PAGES[:4]], ["n", "n"], [0, 1],
     "the pages' chain four long: no numbering to measure by"),
    ([_every(4, 600, 7, 130), PAGES], ["n", "n"], [0, 1],
     "the count runs over more lines than the pages' chain: it is the numbering"),
    ([_every(4, 600, 7, 12), _every(300, 0, 1, 6)], ["n", "n"], [0],
     "the slower chain's numbers more than a page apart: sections', no pages to measure by"),
    ([_every(4, 600, 7, 12), PAGES], ["n", "r"], [0, 1], "of another style"),
], ids=case_id)
def test_where_nothing_marks_the_pages_a_chain_that_counts_lines_numbers_none(
        chains: list[list[tuple[int, int]]], styles: list[str], kept: list[int],
        why: str) -> None:
    """Pages of one document are alike in length: a chain whose numbers stand more than
    eight times nearer together than another numbering's of its style, which runs over
    more of the text, counts lines, not pages, however many numbers it has."""
    found = _true_chains(chains, styles, None, 3, 90)  # few lines: all run through enough
    assert sorted(found) == sorted(chains[chain_id] for chain_id in kept), why


def test_where_form_feeds_mark_the_pages_a_chain_that_counts_lines_is_judged_by_them() -> None:
    """With form feeds, the pages judge each chain (one number a page), and pages may
    be short: twelve pages of four lines each after six of a hundred keep their
    numbers."""
    chains = [_every(4, 600, 7, 12), PAGES]
    pages = [line // 100 if line < 600 else 6 + (line - 600) // 4 for line in range(648)]
    assert sorted(_true_chains(chains, ["n", "n"], pages, 3, 648)) == sorted(chains)


def test_each_page_number_says_where_it_stands_in_its_sequence() -> None:
    result = cleaner.clean(paged("{n}", 5))
    assert [edit.message for edit in result.edits if edit.reason == "page_number"] == [
        f"page number {page} in a sequence of 5" for page in range(1, 6)]


@pytest.mark.parametrize(("lines", "index", "among"), [
    (["Text of the page goes on.", "7", "More text of the page."], 1, False),
    (["20", "7", "More text of the page."], 1, True),             # a tick above it
    (["Text of the page goes on.", "7", "40"], 1, True),          # a tick below it
    (["ab", "7", "x"], 1, True),                                  # a vertical label's pieces
    (["Text of the page goes on.", "7", "x"], 1, False),          # one letter: a mark?
    (["3.", "7", "Text of the page goes on."], 1, True),          # an item's figure
    (["x2", "7", "Text of the page goes on."], 1, True),          # a formula's debris
    (["s", "7", "?"], 1, True),                                   # a label's debris
    (["ab", "7"], 1, True),                                       # nothing else beside it
    (["•", "111:7", "Trovato et al."], 1, False),                 # a head's separator
    (["Text of the page goes on.", "7", "—"], 1, False),          # a rule, a dash
    (["7", "Text of the page goes on."], 0, False),               # first line, text after
    (["Text of the page goes on.", "7"], 1, False),               # last line
    (["20", "", "7", "", "40"], 2, False),                        # blank lines set it apart
    (["20\f7", "More text of the page."], 1, False),              # a page break above it
    (["Text of the page goes on.", "7\f40"], 1, False),           # and below it
    # a listing's count that the page's number interrupts: 540, then 541 and 542
    (["540 \\def\\raggedright{%", "19", "541", "\\nohyphens", "542 \\def\\x"], 1, False),
    (["222", "\\let\\support\\thanks", "4", "223", "}{}%", "224"], 2, False),
    (["221", "222", "\\let\\support\\thanks", "4", "223", "}{}%"], 3, False),  # 221 first
    (["540 \\def\\raggedright{%", "19", "541", "\\nohyphens"], 1, True),  # two: no count
    (["1", "2", "2", "3", "4"], 2, True),       # a column the number is one of (contents)
    (["540 \\def\\x{%", "", "19", "541", "\\nohyphens", "542 \\def\\y"], 2, True),  # blank
    # the next page opens with a section: its number over its title, under the page's
    (["Text of the page goes on.", "2", "3", "How to Code the Header", "Text under it."], 1, False),
    (["Text of the page goes on.", "1", "1", "Introduction", "Text under it."], 1, False),
    (["Text of the page goes on.", "1", "1", "Introduction", "Text under it."], 2, True),
    (["Kurzfassung", "viii", "1", "Introduction", "1"], 1, True),  # a contents' entries
    (["Text of the page goes on.", "2", "3", "the text goes on."], 1, True),  # no title
    (["Text of the page goes on.", "2", "3.", "Results"], 1, True),  # an item's figure
    # a list item's label on its own line, its text beyond it: the list goes on
    (["", "21", "c)", "deposito: Procura por arquivos PDF"], 1, False),
    (["The item before it.", "b)", "21", ""], 2, False),  # the label before the number
    (["", "21", "c)", ""], 1, True),                       # nothing beyond the label
    (["", "21", "c)", "x"], 1, True),                      # a fragment beyond it: debris
    (["", "21", "c)\fdeposito: Procura por arquivos PDF"], 1, True),  # a page between
    (["Item text.\fb)", "21", ""], 2, True),                 # ...above the label
    (["", "21", "c)"], 1, True),                                # the text ends on the label
    (["", "21", "c.", "deposito: Procura por arquivos PDF"], 1, True),  # no parenthesis
    (["", "21", "2)", "deposito: Procura por arquivos PDF"], 1, True),  # a count's figure
], ids=case_id)
def test_a_number_among_figure_fragments_is_no_page_number(lines: list[str], index: int,
                                                           among: bool) -> None:
    doc = segment("\n".join(lines) + "\n")
    assert _among_fragments(doc, doc.lines[index]) is among


@pytest.mark.parametrize(("lines", "beside"), [
    (["Text of the page goes on.", "7", "RX"], True),             # a mark of letters after
    (["C", "7", "Text of the page goes on."], True),              # an index's letter before
    (["Text of the page goes on.", "7", "More text."], False),    # text on both sides
    (["ab", "7", "x"], False),                                    # fragments on both sides
    (["Text of the page goes on.", "7", "x3"], False),            # a fragment with a figure
    (["Text of the page goes on.", "7", "20"], False),            # a number
    (["ab", "7", "?"], False),                                    # debris on the other side
    (["ab", "7", "", "Text of the page goes on."], False),        # only the fragment beside
    (["Text of the page goes on.", "7", "C.", "Submitting to Journals"], False),  # a section's
    (["Text of the page goes on.", "7", "IV.", "Results"], False),  # ... letter, numeral
    (["Text of the page goes on.", "7", "C.", "the text goes on."], True),  # no title
    (["Text of the page goes on.", "7", "C", "Submitting to Journals"], True),  # no dot
    (["报告标题", "7 / 16", "目录"], False),                       # two CJK words: no fragment
    (["报告标题", "7 / 16", "图"], True),                          # one CJK character is
], ids=case_id)
def test_a_number_beside_a_mark_has_letters_on_one_side_and_text_on_the_other(
        lines: list[str], beside: bool) -> None:
    doc = segment("\n".join(lines) + "\n")
    assert _beside_a_mark(doc, doc.lines[1]) is beside


def _marked_pages(marks: list[bool], lines_per_page: int = 12, *, form_feeds: bool = False,
                  mark_at: int | None = None) -> str:
    """Pages each ending with its number, and after it, where ``marks`` says so, a mark
    (``RX``) that opens the next page, as pypdf writes a page's marginal sign; with
    ``mark_at``, the number and its mark stand that many lines into the page instead."""
    out = []
    for n, marked in enumerate(marks, 1):
        body = [f"the {WORDS[(n + k) % len(WORDS)]} of day {100 * n + k} was put to the "
                f"{WORDS[(3 * n + 5 * k) % len(WORDS)]} and the {WORDS[(n + 7 * k) % len(WORDS)]} "
                "of the port, which" for k in range(lines_per_page)]
        body[5] += " closed.\n"  # a paragraph ends halfway down the page
        number = [str(n), *(["RX"] if marked else [])]
        at = len(body) if mark_at is None or not marked else mark_at
        out.append("\n".join(body[:at] + number + body[at:]) + ("\n\f" if form_feeds else "\n"))
    return "".join(out) + "The end of it all.\n"


def test_page_numbers_beside_a_page_mark_continue_their_chain() -> None:
    """pypdf runs a page's marginal sign (``RX``) into the line after its number: the
    numbers beside it continue the chain the others started, one page on."""
    marks = [False, False, True, True, True, True, False, True]
    text = _marked_pages(marks)
    assert removed_numbers(text) == [str(n) for n in range(1, 9)]
    kept = cleaner.clean(text).text
    assert all(line in kept for line in text.splitlines() if "day" in line)


def test_a_chinese_slide_deck_s_numbers_go_beside_its_two_character_heads() -> None:
    """A beamer deck in Chinese, as PyMuPDF writes it: each slide's foot (the author,
    the university, the talk's title), its number of the total (``3 / 8``), then the
    next slide's head, ``目录`` (contents) or its section's two characters. A word of two
    CJK characters is no fragment of a label: the numbers make a chain, and go."""
    sections = ["目录", "背景", "方法", "结果", "讨论", "目录", "总结", "致谢"]
    slides = []
    for n, head in enumerate(sections, 1):
        body = "".join(f"第{n}页的第{k}个要点说明研究的进展和计划。\n" for k in range(1, 6))
        slides.append(f"{head}\n{body}杨敬轩\n清华大学\n报告标题\n{n} / {len(sections)}\n")
    text = "".join(slides)
    assert removed_numbers(text) == [f"{n} / 8" for n in range(1, 9)]


def test_a_number_beside_a_mark_starts_no_chain_and_skips_no_page() -> None:
    """Numbers beside a mark alone make no chain (a tick beside a formula's letter on page
    after page), and one continues a chain only one page on: a number lost before it
    leaves it unsure, as a tick beside debris may be."""
    assert removed_numbers(_marked_pages([True] * 8)) == []
    skipping = _marked_pages([False] * 6 + [True] * 2).replace("\n7\nRX", "\nRX")
    assert removed_numbers(skipping) == ["1", "2", "3", "4", "5", "6"]


def test_where_form_feeds_mark_pages_a_number_beside_a_mark_stands_at_an_edge() -> None:
    """A figure beside a letter in the middle of a page (an answer's ``2`` over ``π``) is
    no page number, though it rises with the pages: page numbers stand at the edges."""
    marks = [False, False, False, True, True, True]
    edge = _marked_pages(marks, form_feeds=True)
    assert removed_numbers(edge) == [str(n) for n in range(1, 7)]
    for middle in (4, 8):  # four lines of text under the top, or five over the foot
        assert removed_numbers(_marked_pages(marks, form_feeds=True, mark_at=middle)) == [
            "1", "2", "3"]
    for near in (3, 10):  # three lines of text under the top, or over the foot with RX
        assert removed_numbers(_marked_pages(marks, form_feeds=True, mark_at=near)) == [
            str(n) for n in range(1, 7)]


@pytest.mark.parametrize(("lines", "reference"), [
    (["Installation . . . . . . . .", "7", "3.1"], True),         # an entry under it
    (["Installation", ". . . . . . . . . .", "7", "3.1"], True),  # its leader a line apart
    (["Preface.................", "7", "Introduction"], True),    # dots run together
    (["模板安装⋅⋅⋅⋅⋅⋅⋅⋅", "7", "2.2 模板配置"], True),           # centred dots
    (["目录……", "7", "第一章"], True),                            # ellipses in a row
    (["Installation . . . . . . . .", "7", ""], False),           # the contents page's own
    (["Installation . . . . . . . .", "7\fNext page."], False),   # ... at the page's foot
    (["Installation . . . . . . . .\f7", "3.1"], False),          # a new page's top
    (["further comprising...", "7", "What is claimed:"], False),  # an ellipsis in the text
    (["Installation . .", "7", "3.1"], False),                    # two dots are no leader
    (["Installation of the tools", "7", "3.1"], False),           # no leader at all
    (["Installation . . . . . . . .", "7"], False),               # the text's last line
], ids=case_id)
def test_a_number_after_a_dot_leader_with_an_entry_under_it_is_a_contents_reference(
        lines: list[str], reference: bool) -> None:
    doc = segment("\n".join(lines) + "\n")
    number = next(line for line in doc.lines if line.text.strip() == "7")
    assert _contents_reference(doc, number) is reference


CONTENTS = ["Contents", "1 Introduction . . . . . . 1", "2 The User Interface . . . 2",
            "3 Limitations and Enhancements . . 3", ""]


@pytest.mark.parametrize(("lines", "labels"), [
    ([*CONTENTS, "2", "", "The User Interface", "Text."], True),     # the entry's number over it
    ([*CONTENTS, "2", "The User Interface", "Text."], True),         # no blank line between
    ([*CONTENTS, "2", "", "THE USER INTERFACE", "Text."], True),     # in capitals
    ([*CONTENTS, "3", "", "Limitations and", "Enhancements"], True),  # broken over two lines
    ([*CONTENTS, "3", "", "Limitations", "and Enhancements"], False),  # less than half of it
    ([*CONTENTS, "3", "", "The User Interface", "Text."], False),     # another number's title
    ([*CONTENTS, "2", "", "", "The User Interface"], False),          # too far under it
    ([*CONTENTS, "2\fThe User Interface", "Text."], False),          # the next page's heading
    ([*CONTENTS, "2", "", "Text of the page."], False),               # no heading under it
    (["2", "", "The User Interface", "Text."], False),                # no entry sets them together
    (["Files", "3. ptptex.cls", "", "3", "", "ptptex.cls is designed to be as compatible as"],
     False),                                                          # a list item's first words
    ([*CONTENTS, "2", "", "1 Introduction . . . . . . 1"], False),    # the entry itself
    ([*CONTENTS, "2", "", "The User Interface"], True),               # the text's last line
    ([*CONTENTS, "Text.", "2"], False),                               # the text's last
    (["Contents", "1 Introduction . . . . . 1", "2 FAQ . . . . . . . . 2", "", "2", "", "FAQ",
      "Text."], True),                                                # three letters will do
    (["Contents", "1 Introduction . . . . . 1", "2 UI . . . . . . . . . 2", "", "2", "", "UI",
      "Text."], False),                                               # two are too few
], ids=case_id)
def test_a_number_over_the_heading_a_contents_entry_gives_it_is_the_heading_s(
        lines: list[str], labels: bool) -> None:
    """A section's number set over its heading (``2`` / ``The User Interface``) is the
    number a contents entry or a head gives the heading (``2 The User Interface . . 2``),
    even where the section starts on the page of that number: no page number."""
    doc = segment("\n".join(lines) + "\n")
    number = next(line for line in reversed(doc.lines) if line.text.strip() in ("2", "3"))
    assert _labels_a_heading(doc, number, _numbered_titles(doc)) is labels


@pytest.mark.parametrize(("title", "heading", "alike"), [
    ("theuserinterface", "theuserinterface", True),
    ("limitationsand", "limitationsandenhancements", True),     # over half
    ("limitations", "limitationsandenhancements", False),       # under half
    ("ptptex.cls", "ptptex.clsisdesignedtobeascompatible", False),
    ("theuserinterface", "theuserinterfaces", True),
    ("userinterface", "theuserinterface", False),               # begins otherwise
], ids=case_id)
def test_a_title_and_a_heading_begin_alike_over_half_the_longer(
        title: str, heading: str, alike: bool) -> None:
    assert _begins_alike(title, heading) is alike
    assert _begins_alike(heading, title) is alike


def _sections_a_page(sections: int = 6) -> str:
    """A manual whose every section opens its own page, the section's number over its
    heading at the page's top, and whose pages are numbered at their foot: section
    ``k`` on page ``k``, as its contents say."""
    titles = [f"The {WORDS[k].title()} and its {WORDS[k + 1]}" for k in range(sections)]
    contents = "Contents\n" + "".join(f"{k} {title} . . . . {k}\n"
                                       for k, title in enumerate(titles, 1))
    pages = [f"{k}\n\n{title}\n\n{page_text(k)}\n{k}\n" for k, title in enumerate(titles, 1)]
    return contents + "\f" + "\f".join(pages) + "\fThe end.\n"


def test_section_numbers_that_match_their_pages_stay_when_cleaned_twice() -> None:
    """Where each section opens its page, the sections' numbers count the pages as
    their numbers do; once the page numbers at the feet are gone, they are the only
    chain left. A cleaning of the cleaned text (a pre-commit hook's second run) must
    leave them: the contents give each number its heading."""
    text = _sections_a_page()
    once = cleaner.clean(text)
    assert [edit.removed.strip() for edit in once.edits if edit.kind == "page_number"] == [
        str(k) for k in range(1, 7)]
    twice = cleaner.clean(once.text)
    assert [edit.kind for edit in twice.edits] == []
    assert twice.text == once.text
    titles = [line.split(" . ")[0] for line in text.splitlines()[1:7]]
    assert [f"{k}\n\n{title[2:]}\n" in twice.text for k, title in enumerate(titles, 1)] \
        == [True] * 6


@pytest.mark.parametrize(("lines", "labels"), [
    (["Contents", "1", "Installation", ". . . . . . . .", "2", "1.1", "Prerequisites . . . .",
      "2", "2", "General Use Case", ". . . . . . . .", "3"], {1: 1, 8: 2}),  # 1.1 is no number
    (["Contents", "1 Introduction", "3", "2 Works", "4", "3 Repairs", "5"], {}),  # beside it
    (["Contents", "1", "Introduction", "3", "2", "Works", "4", "3", "Repairs", "5"],
     {1: 1, 4: 2, 7: 3}),  # no leader: the page right under the title
    (["III. Fächer", "31", "13.Nutzung der Fachmodule", "34", "14.Informatik", "34",
      "14.1. Objektdiagramme . . . .", "34"], {}),  # the page before a title with its number
    (["A.1. Section . . . .", "13", "A.2. Section . . . .", "14", "vii", "",
      "A.2.1. Subsection . . . .", "14", "APPENDIX B. NAMED . . . .", "15",
      "B.1. With Figure . . . .", "15", "B.2. With Table . . . .", "16"],
     {}),  # ... the run broken by a page break: an appendix's letter is its label
], ids=case_id)
def test_a_contents_entry_s_number_alone_over_its_title_is_its_label(
        lines: list[str], labels: dict[int, int]) -> None:
    doc = segment("\n".join(lines) + "\n")
    assert _contents_labels(doc, _contents_run_entries(doc)) == labels


def test_a_contents_entries_without_numbers_keep_their_pages_when_cleaned_twice() -> None:
    """A thesis's contents, a part a line, lists its chapters by number and then its
    back matter without one (``Appendices`` / ``8``, an appendix's ``Appendices`` /
    ``8``); its pages are numbered at their foot, the back matter's too, a blank line
    after each (PyMuPDF), and the appendices' part title stands alone on its page. The
    page numbers go, the back matter's too; the contents' pages stay, and a second
    cleaning leaves them: read as page numbers, they would go on to the back matter's."""
    titles = [f"The {WORDS[k].title()} and its {WORDS[k + 1]}" for k in range(4)]
    back = [("Appendices", 8, 0), ("Bibliography", 9, 9), ("Acronyms", 10, 6),
            ("Glossary", 11, 8), ("Index", 12, 7)]
    contents = "Contents\n" + "".join(f"{k}\n{title}\n{2 * k - 1}\n"
                                       for k, title in enumerate(titles, 1)) \
        + "Appendices\n8\n" + "".join(f"{title}\n{page}\n" for title, page, _ in back)

    def body(page: int, lines: int) -> str:
        rng = random.Random(page)
        return "".join(" ".join(rng.choice(WORDS) for _ in range(14)) + ".\n"
                       for _ in range(lines))

    pages = [f"{title}\n{body(k, 12)}{k}\n" for k, title in enumerate(titles + titles[:3], 1)]
    pages += [f"{title}\n{body(page, lines)}{page}\n" for title, page, lines in back]
    text = contents + "\n" + "\n".join(pages) + "\nThe end.\n"
    once = cleaner.clean(text)
    assert [edit.removed.strip() for edit in once.edits if edit.kind == "page_number"] == [
        str(k) for k in range(1, 13)]
    assert once.text.startswith(contents)
    twice = cleaner.clean(once.text)
    assert [edit.kind for edit in twice.edits] == []


def test_section_numbers_stay_when_cleaned_twice_where_blank_lines_mark_the_pages() -> None:
    """PyMuPDF writes the contents a part a line (``2`` / ``Works on the pier`` / ``. .``
    / ``2``) and a blank line after every page. Each section opens its page, its number
    over its heading; the page's number stands at its foot. Cleaned, the page numbers
    go; cleaned again, the sections' numbers stay: the contents give each its heading."""
    titles = [f"The {WORDS[k].title()} and its {WORDS[k + 1]}" for k in range(6)]
    contents = "Contents\n" + "".join(f"{k}\n{title}\n. . . . . . . .\n{k}\n"
                                       for k, title in enumerate(titles, 1))
    pages = [f"{k}\n{title}\n{page_text(k)}{page_text(k + 1)}{k}\n"
             for k, title in enumerate(titles, 1)]
    text = contents + "\n" + "\n".join(pages) + "\nThe end.\n"
    once = cleaner.clean(text)
    assert [edit.removed.strip() for edit in once.edits if edit.kind == "page_number"] == [
        str(k) for k in range(1, 7)]
    twice = cleaner.clean(once.text)
    assert [edit.kind for edit in twice.edits] == []
    assert [f"\n{k}\n{title}\n" in twice.text for k, title in enumerate(titles, 1)] \
        == [True] * 6


CHAPTERS_AND_SECTIONS = ["Contents", "1", "Introduction", "3", "1.1", "The harbour . . . . . .",
                         "3", "2", "Works on the pier", "4", "2.1", "The crane . . . . . .", "5"]


SECTIONS_B = ["B.1", "Options . . . .", "14", "B.2", "Defining . . . .", "14", "B.3",
              "Cranes . . . .", "15"]
MORE_B = ["B.4", "Fonts . . . .", "15", "B.5", "Piers . . . .", "16"]
HEAD_AND_NUMBER = ["1", "Introduction", "3"]


@pytest.mark.parametrize(("lines", "entries"), [
    (CHAPTERS_AND_SECTIONS, {1, 3, 4, 6, 7, 9, 10, 12}),  # numbers, titles, pages: a line each
    (CHAPTERS_AND_SECTIONS[:7], set()),                    # two entries: too few
    (["Contents", "1 Introduction", "3", "1.1", "The harbour", ". . . . . . . .", "3",
      "2 Works on the pier", "4"], {2, 3, 6, 8}),         # a title beside its number; a leader
    (["Chapter 3.", "Formats", "13", "3.1.", "Margins", "13", "Chapter 4.", "Order", "15"],
     {0, 2, 3, 5, 6, 8}),                                   # a chapter's word and number
    ([*CHAPTERS_AND_SECTIONS, "ii", "2.2", "The lighthouse . . . . .", "6"],
     {1, 3, 4, 6, 7, 9, 10, 12}),                           # the contents page's own ii
    ([*CHAPTERS_AND_SECTIONS, "The pier.", "2.2", "The lighthouse . . . . .", "6"],
     {1, 3, 4, 6, 7, 9, 10, 12}),                           # a line of text: the end
    (["Contents", "Appendix C. Human Subjects", "30", "Appendix D. Illustrations", "31",
      "Appendix E. Tables", "32"], {2, 4, 6}),              # an appendix's letter, a dot
    (["1", "Introduction", "3", "1.1", "The harbour", "", "3", "2", "Works", "4"], set()),
    (["", "2", "OVERVIEW OF THE HARBOUR", "5", "2.2", "Top level directories",
      "The text of the section runs on from here."], set()),  # a head over a section
    (["Contents", "1", "Introduction", "6", "2", "Works", "4", "3", "Repairs", "5"], set()),
    (["94 \\def\\a", "95", "96 \\def\\b", "7", "97 \\def\\c", "8"], set()),  # going down
    (["1 Introduction", "3", "2 Works", "4", "3 Repairs", "5"], {1, 3, 5}),  # the text's start
    ([*CHAPTERS_AND_SECTIONS, "Appendices", "6", "Bibliography", "7", "Index", "7"],
     {1, 3, 4, 6, 7, 9, 10, 12, 14, 16, 18}),  # entries without a number after the run
    (["Appendices", "6", "Bibliography", "7", "Index", "7", "Glossary", "8"], set()),  # alone
    (["Contents", "1", "Introduction", "5", "1.1", "A Section", "5", "2", "Works", "7", "2.1",
      "A Note", "7"], {1, 3, 4, 6, 7, 9, 10, 12}),  # A as a title's first word, not its number
    (["9", "\\def\\a", "10", "11", "\\def\\b", "12", "13", "\\def\\c", "14", "15",
      "\\def\\d", "16", "\\def\\e", "17"], {0, 2, 3, 5, 6, 8, 9, 11}),  # a listing's
    ([*CHAPTERS_AND_SECTIONS, "2.2", "The lighthouse . . . .\f6"],
     {1, 3, 4, 6, 7, 9, 10, 12}),  # a page break between a title and a number: the next page's
    ([str(n) for n in range(1, 10)], set()),                  # a column of numbers
    (["Inhaltsverzeichnis", "I.", "Allgemeines", "4", "1. Allgemeines zum Paket", "4",
      "1.1. Wichtiger Hinweis . . . .", "4"], {1, 3, 5, 7}),  # a part's numeral and its dot
    (["CONTENTS", "I. Introduction", "1", "II. Formatting", "1", "III. Title", "2"],
     {2, 4, 6}),                                            # ... opening the title's line
    (["CONTENTS", "I.Introduction", "1", "II.Formatting", "1", "III.Title", "2"],
     set()),                                                # a word, not a label and a title
    (["Annexe C", "C.1", "Images . . . .", "83", "C.2", "Acronymes . . . .", "84", "C.3",
      "Scission . . . .", "84"], {1, 3, 4, 6, 7, 9}),        # an appendix's lettered sections
    (["I.1. Changes", "2", "I.2. Compatibility", "3", "I.3. Submitting", "3"],
     {1, 3, 5}),                                            # ... after a part's numeral
    (["B.1", "Options . . . .", "14", "B.2", "Defining . . . .", "14", "", "1",
      "Introduction", "3", "B.3", "Packages . . . .", "14", "B.4", "Fonts . . . .", "15"],
     {0, 2, 3, 5, 10, 12, 13, 15}),                         # a page's head and number between
    (["2.1", "Options . . . .", "14", "2.2", "Defining . . . .", "14", "1", "Introduction",
      "3", "2.3", "Packages . . . .", "14", "2.4", "Fonts . . . .", "15"],
     {0, 2, 3, 5, 9, 11, 12, 14}),                          # ... with no blank line
    (["B.1", "Options . . . .", "14", "B.2", "Defining . . . .", "14", "", "1",
      "Introduction", "3", "B.3", "Packages . . . .", "14", "B.4", "Fonts . . . .", "15",
      "Figures follow.", "1.1", "Crane . . . .", "2", "1.2", "Pier . . . .", "3"],
     {0, 2, 3, 5, 10, 12, 13, 15}),                         # ... once: two entries after
    ([*SECTIONS_B, "", *HEAD_AND_NUMBER, *MORE_B],
     {0, 2, 3, 5, 6, 8, 13, 15, 16, 18}),                   # a page's head and number passed
    ([*SECTIONS_B, "", "", *HEAD_AND_NUMBER, *MORE_B],
     {0, 2, 3, 5, 6, 8, 11, 13, 14, 16, 17, 19}),           # ... not past two blank lines
    ([*SECTIONS_B, "The lists follow.", "1 Introduction", "3", *MORE_B],
     {0, 2, 3, 5, 6, 8, 11, 12, 14, 15, 17}),               # ... nor a line of text
    ([*SECTIONS_B, "", *HEAD_AND_NUMBER], {0, 2, 3, 5, 6, 8}),  # ... nor at the end
    ([*SECTIONS_B, "", "1", "Introduction", "15", *MORE_B],
     {0, 2, 3, 5, 6, 8, 10, 12, 13, 15, 16, 18}),           # ... an entry: its page not lower
    ([*SECTIONS_B, "", *HEAD_AND_NUMBER, "", *MORE_B],
     {0, 2, 3, 5, 6, 8}),                                   # ... the entries on not under it
    ([*SECTIONS_B, "Contents", "5", "Fonts . . . .", "15", "B.5", "Piers . . . .", "16"],
     {0, 2, 3, 5, 6, 8, 12, 13, 15}),                       # ... its number over a title
    (["2.1", "Options . . . .", "14", "2.2", "Defining . . . .", "14", "2.3", "Fonts",
      "15", "1", "Figures", "3", "1.2", "Cranes . . . .", "5", "1.3", "Piers . . . .", "6"],
     {0, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17}),            # a list of figures starts over
], ids=case_id)
def test_a_contents_entries_a_line_each_in_a_run_are_no_page_numbers(
        lines: list[str], entries: set[int]) -> None:
    """PyMuPDF writes a contents entry a part a line: its number, its title (with its
    dot leader, or without), its page. Three entries or more in a row, their pages not
    going down, are a table of contents: neither the numbers nor the pages number the
    document's pages. A blank line breaks the run; a head's chapter number, title and
    page over a section's heading are one entry, not a run."""
    doc = segment("\n".join(lines) + "\n")
    assert _contents_entries(doc, _contents_run_entries(doc)) == entries


@pytest.mark.parametrize(("lines", "counts"), [
    (["6 \\newcommand{\\title}{%", "7", "8 \\relax"], True),              # a listing's lines
    (["7", "8 \\newcommand{\\title}{%", "9 \\relax"], True),              # its first line
    (["7", "8 \\newcommand{\\title}{%", "9 \\relax", "10 \\fi"], True),  # ... of a longer one
    (["5 A footnote.", "6 Another footnote.", "7", "A head"], False),     # a foot's notes
    (["7", "a line", "a line more", "8", "a line", "a line more", "9"], True),  # three apart
    (["7", "8 \\newcommand{\\title}{%", "a line", "a line", "a line", "9"], False),  # far
    (["5 A footnote.", "6 Another footnote.", "", "7", "A head"], False),  # a blank between
    (["6", "\\newcommand{\\title}{%", "7", "\\relax", "8"], True),         # its numbers alone
    (["6", "a line", "a line more", "7", "a line", "a line more", "8"], True),  # three apart
    (["6", "a line", "a line more", "and more", "7", "8"], False),        # a page before it
    (["6", "7", "a line", "a line more", "and more", "8"], False),        # a page after it
    (["1 A footnote under the text.", "7", "8 \\relax"], False),          # not one less
    (["6 A footnote under the text.", "7"], False),                       # a footnote's 6
    (["7", "8 The next page's head"], False),                             # a head's 8
    (["666 \\newcommand{\\title}{%", "7", "8 \\relax"], False),           # 666 is not 6
    (["6.2 Installation", "7", "8 \\relax"], False),                      # a section's number
    (["6 \\newcommand{\\title}{%", "7", "6 \\relax"], False),             # one less after
    (["6 \\newcommand{\\title}{%", "7", "7 \\relax", "8 \\fi"], False),   # the listing's own 7
    (["6 \\newcommand{\\title}{%", "7 \\relax", "7", "8 \\fi"], False),   # ... before it
    (["6 \\newcommand{\\title}{%\f7", "8 \\relax"], False),             # a page break above
    (["6 \\newcommand{\\title}{%", "7\f8 \\relax"], False),             # and below
    (["6 \\newcommand{\\title}{%", "7"], False),                         # the text's end
], ids=case_id)
def test_three_numbers_counting_up_a_line_or_so_apart_count_lines(
        lines: list[str], counts: bool) -> None:
    """A page is longer than three lines: numbers counting up that close through a
    number (alone, or opening their lines, as a listing numbers its lines), or on from
    it twice, are lines' numbers. A page's foot may have footnotes ``5`` and ``6`` over
    its number ``7``, or the next page's head under it; and a page's ``7`` may end its
    page amid a listing's lines ``6``, ``7``, ``8``: the listing has its own ``7``."""
    doc = segment("\n".join(lines) + "\n")
    number = next(line for line in doc.lines if line.text.strip() == "7")
    assert _counts_lines(doc, number, 7) is counts


def _documented_listing(chunks: int = 30, lines: int = 4) -> str:
    """A class's documented source as PyMuPDF extracts it, its pages' numbers already
    cleaned away: prose, then ``lines`` numbered lines of TeX, every other number alone
    on its line over its code (a long line, wrapped), then prose again."""
    out, number = [], 0
    for chunk in range(chunks):
        out += (page_text(chunk) + page_text(chunk + 7)).splitlines()[:5]
        for _ in range(lines):
            number += 1
            code = f"\\def\\harbour@{WORDS[number % len(WORDS)]}{{{number}}}%"
            out += [f"{number} {code}"] if number % 2 else [str(number), code, "\\relax\\fi}%"]
    return "\n".join(out) + "\n"


def test_a_listings_numbers_alone_on_their_lines_stay_however_often_it_is_cleaned() -> None:
    """A listing's numbers alone on their lines make a chain through the document: with
    the prose between, a page every few lines, and once the pages' own numbers were
    gone, the longest chain left. A number with the one before it just above and the
    one after just under counts lines, not pages."""
    assert removed_numbers(_documented_listing()) == []


def _listing_with_sparse_numbers(chunks: int = 12) -> str:
    """A documented source as PyMuPDF extracts it, its pages' numbers already cleaned
    away: prose, then ten keys of a listing, each number alone on its line over its key
    and a value wrapped in two (a number every four lines), then twenty lines of code
    with their numbers run into them: the count rises some two lines a number."""
    out, number = [], 700
    for chunk in range(chunks):
        out += (page_text(chunk) + page_text(chunk + 7)).splitlines()[:4]
        for key in range(10):
            number += 1
            word = WORDS[(chunk + key) % len(WORDS)]
            out += [str(number), word, f".tl_set:N = \\g__harbour_{word}_tl", ","]
        for _ in range(20):
            number += 1
            out.append(f"{number} \\cs_new:Npn \\harbour_{WORDS[number % len(WORDS)]}:n #1")
    return "\n".join(out) + "\n"


def test_a_listings_numbers_every_four_lines_stay_once_the_pages_numbers_are_gone() -> None:
    """Each run of a listing's numbers alone on their lines (every four lines) could be
    pages of four lines, and together they run through the document. But each goes on
    with the count of the one before, and from the first number to the last the count
    rises every two lines: the lines run into their numbers between count too. No page
    is that short."""
    assert removed_numbers(_listing_with_sparse_numbers()) == []


@pytest.mark.parametrize(("chains", "styles", "found", "why"), [
    ([_every(4, 0, 1, 10), _every(4, 60, 31, 10), _every(4, 120, 61, 10)], ["n"] * 3,
     {0, 1, 2}, "each four lines a number, and 30 numbers every 60 lines: a listing's"),
    ([_every(4, 0, 1, 5), _every(4, 40, 21, 5), _every(4, 80, 29, 5)], ["n"] * 3,
     {0, 1, 2}, "from the first to the last, three lines a number: no page is as short"),
    ([_every(4, 0, 1, 5), _every(4, 40, 21, 5), _every(4, 80, 28, 5)], ["n"] * 3,
     set(), "a little over three lines a number: slides may be that short"),
    ([_every(4, 0, 1, 3), _every(4, 12, 6, 3)], ["n"] * 2, set(),
     "two pages lost between six found: most of the count is in the chains"),
    ([_every(4, 0, 1, 10), _every(4, 60, 11, 10), _every(4, 120, 21, 10)], ["n"] * 3,
     set(), "the count goes on as fast as its chains: pages of four lines, slides"),
    ([_every(4, 0, 1, 10), _every(4, 80, 41, 10), _every(4, 160, 5, 10)], ["n"] * 3,
     {0, 1}, "the third starts the count again: a run of its own, one chain long"),
    ([_every(4, 0, 1, 10), _every(4, 30, 31, 10), _every(4, 120, 61, 10)], ["n"] * 3,
     set(), "the second begins before the first ends: it breaks the run"),
    ([_every(4, 0, 1, 10), _every(4, 60, 31, 10), _every(4, 120, 61, 10)], ["n", "r", "n"],
     {0, 2}, "of another style: the run goes past it"),
    ([_every(4, 0, 1, 10), _every(60, 0, 1, 4), _every(4, 120, 61, 10)], ["n"] * 3,
     set(), "a chain of pages' numbers through the text breaks every run: none judged"),
    ([_every(4, 0, 1, 5), _every(4, 40, 5, 5), _every(4, 100, 40, 5)], ["n"] * 3, {1, 2},
     "the second opens on the first's last number: a count of its own, the first apart"),
    ([_every(4, 0, 1, 5), _every(4, 40, 29, 5)], ["n"] * 2, {0, 1},
     "as many numbers on as lines on, a number a line: still a count of lines"),
    ([_every(4, 0, 1, 5), _every(4, 28, 16, 5)], ["n"] * 2, set(),
     "as many numbers between the chains as in them: not most"),
    ([_every(4, 0, 1, 3), _every(26, 18, 64, 5)], ["n"] * 2, set(),
     "61 numbers on ten lines on: no count of lines, a list's 1 to 3 before page 64"),
    ([_every(2, 0, 1, 10)], ["n"], set(), "one chain alone: judged by its own pace"),
    ([_every(44, 0, 3, 3), _every(4, 2000, 503, 10), _every(4, 2060, 532, 10),
      _every(4, 2120, 561, 10)], ["n"] * 4, {1, 2, 3},
     "three pages' numbers before the listing's: the run counts too fast from its second"),
], ids=case_id)
def test_which_chains_count_on_faster_than_pages(chains: list[list[tuple[int, int]]],
                                                 styles: list[str], found: set[int],
                                                 why: str) -> None:
    assert _counting_on_too_fast(list(range(len(chains))), chains, styles) == found, why


def _contents_and_sections(entries: int = 40) -> str:
    """A document as pymupdf writes it, its pages' numbers already cleaned away: a table
    of contents of ``entries`` entries (number, title and leader, page: two entries a
    page), then each section's heading and a paragraph."""
    contents = "".join(f"{n // 10 + 1}.{n % 10 + 1}\nThe {WORDS[n % len(WORDS)]} "
                       f"{WORDS[(3 * n + 1) % len(WORDS)]} . . . . . . . .\n{3 + n // 2}\n"
                       for n in range(entries))
    sections = "".join(f"{n // 10 + 1}.{n % 10 + 1} The {WORDS[n % len(WORDS)]} "
                       f"{WORDS[(3 * n + 1) % len(WORDS)]}\n{page_text(n).splitlines()[0]}\n"
                       for n in range(entries))
    return "A Guide to Harbours\nContents\n" + contents + sections


def test_a_table_of_contents_page_references_stay_however_often_it_is_cleaned() -> None:
    """A contents' page references rise through it as page numbers rise through the pages.
    While the pages keep their numbers, those make the longer chain; once a cleaning has
    taken them, the references were the longest chain left, and a second cleaning (the
    hook, at the next commit) took them: they are never page numbers."""
    assert removed_numbers(_contents_and_sections()) == []


def _contents_then_pages(pages: int = 8) -> str:
    """A text as pypdf writes it (no page marks): a contents page of two chapters, each
    entry a part a line (``1`` / ``Introduction`` / ``2``, its sections with dot
    leaders), then pages 2 to ``pages``, each ending with its number."""
    contents = ["Harbour Works Guide", "Contents"]
    for chapter, (title, page) in enumerate((("Introduction", 2), ("Works on the pier", 3)), 1):
        contents += [str(chapter), title, str(page)]
        for section in (1, 2):
            contents += [f"{chapter}.{section}",
                         f"The {WORDS[chapter + section]} . . . . . . . .", str(page)]
    body = [line for n in range(2, pages + 1)
            for line in [*page_text(n).splitlines(), *page_text(n + 20).splitlines()[:1], str(n)]]
    return "\n".join([*contents, *body]) + "\n"


def test_a_contents_chapter_numbers_and_pages_start_no_chain_of_page_numbers() -> None:
    """A chapter's entry carries no leader, and its number stands alone on its line: the
    first chapter's ``1``, a page before the first page's number, made the chain's first
    page, and went. The entries' numbers and pages are the contents' own."""
    assert removed_numbers(_contents_then_pages()) == [str(n) for n in range(2, 9)]


@pytest.mark.parametrize(("unnumbered", "removed"), [
    (4, ["1", "2", "3", "4", "5"]),  # title, abstract, contents: the five pages are most
    (6, []),                          # six pages unnumbered: the numbers stand in a part
])
def test_without_page_marks_a_chain_numbers_its_last_page_too(unnumbered: int,
                                                              removed: list[str]) -> None:
    """Without page marks, a chain's numbers run through half the text or more: from the
    first number's page to the last one's, the last page too. Five pages numbered at
    their feet after four unnumbered ones are five pages of nine, not four."""
    text = numbered_pages([*([None] * unnumbered), 1, 2, 3, 4, 5], form_feeds=False)
    assert removed_numbers(text) == removed


@pytest.mark.parametrize(("pages", "waiting", "chain"), [
    ([0, 1, 2, 2, 3], {3: [0]}, 0),                 # the next page, the next number
    ([0, 1, 2, 2, 3], {2: [0]}, 0),                 # a number skipped
    ([0, 1, 2, 2, 3], {1: [0]}, None),              # two numbers skipped: another chain
    ([0, 1, 2, 2, 2], {3: [0]}, None),              # the same page: no
    ([0, 1, 2, 2, 4], {3: [0]}, 0),                 # a page lost in extraction
    ([0, 1, 2, 2, 5], {3: [0]}, None),              # three pages on for one number
    ([0, 1, 2, 2, 3], {3: [0, 1]}, 1),              # the longer of two chains
], ids=case_id)
def test_which_chain_a_number_continues(pages: list[int], waiting: dict[int, list[int]],
                                        chain: int | None) -> None:
    """Number 4 on line 4, after chain 0 (3 on line 3) and chain 1 (2 and 3 on lines 1
    and 2), by pages: one page on for one number up (or two for one, where a page lost
    its number or its form feed); of the chains that fit, the longest; it stops waiting."""
    chains = [[(3, 3)], [(1, 2), (2, 3)]]
    waiting = {number: list(ids) for number, ids in waiting.items()}  # the case's own, unchanged
    assert _chain_to_extend(chains, waiting, 4, 4, pages) == chain
    if chain is not None:
        assert all(chain not in waiting_for for waiting_for in waiting.values())


def test_without_form_feeds_a_chain_continues_a_page_length_later() -> None:
    chains = [[(0, 1)]]
    assert _chain_to_extend(chains, {1: [0]}, 3, 2, None) is None  # three lines: too near
    assert _chain_to_extend(chains, {1: [0]}, 4, 2, None) == 0


def test_a_number_beside_a_mark_keeps_the_pace_of_a_chain_of_two() -> None:
    """A number beside a mark is judged by the pace of a chain of two already: the
    contents' ``3``, ``4`` four lines apart are not continued by a ``5`` beside a
    listing's letter a hundred lines on, while a plain number is, until five set a
    pace."""
    chains = [[(0, 3), (4, 4)]]
    assert _chain_to_extend(chains, {4: [0]}, 104, 5, None, beside_a_mark=True) is None
    assert _chain_to_extend(chains, {4: [0]}, 4 + 8 * 4, 5, None, beside_a_mark=True) == 0
    assert _chain_to_extend([[(0, 3), (4, 4)]], {4: [0]}, 104, 5, None) == 0
    assert _chain_to_extend([[(0, 3)]], {3: [0]}, 104, 4, None, beside_a_mark=True) == 0
    assert _chain_to_extend([[(0, 3)]], {3: [0]}, 104, 5, None, beside_a_mark=True) is None


def test_without_page_marks_a_chain_continues_no_farther_than_its_pages_run() -> None:
    """Five numbers ten lines apart set a chain's pace; a number one more comes a page
    later, or a few pages (a plate, a long table), not eight pages' length later: that
    is a number in the text, and another chain. A chain shorter than five has no pace
    to judge by yet."""
    chains = [[(0, 1), (10, 2), (20, 3), (30, 4), (40, 5)]]
    assert _chain_to_extend(chains, {5: [0]}, 50, 6, None) == 0
    assert _chain_to_extend(chains, {5: [0]}, 40 + 8 * 10, 6, None) == 0
    assert _chain_to_extend(chains, {5: [0]}, 40 + 8 * 10 + 1, 6, None) is None
    assert _chain_to_extend(chains, {5: [0]}, 40 + 2 * 8 * 10, 7, None) == 0  # a page lost
    short = [[(0, 1), (10, 2), (20, 3), (30, 4)]]
    assert _chain_to_extend(short, {4: [0]}, 500, 5, None) == 0


def test_without_page_marks_no_page_is_eight_times_the_longest_page() -> None:
    """Before a chain has a pace, its next number may stand a page of any length on, but
    not more than eight times ``MAX_PAGE_LINES`` a page (a contents' ``38``, ``39``, then
    a ``40`` in a table 2,400 lines on)."""
    far = 9 + int(PACE_SPREAD * MAX_PAGE_LINES)
    assert _chain_to_extend([[(0, 38), (9, 39)]], {39: [0]}, far, 40, None) == 0
    assert _chain_to_extend([[(0, 38), (9, 39)]], {39: [0]}, far + 1, 40, None) is None
    assert _chain_to_extend([[(0, 38), (9, 39)]], {39: [0]}, far + 1, 41, None) == 0


def _contents_then_a_long_text() -> str:
    """A thesis' contents as a first cleaning leaves them (the pages' numbers gone):
    each entry's page alone under its title, written over lines of their own with no dot
    leader, then 2,400 lines of text, and in a table there a ``40``."""
    out = []
    for number, page in enumerate([18, 19, 20, 38, 39], start=1):
        out += [f"10.6.{number} Harbour", "Committee", "Minutes", "and Votes", str(page)]
    out += [line for n in range(480) for line in page_text(n).splitlines()]
    out[1800:1800] = ["Berths", "40", "Cranes", "12"]
    return "\n".join(out) + "\n"


def test_a_contents_pages_stay_beside_a_number_far_on() -> None:
    assert removed_numbers(_contents_then_a_long_text()) == []


def test_without_page_marks_a_chain_goes_no_nearer_than_its_pages_run_twice_running() -> None:
    """Five numbers sixty lines apart set a chain's pace. One number a few lines after
    the last may be a short last page's; a second as near right after it is a listing's
    line number that counts on from the pages' (``23``, ``24``, then ``25``, ``26`` every
    four lines), and no page's."""
    chain = [(0, 1), (60, 2), (120, 3), (180, 4), (240, 5)]
    assert _chain_to_extend([chain], {5: [0]}, 244, 6, None) == 0  # a short last page
    short_last = [*chain, (244, 6)]
    assert _chain_to_extend([short_last], {6: [0]}, 248, 7, None) is None
    assert _chain_to_extend([short_last], {6: [0]}, 244 + 7, 7, None) == 0  # 8 * 7 > 48.8
    assert _chain_to_extend([short_last], {6: [0]}, 304, 7, None) == 0  # a page on
    assert _chain_to_extend([[*chain, (300, 6)]], {6: [0]}, 304, 7, None) == 0
    # a chain shorter than five has no pace: the listing's numbers go on with it
    assert _chain_to_extend([[(0, 1), (60, 2), (64, 3)]], {3: [0]}, 68, 4, None) == 0


def test_a_stray_number_far_on_does_not_break_the_page_numbers_up() -> None:
    """Pages run together (pypdf): pages 1 to 8 numbered at their feet, two pages that
    lost their numbers, then 11 to 40. A ``10`` in the text near the end continued the
    first numbering, stretched it over the second, and both could not stand: pages 1
    to 8 kept their numbers. It stands too far on to be the next page's number."""
    numbers: list[int | None] = [*range(1, 9), None, None, *range(11, 41)]
    pages = []
    for page, number in enumerate(numbers, 1):
        text = "".join(page_text(page).splitlines(keepends=True)[:4])
        pages.append(text + (f"{number}\n" if number else ""))
    pages[-3] += "the rows of table\n10\nin the report.\n"
    removed = removed_numbers("".join(pages) + "The end of it all.\n")
    assert removed == [str(number) for number in numbers if number]


@pytest.mark.parametrize(("missing", "found"), [
    (11, [3, 5, 7, 9, 13, 15, 17, 19, 21]),  # the shorter part first
    (13, [3, 5, 7, 9, 11, 15, 17, 19, 21]),  # the shorter part last
])
def test_a_numbering_on_odd_pages_with_a_page_lost_is_one_numbering(missing: int,
                                                                     found: list[int]) -> None:
    """A journal sets the numbers of odd pages alone at their foot and those of even pages
    in the head (``2 A. One and B. Two``, kept here): the numbers stand on every other
    page. A figure's page has no number: the chain breaks in two, the numbers before and
    after the gap. The shorter part continues into the longer, or the longer into it;
    both are the one numbering, and together they number enough pages."""
    pages = []
    for page in range(1, 23):
        foot = f"{page}\n" if page % 2 and page not in (1, missing) else ""
        head = f"{page} A. One and B. Two\n" if page % 2 == 0 else ""
        pages.append(head + page_text(page) + foot)
    result = cleaner.clean("\f".join(pages) + "The end.\n")
    assert [int(edit.removed) for edit in result.edits if edit.reason == "page_number"] == found


def _chain(first_line: int, first_number: int, count: int) -> list[tuple[int, int]]:
    """A chain of ``count`` numbers from ``first_number``, a page (100 lines) apart."""
    return [(first_line + 100 * step, first_number + step) for step in range(count)]


@pytest.mark.parametrize(("later", "later_style", "kept"), [
    (5, "0", [0, 1, 2]),  # 2, 3, 4, then 5 onwards: one numbering
    (4, "0", [0, 1]),  # 2, 3, 4, then 4 again: not its continuation
    (5, "page 0", [0, 1]),  # another style's numbers continue nothing of this one
])
def test_a_short_chain_is_kept_when_a_numbering_after_it_continues_it(
        later: int, later_style: str, kept: list[int]) -> None:
    """A chain too short to be a numbering of its own (three numbers) is one when a
    numbering of its style after it goes on from its last number; the longest of the
    style (a later numbering from 1) is kept whatever comes before it."""
    chains = [_chain(2000, 1, 8), _chain(400, later, 9), _chain(10, 2, 3)]
    styles = ["0", later_style, "0"]
    assert _numberings([0, 1, 2], chains, styles) == kept


@pytest.mark.parametrize(("lines", "index", "numbered"), [
    ([str(n) for n in range(1, 11)], 0, True),  # ten counting one a line: a column
    ([str(n) for n in range(1, 11)], 9, True),
    ([str(n) for n in range(31, 41)], 4, True),  # a later page's numbers go on counting
    ([str(n) for n in range(1, 10)], 4, False),  # nine: a figure's ticks may count so
    ([str(n) for n in range(2, 22, 2)], 4, False),  # ticks step by more
    (["18", *[str(n) for n in range(1, 11)]], 0, False),  # the page's number above it
    (["18", *[str(n) for n in range(1, 11)]], 1, True),
    (["Text.", *[str(n) for n in range(1, 11)]], 0, False),
    ([str(n) for n in range(1, 6)] + ["x"] + [str(n) for n in range(6, 11)], 2, False),
    (["1", "2", "x", *(str(n) for n in range(4, 13))], 0, False),  # a line between: two
    (["¹", "²", "³", *(str(n) for n in range(4, 13))], 1, False),  # footnote marks, no column
    (["1", "2", "³", *(str(n) for n in range(4, 13))], 3, False),
    ([*(str(n) for n in range(1, 10)), "x", "11", "12"], 11, False),
    ("\n\n".join(str(n) for n in range(1, 11)).split("\n"), 8, True),  # pdfminer's blank lines
    ("\n\n\n".join(str(n) for n in range(1, 11)).split("\n"), 9, False),  # two: no column
    ("\n\n".join(str(n) for n in range(1, 11)).replace("\n\n6", "\n\f6").split("\n"),
     8, False),  # a column stands on one page
    ("\n".join(str(n) for n in range(1, 11)).replace("\n6", "\f6").split("\n"),
     4, False),  # five on a page, five on the next: no column
    ("\n".join(str(n) for n in range(1, 11)).replace("\n6", "\f6").split("\n"), 5, False),
    ([*(str(n) for n in range(1, 10)), "10\fText."], 9, True),  # the column ends its page
], ids=case_id)
def test_line_numbers_stand_in_a_column_of_ten_counting_one_a_line(
        lines: list[str], index: int, numbered: bool) -> None:
    assert in_line_numbers(segment("\n".join(lines) + "\n"), index) is numbered


def test_a_page_number_over_a_draft_s_line_numbers_is_a_page_number() -> None:
    """A draft numbered in the margin, as PyMuPDF writes it: each page opens on its
    number, then the column of the page's line numbers, then its text. The page number
    beside a line number is no axis tick among others: the pages' numbers go, the line
    numbers stay."""
    import textwrap

    pages = []
    for page in range(17, 27):
        rng = random.Random(page)
        prose = textwrap.wrap(" ".join(rng.choice(WORDS) for _ in range(300)), 75)
        pages.append("\n".join([str(page), *(str(n) for n in range(1, 13)), *prose]))
    result = cleaner.clean("\n\n".join(pages) + "\n")
    assert [(edit.reason, edit.removed.strip()) for edit in result.edits] == [
        ("page_number", str(page)) for page in range(17, 27)]


def test_a_page_number_under_a_column_with_blank_lines_is_told_from_its_line_numbers() -> None:
    """A draft numbered in the margin, as pdfminer writes it: each page opens on the
    column of its line numbers, a blank line between two, then its head and its number.
    The page's number goes, not the line number equal to it in the column (a line
    numbered 18 on page 18)."""
    import textwrap

    pages = []
    for page in range(17, 27):
        rng = random.Random(page)
        prose = textwrap.wrap(" ".join(rng.choice(WORDS) for _ in range(300)), 75)
        column = "\n\n".join(str(n) for n in range(1, 31))
        pages.append(f"{column}\n\nSAMPLE PAPER\n\n{page}\n\n" + "\n".join(prose) + "\n\f")
    text = "".join(pages)
    result = cleaner.clean(text)
    numbers = [edit for edit in result.edits if edit.reason == "page_number"]
    assert [(edit.removed.strip(), text[:edit.start].endswith("SAMPLE PAPER\n\n"))
            for edit in numbers] == [(str(page), True) for page in range(17, 27)]
    assert "\n\n".join(str(n) for n in range(1, 31)) in result.text


def test_line_numbers_are_told_from_a_few_lines_around_however_long_the_column() -> None:
    """Whether a number stands in a column is read from ``LINE_COLUMN`` lines each side
    at most: a document that is one long column costs a pass, not a pass a line."""

    class Counting(list[Line]):
        reads = 0

        def __getitem__(self, index):  # type: ignore[no-untyped-def]
            Counting.reads += 1
            return super().__getitem__(index)

    doc = segment("".join(f"{n}\n" for n in range(1, 5001)))
    object.__setattr__(doc, "lines", Counting(doc.lines))
    assert in_line_numbers(doc, 2500)
    assert Counting.reads <= 2 * (LINE_COLUMN + 2)


def test_superscript_figures_alone_on_their_lines_are_cleaned() -> None:
    """Footnote marks an extractor sets alone on a line (``²``, ``³``) are digits to
    Python but no number to count: the text is cleaned, not refused with an error."""
    text = ("The harbour report was read to the council on Monday morning.\n"
            "²\n³\n4\n5\nThe council thanked the harbour master for the report.\n")
    assert cleaner.clean(text).text == text


def test_no_line_number_of_a_column_is_taken_for_a_page_number() -> None:
    """Columns of line numbers, 1 to 10,000 and again: a number a column long apart from
    the next counts up (``1``, then ``2`` 10,001 lines on), but each stands in its column,
    and none is a page number."""
    text = "".join(f"{n % 10_000 + 1}\n" for n in range(30_000))
    assert cleaner.clean(text).edits == ()


@pytest.mark.parametrize("blank_versos", [True, False])
def test_page_numbers_are_a_share_of_the_pages_with_text_not_of_blank_versos(
        blank_versos: bool) -> None:
    """A thesis leaves the back of a title, a part page or a chapter's last page blank:
    of its fifteen pages, seven are empty. Its five numbered pages are too few for
    fifteen pages (``PAGE_SHARE``), enough for the eight with text: they go. Where the
    seven are pages of text without a number, five numbers are too few still, and stay
    (a figure's panels 4 to 8, one a page, number no pages)."""
    import textwrap

    pages = []
    for page in range(15):
        rng = random.Random(page)
        prose = textwrap.wrap(" ".join(rng.choice(WORDS) for _ in range(200)), 75)
        if page in (0, 2, 10):  # the title, a part page, an unnumbered chapter's opening
            pages.append("\n".join(prose[:3]) + "\n")
        elif 4 <= page <= 8:
            pages.append("\n".join(prose) + f"\n\n{page + 1}\n")
        else:
            pages.append("" if blank_versos else "\n".join(prose) + "\n")
    text = "\f".join(pages)
    result = cleaner.clean(text)
    numbers = [edit.removed.strip() for edit in result.edits if edit.reason == "page_number"]
    assert numbers == ([str(page + 1) for page in range(4, 9)] if blank_versos else [])


def test_a_form_feed_among_unmapped_glyphs_marks_no_page() -> None:
    """pypdf writes the glyphs of a drawing it cannot map as control characters, one a
    line, a form feed among them (``\\x0f``, ``\\x0e``, ``\\f``). That feed is a glyph,
    not a page break: the page numbers, one a page with nothing else marking the pages,
    are found through the whole document and go; the glyphs stay."""
    rng = random.Random(3)
    words = ["harbour", "council", "pier", "storm", "budget", "winter", "cranes", "quay"]
    pages = []
    for page in range(1, 11):
        prose = textwrap.wrap(" ".join(" ".join(rng.choices(words, k=9)).capitalize() + "."
                                       for _ in range(30)), 72)
        if page == 6:
            prose[12:12] = ["\x0f", "\x0e", "\f"]
        pages.append("\n".join([*prose, str(page)]))
    text = "\n".join(pages) + "\n"
    assert not any(line.page_break_after for line in segment(text).lines)
    result = cleaner.clean(text)
    assert [edit.removed.strip() for edit in result.edits if edit.reason == "page_number"] == \
        [str(page) for page in range(1, 11)]
    assert "\x0f\n\x0e\n\f\n" in result.text


def test_of_two_chains_as_long_the_one_that_keeps_counting_the_pages_goes_on() -> None:
    """An exercise sheet whose items and listing lines stand alone: ``1`` high on page 1,
    ``2`` atop page 2, ``3`` amid page 3 (its number lost), ``5`` amid page 4, above the
    page's own ``4``. The strays make a chain as long as the pages' numbers, ``1``, ``2``,
    ``4``, ``5``, and skip a number on page 4, where no page went by; the ``6`` at page
    6's foot goes on with the chain that counts the pages, and every page's number goes,
    each stray stays."""
    pages = []
    for page in range(1, 12):
        rng = random.Random(page)
        lines = [" ".join(rng.choices(WORDS, k=9)).capitalize() + "." for _ in range(6)]
        stray = {1: (3, "1"), 2: (0, "2"), 3: (4, "3"), 4: (4, "5")}.get(page)
        if stray:
            lines.insert(*stray)
        foot = [] if page == 3 else ["", str(page)]
        pages.append("\n".join([*lines, *foot]) + "\n")
    result = cleaner.clean("\f".join(pages))
    numbers = [edit.removed.strip() for edit in result.edits if edit.reason == "page_number"]
    assert numbers == [str(page) for page in range(1, 12) if page != 3]
    kept = result.text.replace("\f", "\n").split("\n")  # the stray 2 opens its page
    assert [kept.count(stray) for stray in ("1", "2", "3", "5")] == [1, 1, 1, 1]


def test_a_number_two_on_goes_on_with_the_chain_two_pages_back() -> None:
    """Two chains wait at 3, one on page 5, one on page 4 (a page a line here); a 5 on
    page 6 is two numbers on: it goes on with the chain two pages back, which it keeps
    counting, not with the one a page back, where a number would have been skipped on
    one page; with no chain two pages back, it takes the one there is."""
    pages = list(range(10))
    assert _chain_to_extend([[(5, 3)], [(4, 3)]], {3: [0, 1]}, 6, 5, pages) == 1
    assert _chain_to_extend([[(5, 3)], [(4, 3)]], {3: [1, 0]}, 6, 5, pages) == 1
    assert _chain_to_extend([[(5, 3)]], {3: [0]}, 6, 5, pages) == 0


BEFORE = [(10, 15), (50, 19)]  # a numbering's first part: ``15`` to ``19``
BETWEEN = [(100, 3), (110, 4), (120, 5)]  # a chart's data on the page after it


@pytest.mark.parametrize(("chains", "inside"), [
    ([BEFORE, BETWEEN, [(200, 20), (300, 21)]], True),  # the numbering goes on after it
    ([BEFORE, BETWEEN, [(200, 23), (300, 24)]], False),  # three pages on: pages between
    ([BEFORE, BETWEEN, [(115, 20), (300, 21)]], False),  # ``20`` amid the chain, not after
    # the first part's last number stands after the chain's first: not before it
    ([[(10, 17), (50, 18), (105, 19)], BETWEEN, [(200, 20), (300, 21)]], False),
    ([BEFORE, BETWEEN], False),  # nothing goes on from the first part
])
def test_a_chain_between_two_parts_of_a_numbering_numbers_no_page(
        chains: list[list[tuple[int, int]]], inside: bool) -> None:
    """A chain that stands between two chains of its style, the second going on from the
    first's last number, leaves no page for it to number (:func:`_inside_a_numbering`)."""
    assert _inside_a_numbering(1, [0, 1, 2][:len(chains)], chains, ["0"] * len(chains)) \
        is inside


def test_the_front_matters_numerals_and_the_bodys_figures_are_two_numberings() -> None:
    """yathesisspecimen: the front matter's ``xxiv`` to ``xxxi``, the body's ``14`` to
    ``31``, then its ``32`` to ``42``. ``xxxi`` and ``32`` are a step apart, but a chain
    counts in numerals or in figures: the body's pages between stand in no numbering."""
    chains = [[(339, 24), (448, 31)], [(984, 14), (1573, 31)], [(1575, 32), (1901, 42)]]
    assert _inside_a_numbering(1, [0, 1, 2], chains, ["0"] * 3, frozenset({0})) is False
    assert _inside_a_numbering(1, [0, 1, 2], chains, ["0"] * 3, frozenset({0, 2})) is True
    assert _inside_a_numbering(1, [0, 1, 2], chains, ["0"] * 3) is True  # all in figures


def test_a_number_far_before_the_pages_chain_is_no_page_of_it() -> None:
    """A list's ``13`` alone on its line, then 70 lines of text without a number, then
    pages of seven lines numbered from ``14`` at their foot, nothing marking them: the
    chain took the ``13`` before it had a pace. It is no page's number, and stays."""
    listing = "Acronyms\nASCII American Standard Code. See page\n13\n"
    prose = "".join(page_text(n) for n in range(14))  # 70 lines
    text = listing + prose + numbered_pages(list(range(14, 34)), form_feeds=False)
    assert removed_numbers(text) == [str(n) for n in range(14, 34)]


@pytest.mark.parametrize(("chain", "first"), [
    ([(407, 13), *_every(35, 984, 14, 6)], 984),  # 577 lines back, pages of 35: dropped
    ([(720, 13), *_every(35, 984, 14, 6)], 720),  # 264 lines back: under 8 pages' worth
    ([(407, 13), *_every(35, 984, 14, 4)], 407),  # the rest has no pace: kept
    ([(440, 12), *_every(35, 984, 14, 6)], 440),  # two pages back: 272 lines a page
], ids=case_id)
def test_a_chains_first_number_far_before_its_pace_is_dropped(
        chain: list[tuple[int, int]], first: int) -> None:
    """Without page marks a chain takes a number far on only until it has a pace; its
    first step came before: a ``13`` 577 lines before ``14``, on pages of 35, is no
    page's (:func:`_past_a_far_first`)."""
    assert _past_a_far_first(chain)[0][0] == first


@pytest.mark.parametrize(("near", "beside"), [
    ({10: {"foot"}, 20: {"foot"}}, True),  # the same foot beside both numbers
    ({10: {"foot"}, 20: {"other"}}, False),  # a line beside one number is no head
    ({10: {"odd head"}, 20: {"even head"}, 30: {"odd head"}, 40: {"even head"}}, True),
    ({}, False),
])
def test_numbers_amid_the_text_stand_beside_a_head_of_two_numbers_at_least(
        near: dict[int, set[str]], beside: bool) -> None:
    """Numbers away from the page breaks are pages' numbers when each stands beside one
    of one or two lines, each of those beside two numbers at least (:func:`_beside_its_heads`)."""
    chain = [(index, number) for number, index in enumerate(sorted(near) or [10, 20], 1)]
    assert _beside_its_heads(chain, frozenset(), near) is beside
    assert _beside_its_heads(chain, frozenset(index for index, _ in chain), near)


def _numbered_pages(numbers: dict[int, int | str], pages: int) -> str:
    """Pages of their own text (form feeds), page ``p`` with ``numbers[p]`` at the foot
    where it has one."""
    text = []
    for page in range(1, pages + 1):
        rng = random.Random(f"gap{page}")
        lines = [" ".join(rng.choices(WORDS, k=9)).capitalize() + "." for _ in range(6)]
        foot = ["", str(numbers[page])] if page in numbers else []
        text.append("\n".join([*lines, *foot]) + "\n")
    return "\f".join(text)


def _own(pages: set[int]) -> dict[int, int | str]:
    return {page: page for page in pages}


@pytest.mark.parametrize(("numbers", "pages", "going"), [
    # a part's title page, its blank verso, an appendix's opening...: five pages carry no
    # number, and the two numbers after them go on with the five before
    (_own({*range(1, 6), 11, 12}), 12, {*range(1, 6), 11, 12}),
    # four numbers are too few to bridge three pages: the two after them stand alone
    (_own({*range(1, 5), 8, 9}), 9, set(range(1, 5))),
    # six pages without a number are more than a part's opening
    (_own({*range(1, 10), 16, 17}), 17, set(range(1, 10))),
    # 14 on page 12 does not count the pages from 9 on page 9
    ({**_own(set(range(1, 10))), 12: 14, 13: 15}, 13, set(range(1, 10))),
    # two pages without their number: the shortest gap past a step of two
    (_own({*range(1, 6), 8, 9}), 9, {*range(1, 6), 8, 9}),
    # a number beside a mark (pypdf's marginal RX) skips no page
    ({**_own(set(range(1, 10))), 12: "RX\n12\nA closing line of the page's own."}, 12,
     set(range(1, 10))),
])
def test_a_chain_goes_on_over_a_few_pages_without_their_numbers(
        numbers: dict[int, int | str], pages: int, going: set[int]) -> None:
    """Where form feeds count the pages, a chain of five numbers or more goes on over up
    to five pages without a number when the next number counts them (``5`` on page 5,
    ``11`` on page 11): a part's title page, a blank verso, a chapter's opening page.
    Two numbers after the gap are too few to stand as a chain of their own, and a number
    beside a mark continues a chain one page on only."""
    result = cleaner.clean(_numbered_pages(numbers, pages))
    removed = {int(edit.removed) for edit in result.edits if edit.reason == "page_number"}
    assert removed == going



@pytest.mark.parametrize("foot", ["第 {n}页共6页", "第 {n} \u2eda 共 6 \u2eda",  # 页's radical
                                  "Page {n} of 6", None])
def test_a_page_numbered_already_keeps_a_second_shorter_chain_of_numbers(
        foot: str | None) -> None:
    """An exam's pages each print ``第 2页共6页`` at the foot; a formula's figures on three
    of them (``1``, ``2``, ``3`` on lines of their own, as pdftotext sets a fraction) rise
    with the pages too. A page prints its number once: the feet number these pages, and
    the figures are the formulas' own, and stay. Without the feet the figures are the
    only numbers the pages have, and go as page numbers."""
    pages = []
    for n in range(1, 7):
        lines = page_text(n).splitlines()
        if 2 <= n <= 4:
            lines.insert(2, str(n - 1))
        if foot is not None:
            lines.append(foot.format(n=n))
        pages.append("\n".join(lines) + "\n")
    result = cleaner.clean("\f".join(pages))
    numbers = [edit.removed.strip() for edit in result.edits if edit.reason == "page_number"]
    if foot is None:
        assert numbers == ["1", "2", "3"]
    else:
        assert numbers == [foot.format(n=n) for n in range(1, 7)]
        assert [line for line in result.text.splitlines() if line.isdigit()] == ["1", "2", "3"]


SECTION_TITLES = ["TABLES", "MATH EQUATIONS", "FIGURES", "CITATIONS", "APPENDICES"]
SECTION_NUMBERS = ["10", "11", "12", "13", "14"]


@pytest.mark.parametrize(("under", "at_top", "count", "removed"), [
    ("{title}", 0, 5, []),  # a section's number over its heading, another heading each time
    ("{title}", 2, 5, []),  # two open their pages (a page break moved there): most do not
    ("{title}", 3, 5, SECTION_NUMBERS),  # most open their pages: as a page's number stands
    ("{title}", 2, 4, SECTION_NUMBERS[:4]),  # half open their pages: not most
    ("December 2008", 0, 5, SECTION_NUMBERS),  # the same line under every number: a foot
    (None, 0, 5, SECTION_NUMBERS),  # each ends its page, the next page's heading under it
])
def test_numbers_over_a_heading_of_their_own_on_every_page_number_sections(
        under: str | None, at_top: int, count: int, removed: list[str]) -> None:
    """ACM's sections ``10`` / ``TABLES`` to ``14`` / ``APPENDICES`` open one a page, mid-page,
    on five pages running: cleaned once, the pages' own numbers (``111:10``) went, and the
    section numbers count up with the pages as if they were theirs. Each stands over a
    heading of its own: they number sections, and stay. Numbers that stand over the same
    line on every page (a page's foot, a date) are the pages' own, and so are numbers
    that open most of their pages, or that end theirs, the next page's heading under them."""
    pages = []
    for page, (number, title) in enumerate(zip(SECTION_NUMBERS[:count],
                                               SECTION_TITLES[:count], strict=True)):
        top, rest = page_text(page).splitlines(), page_text(page + 7).splitlines()
        if under is None:
            lines = [title, "", *top, *rest, "", number]
        else:  # one blank line under the number, or two; two over a page's first line
            section = [number, *[""] * (1 + page % 2), under.format(title=title)]
            lines = ["", "", *section, "", *top, *rest] if page < at_top else \
                [*top, "", *section, "", *rest]
        pages.append("\n".join(lines) + "\n")
    last = "INDEX\n\nThe end of the manual.\n"  # a heading under the last foot's number
    result = cleaner.clean("Title page of the manual.\n\f" + "\f".join([*pages, last]))
    assert [edit.removed.strip() for edit in result.edits
            if edit.reason == "page_number"] == removed
    left = [line for line in result.text.splitlines() if line in SECTION_NUMBERS]
    assert left == [number for number in SECTION_NUMBERS[:count] if number not in removed]


SENTENCE_CASE_TITLES = ["How to include a bibliography", "Titles, addresses and so on",
                        "Linguistic examples and glosses", "Theorems, definitions, and proofs",
                        "Obsolete class options"]


@pytest.mark.parametrize(("under", "alone", "sections"), [
    (SENTENCE_CASE_TITLES, True, True),  # titles in sentence case, each a block of its own
    (SENTENCE_CASE_TITLES, False, False),  # the same words run on into a paragraph
    ([title + "." for title in SENTENCE_CASE_TITLES], True, False),  # sentences
    ([title.lower() for title in SENTENCE_CASE_TITLES], True, False),  # a sentence goes on
    ([f"{title} in the way that every chapter of the manual" for title in SENTENCE_CASE_TITLES],
     True, False),  # longer than a title: a paragraph's line
])
def test_numbers_over_titles_in_sentence_case_number_sections(
        under: list[str], alone: bool, sections: bool) -> None:
    """llncs's guide titles its sections in sentence case (``How to Code the Body of Your
    Paper``, but ``Theorems, Definitions, and Proofs`` and others with commas): a short
    line with a capital first and no sentence's end last, standing as a block of its
    own, is a title, and numbers mid-page over titles of their own number sections. The
    same words running on into the paragraph under them, ending a sentence, or starting
    lower case (a page's text going on) are no titles: those numbers are the pages'."""
    pages = []
    for page, (number, title) in enumerate(zip(SECTION_NUMBERS, under, strict=True)):
        top, rest = page_text(page).splitlines(), page_text(page + 7).splitlines()
        pages.append("\n".join([*top, "", number, "", title, *([""] if alone else []),
                                *rest]) + "\n")
    result = cleaner.clean("Title page of the manual.\n\f" + "\f".join(pages))
    removed = [edit.removed.strip() for edit in result.edits if edit.reason == "page_number"]
    assert removed == ([] if sections else SECTION_NUMBERS)
    for title in under:
        assert title in result.text


@pytest.mark.parametrize(("text", "title"), [
    ("Text.\n\n3\n\nHow to include a bibliography", True),  # the text's end after it
    ("Text.\n\n3\n\nHow to include a bibliography\fMore text.\n", True),  # a page break
    ("Text.\n\n3\n\nHow to include a bibliography\nthe rest of it.\n", False),  # runs on
])
def test_a_title_in_sentence_case_stands_alone_to_the_texts_end(text: str, title: bool) -> None:
    """A short line in sentence case is a title when nothing runs on from it: a blank
    line, a page break or the end of the text after it, not the next line of a sentence."""
    doc = segment(text)
    index = next(line.index for line in doc.lines if line.text.startswith("How"))
    assert _a_title(doc, index) is title


@pytest.mark.parametrize(("line", "title"), [
    ("Introduction", True),
    ("7", False),  # a contents page's references, one under another: figures, no words
    ("1.1", False),
])
def test_a_title_has_words(line: str, title: bool) -> None:
    doc = segment(f"Text.\n\n3\n\n{line}\n\nMore text.\n")
    assert _a_title(doc, 4) is title


def _prose(seed: int, lines: int = 6) -> str:
    """Lines of running text that no other call repeats (a page's own text)."""
    rng = random.Random(seed)
    return "".join(" ".join(rng.choice(WORDS) for _ in range(9)) + ".\n" for _ in range(lines))


@pytest.mark.parametrize(("second_title", "removed"), [
    # each number over a title of its own: sections; the page's ``2`` goes on to ``3``
    ("Working with the harbour class", [(23, "2"), (56, "3"), (97, "4"), (138, "5"),
                                        (179, "6")]),
    # the same title under both: a running head over the pages' numbers, which go
    ("Installation", [(3, "1"), (7, "2"), (56, "3"), (97, "4"), (138, "5"), (179, "6")]),
])
def test_a_page_number_goes_on_from_the_pages_not_from_two_sections_before_it(
        second_title: str, removed: list[tuple[int, str]]) -> None:
    """llncs' guide through PyMuPDF, nothing marking the pages: sections ``1`` /
    ``Installation`` and ``2`` / ``Working with ...`` on the first page, then page 2's
    number right over section ``3``, and the pages' numbers amid the text after it. The
    two sections' numbers made a chain longer than page 2's, and ``3`` went on with
    them: both sections lost their numbers, and page 2 kept its own. A number amid the
    text goes on with a chain whose numbers head no title rather than with one whose
    numbers each head a title of their own."""
    text = "".join([
        "Instructions for the harbour class\nVersion 2.22, September 2022\n",
        "1\nInstallation\n", _prose(1, 2), f"2\n{second_title}\n", _prose(2, 14),
        "2\n3\nHow to code the header\n", _prose(3, 30),
        *(f"{page}\n{_prose(page + 10, 40)}" for page in range(3, 7))])
    result = cleaner.clean(text)
    assert [(edit.first_line, edit.removed.strip()) for edit in result.edits
            if edit.reason == "page_number"] == removed


SECTIONS = [(10, 1), (20, 2)]  # ``1`` / ``Installation``, ``2`` / ``Working with ...``
TITLES = {10: "installation", 20: "working with the class", 40: "other", 100: "the header"}


@pytest.mark.parametrize(("chains", "order", "titled", "index", "pages", "chain"), [
    ([SECTIONS, [(40, 2)]], [0, 1], {10, 20}, 100, None, 1),  # amid the text: the pages'
    ([SECTIONS, [(40, 2)]], [0, 1], {10, 20, 100}, 100, None, 0),  # over a title: sections'
    # a longer untitled rival: a number over a title still goes on with the sections
    ([SECTIONS, [(5, 1), (40, 2)]], [1, 0], {10, 20, 100}, 100, None, 0),
    # both head titles (the other one title twice, a running head's): the longer, or
    # of two as long the first
    ([SECTIONS, [(40, 2)]], [1, 0], {10, 20, 40}, 100, None, 0),
    ([SECTIONS, [(35, 1), (40, 2)]], [0, 1], {10, 20, 35, 40}, 100, None, 0),
    ([[(10, 1), (30, 2)], [(40, 2)]], [0, 1], {10, 30}, 100, None, 0),  # one title twice
    # where form feeds mark the pages, they count: the longer chain
    ([SECTIONS, [(40, 2)]], [1, 0], {10, 20}, 100, [0] * 15 + [1] * 30 + [2] * 60, 0),
])
def test_a_number_amid_the_text_goes_on_with_the_chain_that_heads_no_title(
        chains: list[list[tuple[int, int]]], order: list[int], titled: set[int], index: int,
        pages: list[int] | None, chain: int) -> None:
    """Of two chains waiting for ``3``, one whose numbers each head a title of their own
    (a paper's sections) and one whose numbers head none, ``3`` amid the text goes on
    with the second, though shorter; ``3`` over a title, with the sections."""
    titles = {**TITLES, 30: "installation", 35: "other"}
    waiting = {2: list(order)}
    assert _chain_to_extend(chains, waiting, index, 3, pages,
                            heads_a_title=lambda found: found in titled,
                            title_of=lambda found: titles[found] if found in titled else None,
                            ) == chain


def _sections_on_their_pages(sections: set[int], pages: int = 6) -> tuple[str, list[str]]:
    """Pages numbered at their foot; on the pages in ``sections`` a section opens
    mid-page whose number is the page's (``1`` over ``Introduction`` on page 1, as an
    article's first page has it). Returns the text and the sections' headings."""
    out, headings = [], []
    for page in range(1, pages + 1):
        text = _prose(page)
        if page in sections:
            heading = f"{page}\n\nThe {WORDS[page].title()} and its {WORDS[page + 1]}"
            headings.append(heading)
            text += f"\n{heading}\n\n{_prose(page + 50)}"
        out.append(f"{text}\n{page}\n")
    return "\f".join(out) + "\fThe end.\n", headings


@pytest.mark.parametrize("sections", [{1}, {1, 2, 4}, {1, 2, 3, 4, 5, 6}], ids=str)
def test_a_section_that_opens_on_the_page_of_its_number_keeps_it(sections: set[int]) -> None:
    """Section 1 opens on page 1, mid-page: two lines read ``1`` on that page. The one
    over a title no other page repeats is the section's; the one at the page's foot is
    the page's, and goes with the other pages' numbers."""
    text, headings = _sections_on_their_pages(sections)
    result = cleaner.clean(text)
    assert [edit.removed for edit in result.edits] == [f"{page}\n" for page in range(1, 7)]
    assert [page.rstrip("\n").rsplit("\n", 1)[-1][-1] for page in result.text.split("\f")] \
        == ["."] * 6 + ["."]  # every page ends on its text, its number gone
    for heading in headings:
        assert heading in result.text


@pytest.mark.parametrize(("text", "sections"), [
    ("Text.\n\n1\n\nONE\n\fText.\n\n2\n\nTWO\n\fText.\n\n3\n\nTHREE\n", True),
    ("Text.\n\n1\n\nONE\n\fText.\n\n2\n\nTWO\n\fText.\n\n3\n\n", False),  # none under
    ("\n1\n\nONE\n\f\n2\n\nTWO\n\fText.\n\n3\n\nTHREE\n", False),  # most open pages
])
def test_a_chain_over_headings_at_the_documents_ends(text: str, sections: bool) -> None:
    """The first number of a document, with only a blank line above it, stands at its
    page's top; the last, with only blank lines under it, is over no heading."""
    doc = segment(text)
    pages = _form_feed_pages(doc, frozenset())
    assert pages is not None
    chain = [(line.index, int(line.text)) for line in doc.lines if line.text.isdigit()]
    assert _numbers_sections(doc, chain, pages) is sections


PAPER_SECTIONS = ["Introduction", "Related work", "Methods", "Results", "Conclusion"]


def _numbered_sections(subsections: set[int], page_breaks: bool) -> str:
    """A paper's five sections, ``1`` / ``Introduction`` to ``5`` / ``Conclusion``, the
    pages' own numbers gone (a cleaning before removed them, or the extractor never
    wrote them); the sections in ``subsections`` go on to their first subsection
    (``3.1`` / ``The cost in detail``). With ``page_breaks``, each section opens a page,
    at its top."""
    parts = ["A study of harbour repairs\n\nAnn Author\n\n" + _prose(99)]
    for number, title in enumerate(PAPER_SECTIONS, 1):
        part = f"\n{number}\n\n{title}\n\n{_prose(number)}"
        if number in subsections:
            part += f"\n{number}.1\n\nThe {WORDS[number]} in detail\n\n{_prose(number + 20)}"
        parts.append(part)
    return ("\f" if page_breaks else "").join(parts)


@pytest.mark.parametrize("page_breaks", [False, True], ids=["unmarked", "form feeds"])
@pytest.mark.parametrize(("subsections", "sections"), [
    ({1, 3}, True),  # two sections go on to their ``N.1``: the numbers are the sections'
    ({1, 2, 3, 4, 5}, True),
    ({2}, False),  # once is no evidence: a page's number, by chance over its own section
    (set(), False),  # where each opens a page, these are pages each opening with a title
])
def test_numbers_whose_sections_go_on_to_their_subsections_number_sections(
        subsections: set[int], page_breaks: bool, sections: bool) -> None:
    """Numbers over titles of their own, counting up through a text whose page numbers
    went, read like pages that each open a part (``ii`` / ``Declaration``, ``iii`` /
    ``Contents``). Where two of them go on, under their titles, to their first
    subsection (``1`` / ``Introduction`` / ... / ``1.1``), they number sections, and
    stay, whether nothing marks the pages or each section opens a page of its own.
    Where nothing marks the pages, and no page numbers go on from them, they are a
    paper's sections without subsections too (:func:`_sections_of_a_paper`)."""
    sections = sections or not page_breaks
    text = _numbered_sections(subsections, page_breaks)
    result = cleaner.clean(text)
    removed = [edit.removed.strip() for edit in result.edits if edit.reason == "page_number"]
    assert removed == ([] if sections else ["1", "2", "3", "4", "5"])
    numbers = [line for line in result.text.splitlines() if line.isdigit()]
    assert numbers == ([str(number) for number in range(1, 6)] if sections else [])
    again = cleaner.clean(result.text)
    assert [edit for edit in again.edits if edit.reason == "page_number"] == []


def _front_matter_and_body(first_body_page: int, body_pages: int = 8) -> str:
    """A thesis whose form feeds went: its front matter's pages 2 to 4 each open a part
    (``2`` / ``Acknowledgments``), the last of them a line long, so that the body's first
    number, ``first_body_page``, stands too near to go on with them; the body's pages are
    numbered under their text, a sentence running over from page to page."""
    out = ["A Study of Harbour Repairs\nAnn Author\nSpring 1996\n",
           f"2\nAcknowledgments\n{_prose(2, 20)}", f"3\nTable of Contents\n{_prose(3, 20)}",
           "4\nList of Tables\nTable 1 on the harbour . . . 9\n"]
    for number in range(first_body_page, first_body_page + body_pages):
        out.append(f"{number}\n{_prose(number + 10, 30)}")
    return "".join(out)


@pytest.mark.parametrize(("first_body_page", "body_pages", "pages"), [
    (5, 8, True),  # the body's numbers go on from the front matter's
    (6, 8, True),  # after a page without its number
    (6, 3, True),  # a body of three pages: the shortest numbering
    (7, 8, False),  # two pages on: a numbering of its own; the parts are sections
])
def test_parts_numbered_on_into_the_body_number_pages(first_body_page: int, body_pages: int,
                                                      pages: bool) -> None:
    """Pages that each open a part (``2`` / ``Acknowledgments``, ``3`` / ``Table of
    Contents``) look like a paper's sections where nothing marks the pages; where the
    body's page numbers go on from theirs (the next, or the one after a page without its
    number), they are pages too, and go; else they number sections, and stay."""
    result = cleaner.clean(_front_matter_and_body(first_body_page, body_pages))
    removed = [edit.removed.strip() for edit in result.edits if edit.reason == "page_number"]
    body = [str(number) for number in range(first_body_page, first_body_page + body_pages)]
    assert removed == ["2", "3", "4"] * pages + body
    assert "Acknowledgments" in result.text


@pytest.mark.parametrize("foot", ["Ann Author\nHarbour Office\n", "Harbour Office\n"])
def test_numbers_under_a_slides_foot_number_slides(foot: str) -> None:
    """Each number under the same line or two (a slide deck's foot, ``Marei Peischl`` /
    ``LATEX-Kurse und Support``), each over the next slide's title: the slides' numbers."""
    text = "".join(f"Slide {WORDS[number].title()}\n{_prose(number, 4)}{foot}{number}\n"
                   for number in range(1, 7))
    result = cleaner.clean(text)
    removed = [edit.removed.strip() for edit in result.edits if edit.reason == "page_number"]
    assert removed == [str(number) for number in range(1, 7)]


@pytest.mark.parametrize(("under_a_listing", "sections"), [
    ({3}, True),  # a listing's line over one section's number, by chance
    ({2, 4}, True),  # over half of them
    ({2, 3, 4}, False),  # over more than half: a foot over the slides' numbers
    (set(), True),
])
def test_a_papers_sections_stay_though_a_repeated_line_stands_over_some(
        under_a_listing: set[int], sections: bool) -> None:
    """A class's manual (amsfonts, through PyMuPDF: nothing marks the pages) numbers its
    sections over their titles; a section may open right under its listing's last line
    (``83 \\endgroup``), which the listing repeats with other line numbers. A line the
    text repeats over some numbers is chance; over most, a slide's foot."""
    titles = ["Introduction", "Customization", "The implementation", "Package options"]
    parts = ["The amsfonts package\n"]
    for number, title in enumerate(titles, 1):
        listing = "".join(f"{10 * number + line} \\endgroup\n" for line in range(3))
        parts.append(f"{number}\n{title}\n{_prose(number, 20)}")
        if number + 1 in under_a_listing:
            parts.append(listing)
    text = "".join(parts)
    result = cleaner.clean(text)
    removed = [edit.removed.strip() for edit in result.edits if edit.reason == "page_number"]
    assert removed == ([] if sections else ["1", "2", "3", "4"])


@pytest.mark.parametrize(("titles", "sections"), [
    (["Introduction", "Methods", "Results", "Conclusion"], True),
    (["Introduction", "Methods", "Methods", "Conclusion"], False),  # a running head twice
    (["Introduction", "Methods", "the harbour was", "Conclusion"], False),  # a sentence
    (["Introduction", "ε-TEX Extensions", "pdfTeX and fonts", "Conclusion"], True),  # names
    (["Introduction", "e-mail to the harbour", "Methods", "Conclusion"], False),
    (["Introduction", "https://Harbour.org", "Methods", "Conclusion"], False),
])
def test_a_papers_sections_each_have_a_title_of_their_own(titles: list[str],
                                                           sections: bool) -> None:
    """Where nothing marks the pages, numbers over titles each their own number a paper's
    sections; a title twice is a running head, a line of text no title. A title may open
    with a name written in lower case first (``ε-TEX Extensions``, etex's manual)."""
    text = "Title\n" + "".join(f"{number}\n{title}\n{_prose(number, 20)}"
                                for number, title in enumerate(titles, 1))
    result = cleaner.clean(text)
    removed = [edit.removed.strip() for edit in result.edits if edit.reason == "page_number"]
    assert removed == ([] if sections else ["1", "2", "3", "4"])


@pytest.mark.parametrize(("number", "line", "opens"), [
    ("6", "6.1", True),  # a subsection's number alone over its title
    ("6", "6.1 Index placing subsystem", True),
    ("6", "6.1. Index placing subsystem", True),
    ("6", "6.1 Index placing subsystem . . . . . . 12", False),  # a contents entry
    ("6", "6.1 Index placing subsystem 12", False),  # its page reference
    ("6", "6.1 is the ratio of the two costs.", False),  # a sentence, no title
    ("6", "6.1 Index placing subsystem.", False),  # a sentence's end
    ("6", "6.1 Index placing subsystem,", False),  # the sentence goes on
    ("6", "6.1 Index placing subsystem 7", False),  # an entry's page
    ("6", "6.10", False),
    ("6", "16.1", False),
    ("6", "6.2", False),  # a later subsection: the first is what a section opens with
    ("vi", "6.1", False),  # a roman page number: the front matter has no subsections
])
def test_a_section_opens_its_subsections(number: str, line: str, opens: bool) -> None:
    """A number over a title opens a section when, under the title, a line opens with its
    number and ``.1``, alone or with a title of its own after it."""
    doc = segment(f"Text.\n\n{number}\n\nEvaluation\n\n{_prose(1, 3)}\n{line}\n\n"
                  f"{_prose(2, 3)}")
    assert _opens_its_subsections(doc, 2, 6) is opens


def test_a_subsection_right_under_its_sections_title_opens_it() -> None:
    """makeindex's paper: ``6`` / ``Evaluation`` / ``6.1`` / ``Index Placing Subsystem``,
    one line under another, no text between."""
    doc = segment("Text.\n6\nEvaluation\n6.1\nIndex Placing Subsystem\nMore text.\n")
    assert _opens_its_subsections(doc, 1, 6) is True


def test_a_subsection_beyond_the_reach_of_its_title_is_not_its_own() -> None:
    """The first subsection opens within ``SUBSECTION_REACH`` lines of its section's
    title; a ``6.1`` far below is another's (a figure's, a list's)."""
    near = segment(f"6\nEvaluation\n{_prose(1, SUBSECTION_REACH - 1)}6.1\n")
    far = segment(f"6\nEvaluation\n{_prose(1, SUBSECTION_REACH)}6.1\n")
    assert _opens_its_subsections(near, 0, 6) is True
    assert _opens_its_subsections(far, 0, 6) is False


DRAFT_STAMP = "[ June 3, 2018 at 15:29 – classicthesis v4.6 ]"


@pytest.mark.parametrize(("blank_pages", "removed"), [
    (True, ["1", "2", "3", "4"]),  # versos with the draft's stamp alone: no text of their own
    (False, []),  # pages of text without numbers: four numbers on twelve pages number none
])
def test_pages_with_only_the_documents_furniture_have_no_text_to_number(
        blank_pages: bool, removed: list[str]) -> None:
    """A draft stamps every page (``[ June 3, 2018 at 15:29 – classicthesis v4.6 ]``), its
    blank versos and part pages too. A page with the stamp alone has no text of its own,
    and no number to find: page numbers on four pages of the twelve number enough of
    those with text. Where the eight other pages have text, four numbers are too few."""
    pages = [page_text(n) + f"\n{n}\n{DRAFT_STAMP}\n" for n in range(1, 5)]
    pages += [(_prose(n + 20) if not blank_pages else "") + f"{DRAFT_STAMP}\n"
              for n in range(8)]
    result = cleaner.clean("\f".join(pages))
    assert [edit.removed.strip() for edit in result.edits
            if edit.reason == "page_number"] == removed


def test_numbers_in_fenced_code_on_every_page_are_never_page_numbers() -> None:
    """A listing's output, one number in a fenced block on each page, counts up with the
    pages; fenced code is protected, and its numbers are no page's."""
    text = "\f".join(page_text(n) + f"\n```\n{n}\n```\n" for n in range(1, 6))
    result = cleaner.clean(text)
    assert not [edit for edit in result.edits if edit.reason == "page_number"]
    assert all(f"```\n{n}\n```" in result.text for n in range(1, 6))


@pytest.mark.parametrize("row", [
    "~~~~~~~~~~~ & ~ &~~~~~~~~~~~~~\\\\",  # LaTeX's ties in a listing (confproc's manual)
    "```inline``` code, set at the start of a line",
], ids=["latex-ties", "inline-code"])
def test_a_line_of_fence_marks_that_opens_no_fence_protects_nothing_under_it(row: str) -> None:
    """A line that begins with three tildes or backticks and holds them again further on
    (a row of LaTeX's ties, inline code) opens no fenced block: the pages' numbers under
    it are found as over it, where one such row once protected the rest of a manual."""
    pages = [page_text(n) + f"\n{n}\n" for n in range(1, 7)]
    pages[2] = pages[2].replace("\n", f"\n{row}\n", 1)
    result = cleaner.clean("\f".join(pages))
    assert [edit.removed.strip() for edit in result.edits
            if edit.reason == "page_number"] == [str(n) for n in range(1, 7)]
    assert row in result.text


def test_a_foot_that_opens_on_a_bar_is_a_page_number_not_a_table() -> None:
    """``| 3`` at each page's foot (dccpaper's journal, through pdfminer) opens on a bar as
    a pipe table's row does, but no row stands over or under it: it is the page's number.
    Two such lines in a row are a table, and stay."""
    result = cleaner.clean(paged("| {n}"))
    assert [edit.removed.strip() for edit in result.edits
            if edit.reason == "page_number"] == [f"| {n}" for n in range(1, 5)]
    table = cleaner.clean(paged("| {n}\n| total |"))
    assert not [edit for edit in table.edits if edit.reason == "page_number"]
    bordered = cleaner.clean(paged("| {n}\n+-------+"))
    assert not [edit for edit in bordered.edits if edit.reason == "page_number"]


def _numbered_twice(twice: set[int], pages: int = 6, title: str = "") -> str:
    """Pages numbered at their foot; the pages in ``twice`` print the number over their
    text too, as a head, with the head's ``title`` under it."""
    out = []
    for page in range(1, pages + 1):
        head = f"{page}\n\n{title and title + chr(10) * 2}" if page in twice else ""
        out.append(f"{head}{_prose(page)}\n{page}\n")
    return "\f".join(out) + "\fThe end.\n"


@pytest.mark.parametrize(("twice", "title", "left"), [
    ({1, 2, 3, 4, 5, 6}, "", []),
    ({2, 4, 6}, "", []),  # three pages: enough to tell a page's habit
    ({2, 4}, "", ["2", "4"]),  # two: a figure that happens to match its page's number
    ({2, 4, 6}, "Notes on the Harbour", []),  # the head's title: it repeats, no section's
], ids=str)
def test_a_page_that_prints_its_number_twice_loses_both(twice: set[int], title: str,
                                                         left: list[str]) -> None:
    """Head and foot each carry the page's number, on three pages or more: both copies go,
    the second named for what it is. Fewer, and the second copies stay. A title under the
    head's number is the head's, not a section's, when three pages or more repeat it."""
    result = cleaner.clean(_numbered_twice(twice, title=title))
    second = [edit.removed.strip() for edit in result.edits
              if edit.message.endswith("printed a second time on its page")]
    assert len(second) == (len(twice) if not left else 0)
    assert [line for line in result.text.splitlines() if line.strip("\f").isdigit()] == left


@pytest.mark.parametrize(("title", "second"), [
    ("", 6),
    ("Annual Report of the Harbour Board", 0),  # over page 1's: a line of text, no edge
], ids=case_id)
def test_a_page_number_printed_twice_at_its_page_s_top_goes_twice(title: str,
                                                                   second: int) -> None:
    """``ii`` over ``ii`` over the page's text: the second copy has the first between it
    and the page's top, and that is a page number too. Under the document's title (its
    first line), the two stand below a line of text, not at the page's edge; the other
    pages print theirs twice on two pages only, too few to go."""
    pages = [f"{page}\n\n{page}\n\n{_prose(page)}" for page in range(1, 4 if title else 7)]
    result = cleaner.clean(title + "\n\n" * bool(title) + "\f".join(pages) + "\fThe end.\n")
    assert len([edit for edit in result.edits
                if edit.message.endswith("a second time on its page")]) == second


@pytest.mark.parametrize("under", ["note", "figure"])
def test_a_footnote_whose_mark_is_the_page_s_number_keeps_its_mark(under: str) -> None:
    """A page numbered at its top ends on a footnote marked with the same figure: the
    mark has its note under it, between it and the page's foot, and stays; so does a
    number with another figure under it (a table's last cells), on every page."""
    pages = [f"{page}\n\n{_prose(page)}\n{page}\n"
             + (_prose(page + 50, 1) if under == "note" else f"\n{1990 + page}\n")
             for page in range(1, 7)]
    result = cleaner.clean("\f".join(pages) + "\fThe end.\n")
    assert [edit.removed.strip() for edit in result.edits] == [str(page) for page in range(1, 7)]
    assert [line for line in result.text.splitlines() if len(line) == 1] == \
        [str(page) for page in range(1, 7)]


def test_a_number_of_another_style_is_no_second_copy_of_the_page_s() -> None:
    """ACM numbers an article's pages ``111:3`` in its heads; a bare ``3`` on the same
    page, between the head and that number, is no second print of it (a section's,
    here, over its title), though only a head stands between it and the page's top."""
    pages = [f"Journal of Harbour Studies\n\n{page}\n\n111:{page}\n\n"
             f"The {WORDS[page].title()} and its {WORDS[page + 1]}\n\n{_prose(page)}"
             for page in range(1, 7)]
    result = cleaner.clean("\f".join(pages) + "\fThe end.\n")
    removed = [edit.removed.strip() for edit in result.edits if edit.reason == "page_number"]
    assert removed in ([str(page) for page in range(1, 7)],
                       [f"111:{page}" for page in range(1, 7)])  # one chain, either


def test_where_blank_lines_mark_the_pages_a_number_printed_twice_goes_twice() -> None:
    """PyMuPDF ends every page with a blank line and writes no others: the pages it marks
    so are pages as form feeds mark them, and a page's number in its head and in its
    foot goes twice there too."""
    pages = [f"{page}\n{_prose(page, 24)}{page}\n" for page in range(1, 7)]
    result = cleaner.clean("\n".join(pages) + "\nThe end.\n")
    removed = [edit.removed.strip() for edit in result.edits if edit.reason == "page_number"]
    assert sorted(removed, key=int) == [str(page) for page in range(1, 7) for _ in (1, 2)]


def test_a_page_s_number_at_its_edge_goes_before_the_same_figure_among_its_text() -> None:
    """The first page names its authors' institutions by marks (``First Author,1`` over
    ``1`` over the institution): the chain meets that ``1`` first, but the page's own
    stands at its foot, nothing under it. The mark stays, the foot's number goes."""
    first = ("The Harbour and its Pier\n\nFirst Author,1 Second Author,2\n1\n"
             "Department of Harbour Studies, Harbour Street, Port Town\n2\n"
             "Institute of Piers, Pier Road, Port Town\n\n" + _prose(1) + "\n1\n")
    pages = [first] + [f"{_prose(page)}\n{page}\n" for page in range(2, 7)]
    result = cleaner.clean("\f".join(pages) + "\fThe end.\n")
    removed = [edit.removed.strip() for edit in result.edits if edit.reason == "page_number"]
    assert removed == [str(page) for page in range(1, 7)]
    assert "Second Author,2\n1\nDepartment of Harbour Studies" in result.text
    assert result.text.split("\f")[0].rstrip("\n").endswith(".")


def test_a_second_copy_over_a_title_of_its_own_stays() -> None:
    """``3`` at the page's top, then ``3`` over a title no other page repeats: the second
    may be the number of a section that opens there, and stays (a page number left at
    worst, no heading's number lost)."""
    pages = [f"{page}\n\n{page}\n\nThe {WORDS[page].title()} and its {WORDS[page + 1]}\n\n"
             f"{_prose(page)}" for page in range(1, 7)]
    result = cleaner.clean("\f".join(pages) + "\fThe end.\n")
    assert len([edit for edit in result.edits if edit.reason == "page_number"]) == 6
    for page in range(1, 7):
        assert f"{page}\n\nThe {WORDS[page].title()}" in result.text


def _interrupted_listing(pages: int = 8) -> str:
    """A class's documented source as PyMuPDF writes it with its pages joined with
    nothing: a listing whose numbers stand on lines of their own, each over its line of
    code, runs on from one page to the next, and the page's number at its foot stands
    between the last line of code and the next page's first number: the listing counts
    over it (``222``, code, ``4``, ``223``)."""
    out, number = [], 0

    def listing(count: int) -> list[str]:
        nonlocal number
        lines = []
        for _ in range(count):
            number += 1
            lines += [str(number), f"\\def\\harbour@{WORDS[number % len(WORDS)]}{{{number}}}%"]
        return lines

    for page in range(1, pages + 1):
        out += [*listing(6), *page_text(page).splitlines(), *listing(12 + 2 * (page % 3)),
                str(page)]
    return "\n".join(out) + "\n"


def test_page_numbers_that_interrupt_a_listing_go_and_its_numbers_stay() -> None:
    text = _interrupted_listing()
    clean = cleaner.clean(text).text
    listed = sum(line.isdigit() for line in text.split("\n")) - 8
    assert [line for line in clean.split("\n") if line.isdigit()] == [
        str(number) for number in range(1, listed + 1)]
    assert removed_numbers(text) == [str(page) for page in range(1, 9)]


def _listing_counting_on(pages: int = 6, entries: int = 40, after: int = 6) -> str:
    """A class's documented source as PyMuPDF writes it, its pages joined with nothing:
    pages of prose, each with its number at its foot, then a listing of keys whose
    first ``after`` entries carry their number at the line's start and the rest on a
    line of its own over three lines of code, so that its count goes on from the last
    page's number (``6``, then ``7`` a few lines on, ``8``, ``9``... every four lines);
    then pages of prose again, numbered on from where the listing's pages end."""
    out = []
    for page in range(1, pages + 1):
        out += [line for n in range(page, page + 9) for line in page_text(n).splitlines()]
        out.append(str(page))
    out += [f"{number} \\keys_define:nn {{ harbour }}" for number in range(1, after + 1)]
    for number in range(after + 1, after + entries + 1):
        word = WORDS[number % len(WORDS)]
        out += [str(number), f", {word} / format", ".tl_set:N", f"= \\l__harbour_{word}_tl"]
    for page in range(pages + 4, pages + 10):
        out += [line for n in range(page, page + 9) for line in page_text(n).splitlines()]
        out.append(str(page))
    return "\n".join(out) + "\n"


def test_a_listing_whose_count_goes_on_from_the_page_numbers_keeps_its_numbers() -> None:
    """The listing's ``7`` stands where page 7's number could, and ``8`` where a short
    last page's could: at most those two go with the pages; its other numbers, a chain
    longer than the pages' but a number every four lines where the pages run 45, are
    no pages, and stay, with the code between them. Before, the pages' chain went on
    through the whole listing, and took every one of its numbers."""
    text = _listing_counting_on()
    removed = removed_numbers(text)
    assert removed[:6] == [str(page) for page in range(1, 7)]
    assert removed[-6:] == [str(page) for page in range(10, 16)]
    assert set(removed[6:-6]) <= {"7", "8"}
    clean = cleaner.clean(text).text
    listed = [line for line in clean.split("\n") if line.isdigit()]
    assert listed[-38:] == [str(number) for number in range(9, 47)]
    assert clean.count(".tl_set:N") == 40


def _history_by_year(years: range = range(2008, 2022)) -> str:
    """A manual's history, one section a year, each titled with its year alone, which
    PyMuPDF writes on a line of its own under the section's number (``9.1.5`` /
    ``2008``): a chain of numbers thirty lines apart, as a cleaning leaves it once the
    pages' own numbers went."""
    out = []
    for section, year in enumerate(years, start=1):
        out += [f"9.1.{section}", str(year), f"In {year}, the harbour committee met again."]
        out += [line for n in range(section, section + 5) for line in page_text(n).splitlines()]
    return "\n".join(out) + "\n"


def test_a_section_titled_with_a_year_keeps_its_title() -> None:
    assert removed_numbers(_history_by_year()) == []
    doc = segment("Text of the page.\n9.1.5\n2008\nIn 2008, the committee met.\n")
    assert _titles_a_section(doc, doc.lines[2])
    assert not _titles_a_section(doc, doc.lines[1])  # the label is no title of its own
    doc = segment("9.1.5 Winter repairs\n2008\nIn 2008, the committee met.\n")
    assert not _titles_a_section(doc, doc.lines[1])  # a label with its title: a number under it
    doc = segment("9.1.5\f2008\nIn 2008, the committee met.\n")
    assert not _titles_a_section(doc, doc.lines[1])  # a page break between them
    doc = segment("2008\nIn 2008, the committee met.\n9.1.5\n")
    assert not _titles_a_section(doc, doc.lines[0])  # the text's first line: nothing over it


def test_pages_come_in_order_a_chain_passed_by_a_longer_one_takes_no_number() -> None:
    """``10`` on line 560: a lone ``9`` on line 250 waits for it one page back, and the
    chain of ``2`` to ``8``, its last on line 461, two pages back. The ``9`` stands
    before page 8's number: it numbers no page, and ``10`` goes on with the chain."""
    pages = [(176, 2), (220, 3), (263, 4), (316, 5), (367, 6), (407, 7), (461, 8)]
    assert _chain_to_extend([[(250, 9)], pages], {9: [0], 8: [1]}, 560, 10, None) == 1
    # a ``9`` after the chain's last may be its page's: one page back goes first
    assert _chain_to_extend([[(470, 9)], pages], {9: [0], 8: [1]}, 560, 10, None) == 0
    # nor does one no longer than the chain it went past
    assert _chain_to_extend([[(250, 9)], [(461, 8)]], {9: [0], 8: [1]}, 560, 10, None) == 0


@pytest.mark.parametrize(("titled", "chain"), [
    ({5, 23, 99}, 1),        # 4 amid the text: the chain whose numbers are too
    ({5, 23, 99, 198}, 0),   # 4 over a title: the sections' chain
    ({23, 99, 198}, 0),      # most of the chain's numbers over titles will do
    (set(), 0),              # nothing tells them apart: the first
], ids=case_id)
def test_of_two_chains_as_long_a_number_goes_on_with_its_like(titled: set[int],
                                                               chain: int) -> None:
    sections, pages = [(5, 1), (23, 2), (99, 3)], [(38, 1), (84, 2), (134, 3)]
    assert _chain_to_extend([sections, pages], {3: [0, 1]}, 198, 4, None,
                            heads_a_title=lambda index: index in titled) == chain


def _sections_and_pages(pages: int = 8, sections: int = 3) -> str:
    """A paper without page marks whose first pages each open a section (``1`` over
    ``Introduction``) near their top, and end with the page's number amid the text."""
    titles = ["Introduction", "Harbour Works", "Winter Repairs"]
    out = []
    for page in range(1, pages + 1):
        heading = [str(page), titles[page - 1]] if page <= sections else []
        body = [line for n in (page, page + 20, page + 40)
                for line in page_text(n).splitlines()]
        out += [*body[:2], *heading, *body[2:], str(page)]
    return "\n".join([*out, "The end of it all."]) + "\n"


def test_a_paper_s_section_numbers_stay_beside_its_page_numbers() -> None:
    text = _sections_and_pages()
    result = cleaner.clean(text)
    removed = [(text.count("\n", 0, edit.start), text[edit.start:edit.end].strip())
               for edit in result.edits if edit.reason == "page_number"]
    lines = text.split("\n")
    assert [number for _, number in removed] == [str(page) for page in range(1, 9)]
    assert all(lines[index + 1] not in ("Introduction", "Harbour Works", "Winter Repairs")
               for index, _ in removed)


def _pages_opening_sections(pages: int = 8) -> str:
    """A paper without page marks, PyMuPDF's pages joined with nothing, each page but the
    first opening with a section: the page's number at its foot stands right over the
    next section's number and title (``2`` / ``3`` / ``Harbour Works``)."""
    out = []
    for page in range(1, pages + 1):
        if page > 1:
            out += [str(page), f"{WORDS[page].capitalize()} Works"]
        out += [line for n in (page, page + 20, page + 40) for line in page_text(n).splitlines()]
        out.append(str(page))
    return "\n".join([*out, "The end of it all."]) + "\n"


def test_page_numbers_over_the_next_page_s_section_go_and_the_sections_stay() -> None:
    text = _pages_opening_sections()
    assert removed_numbers(text) == [str(page) for page in range(1, 9)]
    clean = cleaner.clean(text).text.split("\n")
    assert [clean[at - 1] for at, line in enumerate(clean) if line.endswith(" Works")] == [
        str(page) for page in range(2, 9)]


def _logo_pages(pages: int = 10) -> str:
    """A manual of logos as PyMuPDF extracts it: short capitalised lines (a section's
    title, each figure's note and caption), the page's number alone at its foot, a blank
    line after each page; it reads as stanzas of short lines."""
    rng = random.Random(5)
    out = []
    for page in range(1, pages + 1):
        lines = [f"Logos of the {rng.choice(WORDS)} {rng.choice(WORDS)}"]
        for figure in range(3):
            caption = " ".join(rng.choice(WORDS) for _ in range(3)).capitalize()
            lines += [f"Shown at {rng.choice(WORDS)} size for the {rng.choice(WORDS)} "
                      f"{rng.choice(WORDS)}", f"Figure {3 * page + figure}: {caption} logo."]
        out.append("\n".join([*lines, str(page)]) + "\n")
    return "\n".join(out)


def test_blocks_that_end_on_their_page_number_are_pages_not_stanzas() -> None:
    """Verse's numbers are never page numbers; but each block of this manual ends on a
    number alone that rises by one from block to block, as pymupdf ends a page, and no
    stanza does: the blocks are pages, the text is judged as prose, and the numbers go.
    Its captions' figures stay."""
    text = _logo_pages()
    layout = recognise(segment(text))
    assert (layout.format, layout.why) == ("prose", "pages that count themselves")
    assert removed_numbers(text) == [str(page) for page in range(1, 11)]
    assert all(f"Figure {n}:" in cleaner.clean(text).text for n in range(3, 33))


EXAM_WORDS = ["设常数", "函数", "零点", "个数", "求极限", "定积分", "证明", "连续", "曲线",
              "切线方程", "级数", "敛散性", "极值", "导数", "区间"]


def exam_pages(pages: int = 6, binding: tuple[str, ...] = ("装", "订", "线"),
               page_word: str = "页") -> str:
    """An exam as PyMuPDF extracts it: a page a block, short lines of questions (each
    with its answer's blank ``．``), the page named at its foot (``第3 页``, then ``共6 页``
    on a line of its own), and on each page after the first the binding margin's mark, a
    character a line (``binding``), over the exam's head and the student's fields. It
    reads as stanzas of short lines. Extractors write 页 as its radical ⻚ (``page_word``)
    where the font maps it so."""
    rng = random.Random(3)
    out, question = [], 0
    for page in range(1, pages + 1):
        head = ["《大学数学》试卷B"]
        marks = [mark.format(page=page) for mark in binding]
        lines = [*marks, *head, "姓名", "学号"] if page > 1 else head
        for _ in range(5):
            question += 1
            lines += [f"{question}. " + "".join(rng.sample(EXAM_WORDS, rng.randint(1, 8))) + "，",
                      "".join(rng.sample(EXAM_WORDS, rng.randint(1, 4))) + f"在(0,{question}) 内",
                      "．"]
        lines += [f"第{page} {page_word}", f"共{pages} {page_word}"]
        out.append("\n".join(lines) + "\n")
    return "\n".join(out)


@pytest.mark.parametrize("page_word", ["页", "\u2eda"])
def test_pages_that_name_themselves_are_no_stanzas(page_word: str) -> None:
    """Verse's numbers are never page numbers; but a line that names its page in words
    (``第3 页``), the page rising by one, is no poem's: the exam is judged as prose, its
    page numbers go, and every question stays."""
    text = exam_pages(page_word=page_word)
    layout = recognise(segment(text))
    assert (layout.format, layout.why) == ("prose", "pages that name themselves")
    assert removed_numbers(text) == [f"第{page} {page_word}" for page in range(1, 7)]
    clean = cleaner.clean(text).text
    assert all(f"\n{question}. " in clean for question in range(2, 31))
    assert clean.count("．") == 30


def test_stanzas_that_count_in_words_stay_verse() -> None:
    """A song may count its stanzas (``… day 3``) in a line of words: that tells no
    pages, and the stanzas stay verse, judged as verse."""
    stanzas = "".join(f"Ask me why, I'll say I love you {n} times\n"
                      f"And I'm always thinking of you, day {n}\n\n" for n in range(1, 21))
    assert recognise(segment(stanzas)).format == "verse"
    assert cleaner.clean(stanzas).text == stanzas.rstrip("\n") + "\n"  # every line stays


def test_a_stamp_that_counts_short_pages_leaves_their_numbers_where_they_stand() -> None:
    """Short pages as pymupdf writes them (a blank line after each), a draft's stamp at
    the foot counting them, the page's number amid its lines (pymupdf writes it after a
    first column): the stamp tells the page model where pages end, but the page numbers
    are still looked for anywhere, as where nothing marks the pages, and all go."""
    pages = []
    for page in range(1, 10):
        lines = textwrap.wrap((page_text(page) + page_text(page + 20)).replace("\n", " "), 60)
        half = len(lines) // 2  # four lines at least from either edge
        pages.append("\n".join([*lines[:half], str(page), *lines[half:],
                                f"Draft of 22 August 2022 | page {page} | Harbour Signals"]))
    text = "\n\n".join(pages) + "\n"
    assert all(8 <= len(page.splitlines()) < 20 for page in pages)
    assert removed_numbers(text) == [str(page) for page in range(1, 10)]


@pytest.mark.parametrize(("page_six", "style", "gone"), [
    (["<text>", "<table>", "6"], "{n}", True),  # the number skipped, at its page's foot
    (["6", "<table>", "<text>"], "{n}", False),  # right under 5: out of step
    (["<text>", "<table>", "6", "<table>", "6"], "{n}", False),  # which 6 is the page's?
    (["<text>", "<table>", "6"], "- {n} -", False),  # the chain's numbers set otherwise
    (["<text>"] * 4 + ["<table>", "6"], "{n}", False),  # four fifths of the way to 7
], ids=["at-its-foot", "out-of-step", "twice", "another-style", "late"])
def test_a_number_the_chain_skips_beside_a_tables_cell_is_its_pages(
        page_six: list[str], style: str, gone: bool) -> None:
    """Ten pages as pypdf writes them (nothing marks them but their numbers, each at its
    page's foot); page 6 ends on a table whose last cell, ``0``, stands right over the
    page's ``6``, as numerica-tables' pages do. A number beside a cell is set aside as a
    figure's tick, and the chain skips 6; but 6 is the number it skips, standing a page
    after 5 and a page before 7, the only line there that says 6: it goes with the
    others, and its reason says so. The same ``6`` at the top of the page, right under
    5, is out of step, and so is one four fifths of the way from 5 to 7 (a page four
    times as long as the others); two lines that say 6 leave the page's unknown; a bare
    ``6`` among numbers set ``- 5 -`` is a cell. Those stay."""
    lines = []
    for page in range(1, 11):
        text = (page_text(page) * 3).splitlines()
        table = ["Step", "Value", "0.5", "1", "0"]
        if page != 6:
            lines += [*text, style.format(n=page)]
        else:
            parts = {"<text>": text, "<table>": table}
            lines += [part for line in page_six for part in parts.get(line, [line])]
    result = cleaner.clean("\n".join(lines) + "\nThe end.\n")
    assert [edit.removed.strip() for edit in result.edits if edit.kind == "page_number"] == [
        style.format(n=page) for page in range(1, 11) if gone or page != 6]
    assert result.text.count("\n0\n") == page_six.count("<table>")
    skipped = [edit.message for edit in result.edits if "skips" in edit.message]
    assert skipped == (["page number 6, the one a sequence of 9 skips between 5 and 7, "
                        "beside a table's or a listing's figures"] if gone else [])


@pytest.mark.parametrize(("head", "found"), [("实现细节", True), ("实现细节。", False)])
def test_a_page_number_over_its_chapters_figure_and_name_goes(head: str, found: bool) -> None:
    """thuthesis' manual through PyMuPDF (unjoined): each page opens on its number, then
    its head, the chapter's figure over its name (``138`` / ``8`` / ``索引``). The figure
    beside the page's number is a chapter's number over its title, in CJK characters
    (which have no case) as in Latin ones, not a tick beside a tick: the pages' numbers
    go, and the heads. A figure over a sentence stands beside the number as a tick."""
    sentence = "这一节说明模板的第{n}部分如何实现，以及各个选项的用法。"
    lines = []
    for page in range(1, 13):
        lines += [str(page), "7", head, *(sentence.format(n=10 * page + k) for k in range(12))]
    result = cleaner.clean("\n".join(lines) + "\n")
    assert [edit.removed.strip() for edit in result.edits if edit.kind == "page_number"] == [
        str(page) for page in range(1, 13) if found]
    assert (head in result.text) is not found


@pytest.mark.parametrize("head", [["", "CODE"], [""], ["File c: tudscr-fonts.dtx"],
                                  ["37", "CODE"], ["2.4.4", "页眉页脚"]],
                         ids=["under-its-head", "alone", "under-its-head-no-blank-line",
                              "under-its-figure-and-head", "under-its-section-and-head"])
def test_a_page_number_between_a_listings_numbers_across_its_break(head: list[str]) -> None:
    """rmathbr's code through PyMuPDF: a listing numbers each line on a line of its own
    (``1365`` / ``\\SetBreakableRel{…}``), and each page ends on a blank line, then its
    head and number (``CODE`` / ``36``), then the listing goes on (``1366``). The page's
    number stands beside a number of the count, but the count runs across it, from the
    page before to the page after, and it is no tick among ticks: each page's number
    goes, and not one of the listing's. tudscr's documented source (PyMuPDF, unjoined)
    sets no blank line, only the head, between the listing's lines and the number;
    rmathbr's and xduthesis' (unjoined) set the chapter's figure or the section's number
    over the head's name (``7`` / ``CODE``, ``2.4.4`` / ``页眉页脚``; here ``37``, which no
    page of twelve is numbered)."""
    lines, count = [], 1300
    for page in range(1, 13):
        if page > 1:
            lines += [*head, str(page)]
        for _ in range(20):
            lines += [str(count), f"\\SetBreakableRel{{\\arrow{count % 7}}}"]
            count += 1
    result = cleaner.clean("\n".join(lines) + "\n")
    assert [edit.removed.strip() for edit in result.edits if edit.kind == "page_number"] == [
        str(page) for page in range(2, 13)]
    assert all(str(number) in result.text.split("\n") for number in range(1300, 1540))


@pytest.mark.parametrize(("before", "after", "counts_over"), [
    (["1364", "a", "1365", "b", "", "CODE"], ["1366", "c", "1367"], True),
    (["1364", "a", "1365", "b", "", "CODE"], ["1366", "c", "end."], False),  # count ends
    (["1363", "a", "1365", "b", "", "CODE"], ["1366", "c", "1367"], False),  # no count before
    (["1364", "a", "1365", "b", "more", "CODE"], ["1366", "c", "1367"], False),  # no break
    (["1364", "a", "1365", "b", "", "CODE", "7", "x", "y"], ["1366", "c", "1367"],
     False),  # too far: a page's head is a few lines
    (["1364", "a", "1365", "b", "CODE"], ["1366", "c", "1367"], True),  # its head alone
    (["1364", "a", "1365", "b", "CODE"], ["1366", "c", "end."], False),  # ... count ends
    (["1363", "a", "1365", "b", "CODE"], ["1366", "c", "1367"], False),  # ... none before
    (["1364", "a", "1365", "b", "7", "CODE"], ["1366", "c", "1367"], True),  # its figure
    (["1364", "a", "1365", "b", "2.4.4", "Usage"], ["1366", "c", "1367"], True),
    (["1364", "a", "1365", "b", "more", "7", "CODE"], ["1366", "c", "1367"], False),
    (["1364", "a", "1365", "b", "2", "2.1", "Usage"], ["1366", "c", "1367"], True),
    (["1364", "a", "1365", "b", "7", "8", "9", "CODE"], ["1366", "c", "1367"], False),
    (["1364", "a", "1365", "b", "7", "8", "9", "10", "11", "CODE"], ["1366", "c", "1367"],
     False),  # a column of figures, no head's
], ids=["across-a-break", "ends", "no-count-before", "no-blank-line", "too-far",
        "head-alone", "head-alone-ends", "head-alone-no-count-before", "head-and-figure",
        "head-and-section", "head-figure-and-text", "head-chapter-and-section",
        "three-figures", "figures"])
def test_a_listings_count_runs_across_a_page_break(before: list[str], after: list[str],
                                                    counts_over: bool) -> None:
    """The listing's number under a page's number (``36`` over ``1366``) is a number of a
    count the page's number interrupts when the count ran on before the page's break and
    head (``1364``, ``1365``) and goes on past it (``1367``); else it is a neighbour as
    a figure's tick is."""
    doc = segment("\n".join([*before, "36", *after]) + "\n")
    line = doc.lines[len(before)]
    assert _counts_over(doc, line, doc.lines[line.index + 1]) is counts_over


def test_a_contents_page_references_that_repeat_line_to_line_are_no_page_numbers() -> None:
    """apsguide through PyMuPDF (unjoined): the contents sets each entry's page alone
    under its title, and the sections' numbers (``II.1.``) are no entry's label, so no
    run of entries is read; its references ``1``, ``1``, ``1``, ``2`` … would start a
    chain longer than the pages' own (the title page has no number: ``2`` to ``5`` at
    the pages' feet). A page prints its number once: a figure alone on a line repeated
    a line or two on is a column's. The pages' numbers go, and every reference stays."""
    chapters = ["Introduction", "Formatting", "Front matter", "References"]
    contents = ["CONTENTS"]
    for k, (numeral, chapter) in enumerate(zip(["I", "II", "III", "IV"], chapters, strict=True)):
        contents += [f"{numeral}. {chapter}", str(k + 1)]
        for section in (1, 2):
            contents += [f"{numeral}.{section}. The {WORDS[k + section]} and its "
                         f"{WORDS[k + section + 1]}", str(k + 1)]
    lines = [*contents, *(page_text(1) * 3).splitlines()]
    for page in range(2, 6):
        lines += [*(page_text(page) * 4).splitlines(), str(page)]
    text = "\n".join(lines) + "\nThe end.\n"
    result = cleaner.clean(text)
    assert [(edit.first_line, edit.removed.strip()) for edit in result.edits
            if edit.kind == "page_number"] == [
        (index + 1, line) for index, line in enumerate(lines)
        if index >= len(contents) and line.isdigit()]
    assert result.text.startswith("\n".join(contents) + "\n")


@pytest.mark.parametrize(("lines", "index", "repeated"), [
    (["1", "Introduction", "1", "Formatting", "1"], 0, True),     # a contents' column
    (["1", "Introduction", "1", "Formatting", "1"], 2, True),     # ... from its middle
    (["1", "Intro", "duction", "1", "For", "mats", "1"], 0, True),  # each three lines on
    (["1", "In", "tro", "duction", "1", "Formats", "1"], 0, False),  # four lines: too far
    (["1", "1", "Introduction", "The text."], 0, False),          # a page's over a chapter's
    (["1", "Introduction", "", "1", "Formatting", "1"], 0, False),  # a blank line between
    (["1", "Introduction", "1\f1", "Formatting"], 0, False),       # a page break between
    (["1", "Intro", "1", "Formats", "2", "1"], 0, True),          # another figure amid it
    (["1", "Table 1.1: Mine", "1", "a", "s", "1"], 0, False),     # a table's cells under it
], ids=case_id)
def test_a_number_repeated_in_a_column_numbers_no_page(lines: list[str], index: int,
                                                        repeated: bool) -> None:
    """A page prints its number once, and a page is longer than a few lines: a figure
    alone on its line thrice, each a line or three from the one before, is a column's
    (a contents' references written a part a line), not a page's."""
    doc = segment("\n".join(lines) + "\n")
    assert _repeated_near(doc, doc.lines[index], 1) is repeated
