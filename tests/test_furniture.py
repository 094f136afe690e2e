"""The furniture stage: running heads and feet, credit lines and scrape debris go;
lines that repeat as content stay. Tables of small documents in English, German and
Chinese, each through the stage alone, ``clean`` and ``cleaner fix``."""

from __future__ import annotations

import itertools
import random
import re
import textwrap
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import cleaner
from cleaner import furniture, glued_heads
from cleaner.options import Options
from cleaner.pages import Break, Pages, blank_line_breaks, build
from cleaner.segment import segment

from .conftest import Case, case_id, check_case
from .test_page_numbers import exam_pages, page_text, paged, without_footer

WORDS = {
    "en": [
        "harbour", "committee", "morning", "repairs", "pier", "northern", "shore", "timber",
        "winter", "secretary", "minutes", "chair", "debate", "costs", "fishing", "cooperative",
        "vote", "budget", "amendment", "lighthouse", "keeper", "crane", "eastern", "quay",
        "storm", "ferry", "cargo", "tide", "council", "report"
    ],
    "de": [
        "Hafen", "Ausschuss", "Morgen", "Reparatur", "Anleger", "Nordufer", "Holz", "Winter",
        "Protokoll", "Sitzung", "Kosten", "Fischerei", "Genossenschaft", "Haushalt",
        "Leuchtturm", "Kran", "Ostkai", "Sturm", "Fähre", "Ladung", "Flut", "Rat", "Bericht",
        "Kai", "Werft"
    ],
    "zh": list("共青团株洲市委组织团员青年重温入团誓词活动在宫举行全新离队仪式示范初中学生宣"
               "誓还成立创业天使导师帮助志愿服务深入社区开展关爱留守儿童空巢老人暑期兴趣班"),
}


def body(language: str, page: int, lines: int = 5) -> list[str]:
    """Sentences of words drawn at random (seeded by the page): no two lines alike."""
    rng = random.Random(f"{language}{page}")
    words = WORDS[language]
    if language == "zh":
        return ["".join(rng.choices(words, k=24)) + "。" for _ in range(lines)]
    return [" ".join(rng.choices(words, k=9)).capitalize() + "." for _ in range(lines)]


def document(language: str, pages: int, top: object = None, bottom: object = None,
             separator: str = "\f") -> tuple[str, str]:
    """Pages of text with a head line ``top(page)`` and a foot ``bottom(page)`` (callables,
    or None), and the same text without them."""
    with_furniture, without = [], []
    for page in range(1, pages + 1):
        lines = body(language, page)
        head = [top(page)] if callable(top) else []
        foot = [bottom(page)] if callable(bottom) else []
        with_furniture.append("\n".join(head + lines + foot) + "\n")
        without.append("\n".join(lines) + "\n")
    return separator.join(with_furniture), separator.join(without)


def case(language: str, pages: int, top: object = None, bottom: object = None,
         separator: str = "\f", options: Options | None = None) -> Case:
    text, expected = document(language, pages, top, bottom, separator)
    removed = (callable(top) + callable(bottom)) * pages
    return Case(text, expected, ["boilerplate_line"] * removed, options or Options())


TITLES = ["1 Introduction to the Harbour", "2 The Northern Piers", "3 Costs and Budget"]
SPREAD = document("en", 8,
                  top=lambda n: "Rose et al." if n % 2 == 0 else "IMBH Formation in Nuclei")


CASES = [
    # A journal's name on every page, in each language.
    case("en", 5, top=lambda n: "Journal of Harbour Studies, Vol. 3"),
    case("de", 5, top=lambda n: "Mitteilungen des Hafenvereins, Band 7"),
    case("zh", 5, top=lambda n: "株洲日报 2017年9月18日 星期一"),
    # Running heads that change with the chapter: each stands on its own pages only. The
    # one atop a chapter's first page, where another chapter's head stood on the page
    # before, is the chapter's title there (LaTeX's classes print no head on a chapter's
    # opening page) and stays; the first chapter's, on the document's first page, goes.
    Case(document("en", 9, top=lambda n: TITLES[(n - 1) // 3])[0],
         "\f".join("\n".join([TITLES[(page - 1) // 3]] * (page in (4, 7))
                              + body("en", page)) + "\n" for page in range(1, 10)),
         ["boilerplate_line"] * 7),
    # Alternating heads: authors on even pages, the title on odd ones; the first page,
    # set apart, has none (where it opens on the title, the title stays: see
    # test_the_title_a_head_repeats_stays_on_the_first_page).
    Case(SPREAD[0].split("\n", 1)[1], SPREAD[1], ["boilerplate_line"] * 7),
    # Feet with a number that counts the pages, wherever they stand.
    case("en", 5, bottom=lambda n: f"Article number, page {n} of 5"),
    case("de", 5, bottom=lambda n: f"Seite {n} von 5 – Hafenverein"),
    # OCR variants of one head count together.
    Case(paged("Republican A. P. Leased Wire").replace("Wire\n\f", "Wire!\n\f", 1),
         without_footer(), ["boilerplate_line"] * 4),
    Case(paged("Running footer"), without_footer().replace("\f", "Running footer\n\f", 1),
         ["boilerplate_line"] * 3, Options(keep_one_boilerplate=True)),
    # A run of identical lines with only blank lines between them is scrape debris.
    Case("Body text that is content.\n\n" + "Footer line\n\n" * 4 + "Footer line\n",
         "Body text that is content.\n", ["boilerplate_line"] * 5),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_furniture_table(case: Case, tmp_path: Path) -> None:
    check_case("furniture", case, tmp_path)


def in_running_text(line: str, times: int = 8) -> str:
    """``line`` several times, each between two lines of running text."""
    return "\n".join(f"{page_text(n).splitlines()[0]}\n{line}\n{page_text(n + 5).splitlines()[2]}\n"
                     for n in range(times))


def on_every_page(line: str, language: str = "en", pages: int = 6) -> str:
    """``line`` in the middle of every page, as a label or a form answer stands."""
    return "\f".join("\n".join([*body(language, page)[:2], line, *body(language, page)[2:]]) + "\n"
                     for page in range(pages))


KEPT = [
    # Repeated lines in running text are content: form answers, labels, rules, tags.
    *(in_running_text(line) for line in ["□适用√不适用", "--------", "* * * * *", "<doc>",
                                         "Proof.", "Answer:", "Witnesses:"]),
    on_every_page("□适用√不适用", "zh"),
    on_every_page("Antwort: siehe oben", "de"),
    # Lines of one or two characters: figure labels, matrix entries.
    "\f".join("\n".join([*body("en", n, 2), "A", "B", "x", *body("en", n + 9, 3)]) + "\n"
              for n in range(5)),
    # A refrain is content.
    "Verse one of the song goes here.\n\nBeautiful soup!\nBeautiful soup!\n\n"
    "Verse two of the song goes here.\n\nBeautiful soup!\nBeautiful soup!\n",
    # Each notice on a page of legal notices has its title: it introduces its text.
    "\n".join(f"NOTICE OF TRUSTEE'S SALE\n{' '.join(body('en', n))}\n" for n in range(6)),
    # A table's header row repeated where the table goes on is a row of the table.
    "\n".join(f"Item    2019    2018\nPiers    {n}1    {n}2\nCranes    {n}3    {n}4\n"
              for n in range(5)),
    # References that share a phrase.
    "\n".join(f"[{n}] A. Author, Paper {n}, 2020. [Online]. Available: http://example.org/{n}\n"
              f"{page_text(n)}" for n in range(5)),
    # Sentences that differ in their figures are siblings, wherever they stand.
    "\n\n".join(f"Revenue increased by {n}.{n}%, from ${n}.0 billion in fiscal year 201{n}.\n"
                + "\n".join(body("en", n)) for n in range(1, 6)),
]


@pytest.mark.parametrize("text", KEPT, ids=case_id)
def test_repeated_content_stays(text: str) -> None:
    reasons = [edit.reason for edit in cleaner.clean(text).edits]
    assert "boilerplate_line" not in reasons and "credit_line" not in reasons


def test_a_head_that_is_also_a_heading_keeps_the_copy_that_opens_its_section() -> None:
    """The section title is the running head of its pages; where the section starts it
    stands under a copy of itself. That copy stays, the page-top ones go."""
    pages = []
    for page in range(1, 8):
        title = "3.2 Boundary Conditions" if page > 3 else "3.1 Initial Values"
        lines = [title]
        if page == 4:
            lines.append("3.2 Boundary Conditions")
        pages.append("\n".join(lines + body("en", page)) + "\n")
    text = "\f".join(pages)
    clean_text = cleaner.clean(text).text
    assert clean_text.count("3.2 Boundary Conditions") == 1
    assert clean_text.count("3.1 Initial Values") == 0
    start = clean_text.index("3.2 Boundary Conditions")
    assert clean_text[start:].startswith("3.2 Boundary Conditions\n" + body("en", 4)[0])


@pytest.mark.parametrize(("heading_page", "kept"), [
    (5, True),  # low on the section's first page, under that page's head: the heading
    (9, False),  # over the last page, after every head: a head worded otherwise
])
def test_the_heading_a_head_repeats_stays_wherever_the_extractor_sets_it(
        heading_page: int, kept: bool) -> None:
    """A paper's section opens low on page 5, and pypdf, which runs the pages together,
    sets the head of that page, ``1. First (numbered) section``, over the text before
    it; the head is on page 7 too, and each page's number at its foot. The heading,
    worded otherwise than the head and numbered as a section in sentence case, is the
    copy that differs, and the head repeats it after: it stays, and the heads go. A
    copy worded otherwise after every head is a head, and goes with them."""
    head, heading = "1. First (numbered) section", "1 First (numbered) section"
    pages: list[str] = []
    for page in range(1, 10):
        prose = _prose(page, 30)
        if page == heading_page == 5:  # between two paragraphs
            prose[-6] = prose[-6].rstrip(".") + "."
            prose[-5] = prose[-5].capitalize()
            prose[-5:-5] = [heading]
        top = [head] if page in (5, 7) else [heading] if page == heading_page == 9 else []
        pages += [*top, *prose, str(page)]
    result = cleaner.clean("\n".join(pages) + "\n")
    lines = result.text.split("\n")
    assert (heading in lines) is kept
    assert head not in lines
    removed = [edit.removed.strip() for edit in result.edits if edit.kind == "boilerplate_line"]
    assert removed == ([head, head] if kept else [head, head, heading])
    assert all(line in lines for line in pages if line not in (head, heading)
               and not line.isdigit())


def test_heads_without_form_feeds_that_interrupt_sentences() -> None:
    """pypdf runs pages together: the head recurs every page and cuts a sentence."""
    lines = []
    for page in range(6):
        lines += [sentence.lower() for sentence in body("en", page, 28)]
        lines[-1] = lines[-1].rstrip(".") + " and the"  # the sentence goes on over the page
        lines.append("Journal of Harbour Studies")
    text = "\n".join(lines) + "\nend of the text.\n"
    assert build(segment(text), frozenset()).source == "none"
    result = cleaner.clean(text)
    assert "Journal of Harbour Studies" not in result.text
    assert all(line in result.text for line in lines if line != "Journal of Harbour Studies")


def test_a_cell_among_a_slides_short_lines_cuts_no_sentence() -> None:
    """Slides whose lines are mostly short (labels, a table's cells: ten letters the
    median), each with the foot ``Title``: ``title`` in a table's column of names stands
    between two cells, not two halves of a sentence, however short the usual line. It
    stays; the feet go."""
    slides = []
    for slide in range(1, 9):
        lines = [f"Case {slide}", "Unique values", "per column", "of the set"]
        if slide == 5:
            lines += ["Table 1: Unique elements in train.csv", "column", "posting_id", "image",
                      "image_phash", "title", "label_group"]
        lines += [f"{word} {slide}" for word in ("Tonnage", "Harbour", "Cargo", "Ferry")]
        slides.append("\n".join([*lines, "Title"]) + "\n")
    kept = cleaner.clean("\f".join(slides)).text.split("\n")
    assert kept.count("Title") == 0
    assert "title" in kept


HEAD = "Journal of Harbour Studies, Volume 12"


def glued_pages(glued: set[int], pages: int = 8) -> tuple[str, list[str]]:
    """pypdf's output of a paper: pages run together, each page's sentence going on over
    the page, the running head on every page but the first, and on the pages ``glued``
    run into the page's first line. Returns the text and the content lines."""
    lines: list[str] = []
    content: list[str] = []
    for page in range(pages):
        page_lines = [sentence.lower() for sentence in body("en", page, 28)]
        page_lines[-1] = page_lines[-1].rstrip(".") + " and the"
        content += page_lines
        if page == 0:
            lines += page_lines
        elif page in glued:
            lines += [HEAD + page_lines[0], *page_lines[1:]]
        else:
            lines += [HEAD, *page_lines]
    return "\n".join(lines) + "\nend of the text.\n", content


def test_a_head_run_into_the_first_line_of_a_page_goes_and_the_line_stays() -> None:
    """The head's copies that stand alone show it is furniture; the two run into a line
    fill the page period and interrupt a sentence: the head goes, the line stays."""
    text, content = glued_pages({3, 6})
    result = cleaner.clean(text)
    assert HEAD not in result.text
    assert all(line in result.text for line in content)
    trims = [edit for edit in result.edits if edit.evidence == "glued_to_text"]
    glued_at = [number for number, line in enumerate(text.split("\n"), 1)
                if line.startswith(HEAD) and line != HEAD]
    assert len(glued_at) == 2
    assert [(edit.removed, edit.first_line) for edit in trims] == [(HEAD, n) for n in glued_at]
    assert "interrupts a sentence" in trims[0].message
    assert cleaner.clean(result.text).text == result.text


def test_a_head_run_into_a_new_sentence_goes_after_the_page_number() -> None:
    """The page turns where the page number of the page before stands: the head run into
    a line that opens a new sentence goes too, and the reason says why."""
    lines: list[str] = []
    for page in range(8):
        page_lines = [sentence.lower() for sentence in body("en", page, 28)]
        page_lines[0] = page_lines[0].capitalize()
        head = [HEAD + page_lines[0]] if page in {3, 6} else [HEAD, page_lines[0]]
        lines += [*(head if page else page_lines[:1]), *page_lines[1:], "", f"– {page + 1} –", ""]
    result = cleaner.clean("\n".join(lines))
    trims = [edit for edit in result.edits if edit.evidence == "glued_to_text"]
    assert len(trims) == 2 and all("after furniture that goes" in edit.message
                                   for edit in trims)
    assert HEAD not in result.text
    assert all(line[len(HEAD):] in result.text for line in lines if line.startswith(HEAD)
               and line != HEAD)


def test_no_page_period_no_glued_head() -> None:
    """Without page furniture a page apart there is no page period to fill."""
    assert glued_heads.page_period([]) == 0 and glued_heads.page_period([3, 9, 15]) == 0
    assert not glued_heads._fills_period(40, [0, 80], 0, lambda index: index)
    assert glued_heads._fills_period(40, [0, 80], 50, lambda index: index)
    assert not glued_heads._fills_period(40, [0, 80], 70, lambda index: index)


def test_a_copy_of_the_head_with_more_text_and_no_page_turn_is_kept_whole() -> None:
    """The matcher takes ``HEADa)`` (a panel label) for a variant of the head. Nothing
    shows a page turns before it (no furniture above, no sentence it cuts), so it may
    be a table's row that begins with the head's words: the whole line stays, and the
    head's other copies go."""
    text, _ = glued_pages(set())
    text = text.replace(HEAD, HEAD + "a)", 1)
    result = cleaner.clean(text)
    assert f"\n{HEAD}a)\n" in result.text
    assert result.text.count(HEAD) == 1
    assert cleaner.clean(result.text).text == result.text


def test_a_copy_of_the_head_with_a_sentence_run_into_it_loses_the_head() -> None:
    """``HEADthe quay…`` cuts the sentence of the page before: the head goes."""
    text, _ = glued_pages(set())
    text = text.replace(HEAD + "\n", HEAD + "the quay ", 1)
    result = cleaner.clean(text)
    assert HEAD not in result.text
    assert "\nthe quay " in result.text


def test_a_sentence_that_begins_with_the_heads_words_mid_page_stays() -> None:
    """It continues an open sentence, as a glued head would, but stands mid-page, not at
    the page period: a citation, not a head."""
    text, _ = glued_pages(set())
    lines = text.split("\n")
    cited = HEAD + " printed the minutes of the harbour committee"
    lines[3 * 29 + 11] = lines[3 * 29 + 11].rstrip(".") + " as the"
    lines.insert(3 * 29 + 12, cited)
    result = cleaner.clean("\n".join(lines))
    assert cited in result.text
    assert HEAD + "\n" not in result.text


def test_blank_lines_that_mark_more_pages_than_the_numbers_found_mark_them() -> None:
    """PyMuPDF's blank line after every page marks every page; page numbers found on some
    of them only (one a tick among ticks, one lost) would merge pages: the blank lines
    mark them, and so they do where the numbers mark as many pages (six numbers, five
    breaks between six pages: a number at a page's top does not end it). Numbers found
    on more pages than blank lines mark (a blank line lost between two pages) mark them."""
    pages = ["\n".join(textwrap.wrap(" ".join(body("en", page, 24)), 72)) for page in range(6)]
    text = "\n\n".join(f"{page + 1}\n{text}" for page, text in enumerate(pages)) + "\n"
    doc = segment(text)
    numbers = [line.index for line in doc.lines if line.text.isdigit()]
    assert build(doc, frozenset(numbers[:5])).source == "blank lines"
    assert [b.after for b in build(doc, frozenset(numbers[:5])).breaks] == numbers[1:]
    assert build(doc, frozenset(numbers)).source == "blank lines"
    doc = segment(text.replace("\n\n4\n", "\n4\n"))  # five pages marked, six numbered
    numbers = [line.index for line in doc.lines if line.text.isdigit()]
    assert len(blank_line_breaks(doc)) == 4
    assert build(doc, frozenset(numbers)).source == "page numbers"


ALTERNATING_HEADS = ["The harbour board and its repairs", "Annual report of the committee"]


def _numbered_at_head_and_foot(pages: int = 14) -> str:
    """Pages as PyMuPDF writes a thesis numbered at the head and the foot of each page
    (``15`` at page 15's foot, a blank line, ``16`` over page 16's head): a head of the
    chapter on even pages, of the section on odd ones."""
    return "".join(f"{page}\n{ALTERNATING_HEADS[page % 2]}\n"
                   + "\n".join(textwrap.wrap(" ".join(body("en", page, 20)), 72))
                   + f"\n{page}\n\n" for page in range(1, pages + 1))


def test_a_foots_number_and_the_next_heads_number_make_one_page_break() -> None:
    """Where page numbers mark the pages, a page's number at its foot and the next page's
    at its head make one break between them, not a page of a blank line: a page has
    text. Every page counts once, and the heads taking turns stand two pages apart."""
    doc = segment(_numbered_at_head_and_foot())
    numbers = frozenset(line.index for line in doc.lines if line.text.isdigit())
    pages = build(doc, numbers)
    assert pages.source == "page numbers"
    assert pages.count == 16  # fourteen, and nothing before the first number and after the last
    for found in pages.breaks[1:-1]:  # from a page's last line of text to the next's head
        assert doc.lines[found.before].text.endswith(".")
        assert doc.lines[found.after].text in ALTERNATING_HEADS
        assert all(line.blank or line.text.isdigit()
                   for line in doc.lines[found.before + 1:found.after])
    heads = [pages.page_of(line.index) for line in doc.lines if line.text == ALTERNATING_HEADS[0]]
    assert [b - a for a, b in itertools.pairwise(heads)] == [2] * 6


def test_heads_taking_turns_on_pages_numbered_at_head_and_foot_go() -> None:
    """The two heads of a spread, each on every other page, right under the page's
    number: at their pages' edges, two pages apart, they go, and the text stays."""
    text = _numbered_at_head_and_foot()
    result = cleaner.clean(text)
    removed = [edit.removed.strip() for edit in result.edits if edit.reason == "boilerplate_line"]
    assert sorted(removed) == sorted(ALTERNATING_HEADS * 7)
    for page in range(1, 15):
        for sentence in body("en", page, 20):
            assert sentence.split()[0] in result.text


def test_pages_from_blank_lines_when_they_are_few_and_far_apart() -> None:
    pages = ["\n".join(f"{sentence} ({page})" for sentence in body("en", page, 24))
             for page in range(5)]
    doc = segment("\n\n".join(pages) + "\n")
    assert build(doc, frozenset()).source == "blank lines"
    prose = segment("\n\n".join(body("en", 0, 6)) + "\n")
    assert build(prose, frozenset()).source == "none"


def _survey_as_pymupdf(pages: int = 30) -> str:
    """PyMuPDF's text of a survey without page numbers: a blank line after every page of
    30 lines (a chapter's last page, of 3), and on two pages a table of five rows whose
    empty cells it writes as lines of a tab alone (``\\t`` / ``sinnvoll\\t`` / ``nicht
    sinnvoll``)."""
    table = "\n".join(["\t\nsinnvoll\t\nnicht sinnvoll"] * 5)
    texts = []
    for page in range(pages):
        lines = body("en", page, 3 if page == 10 else 30)
        if page in (3, 4):
            lines[12:12] = [table]
        texts.append("\n".join(lines))
    return "\n\n".join(texts) + "\n"


def test_a_tables_empty_cells_amid_pages_that_blank_lines_mark_end_no_page() -> None:
    """A table's rows between lines of a tab alone are pages of two lines each in a row:
    no pages, but one table amid a page, and its cells, at no page's edge, stay; a short
    page alone is a page. A cleaning before may have left the blank lines and removed
    the numbers that marked the pages: cleaning it again must not take the cells for
    heads."""
    text = _survey_as_pymupdf()
    doc = segment(text)
    pages = build(doc, frozenset())
    assert pages.source == "blank lines"
    assert pages.count == 30
    assert cleaner.clean(text).text == text


def test_blank_lines_at_any_distance_mark_no_pages() -> None:
    """Blank lines that a text leaves between its parts, parts of 40 to 300 lines, mark
    no pages: the longest part is more than ``BLANK_PAGE_SPREAD`` times the median, and
    fewer than four in five are within that of it. The short line that opens three of
    the parts and stands amid a fourth is a block of a program, no head."""
    parts = []
    for number, length in enumerate((40, 300, 45, 50, 250, 42)):
        lines = body("en", number, length)
        if number in (1, 2, 3):
            lines[0:0] = ["quand", "est cliqué"]
        if number == 4:
            lines[100:100] = ["quand", "est cliqué"]
        parts.append("\n".join(lines))
    text = "\n\n".join(parts) + "\n"
    assert build(segment(text), frozenset()).source != "blank lines"
    assert cleaner.clean(text).text == text
    even = "\n\n".join("\n".join(body("en", number, 60)) for number in range(6)) + "\n"
    assert build(segment(even), frozenset()).source == "blank lines"


ACM_FOOT = "ACM Trans. Graph., Vol. 37, No. 4, Article 111. Publication date: August 2018."


def _acm_pages_as_pymupdf(section_under: int) -> tuple[str, list[str]]:
    """Eight pages of an ACM journal as PyMuPDF writes them: a blank line after each,
    the head split in three lines at the top of pages 2 to 8 (the page's number
    ``111:3``, a bullet, the authors on even pages; the title, a bullet, the number on
    odd ones), the journal's line at the foot, and on page ``section_under`` a section's
    number right under the head's (``16``, then the section's title). The text, and its
    lines of prose and the section's."""
    out, kept = [], []
    for page in range(1, 9):
        paragraphs = textwrap.wrap(" ".join(body("en", page, 16 + 3 * (page % 3))), 72)
        head = [] if page == 1 else [f"111:{page}", "•", "Trovato et al."] if page % 2 == 0 \
            else ["The Name of the Title Is Hope", "•", f"111:{page}"]
        section = ["16", "MULTI-LANGUAGE PAPERS"] if page == section_under else []
        out += [*head, *section, *paragraphs, ACM_FOOT, ""]
        kept += [*section, *paragraphs]
    return "\n".join(out) + "\n", kept


def test_acms_heads_split_by_pymupdf_go_with_their_page_numbers() -> None:
    """PyMuPDF splits ACM's head in three lines: the number ``111:3`` beside a bullet is
    the page's (a bullet is no tick of a figure), and goes; the heads and the foot go.
    Where one page's number is not found (a section's number right under it makes it a
    tick among ticks), the number stays and the page's head still goes. The bullet
    between the head's lines goes with them."""
    text, kept = _acm_pages_as_pymupdf(section_under=0)
    lines = cleaner.clean(text).text.split("\n")
    assert [line for line in lines if line] == kept
    text, kept = _acm_pages_as_pymupdf(section_under=5)
    lines = cleaner.clean(text).text.split("\n")
    assert [line for line in lines if line not in ("", "•", "111:5")] == kept


FOOT = "Journal of Harbours / Revue des ports 2020 00(0)"  # a journal's foot, no number


def _spread_without_marks(head: Any, pages: int = 12) -> tuple[str, list[str]]:
    """A paper as pypdf extracts it: pages run together, nothing between them, each page
    opening on its head ``head(page)`` (a callable, or None; a page without a head when
    it returns None) and ending on a foot without a number; the pages end their
    paragraphs (no sentence runs over a head) and are of unlike lengths (a page of
    figures is short). The text, and its lines of prose."""
    lines, prose = [], []
    for page in range(1, pages + 1):
        paragraphs = textwrap.wrap(" ".join(body("en", page, 8 + 7 * (page % 4))), 72)
        prose += paragraphs
        top = head(page) if head else None
        lines += ([top] if top else []) + paragraphs + [FOOT]
    return "\n".join(lines) + "\n", prose


def test_pages_from_running_heads_that_number_them_where_nothing_marks_pages() -> None:
    """Where nothing marks the pages (pypdf), the two running heads of a spread, the
    authors over even pages and the title over odd ones, each with its page's number,
    count the pages between them: the page model begins a page at each, and heads and
    the foot go from the page edges; every line of prose stays."""
    def head(page: int) -> str:
        return f"{page} A. One and B. Two" if page % 2 == 0 else f"Guide to Harbours {page}"
    text, prose = _spread_without_marks(head)
    doc = segment(text)
    pages = build(doc, frozenset())
    assert pages.source == "numbered heads"
    heads = {head(page) for page in range(1, 13)}
    assert [found.after for found in pages.breaks] == [  # page 1 begins the document
        index for index, line in enumerate(text.split("\n")) if line in heads][1:]
    result = cleaner.clean(text)
    assert result.text.split("\n")[:-1] == prose


BOOK_HEADS = ["Chapter 1 The harbour board", "Chapter 2 Repairs of the pier",
              "Chapter 3 Accounts of the year", "Chapter 4 Winter storms"]


@pytest.mark.parametrize(("chapters", "step", "marks"), [
    ([1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4], 1, True),  # three pages or more each
    ([1, 1, 1, 2, 2, 2, 1, 1, 1, 2, 2, 2, 3], 1, False),  # a head in two runs
    ([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2], 1, False),  # two chapters only
    ([1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4], 2, False),  # each head counts by two
], ids=["book", "heads-come-back", "two-chapters", "by-two"])
def test_pages_from_heads_that_change_chapter_by_chapter(chapters: list[int], step: int,
                                                         marks: bool) -> None:
    """A book's head, its chapter's title and its page's number (``Kapitel 3 Die
    Posterklasse 58``, tudscr's manual through pypdf), changes its words chapter by
    chapter: neither two heads taking turns nor one line alone. Heads that count their
    pages one at a time in three runs or more, each head in one run, mark the pages and
    go; heads that come back after another, two runs only, or numbers that skip mark
    none (numbered headings may count so)."""
    def head(page: int) -> str:
        return f"{BOOK_HEADS[chapters[page - 1] - 1]} {step * page}"
    text, prose = _spread_without_marks(head, pages=len(chapters))
    pages = build(segment(text), frozenset())
    assert (pages.source == "numbered heads") is marks
    if marks:
        assert cleaner.clean(text).text.split("\n")[:-1] == prose


@pytest.mark.parametrize("foot", [
    "and comments shall be mailed to <editor@harbours.example>. {page}",
    "Accepted in Harbours 2020-05-09, click title to verify. Published under CC-BY 4.0. {page}",
])
def test_pages_from_a_foot_that_is_a_sentence_with_its_pages_number(foot: str) -> None:
    """One line alone that counts the pages marks them when it is no heading but a
    sentence, or a piece of one, with the page's number run into it, as a journal's
    foot or its copyright line (pypdf puts it before the page's text): the page model
    begins a page at each, the foot and the journal's line go, every line of prose
    stays."""
    text, prose = _spread_without_marks(lambda page: foot.format(page=page))
    pages = build(segment(text), frozenset())
    assert pages.source == "numbered heads"
    assert pages.count == 12
    assert cleaner.clean(text).text.split("\n")[:-1] == prose


def test_a_sentence_that_counts_marks_pages_a_page_apart_and_after_its_end() -> None:
    """A closed sentence with a number after it marks pages when its copies stand a
    page apart, not a few lines apart (a tally kept through a short account); a sentence
    whose number is its own (``It was the morning of day 3``, opening a diary's
    entries) marks none, however far apart."""
    def account(line: str, sentences: int) -> str:
        lines = []
        for step in range(1, 13):
            lines += textwrap.wrap(" ".join(body("en", step, sentences)), 72)
            lines.append(line.format(step=step))
        return "\n".join(lines) + "\n"
    foot = "Minutes of the Harbour Board, filed and approved. {step}"
    assert build(segment(account(foot, 3)), frozenset()).source == "none"
    assert build(segment(account(foot, 30)), frozenset()).source == "numbered heads"
    diary = "and so it was the morning of day {step}"
    assert build(segment(account(diary, 30)), frozenset()).source == "none"


ACRONYM_FOOT = "HARBOURS {page} September 19, 2015"


@pytest.mark.parametrize(("line", "on", "marks"), [
    (ACRONYM_FOOT, range(1, 13), True),  # a proposal's acronym, its page, its date
    ("Chapter {page} Summary of the Harbour Works", range(1, 13), False),  # a heading
    ("It was day {page} of the crossing, and the wind held.", range(1, 13), False),
    (ACRONYM_FOOT, range(1, 6), False),  # not through half the document
    (ACRONYM_FOOT, (3, 6, 9), False),  # three copies: three sections may count so
    ("Rd {page} a, 2015", range(1, 13), False),  # a row of figures, few letters
    (ACRONYM_FOOT + " " + "x" * 100, range(1, 13), False),  # longer than a line of a page
    ("Article number, page {page} of 12", (1, 3, 4, 5, 7, 8, 10, 12), False),  # pages lost
], ids=case_id)
def test_pages_from_a_line_with_its_pages_number_amid_its_fields(
        line: str, on: Any, marks: bool) -> None:
    """h2020proposal's template through pypdf, nothing between its pages, ends each on
    ``ACRONYM 3 September 19, 2015``: the proposal's acronym, the page's number and the
    date, as fields in a row. One line whose number amid its words counts the pages
    through half the document, four copies at least, marks them, as one with the number
    at an end does, and every copy goes; a heading that counts chapters, a sentence
    that counts days, a line on the first five pages of twelve or on three, a row of
    figures or a paragraph's line, marks none; and a line that states its page of a
    total marks pages where each states the next page only (A&A's foot, through pypdf
    on eight of twelve pages: which page a head between two of them tops is unknown)."""
    text, prose = _spread_without_marks(
        lambda page: line.format(page=page) if page in on else None)
    pages = build(segment(text), frozenset())
    assert pages.source == ("numbered heads" if marks else "none")
    if marks:
        assert pages.count == 12
        assert cleaner.clean(text).text.split("\n")[:-1] == prose


def test_a_line_with_a_number_amid_marks_pages_when_most_copies_count_a_page_apart() -> None:
    """The copies of a line with a number amid its fields mark pages only where most
    of them count (a foot on eight pages of twelve, then four copies that say ``1``:
    another count) and they stand a page apart, not a few lines (a tally)."""
    def foot(page: int) -> str:
        return ACRONYM_FOOT.format(page=page if page <= 8 else 1)
    text, _ = _spread_without_marks(foot)
    assert build(segment(text), frozenset()).source == "none"
    for sentences, source in ((10, "none"), (30, "numbered heads")):
        lines = []
        for step in range(1, 13):
            lines += textwrap.wrap(" ".join(body("en", step, sentences)), 72)
            lines.append(ACRONYM_FOOT.format(page=step))
        assert build(segment("\n".join(lines) + "\n"), frozenset()).source == source


@pytest.mark.parametrize(("author", "byline", "first_page", "marks"), [
    ("Anna K. Lindqvist", "Lindqvist, Feb. 14, 2013", 15, True),
    ("Anna K. Berglund", "Lindqvist, Feb. 14, 2013", 15, False),  # another author
    ("Anna K. Lindqvist", "Lindqvist and Berglund, Feb. 14, 2013", 15, False),  # one of two
    ("Anna K. Berglund", "Lindqvist, Feb. 14, 2013", 2, False),  # the first byline, near
], ids=case_id)
def test_pages_from_a_byline_that_counts_and_names_the_documents_author(
        author: str, byline: str, first_page: int, marks: bool) -> None:
    """ascelike's sample through pypdf ends each page on ``1 Kuhn, Feb. 14, 2013``: the
    page's number, the author and a date, no sentence closed. Left open, one line that
    counts alone may open a diary's entry; this one names the document's author as its
    first lines print him, a byline: it marks the pages, and every copy goes. Where the
    first lines name another author, or not every name the line holds, it marks none;
    nor does the first byline itself, among those first lines on a short first page."""
    lines = ["Works on the Harbour Piers", f"{author}, Member, Harbour Society"]
    prose = lines.copy()
    for page in range(1, 13):
        sentences = first_page if page == 1 else 8 + 7 * (page % 4)
        paragraphs = textwrap.wrap(" ".join(body("en", page, sentences)), 72)
        prose += paragraphs
        lines += [*paragraphs, f"{page} {byline}"]
    text = "\n".join(lines) + "\n"
    pages = build(segment(text), frozenset())
    assert pages.source == ("numbered heads" if marks else "none")
    if marks:
        assert cleaner.clean(text).text.split("\n")[:-1] == prose


@pytest.mark.parametrize("head", [
    lambda page: f"Results for participant {page}",  # one line counting alone: content
    lambda page: f"{page} Obtaining the class" if page < 5 else f"{page} Preparing a paper",
    lambda page: f"{page // 2} Steps of the method",  # numbers that stand still on a step
])
def test_lines_that_count_without_taking_turns_as_heads_mark_no_pages(head: Any) -> None:
    """One line that counts up by itself (``Results for participant 3``) may be content,
    and so may numbered lines whose words change for good, or whose numbers stand still:
    no pages are made of them: a spread's heads take turns."""
    text, _ = _spread_without_marks(head)
    assert build(segment(text), frozenset()).source == "none"


def test_a_papers_title_stays_though_its_running_head_repeats_it_with_acms_numbers() -> None:
    """ACM's heads carry the article's page, ``111:3``: ``The Name of the Title Is Hope •
    111:3``. Numbers aside, the head is printed with a bullet, the title on the first
    page without it: the title opens the paper and stays; every head goes."""
    title = "The Name of the Title Is Hope"
    def head(page: int) -> str:
        return (title if page == 1 else f"111:{page} • Trovato et al." if page % 2 == 0
                else f"{title} • 111:{page}")
    text, prose = _spread_without_marks(head)
    result = cleaner.clean(text)
    assert result.text.split("\n")[:-1] == [title, *prose]


def test_heads_that_take_turns_in_a_part_of_the_document_mark_no_pages() -> None:
    """Heads number pages through the document; two lines that take turns counting over
    its first third only (a chapter's numbered exercises, say) mark no pages, and a
    shorter chain of alike lines after them does not hide a chain that qualifies."""
    def head(page: int) -> str | None:
        return None if page > 6 else f"{page} A. One and B. Two" if page % 2 == 0 \
            else f"Guide to Harbours {page}"
    text, _ = _spread_without_marks(head, pages=18)
    assert build(segment(text), frozenset()).source == "none"
    def spread(page: int) -> str:
        return f"{page} A. One and B. Two" if page % 2 == 0 else f"Guide to Harbours {page}"
    text, _ = _spread_without_marks(spread)
    stray = "\n".join(f"Harbour dues of the year {n}" for n in (7, 8, 9)) + "\n"
    pages = build(segment(text + stray), frozenset())
    assert pages.source == "numbered heads" and len(pages.breaks) == 11  # page 1 at line 0


def test_numbered_headings_listed_in_the_contents_mark_no_pages() -> None:
    """A section's numbered heading printed twice, in the contents and over its section,
    counts up the document taking turns with the others, as a spread's heads do; but a
    head recurs on every page of its run, three times or more, and these do not."""
    def heading(page: int) -> str:
        return f"{page} The {WORDS['en'][page]} and the {WORDS['en'][page + 12]}"
    text, _ = _spread_without_marks(heading)
    contents = "\n".join(heading(page) for page in range(1, 13))
    assert build(segment(contents + "\n" + text), frozenset()).source == "none"
    assert all(heading(page) in cleaner.clean(contents + "\n" + text).text
               for page in range(1, 13))


TITLE_BLOCK = "Manual of Quayside Signals\nfor Authors of the Journal\nA. One and B. Two\n"


def test_pages_from_a_head_that_names_the_document_after_a_fixed_foot() -> None:
    """pypdf runs a page's foot (one fixed line, no number) into the next page's head,
    which counts the pages and names the document as its first page prints it (``NRC:
    LaTeX User Guide for Journals 7``): one numbered line alone, but every copy stands
    right after a copy of the foot. The page model begins a page at each head; heads
    and foot go, the title block and every line of prose stay."""
    text, prose = _spread_without_marks(lambda page: f"Quayside Signals Manual {page}")
    pages = build(segment(TITLE_BLOCK + text), frozenset())
    assert pages.source == "numbered heads" and pages.count == 12
    assert [found.after for found in pages.breaks] == [
        index for index, line in enumerate((TITLE_BLOCK + text).split("\n"))
        if line.startswith("Quayside Signals Manual ")][1:]
    result = cleaner.clean(TITLE_BLOCK + text)
    assert result.text.split("\n")[:-1] == [*TITLE_BLOCK.split("\n")[:-1], *prose]


@pytest.mark.parametrize("title", [
    "",  # a line that counts beside a fixed one names nothing the document prints
    "Guide to Signals\n",  # half its words, but one only: two are needed
    "\n".join(["Preface."] * 12) + "\nManual of Quayside Signals\n",  # past the first lines
])
def test_a_line_that_counts_after_a_fixed_foot_without_naming_the_document_marks_none(
        title: str) -> None:
    """A heading that opens every page, numbered (``Results for participant 3``), stands
    after the page's foot just as a head does; only a head names the document, with
    two of its words at least where it has two."""
    text, _ = _spread_without_marks(lambda page: f"Quayside Signals Manual {page}")
    assert build(segment(title + text), frozenset()).source == "none"


def _foot_then_head(head: str, title: str, foot: str = "Nov. 2002", pages: int = 12,
                    without: tuple[int, ...] = (), plain: tuple[int, ...] = ()) -> str:
    """pypdf's pages run together: ``title`` lines, then pages that each open on
    ``head`` (``{page}`` numbered; none on the pages in ``without``) and end on ``foot``
    (neither on the pages in ``plain``)."""
    lines = title.splitlines()
    for page in range(1, pages + 1):
        lines += [] if page in without + plain else [head.format(page=page)]
        lines += textwrap.wrap(" ".join(body("en", page, 20)), 72)
        lines += [] if page in plain else [foot]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("head", "title", "marks"), [
    ("Quayside Signals Manual {page}", "Quayside Signals", True),  # two of three words
    ("Quayside Signals Lighthouse Manual {page}", "Quayside Signals", True),  # two of four
    ("Quayside Signals Lighthouse Manual Ferries {page}", "Quayside Signals", False),
])
def test_how_much_of_the_title_a_head_beside_a_foot_must_hold(head: str, title: str,
                                                              marks: bool) -> None:
    """A head names the document with half its words (of four letters or more), two at
    least: two of three or of four words are enough, two of five are not."""
    pages = build(segment(_foot_then_head(head, title + "\n")), frozenset())
    assert (pages.source == "numbered heads") is marks


@pytest.mark.parametrize(("foot", "without", "plain", "marks"), [
    ("Nov. 2002", (), (), True),
    ("* * * 2002", (), (), False),  # a foot has letters: a row of stars is a break
    ("Nov. 2002", (6, 7), (), True),  # two pages without a head: one chain still
    ("Nov. 2002", (5, 6, 7), (), False),  # three: two chains, each too short a part
    ("Nov. 2002", tuple(range(7, 13)), (), False),  # the foot on pages with no head
    ("Nov. 2002", (1, 2, 4, 5, 7, 8, 10, 11), (), False),  # a head beside a third of it
    ("Nov. 2002", (), tuple(range(7, 13)), False),  # heads through the first half only
])
def test_which_fixed_lines_and_chains_mark_pages(foot: str, without: tuple[int, ...],
                                                 plain: tuple[int, ...], marks: bool) -> None:
    """The fixed line is a foot with letters, a head beside most of its copies; the
    heads may skip two pages in a row (a plate, a chapter's first page), not three, and
    run through half the document."""
    text = _foot_then_head("Quayside Signals Manual {page}", "Quayside Signals Manual\n",
                           foot, without=without, plain=plain)
    assert (build(segment(text), frozenset()).source == "numbered heads") is marks


def test_numbered_headings_after_a_fixed_line_mark_no_pages() -> None:
    """Numbered headings that each stand under one fixed line (a scraped page's ``Back
    to top`` over ``3 The quay and the ferry``) count up the document, but their words
    change with every one: section headings, not a head. No pages are made of them."""
    def heading(page: int) -> str:
        return f"Back to top\n{page} The {WORDS['en'][page]} and the {WORDS['en'][page + 12]}"
    title = "\n".join(f"The {word} and the {WORDS['en'][n + 12]}"
                      for n, word in enumerate(WORDS["en"][:13])) + "\n"
    text, _ = _spread_without_marks(heading)
    assert build(segment(title + text), frozenset()).source == "none"


def test_a_spread_whose_title_head_stands_twice_after_a_fixed_foot_marks_pages() -> None:
    """A short paper (ACM's): the authors' head on pages 2, 4 and 6, the title's on 3 and
    5 only, each after the journal's citation line, a fixed foot. Two copies of a head
    are too few to count by themselves; after the foot, counting with the other head,
    they mark their pages, and the authors' head and the foot go."""
    title = "The Quayside Signals Manual"
    def head(page: int) -> str:
        return (title if page == 1 else f"111:{page} • Oneill et al." if page % 2 == 0
                else f"{title} • 111:{page}")
    text, prose = _spread_without_marks(head, pages=6)
    block = "A. Oneill and B. Two\n"
    pages = build(segment(block + text), frozenset())
    assert pages.source == "numbered heads" and pages.count == 6
    result = cleaner.clean(block + text)
    assert "Oneill et al." not in result.text and FOOT not in result.text
    assert all(line in result.text for line in prose)


TALK_HEAD = ["Outline Results Outlook", "Harbour Board Report", "Released", "June 20th, 2019"]


def _talk_as_pypdf(foot: str, slides: int = 12, total: int = 12, foot_first: bool = False,
                   built: int = 0) -> tuple[str, list[str]]:
    """A talk as pypdf extracts it: slides run together, nothing between them, each with
    the talk's four lines of head and a foot that states its page of ``total``
    (``foot.format(page=…, total=…)``), last on the slide (first, with ``foot_first``);
    slide 5 built up in ``built`` steps, an item more each (each step a page, the same
    number in its foot). The text, and the lines of the slides' own (the last build's)."""
    lines: list[str] = []
    own: list[str] = []
    for page in range(1, slides + 1):
        prose = [f"Slide {page}: " + line for line in body("en", page, 3 + page % 3)]
        steps = [prose[:2] + [f"Item {n} of the list." for n in range(1, step + 1)]
                 for step in range(1, built + 1)] if page == 5 and built else [prose]
        own += steps[-1]
        for shown in steps:
            stated = foot.format(page=page, total=total)
            lines += [stated] * foot_first + TALK_HEAD + shown + [stated] * (not foot_first)
    return "\n".join(lines) + "\n", own


@pytest.mark.parametrize("foot_first", [False, True])
@pytest.mark.parametrize("foot", ["Traap BSD-3-Clause Page {page} of {total}",
                                  "Harbour Board {page} / {total}"])
def test_pages_from_a_foot_that_states_its_page_where_nothing_marks_pages(
        foot: str, foot_first: bool) -> None:
    """Where nothing marks the pages (pypdf), a foot that states its page of a total
    marks them: the page ends at it where the extractor set it last on the page, and
    begins at it where it set it first. The slides' four lines of head then stand at the
    page edges and go with the foot; every line of the slides' own stays."""
    text, own = _talk_as_pypdf(foot, foot_first=foot_first)
    doc = segment(text)
    pages = build(doc, frozenset())
    assert pages.source == "stated pages" and pages.count == 12
    feet = {foot.format(page=page, total=12) for page in range(1, 13)}
    stated = [line.index for line in doc.lines if line.text in feet]
    if foot_first:
        assert [found.after for found in pages.breaks] == stated[1:]
    else:
        assert [found.before for found in pages.breaks] == stated[:-1]
    assert cleaner.clean(text).text.split("\n")[:-1] == own


@pytest.mark.parametrize(("foot", "slides", "total", "marks"), [
    ("Harbour Board {page} / {total}", 4, 4, True),  # the fewest: MIN_STATED_PAGES
    ("Harbour Board {page} / {total}", 3, 3, False),  # three may be a form's fields
    ("Harbour Board {page} / {total}", 12, 24, True),  # half the total's pages
    ("Harbour Board {page} / {total}", 11, 24, False),  # not half: a passage's own figures
    ("Harbour Board {page} / {total}", 12, 11, False),  # a page past the total
])
def test_a_foot_marks_pages_stating_half_its_total_or_more(
        foot: str, slides: int, total: int, marks: bool) -> None:
    """Lines that state their page mark the pages when there are ``MIN_STATED_PAGES`` of
    them at least, on half the total's pages or more, never past the total."""
    text, _ = _talk_as_pypdf(foot, slides=slides, total=total)
    assert (build(segment(text), frozenset()).source == "stated pages") is marks


def test_feet_that_skip_a_page_mark_no_pages() -> None:
    """Where one page's foot is lost (pypdf ran it into a line), the feet skip a page:
    where it began is not known, and a head on every page would seem to skip one, as a
    spread's head does. They mark no pages then."""
    text, _ = _talk_as_pypdf("Harbour Board {page} / {total}")
    assert build(segment(text), frozenset()).source == "stated pages"
    text = text.replace("Harbour Board 3 / 12\n", "")
    assert build(segment(text), frozenset()).source != "stated pages"


def test_a_slide_built_in_steps_where_nothing_marks_pages_keeps_its_last_build() -> None:
    """Where nothing marks the pages, the foot that states the page marks a slide's
    builds too (the same number on each step): the earlier builds go whole, as where
    form feeds mark them, and the last build keeps every line of the slide, once. The
    builds' lines, one a page on five pages in a row, are no furniture."""
    text, own = _talk_as_pypdf("Harbour Board {page} / {total}", built=5)
    result = cleaner.clean(text)
    assert result.text.split("\n")[:-1] == own
    assert sum(line == "Item 1 of the list." for line in result.text.split("\n")) == 1


def test_two_pages_alike_but_for_the_page_they_state_are_no_builds() -> None:
    """Two scrap sheets at an exam's end, alike but for the page their foot states
    (``11/12``, ``12/12``), are two pages, not one slide's builds: both stay."""
    text, own = _talk_as_pypdf("{page}/{total}", slides=10)
    sheets = "".join(f"{line}\n" for page in (11, 12)
                     for line in [*TALK_HEAD, "Scrap paper", "Name and number:", f"{page}/12"])
    result = cleaner.clean(text + sheets)
    assert result.text.split("\n").count("Scrap paper") == 2
    assert all(line in result.text for line in own)


def test_form_feeds_three_in_a_row_are_glyphs_of_a_formula_not_pages() -> None:
    """PyMuPDF writes the pieces of a large bracket it cannot map as ``\\f\\f\\f``, many
    times a page: those feeds are characters of their line, kept; the pages are still
    found from the blank line between them, and their head and numbers go."""
    pages = []
    for page in range(1, 9):
        lines = textwrap.wrap(" ".join(body("en", page, 24)), 70)
        lines[8:8] = ["\f\f\f(x + y)", "\f\f\f(a - b) = c"]
        pages.append("\n".join(["A Sample Paper on Harbours", *lines, str(page)]) + "\n")
    result = cleaner.clean("\n".join(pages))
    assert "A Sample Paper" not in result.text
    assert result.text.count("\f\f\f(") == 16  # every glyph kept where it stood
    assert all(f"\n{page}\n" not in result.text for page in range(1, 9))
    assert all(line in result.text for page in range(1, 9)
               for line in textwrap.wrap(" ".join(body("en", page, 24)), 70))


def test_one_bracket_of_feeds_in_a_paper_is_a_glyph_not_two_pages() -> None:
    """nwejm's article through PyMuPDF: one large bracket in the whole paper, written as
    seven feeds on a line of their own, and no other feed. Fewer than ten glyphs, they
    were taken for page breaks: the paper became two pages (and seven empty ones), its
    head and numbers stayed on all fourteen. No feed of its own ends any page, so the
    pages are found as in a paper without feeds, and the bracket's feeds stay."""
    pages = []
    for page in range(49, 63):
        lines = textwrap.wrap(" ".join(body("en", page, 24)), 70)
        if page == 51:
            lines[6:6] = ["B(r) =", "\f" * 7, "n", "X", "i=1"]
        pages.append("\n".join(["Artikel Titel (Dutch)", "F. Last e.a.", *lines, str(page)]))
    result = cleaner.clean("\n\n".join(pages) + "\n")
    assert "Artikel Titel" not in result.text and "F. Last e.a." not in result.text
    assert all(f"\n{page}\n" not in result.text for page in range(49, 63))
    assert "B(r) =\n" + "\f" * 7 + "\nn\nX\ni=1\n" in result.text
    assert all(line in result.text for page in range(49, 63)
               for line in textwrap.wrap(" ".join(body("en", page, 24)), 70))


def test_form_feeds_in_a_column_one_a_line_are_a_drawings_glyphs_not_pages() -> None:
    """The LaTeX introduction through PyMuPDF: a picture's glyphs written one a line, a
    column of feeds among letters (``H`` / ``\\f`` / ``\\f`` / ``\\f`` / ``A``), on a few
    pages, and no other feed. Taken for page breaks, they made a dozen pages of a book of
    a hundred, and no head nor number went; they are characters of their lines, kept,
    and the pages are found from the blank line between them."""
    pages = []
    for page in range(1, 13):
        lines = textwrap.wrap(" ".join(body("en", page, 24)), 70)
        if page in (3, 7, 9):
            lines[6:6] = ["H", "H", "\f", "\f", "\f", "\f\f", "A", "B"]
        pages.append("\n".join(["A Short Introduction to Harbours", *lines, str(page)]) + "\n")
    result = cleaner.clean("\n".join(pages))
    assert "A Short Introduction" not in result.text
    assert all(f"\n{page}\n" not in result.text for page in range(1, 13))
    assert result.text.count("H\nH\n\f\n\f\n\f\n\f\f\nA\nB\n") == 3
    assert all(line in result.text for page in range(1, 13)
               for line in textwrap.wrap(" ".join(body("en", page, 24)), 70))


def test_two_feeds_amid_a_formula_are_a_brackets_glyph_not_pages() -> None:
    """hitsz' bachelor thesis through PyMuPDF: one set's bracket in the whole thesis,
    written as two feeds between a letter and a space (``𝑥∈ℜ𝑛\\f\\f 𝑔𝑗(𝑥) ≤0``), and no
    other feed. Taken for page breaks, they cut the thesis into three pages, and no head
    nor number went; they are characters of their line, kept where they stood."""
    formula = "𝑥∈ℜ𝑛\f\f 𝑔𝑗(𝑥) ≤0, 𝑗= 1, 2, · · · , 𝑝"
    pages = []
    for page in range(1, 13):
        lines = textwrap.wrap(" ".join(body("en", page, 24)), 70)
        if page == 5:
            lines[6:6] = ["𝑆=", formula]
        pages.append("\n".join(["A Thesis on Harbours", *lines, str(page)]) + "\n")
    result = cleaner.clean("\n".join(pages))
    assert "A Thesis on Harbours" not in result.text
    assert all(f"\n{page}\n" not in result.text for page in range(1, 13))
    assert f"𝑆=\n{formula}\n" in result.text


def test_form_feeds_inside_words_are_a_fonts_ligature_not_pages() -> None:
    """pypdf writes the ligature ``fi`` of an old TeX font as a form feed: ``This macro
    speci\\fes the \\flename``, in one sentence of every entry. Those feeds are
    characters of their words: no line is cut at them, nothing of the sentences goes,
    and the running head still goes."""
    entries = [f"This macro speci\ffes the \ffle number {n} of the thesis and its \ffield."
               for n in range(40)]
    pages = []
    for page in range(8):
        lines = textwrap.wrap(" ".join(body("en", page, 24)), 70)
        lines[4:4] = entries[page * 5:page * 5 + 5]
        pages.append("\n".join(["A Thesis on the Harbour", *lines]) + "\n")
    result = cleaner.clean("\n".join(pages))
    assert "A Thesis on the Harbour" not in result.text
    assert all(entry in result.text.split("\n") for entry in entries)


def test_form_feeds_between_the_words_of_a_line_are_glyphs_not_pages() -> None:
    """pypdf joins a paper's pages with line breaks alone, and writes a bracket it cannot
    map as `` \\f\\f `` between two words of a formula. Those feeds are characters of
    their line, kept where they stood, and the pages are found from their numbers, which
    go. Taken for page breaks, they cut the paper into three pages, and the numbers
    stayed."""
    pages = []
    for page in range(1, 11):
        lines = textwrap.wrap(" ".join(body("en", page, 24)), 70)
        if page in (4, 7):
            feeds = "\f" * (page // 3)  # one on page 4, two on page 7
            lines[6:6] = [f"x ∈ Rn {feeds} nX i=1 |xi|p < rp for {page}"]
        pages.append("\n".join([*lines, f"- {page} -"]))
    result = cleaner.clean("\n".join(pages) + "\n")
    assert all(f"- {page} -" not in result.text for page in range(1, 11))
    assert "x ∈ Rn \f nX i=1 |xi|p < rp for 4\n" in result.text
    assert "x ∈ Rn \f\f nX i=1 |xi|p < rp for 7\n" in result.text
    assert all(line in result.text for page in range(1, 11)
               for line in textwrap.wrap(" ".join(body("en", page, 24)), 70))


@pytest.mark.parametrize(("text", "pages"), [
    ("One.\nx \f\f y\nTwo \f three.\n", 1),  # every feed between words: glyphs
    ("One.\nx\t\f\ty\nTwo \f three.\n", 1),  # a tab stands between words as a space does
    ("One.\nFooter\fTwo.\nFooter\fThree.\n", 3),  # a script joined the pages' texts
    ("One.\nx \f y\n\fTwo.\n", 3),  # one at a line break: they are pages
    ("One. \f\nTwo.\n", 2),  # a space on one side only
])
def test_which_form_feeds_break_pages(text: str, pages: int) -> None:
    assert len(build(segment(text), frozenset()).breaks) + 1 == pages


def test_blank_pages_after_the_text_are_pages_and_one_cleaning_is_enough() -> None:
    """Elsevier's CAS guide (pdftotext) opens on five blank pages and ends on nine: the
    fourteen feeds stand in runs of three or more, as an extractor writes a symbol's
    pieces, and read so, none broke a page. Only the runs before the end count as
    glyphs: blank pages after the text are pages, however many. Read as glyphs, they
    left the five feeds at the top as the first line's characters, and a second
    cleaning (the trailing nine gone) took them as blank lines before the text."""
    pages = ["\n".join(textwrap.wrap(" ".join(body("en", page, 24)), 70)) for page in (1, 2)]
    text = "\f" * 5 + pages[0] + "\n\f" + pages[1] + "\n" + "\f" * 9
    assert len(build(segment(text), frozenset()).breaks) >= 1  # the feeds break pages
    once = cleaner.clean(text).text
    assert once.startswith(pages[0][:40]) and pages[1] in once
    assert cleaner.clean(once).text == once
    glyphs = "".join(f"Let \f\f\f x be {n}.\n" for n in range(4)) + "\f" * 9
    assert len(build(segment(glyphs), frozenset()).breaks) == 0  # a symbol's pieces


@pytest.mark.parametrize(("variants", "keep"), [
    (["(By United Press)", "(Bv Unlted Prcss)", "By United Presa)", "( By Unitcd Press."], False),
    (["(Continued on Page 3)"] * 4, False),
    (["(下转第3版)"] * 4, False),
    (["(By United Press)"] * 4, True),
])
def test_credit_lines_go_unless_kept(variants: list[str], keep: bool) -> None:
    stories = [" ".join(body("en", n)) for n in range(len(variants))]
    text = "\n\n".join(f"HEADLINE NUMBER {n}\n{credit}\n{story}"
                       for n, (credit, story) in enumerate(zip(variants, stories, strict=True)))
    result = cleaner.clean(text, Options(keep_credit_lines=keep))
    credits = [edit for edit in result.edits if edit.reason == "credit_line"]
    assert len(credits) == (0 if keep else len(variants))
    assert all(story in result.text for story in stories)
    assert all(edit.evidence == "credit_line" and edit.message.startswith(
        f"credit line repeated {len(variants)} times (a credit line): ") for edit in credits)


def test_a_bracketed_label_is_not_a_credit_line() -> None:
    text = "\n\n".join(f"Statement {n}\n(in thousands of dollars)\n{' '.join(body('en', n))}"
                       for n in range(5))
    assert "credit_line" not in [edit.reason for edit in cleaner.clean(text).edits]


def test_the_duplicate_stage_leaves_short_headings_to_furniture() -> None:
    heading = "3.2 Boundary Conditions and Assumptions"
    text = f"{heading}\n\n{' '.join(body('en', 1))}\n\n{heading}\n\n{' '.join(body('en', 2))}\n"
    assert cleaner.clean(text).edits == ()


def test_a_document_that_would_become_empty_is_left_alone() -> None:
    text = "Footer line\n\n" * 6
    result = cleaner.clean(text)
    assert result.text == text and result.edits == ()
    assert result.warnings


# Lines at the edges of every page that differ in a word are not one running head.
DAY_SENTENCES = ["The harbour committee met on {day} and heard the treasurer's report.",
                 "Repairs to the northern pier began in {day}'s rain, as the minutes record.",
                 "The ferry to the island sailed at noon on {day}, with the mail and two cows."]


def short_pages(days: list[str], foot: str = "Harbour Review, spring issue") -> str:
    """Pages of three sentences each (every line at a page edge), a foot, a number."""
    return "\f".join("\n".join(sentence.format(day=day) for sentence in DAY_SENTENCES)
                     + f"\n\n{foot}\n{number}\n" for number, day in enumerate(days, 1))


def test_edge_lines_that_differ_in_a_word_the_document_uses_stay() -> None:
    text = short_pages(["Monday", "Tuesday", "Friday", "Sunday"])
    result = cleaner.clean(text)
    assert result.stats.by_reason == {"boilerplate_line": 4, "page_number": 4}
    for day in ("Monday", "Tuesday", "Friday", "Sunday"):
        assert result.text.count(day) == 3


def test_edge_lines_that_differ_only_as_ocr_misreads_them_go_together() -> None:
    """``Revievv`` and ``sprlng`` are no words of the document: one foot, misread."""
    bodies = ["The clerk read the minutes of the last session aloud.",
              "A storm closed the quay for three days in March.",
              "The ferry carried the mail and two cows to the island.",
              "Repairs to the lighthouse will wait until the summer."]
    text = "\f".join(f"{bodies[number - 1]}\n{foot}\n{number}\n" for number, foot in enumerate(
                         ["Harbour Review, spring issue", "Harbour Revievv, spring issue",
                          "Harbour Review, sprlng issue", "Harbour Review, spring issue"], 1))
    result = cleaner.clean(text)
    assert result.stats.by_reason.get("boilerplate_line") == 4
    assert "Harbour" not in result.text


def test_a_figure_in_words_varies_as_a_figure_in_digits() -> None:
    """Jump lines to another page each time are one line, spelled out or in digits."""
    story = ("The committee voted to repair the northern pier before the winter storms, "
             "and the work will be paid for from the harbour fund.")
    for pages in (["Fifteen", "Thirteen", "Sixteen"], ["15", "13", "16"]):
        text = "\n\n".join(f"{story} Story {n}.\n\n(Continued on Page {page}.)"
                         for n, page in enumerate(pages)) + "\n"
        result = cleaner.clean(text)
        assert "Continued" not in result.text, pages
        assert result.stats.by_reason == {"credit_line": 3}, pages


def _unmarked_pages(lengths: list[int], head: list[str]) -> tuple[str, list[str]]:
    """Pages of the given lengths run together with no page marks, as pypdf writes them:
    a sentence runs over each page end (a full line, as a page's last line is), through
    the ``head`` lines (``{page}`` numbered) that the extractor put between. Returns the
    text and its lines of content."""
    rng = random.Random(5)
    words = ["the", "harbour", "council", "met", "to", "consider", "repairs", "of", "pier",
             "and", "budget", "for", "winter", "storms", "which", "damaged", "cranes", "sheds"]

    def some(count: int) -> str:
        return " ".join(rng.choice(words) for _ in range(count))

    lines, content = [], []
    for page, length in enumerate(lengths, 1):
        body = [some(rng.randint(9, 12)) for _ in range(length)]
        body += [some(rng.randint(7, 10)) + " and the"]
        after = "committee " + some(8) + "."
        lines += body + [line.format(page=page + 340) for line in head] + [after]
        content += [*body, after]
    return "\n".join(lines) + "\nThe end.\n", content


@pytest.mark.parametrize(("head", "goes"), [
    (["Harbour Studies"], True),
    (["\\maketitle"], False),  # a macro's name in the margin, beside the text that uses it
    (["{page} \\nobreak"], False),  # a numbered line of a listing
    (["{page} {{\\ClassError{{harbour}}"], False),
])
def test_a_line_of_code_is_never_spaced_like_a_running_head(head: list[str],
                                                           goes: bool) -> None:
    """Code repeats (a command, a brace) and a listing or a margin note can stand between
    the halves of a sentence at a page's period; a running head is words, never code."""
    text, content = _unmarked_pages([30, 32, 29, 31, 30, 33], head)
    result = cleaner.clean(text)
    assert (result.text.splitlines() == [*content, "The end."]) == goes
    assert (result.text == text) != goes


def _end_lines_before(text: str, content: list[str], copy: str, ending: str,
                      which: Callable[[int], bool] = lambda page: True) -> str:
    """``text`` (of :func:`_unmarked_pages`) with the line before each copy of ``copy``
    that ``which`` picks (by its count, from 0) ending in ``ending`` instead of its open
    `` and the``; ``content`` changed alike, in place."""
    lines = text.split("\n")
    for page, at in enumerate([at for at, line in enumerate(lines) if line == copy]):
        if which(page):
            ended = lines[at - 1].removesuffix(" and the") + ending
            content[content.index(lines[at - 1])] = ended
            lines[at - 1] = ended
    return "\n".join(lines)


@pytest.mark.parametrize(("head", "closed", "goes"), [
    (["can be done by invoking the macro as many times as needed"], False, False),
    (["  can be done as often as needed"], False, False),  # seven words, indented
    (["Can be done by invoking the macro as many times as needed"], False, True),
    (["harbour studies quarterly review series"], False, True),  # a head in lower case
    (["can be done by invoking the macro as many times as needed"], True, True),
])
def test_a_sentences_middle_line_said_again_is_no_running_head(head: list[str], closed: bool,
                                                               goes: bool) -> None:
    """A manual's entries each say ``This macro allows … This`` / ``can be done by
    invoking the macro as many times as needed``: spaced like running heads where pages
    run together (UAntwerpen's manual through PyMuPDF, six copies), the line went as a
    head. It goes on with the sentence the line before it leaves open, each time: a
    sentence's middle, said again; a head interrupts a sentence. Set in upper case, or
    a few words, or (``closed``) after a sentence's end on every other page, it is no
    sentence's middle, and goes."""
    text, content = _unmarked_pages([30, 32, 29, 31, 30, 33], head)
    if closed:
        text = _end_lines_before(text, content, head[0], ".", lambda page: page % 2 == 0)
    result = cleaner.clean(text)
    assert (result.text.splitlines() == [*content, "The end."]) == goes
    assert (result.text == text) != goes


@pytest.mark.parametrize(("leader", "goes"), [
    (" . . . . . . . . . . . . 25", False),  # an entry of a list ends there
    ("", True),  # a sentence's line: the repeated line interrupts it
])
def test_a_line_after_entries_with_dot_leaders_interrupts_no_sentence(leader: str,
                                                                      goes: bool) -> None:
    """A change log lists each version's options, an entry a line, most with a dot
    leader and a page (TU Dresden's manual through PyMuPDF): ``cdfont=<Einstellung>
    (Option): Werte angepasst`` in four versions' lists, spaced like running heads where
    pages run together, went as a head, and with it the group's ``cd=…`` entries. The
    line before it ends an entry, no sentence: it interrupts none."""
    line = "cdfont=<Einstellung> (Option): Werte angepasst"
    text, content = _unmarked_pages([30, 32, 29, 31, 30, 33], [line])
    if leader:
        text = _end_lines_before(text, content, line, leader)
    result = cleaner.clean(text)
    assert (result.text.splitlines() == [*content, "The end."]) == goes
    assert (result.text == text) != goes


def test_a_second_head_line_goes_with_the_head_it_stands_under() -> None:
    """Pages of very unequal length: the head's title line alone does not recur at a
    page's period, but it stands under the numbered head line, which does (numbered in
    step with the pages): both go, and every line of text stays."""
    lengths = [21, 120, 24, 115, 22, 118, 23, 110]
    text, content = _unmarked_pages(lengths, ["{page} Harbour Studies",
                                              "Storm Damage and Repair"])
    result = cleaner.clean(text)
    evidence = {(edit.removed.strip().lstrip("0123456789 "), edit.evidence)
                for edit in result.edits}
    assert evidence == {("Harbour Studies", "spaced_like_running_heads"),
                        ("Storm Damage and Repair", "next_to_furniture")}, evidence
    assert {edit.message for edit in result.edits} == {
        "boilerplate line repeated 8 times (spaced like running heads): 341 Harbour Studies",
        "boilerplate line repeated 8 times (8 next to other furniture): "
        "Storm Damage and Repair"}
    assert result.text.splitlines() == [*content, "The end."]
    alone, content = _unmarked_pages(lengths, ["Storm Damage and Repair"])
    assert cleaner.clean(alone).text == alone  # irregular, beside nothing that goes: kept


def test_a_head_under_the_end_of_a_sentence_from_the_page_before_is_at_the_edge() -> None:
    """A page that opens with the end of the sentence the page before left open, then the
    running head: once the halves are joined (and the page break moves after them) the
    head is the page's first line. It goes as at the page edge, the joined sentence
    stays whole, and a second run changes nothing."""
    rng = random.Random(7)
    words = ["harbour", "council", "met", "to", "consider", "repairs", "of", "pier", "and",
             "budget", "for", "winter", "storms", "which", "damaged", "cranes", "sheds"]

    def some(count: int) -> str:
        return " ".join(rng.choice(words) for _ in range(count))

    pages = []
    for page in range(1, 7):
        lines = [some(6) + " the end of it.", ""] if page > 1 else []
        lines += ["Harbour Studies Quarterly", ""]
        lines += [line for _ in range(5) for line in (some(10).capitalize() + ".", "")]
        lines.append("The last paragraph of the page runs on to the next page where the "
                     + some(3))
        pages.append("\n".join(lines))
    text = "\n\f".join(pages) + "\nThe end.\n"
    result = cleaner.clean(text)
    heads = [edit for edit in result.edits if edit.reason == "boilerplate_line"]
    assert [edit.evidence for edit in heads] == ["page_edges"] * 6
    assert heads[0].message == ("boilerplate line repeated 6 times (6 at page edges): "
                                "Harbour Studies Quarterly")
    assert "Harbour Studies" not in result.text
    assert sum(edit.reason == "broken_paragraph" for edit in result.edits) == 5
    assert result.text.count("the end of it.") == 5
    assert not cleaner.clean(result.text).edits


@pytest.mark.parametrize(("step", "removed"), [(1, 7), (3, 0)])
def test_a_line_numbered_with_its_pages_is_furniture_wherever_it_stands(step: int,
                                                                        removed: int) -> None:
    """A line mid-page whose number rises one a page, as the pages do, is a running head
    the extractor put mid-page (evidence: numbered with the pages); numbers rising three
    a page (years of a table of reports, say) are content."""
    rng = random.Random(3)
    words = ["harbour", "council", "met", "to", "consider", "repairs", "of", "pier", "and",
             "budget", "for", "winter", "storms", "which", "damaged", "cranes", "sheds"]

    def sentence() -> str:
        return " ".join(rng.choice(words) for _ in range(10)).capitalize() + ".\n\n"

    pages = [sentence() + sentence() + f"Annual Report {2000 + page * step} of the Harbour "
             "Board\n\n" + "".join(sentence() for _ in range(4)) for page in range(1, 8)]
    result = cleaner.clean("\f".join(pages) + "The end.\n")
    assert [edit.evidence for edit in result.edits] == ["numbered_with_pages"] * removed
    assert all(edit.message == "boilerplate line repeated 7 times (numbered with 7 pages): "
               "Annual Report 2001 of the Harbour Board" for edit in result.edits)


@pytest.mark.parametrize(("after", "removed"), [
    ("", 5),  # the run ends the document: scrape debris, every copy goes
    ("\n\n\n", 5),  # blank lines after it are no text
    ("\n\nThe chair closed the meeting and thanked the members for coming.", 0),
])
def test_a_run_of_identical_paragraphs_goes_only_at_the_end(after: str, removed: int) -> None:
    """Four copies of a line, each a paragraph, nothing between them but blank lines,
    and no text after them: a scraped page repeating its footer below itself. The
    same run with text after it may be a refrain, and stays."""
    text = ("The council met on Monday to discuss the harbour repairs and the budget.\n\n"
            "株洲市青少年宫\n\n"
            "The chair thanked the members for their work on the storm report.\n\n"
            + "株洲市青少年宫\n\n" * 3 + "株洲市青少年宫" + after + "\n")
    result = cleaner.clean(text)
    assert [edit.evidence for edit in result.edits if edit.reason == "boilerplate_line"] == (
        ["in_runs"] * removed)
    assert all(edit.message == "boilerplate line repeated 5 times (4 in runs): 株洲市青少年宫"
               for edit in result.edits if edit.reason == "boilerplate_line")
    assert "The chair thanked" in result.text


@pytest.mark.parametrize(("line", "removed"), [
    ("Share this story with a friend", 5),
    ("Click here to share this story with a friend, or to print it for your records", 0),
    ("株洲市青少年宫" * 4, 5),
    ("株洲市青少年宫" * 4 + "株洲", 5),  # 60 letters: the longest debris
    ("株洲市青少年宫" * 5, 0),
], ids=case_id)
def test_scrape_debris_is_short_a_sentence_four_times_at_the_end_is_a_refrain(
        line: str, removed: int) -> None:
    """The run at the end goes when its line is short (60 letters, a CJK character
    counting two), as a link or a name is; a longer line said over and over stays."""
    text = ("The council met on Monday to discuss the harbour repairs and the budget.\n\n"
            + f"{line}\n\n" * 5)
    result = cleaner.clean(text)
    assert [edit.evidence for edit in result.edits
            if edit.reason == "boilerplate_line"] == ["in_runs"] * removed


@pytest.mark.parametrize("head_pages", [range(1, 9), range(1, 4)])
def test_copies_of_a_head_away_from_the_edges(head_pages: range) -> None:
    """Copies of a head that stand mid-page: the first that opens a section (a heading,
    not cutting a sentence) stays; later heading copies go, and so does a copy cutting
    a sentence, whether the head tops every page or only a run of them."""
    head = "Harbour Studies"
    pages = []
    for page in range(1, 9):
        lines = [head] if page in head_pages else []
        lines += body("en", page, 4)
        if page in (5, 7):  # a section that opens with the head's words, twice
            lines += [head, *body("en", page + 10, 3)]
        if page == 6:  # a copy the extractor dropped into a sentence
            lines[-1] = lines[-1].rstrip(".") + " and the"
            lines += [head, "end of that sentence on the same page.", *body("en", 30, 2)]
        pages.append("\n".join(lines) + "\n")
    result = cleaner.clean("\f".join(pages))
    assert result.text.count(head) == 1
    opening = result.text.index(head)
    assert result.text[opening:].startswith(f"{head}\n{body('en', 15)[0]}")
    assert "and the end of that sentence" in result.text.replace("\n", " ")


@pytest.mark.parametrize(("lines", "in_step"), [
    (["Studies 1", "Studies 2", "Studies 3", "Studies 4"], True),
    (["Studies 1", "Studies 3", "Studies 4", "Studies 5"], True),  # a page without its head
    (["Studies 1", "Studies 4", "Studies 7", "Studies 10"], True),  # every other page, and more
    (["Studies 1", "Studies 2", "Studies 3", "Studies 4", "Studies 8", "Studies 9",
      "Studies 10"], True),  # a wider step now and then
    (["Studies 1", "Studies 2", "Studies 6", "Studies 7", "Studies 8"], False),  # too often
    (["Studies 1", "Studies 5", "Studies 9", "Studies 13"], False),  # four a time: not pages
    (["Studies 1", "Studies 2", "Studies 2", "Studies 3"], False),  # not rising
    (["Studies 4", "Studies 3", "Studies 2", "Studies 1"], False),
    (["Studies", "Studies", "Studies", "Studies"], False),  # no number
    (["Vol 3 page 10", "Vol 3 page 11", "Vol 3 page 12"], True),  # the second number counts
    (["Vol 3 page 10", "page 11", "page 12", "Vol 3 page 13"], True),  # half alike: enough
    (["Vol 3 page 10", "page 11", "page 12", "page 13"], False),  # too few alike
    (["1TO DO: from the template", "2TO DO: from the template\n3TO DO: from the template"
      "\n4TO DO: from the template", "5TO DO: from the template"], False),  # notes in a row
    (["Studies 1", "Studies 2\nStudies 3", "Studies 4", "Studies 5"], True),  # an empty page
])
def test_numbered_in_step(lines: list[str], in_step: bool) -> None:
    """Some number in the copies of a line rises by one to three from copy to copy (or by
    more once in a while): the copies count pages. Copies one right under the other
    twice or more are a count of notes on one page."""
    from cleaner.furniture import _numbered_in_step

    doc = segment("\n\n".join(lines) + "\n")
    group = [line.index for line in doc.lines if not line.blank]
    assert _numbered_in_step(group, doc) is in_step


@pytest.mark.parametrize("figure_at", ["foot", "top"])
def test_axis_labels_of_a_figure_on_every_page_stay(figure_at: str) -> None:
    """A figure on every page, its axis labels beside its ticks: at the foot of the page
    the labels reach the page edge, but they recur inside figures, and stay. The running
    head goes even where a figure stands right under it on every page (PyMuPDF writes a
    page's figures first)."""
    pages = []
    for page in range(1, 8):
        figure = [f"Figure {page}. Results of run {page * 7}.", "0.5", "1.0", "1.5",
                  "Time (s)", "Amplitude (mV)"]
        text = body("en", page, 6)
        lines = ["A&A proofs: manuscript no. Harbour Studies 4"]
        lines += [*figure[1:], *text] if figure_at == "top" else [*text, "", *figure]
        pages.append("\n".join([*lines, "", str(page)]))
    result = cleaner.clean("\n\f".join(pages) + "\n")
    assert result.text.count("Time (s)") == 7 and result.text.count("Amplitude (mV)") == 7
    assert "A&A proofs" not in result.text


@pytest.mark.parametrize(("lines", "in_figure"), [
    (["Harbour Studies", *(str(n) for n in range(1, 13))], False),  # a draft's line numbers
    ([*(str(n) for n in range(31, 43)), "Harbour Studies", "Text of the page."], False),
    (["Harbour Studies", "0.5", "1.0", "1.5"], True),  # an axis label beside its ticks
    (["Harbour Studies", "1", "2", "3"], True),  # three numbers are ticks still
    (["Harbour Studies", "Figure 3. The pier."], True),
    (["10", "Harbour Studies", "20"], True),  # a tick on either side of it
    # a head stacked as PyMuPDF sets it: section number, title, chapter number, name
    (["5.2", "Options and their keys", "5", "Harbour Studies", "Text of the page."], False),
    (["Harbour Studies", "2", "Options and their keys", "3"], False),
    # a listing's numbered lines under it, as PyMuPDF writes them: no ticks
    (["5", "Harbour Studies", "100", "\\@nameuse{x}", "101", "}%", "102", "\\fi"], False),
    (["5", "Harbour Studies", "100", "\\@nameuse{x}", "101", "}%"], True),  # two: ticks
    (["5", "Harbour Studies", "100", "", "101", "", "102"], True),  # blank between: ticks
], ids=case_id)
def test_line_numbers_beside_a_head_are_no_figure_s_ticks(lines: list[str],
                                                          in_figure: bool) -> None:
    """A draft numbered in the margin puts a column of line numbers beside each page's
    head: numbers, but not a figure's ticks, so the head is judged at its edge; so are a
    listing's numbers under a head (thuthesis' manual through PyMuPDF, ``7`` /
    ``实现细节`` over ``100`` / ``\\@nameuse{…}`` / ``101``), three at least, each over
    its line of code."""
    doc = segment("\n".join(lines) + "\n")
    context = furniture._Context(doc, build(doc, frozenset()), set(), {}, {}, 3)
    assert furniture._in_figure(context, lines.index("Harbour Studies")) is in_figure


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_chapters_head_stacked_under_its_sections_goes_but_its_heading_and_entry(
        language: str) -> None:
    """PyMuPDF sets a two-part head on lines of its own: the section's number and title,
    then the chapter's number and name (``5.2`` / ``选项的定义和处理`` / ``5`` /
    ``实现细节``). The numbers between are no axis ticks: the chapter's name goes from the
    top of each of its pages. Its entry in the contents, on a page before the first it
    heads, and its heading amid the text, which opens the chapter, stay."""
    name = {"en": "Usage notes", "zh": "使用说明"}[language]
    pages = ["\n".join(["Contents", "1", "Welcome", "2", "3", name, "3", "3.1",
                        "Options and their keys . . . . . . . .", "3", "",
                        *body(language, 1, 6), "", "1"])]
    pages.append("\n".join([*body(language, 2, 6), "", "3", name, "", *body(language, 3, 4),
                            "", "2"]))
    sections = ["Options and their keys", "Loading the packages", "Setting the page"]
    for page in range(3, 12):
        section = (page - 3) // 3  # each section on three pages, its title in the head
        pages.append("\n".join([f"3.{section + 1}", sections[section], "3", name,
                                *body(language, 10 * page, 8), "", str(page)]))
    text = "\f".join(pages) + "\n"
    result = cleaner.clean(text)
    assert text.count(name) == 11
    assert result.text.count(name) == 2
    assert f"3\n{name}\n3" in result.text and f"\n3\n{name}\n\n" in result.text


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("label", ["B", "Bb"])
def test_an_appendix_label_over_its_head_leads_the_walk_to_the_head(language: str,
                                                                     label: str) -> None:
    """pdftotext sets an appendix's head as its letter over its name (``B`` / ``代码实现``),
    as a chapter's number over a chapter's. The walk from the page's top goes past a
    capital letter alone, as past a number, so the name goes from every page but the one
    its title opens, and the letter with it; a line of two letters (on fewer than half
    the pages: no mark of most) is the page's text, and the walk stops there."""
    name = {"en": "Code listings", "zh": "代码实现"}[language]
    pages = ["\n".join([*body(language, page, 6), "", str(page)]) for page in range(1, 10)]
    pages.append("\n".join([label, "", name, "", label, "", name, "", *body(language, 10, 6),
                            "", "10"]))
    for page in range(11, 17):
        pages.append("\n".join([label, "", name, "", *body(language, page, 6), "", str(page)]))
    text = "\f".join(pages) + "\n"
    result = cleaner.clean(text).text
    if label == "B":
        assert result.count(name) == 1 and f"B\n\n{name}\n\n" + body(language, 10, 1)[0] \
            in result
        assert result.count("B\n") == 1
    else:
        assert result.count(name) == 8 and result.count("Bb\n") == 8


@pytest.mark.parametrize("number_over", [True, False])
def test_a_section_worded_as_its_chapter_under_its_number_is_a_section(
        number_over: bool) -> None:
    """A chapter of four pages, ``Installation`` heading each page after its first, holds
    a section worded as itself (``2.4`` / ``Installation``, as pdftotext sets a numbered
    heading) on its third page. Without its number, a heading again amid a page whose
    edge holds the head is a form's title over each of its samples, and every copy
    stays; under a section's number of its own it is a section worded as its chapter:
    the heads go, the chapter's title and the section's heading stay."""
    name = "Installation"
    pages = ["\n".join([*body("en", page, 6), "", str(page)]) for page in (1, 2)]
    pages.append("\n".join([*body("en", 30, 3), "2", name, *body("en", 3, 6), "", "3"]))
    section = ["2.4", name] if number_over else [name]
    pages.append("\n".join([name, *body("en", 4, 6), "", "4"]))
    pages.append("\n".join([name, *body("en", 5, 3), *section, *body("en", 50, 3), "", "5"]))
    pages.append("\n".join([name, *body("en", 6, 6), "", "6"]))
    pages.append("\n".join(["3", "Usage", *body("en", 7, 6), "", "7"]))
    text = "\f".join(pages) + "\n"
    result = cleaner.clean(text).text
    assert result.count(name) == (2 if number_over else 5)
    if number_over:
        assert f"2\n{name}\n" in result and f"2.4\n{name}\n" in result


@pytest.mark.parametrize("opens_at_top", [True, False])
def test_a_chapter_of_the_heads_name_keeps_its_heading(opens_at_top: bool) -> None:
    """A manual's two chapters share a name (eledmac's chapters 9 and 37, ``Cross
    referencing``), and PyMuPDF sets each page's head as its number, the chapter's figure
    and the chapter's name, a line each. Chapter 2 opens on page 5, and is gone by page
    7: too few pages for its heads to be found at the edges. Chapter 4's heads are, under
    their figure ``4``; a copy under another chapter's figure is that chapter's, and the
    one that opens it stays: the first amid its page's text, else the first (chapter 2
    opening at the top of page 5, under the page's number like a head). Its other copies
    that top their page as the heads do go, and so do chapter 4's heads; chapter 4's
    heading amid page 10 stays."""
    name = "Cross referencing"
    opening = ["2", name, "The package provides labels to mark places in the text."]
    pages = [[str(page), "1", "Overview", *body("en", page, 8)] for page in range(1, 5)]
    pages.append(["5", *opening, *body("en", 5, 7)] if opens_at_top else
                 ["5", "2", name, *body("en", 5, 3), *opening, *body("en", 5, 4)])
    pages.append(["6", "2", name, "and then it prints the page they stand on.",
                  *body("en", 6, 7)])
    pages += [[str(page), "3", "Implementation", *body("en", page, 8)] for page in (7, 8, 9)]
    pages.append(["10", "4", name, *body("en", 10, 3), "4", name,
                  "Here is the code that writes the labels.", *body("en", 100, 4)])
    pages += [[str(page), "4", name, *body("en", page, 8)] for page in range(11, 15)]
    text = "\f".join("\n".join(page) for page in pages) + "\n"
    result = cleaner.clean(text).text
    assert text.count(name) == (8 if opens_at_top else 9) and result.count(name) == 2
    assert "\n".join(opening) in result
    assert f"4\n{name}\nHere is the code" in result


def test_a_chapters_heading_keeps_its_copy_where_a_section_of_its_name_came_first() -> None:
    """A section worded as a later chapter (``1.3`` / ``Endnotes``) stays under its own
    number, and takes no place from the chapter's heading: chapter 3 opens near the foot
    of page 7 (``3`` / ``Endnotes``), before its heads (``8`` / ``3`` / ``Endnotes``), and
    stays too. So does an appendix's section of that name (``Appendix A.6.2`` /
    ``Endnotes``): the heads have their chapter's figure over them, and it has none."""
    name = "Endnotes"
    pages = []
    for page in range(1, 5):
        lines = [str(page), "1", "Overview", *body("en", page, 8)]
        if page == 2:
            lines[5:5] = ["1.3", name, "The package keeps six series of endnotes."]
        pages.append(lines)
    for page in range(5, 8):
        lines = [str(page), "2", "Implementation", *body("en", page, 8)]
        if page == 7:
            lines += ["3", name, "First, check the option that turns them off."]
        pages.append(lines)
    pages += [[str(page), "3", name, *body("en", page, 8)] for page in range(8, 12)]
    for page in range(12, 16):
        lines = [str(page), "Appendix", *body("en", page, 8)]
        if page == 13:
            lines[4:4] = ["Appendix A.6.2", name, "In any case, clean the file first."]
        pages.append(lines)
    text = "\f".join("\n".join(page) for page in pages) + "\n"
    result = cleaner.clean(text).text
    assert text.count(name) == 7 and result.count(name) == 3
    assert f"1.3\n{name}\nThe package keeps" in result
    assert f"3\n{name}\nFirst, check" in result
    assert f"Appendix A.6.2\n{name}\nIn any case" in result


def test_a_head_on_every_page_between_a_sections_number_and_its_title_goes() -> None:
    """pdftotext sets the journal's head, which tops every page, between a section's
    number and its title where the section opens at a page's top (``6.2`` / ``Harbour
    Journal, Volume 3`` / ``Appendices``): a head on most pages is never a section worded
    as it, and that copy goes with the others."""
    head = "Harbour Journal, Volume 3"
    pages = ["\n".join([head, *body("en", page, 6), "", str(page)]) for page in range(1, 9)]
    pages[5] = "\n".join([*body("en", 6, 6), "", "6.2", head, "Appendices",
                          *body("en", 60, 4), "", "6"])
    text = "\f".join(pages) + "\n"
    result = cleaner.clean(text).text
    assert text.count(head) == 8 and head not in result
    assert "6.2\nAppendices\n" in result


def test_a_talks_numbered_contents_whose_entries_the_nav_bar_repeats_keeps_them() -> None:
    """A talk's nav bar names its five sections over every slide, which PyMuPDF ends on
    the slide's page of the total (thubeamer). The contents slide lists the sections,
    each under its number, over the slide's foot: once the foot goes, its last entries
    stand at the slide's bottom edge. An entry under a number that goes on counting
    (``4`` under ``3`` / ``Later work``) is a numbered list's, and the walk from the
    edge stops there: the nav bar goes from every slide, the contents' entries stay."""
    sections = ["Research aims", "Progress so far", "Later work", "Open problems",
                "Feasibility"]
    slides = []
    for page in range(1, 13):
        lines = list(sections)
        if page == 2:
            lines += ["Contents"] + [line for number, section in enumerate(sections, 1)
                                     for line in (str(number), section)]
        else:
            lines += body("en", page, 4)
        lines += ["Yang Jingxuan", "Tsinghua University", f"{page} / 12"]
        slides.append("\n".join(lines) + "\n")
    result = cleaner.clean("\n".join(slides)).text
    assert "Contents\n" + "\n".join(f"{number}\n{section}" for number, section
                                     in enumerate(sections, 1)) + "\n" in result
    assert all(result.count(section) == 1 for section in sections)
    assert "Yang Jingxuan" not in result


def test_a_heads_copy_under_its_pages_number_is_no_heading_though_its_edge_was_not_reached(
        ) -> None:
    """The chapter opens mid-page, under a head that already names it (``2.5`` /
    ``Upgrading`` / ``3`` / ``Usage notes``); the section's name stands on that page
    alone, so the walk from the page's edge stops there, and that head's copy is not
    found at the edge. Of the copies away from the edges, the one that introduces the
    chapter is the one amid the text, not the one right under the page's number."""
    name = "Usage notes"
    pages = ["\n".join([*body("en", 1, 6), "", "1"]), "\n".join([*body("en", 2, 6), "", "2"])]
    pages.append("\n".join(["2.5", "Upgrading", "3", name, *body("en", 3, 4), "", "3", name,
                            *body("en", 4, 4), "", "3"]))
    sections = ["Options and their keys", "Loading the packages", "Setting the page"]
    for page in range(4, 13):
        section = (page - 4) // 3
        pages.append("\n".join([f"3.{section + 1}", sections[section], "3", name,
                                *body("en", 10 * page, 8), "", str(page)]))
    text = "\f".join(pages) + "\n"
    result = cleaner.clean(text).text
    assert result.count(name) == 1
    assert f"Upgrading\n3\n{name}" not in result and f"\n3\n{name}\n" in result


@pytest.mark.parametrize("under_the_entry", [
    "1.1.1 Loading the packages",  # the next entry's title
    ". . . . . . . . . . . . . . . . . . . .",  # its leader
], ids=["next-entry", "leader"])
def test_a_sections_heading_stays_where_the_contents_list_it_in_a_column_of_titles(
        under_the_entry: str) -> None:
    """pdfminer sets the contents' titles in a column, their leaders and pages apart
    (iodhbwm's sample). The section's entry there and its heading amid the text are both
    away from the page edges, and read as headings: the heading kept is the one with its
    section's prose under it, not the entry, which has the next entry or its leader under
    it. The entry, before the section opens, stays too; every head goes."""
    section = "1.1 Options and Their Keys"
    pages = ["\n".join(["Contents", "", "1 Usage notes", "", section, "", under_the_entry, "",
                        "2 Setting the page", "",
                        ". . . . . . . . . . . . . . . . . . . .", "1", "1", "4"])]
    pages.append("\n".join(["1 Usage notes", "", *body("en", 1, 5), "", section, "",
                            *body("en", 2, 5), "", "1"]))
    for page in range(2, 10):
        pages.append("\n".join([section, "", *body("en", 10 * page, 8), "", str(page)]))
    text = "\f".join(pages) + "\n"
    result = cleaner.clean(text).text
    assert result.count(section) == 2
    assert f"\n\n{section}\n\n{under_the_entry}" in result  # the entry
    assert f"\n\n{section}\n\n{body('en', 2, 5)[0]}" in result  # the heading


@pytest.mark.parametrize("label", [None, "Important notes:"], ids=["prose", "label"])
def test_a_heading_under_its_head_and_the_pages_number_on_top_of_the_page_stays(
        label: str | None) -> None:
    """PyMuPDF sets a head, then the page's number, on top of each page (unigraz's
    collection: ``1 Überschrift 1. Grades`` / ``5`` / ``1 Überschrift 1. Grades``, the
    chapter's heading under its own head). Pages told from their numbers end at the
    number, so the head tops the page before it and the heading this one: a copy under
    a copy of its own group, the page's number between, with its section's prose under
    it, is no head at the edge. The heading stays; every head goes. With a label under
    it (an exam's ``Student nr. 127`` over ``Important notes:``), the copy is a head."""
    head = "Works on the Harbour"
    lines = []
    for page in range(1, 13):
        lines += [head, str(page)] if page > 1 else ["1"]
        if page == 2:
            lines += [head] if label is None else [head, label]
        lines += textwrap.wrap(" ".join(body("en", page, 12 + 3 * (page % 3))), 72)
    result = cleaner.clean("\n".join(lines) + "\n").text
    assert result.count(head) == (1 if label is None else 0)
    if label is None:
        first = textwrap.wrap(" ".join(body("en", 2, 12 + 6)), 72)[0]
        assert f"\n{head}\n{first}" in result


def test_a_heads_copy_amid_the_text_after_the_heads_began_is_no_heading() -> None:
    """The chapter's heading stands amid its first page's text with a section's number
    under it, not prose (``Usage Notes`` / ``5.1``); its heads top the pages after it,
    and on one of them a copy stands amid the text, prose under it. The heading kept is
    found before the first head at an edge: the copy after them goes with the heads."""
    name = "Usage Notes"
    pages = ["\n".join(["Preface", *body("en", 1, 6), "", "i"])]
    pages.append("\n".join([*body("en", 3, 4), "", name, "", "5.1", "", "Basic Information",
                            "", *body("en", 2, 6), "", "1"]))
    for page in range(2, 10):
        middle = ["", name, ""] if page == 6 else []
        pages.append("\n".join([name, "", *body("en", 10 * page, 4), *middle,
                                *body("en", 10 * page + 1, 4), "", str(page)]))
    result = cleaner.clean("\f".join(pages) + "\n").text
    assert result.count(name) == 1 and f"\n\n{name}\n\n5.1" in result


@pytest.mark.parametrize("case", ["mid-page", "under-its-head", "under-its-head-after-entry"])
def test_a_numbered_heading_in_sentence_case_stays_on_the_page_its_heads_begin(
        case: str) -> None:
    """A section's head stands on most pages (hagenberg's guide: ``3 Style files and
    user commands``), so a copy amid the text may be a head whose page break was lost;
    but the section's heading, numbered, in sentence case, on the page where its heads
    begin, with its prose under it, is the copy the heading keeps. It opens mid-page,
    under a head that names it already, or right under its own head on the chapter's
    first page (bfh-ci: the head in small type over the heading), though the contents
    list it before, no leader to mark their page (pkuthss through pdfminer, its
    appendix ``附录 A 更新记录``): the entry stays too. Every head goes."""
    name = "3 Style files and user commands"
    pages = ["\n".join([*body("en", 1, 8), "", "1"])]
    if case == "under-its-head-after-entry":
        pages[0] = "\n".join(["Contents", "", "2 Getting started", name, "4 Examples", "",
                              *body("en", 1, 6), "", "1"])
    if case == "mid-page":
        pages.append("\n".join([name, "", *body("en", 2, 4), "", name, "",
                                 *body("en", 3, 4), "", "2"]))
    else:
        pages.append("\n".join([name, "", name, "", *body("en", 3, 8), "", "2"]))
    for page in range(3, 7):
        pages.append("\n".join([name, "", *body("en", 10 * page, 8), "", str(page)]))
    result = cleaner.clean("\f".join(pages) + "\n").text
    assert result.count(name) == (2 if case == "under-its-head-after-entry" else 1)
    assert f"{name}\n\n{body('en', 3, 4)[0]}" in result


def test_a_heads_copy_on_a_page_of_the_contents_is_its_entry() -> None:
    """pdfminer sets the contents' titles apart from their leaders and pages (bfh-ci's
    ``4 Additional layout modules`` among ``4.3.1`` and ``4.3.2``): a copy of a head amid
    the text of a page whose lines end on dot leaders is an entry of the contents, and
    stays; so does the chapter's heading under its head. The heads go. An ellipsis of
    three dots at a line's end (``x1, . . . , xn.``) makes no page of the contents: the
    copy there is judged as any copy amid the text, and stays before the heading under
    its head, the copy kept (a contents entry that no leader marks)."""
    name = "4 Additional layout modules"
    leader = ". . . . . . . . . . . . . . . . . . . . . . . ."
    contents = ["Contents", "", "3 The base layout", "", name, "", "4.3.1", "4.3.2", "",
                f"4.1 The table module {leader}", f"4.2 The listings module {leader}",
                f"4.3 The terminal module {leader}", "", "1"]
    pages = ["\n".join(contents),
             "\n".join(["3 The base layout", "", *body("en", 2, 8), "", "2"]),
             "\n".join([name, "", name, "", *body("en", 3, 8), "", "3"])]
    for page in range(4, 8):
        pages.append("\n".join([name, "", *body("en", 10 * page, 8), "", str(page)]))
    result = cleaner.clean("\f".join(pages) + "\n").text
    assert result.count(name) == 2
    assert f"\n\n{name}\n\n4.3.1" in result
    assert f"{name}\n\n{body('en', 3, 8)[0]}" in result
    ellipses = "\n".join(contents).replace(leader, ". . . , x9.")
    assert furniture._CONTENTS_LEADER.search(leader) is not None
    assert not any(furniture._CONTENTS_LEADER.search(line) for line in ellipses.splitlines())
    pages[0] = ellipses
    assert cleaner.clean("\f".join(pages) + "\n").text.count(name) == 2


@pytest.mark.parametrize("later_copy", [False, True])
def test_a_heads_copy_far_past_its_first_page_is_no_heading_where_the_contents_name_it(
        later_copy: bool) -> None:
    """A proposal's head (``ACRONYM``) tops every page, the contents' page too, where an
    extractor set it among the entries; pages later another copy stands amid a table's
    cells. The copy on the contents' page stays; no copy after the first head's page is
    taken for the heading its heads repeat: the later one goes with the heads. Where a
    head's section opens on the first head's page, its heading stays (the test before)."""
    head = "ACRONYM"
    leader = ". . . . . . . . . . . . . . . . . . . . . ."
    pages = ["\n".join([head, "", "Table of Contents", "", f"1 Excellence {leader} 2", head,
                         f"2 Impact {leader} 3", f"3 Implementation {leader} 4", "", "1"])]
    for page in range(2, 10):
        cells = ["", "Milestone number", head, "Milestone name", ""] \
            if later_copy and page == 7 else [""]
        pages.append("\n".join([head, "", *body("en", page, 4), *cells,
                                 *body("en", 10 * page, 4), "", str(page)]))
    result = cleaner.clean("\f".join(pages) + "\n").text
    assert result.count(head) == 1
    assert f"2\n{head}\n2 Impact" in result


@pytest.mark.parametrize(("lines", "skipped", "grouped", "above"), [
    (["Works", "5", "Works"], {1}, {0, 2}, "Works"),
    (["Works", "", "5", "", "Works"], {2}, {0, 4}, "Works"),  # blank lines between
    (["Works", "42", "Works"], set(), {0, 2}, None),  # a figure that is no page's number
    (["Works", "Notes", "Works"], {1}, {0, 2}, None),  # a line gone, with letters
    (["Works", "5", "Works"], {0, 1}, {0, 2}, None),  # the line over the number is gone
    (["A line of text.", "5", "Works"], {1}, {2}, None),  # no candidate over the number
], ids=case_id)
def test_the_candidate_over_a_pages_number_above_a_pages_top(
        lines: list[str], skipped: set[int], grouped: set[int], above: str | None) -> None:
    """Where the page told from its number begins (the last line), the candidate right
    over that number, blank lines aside, is what a heading under its own head repeats."""
    doc = segment("\n".join(lines) + "\n")
    group_of = dict.fromkeys(grouped, 0)
    assert furniture._over_a_page_number(doc, len(lines) - 1, skipped, group_of) == above


@pytest.mark.parametrize(("lines", "source", "edges"), [
    (["Works", "5", "Works", "Prose that the heading opens, and it goes on."], "page numbers", []),
    (["Works", "5", "Works", "Prose that the heading opens, and it goes on."], "form feeds", [2]),
    (["Works", "5", "Foot", "Works", "Prose that the head tops, and it goes on."],
     "page numbers", [2, 3]),  # under the page's first candidate: a head
], ids=case_id)
def test_a_heading_under_its_head_and_the_pages_number_is_not_at_the_edge(
        lines: list[str], source: str, edges: list[int]) -> None:
    """The page begins after its number (pages told from their numbers): the same text as
    the head over the number, first on the page, with prose under it, is the heading
    under its head, not at the edge. Where form feeds tell the pages, or under another
    candidate, it is at the edge."""
    doc = segment("\n".join(lines) + "\n")
    pages = Pages(source, (Break(1, 2),))  # type: ignore[arg-type]
    group_of = {index: 0 if text == "Works" else 1 for index, text in enumerate(lines)
                if text in ("Works", "Foot")}
    assert sorted(furniture._page_edges(doc, pages, 1, {1}, group_of)) == edges


@pytest.mark.parametrize(("front_pages", "titles"), [(3, 2), (1, 1)], ids=["three", "one"])
def test_a_thesis_keeps_its_title_on_the_cover_and_the_title_page(
        front_pages: int, titles: int) -> None:
    """dithesis prints its title on the cover and again on the title page, then, after the
    abstract and the contents, as the head of each page. The copies on the two first
    pages are the title's, one each, and stay: the heads begin pages later. Where a head
    stands as early as the fourth page, the second page's copy may be a head (one on
    every other page), and goes as before."""
    title, author = "The Harbour Works of the North Coast", "Anna K. Lindqvist"
    pages = ["\n".join(["UNIVERSITY OF THE NORTH", "", title, "", author, "",
                        "Supervisor: B. Berg", "", "2011"]),
             "\n".join(["BACHELOR THESIS", "", title, "", author, "Student number: 1115", "",
                        "Supervisor: B. Berg"])]
    for page in range(front_pages):
        pages.append("\n".join(["ABSTRACT" if page == 0 else "CONTENTS", "",
                                *body("en", 50 + page, 8), "", "i" * (page + 1)]))
    for page in range(1, 9):
        pages.append("\n".join([title, "", *body("en", page, 10), "", str(page)]))
    result = cleaner.clean("\f".join(pages) + "\n").text
    assert result.count(title) == titles and result.count(author) == 2


@pytest.mark.parametrize("source", ["page numbers", "form feeds"])
def test_a_thesis_through_pymupdf_keeps_its_title_on_its_unnumbered_front_pages(
        source: str) -> None:
    """dithesis through PyMuPDF: no form feeds, and no number on the cover, the title
    page, the abstract or the contents. The pages are known from their numbers, so the
    first runs from the cover to page 11's foot, and the title on the cover and on the
    title page stood on it with page 11's head: no copy on a page of its own, and all
    three went with the heads (the thesis' title gone from its text). The first copies,
    within two of the longest pages of the text's start, the next copy more than two of
    them on, stand on pages before it that print no number: the title's, and they stay;
    page 11's head goes. Where form feeds mark the pages, the first page is one page,
    and this does not apply; nor where the heads do not skip the front matter (a head
    over the contents), nor to a copy with a page's number at its end."""
    title, author = "The Harbour Works of the North Coast", "Anna K. Lindqvist"
    lines = ["UNIVERSITY OF THE NORTH", "BACHELOR THESIS", title, author, "2011",
             "BACHELOR THESIS", title, author, "Student number: 1115",
             "ABSTRACT", *textwrap.wrap(" ".join(body("en", 50, 24)), 70),
             "CONTENTS", *[f"{n}. Chapter {n} . . . . . . . . . . {10 + n}" for n in range(1, 9)]]
    breaks = []
    for page in range(11, 19):
        lines += [title, *textwrap.wrap(" ".join(body("en", page, 12)), 70), str(page)]
        breaks.append(Break(len(lines) - 1, len(lines)))
    doc = segment("\n".join(lines) + "\n")
    group = [index for index, text in enumerate(lines) if text == title]
    pages = Pages(source, tuple(breaks[:-1]))  # type: ignore[arg-type]
    context = furniture._Context(doc, pages, set(), dict.fromkeys(group, 0), {}, 3)
    kept = furniture._on_its_title_pages(group, context)
    assert kept == ({2, 6} if source == "page numbers" else set())
    contents = lines.index("CONTENTS")
    headed = [*lines[:contents], title, *lines[contents:]]  # a head over the contents too
    doc = segment("\n".join(headed) + "\n")
    group = [index for index, text in enumerate(headed) if text == title]
    pages = Pages(source, tuple(Break(found.before + 1, found.after + 1)  # type: ignore[arg-type]
                                for found in breaks[:-1]))
    context = furniture._Context(doc, pages, set(), dict.fromkeys(group, 0), {}, 3)
    assert furniture._on_its_title_pages(group, context) == set()
    numbered = [f"{text} 3" if text == title else text for text in lines]  # a page's number
    doc = segment("\n".join(numbered) + "\n")
    group = [index for index, text in enumerate(numbered) if text == f"{title} 3"]
    pages = Pages(source, tuple(breaks[:-1]))  # type: ignore[arg-type]
    context = furniture._Context(doc, pages, set(), dict.fromkeys(group, 0), {}, 3)
    assert furniture._on_its_title_pages(group, context) == set()


@pytest.mark.parametrize(("lines", "under"), [
    (["Text of the page.", "5", "", "2.5", "升级", "3", "使用说明"], True),  # a head's parts
    (["Text of the page.", "5", "2.5", "升级", "3", "使用说明"], True),
    (["Text of the page.", "5", "2.4", "2.5", "升级", "3", "使用说明"], False),  # four between
    (["Text of the page.", "5", "这是出于许可证方面的考虑。", "使用说明"], False),  # a sentence
    (["Text of the page.", "5", "Prose that runs on beyond a label's length", "使用说明"], False),
    (["Text of the page.", "5", "Options.", "使用说明"], False),  # a short sentence
    (["Text of the page.", "6", "3", "使用说明"], False),  # no page's number over it
], ids=case_id)
def test_a_copy_under_its_pages_number(lines: list[str], under: bool) -> None:
    """A copy tops its page when the page's number stands over it with nothing between
    but a head's other short parts (``2.5`` / ``升级`` / ``3``), three at most."""
    doc = segment("\n".join(lines) + "\n")
    numbers = frozenset({lines.index("5")} if "5" in lines else set())
    context = furniture._Context(doc, build(doc, frozenset()), set(numbers), {}, {}, 3,
                                 page_numbers=numbers)
    assert furniture._under_a_page_number(lines.index("使用说明"), context) is under


@pytest.mark.parametrize(("over_heads", "over_copy", "found"), [
    (["4", "4"], ["5", "2"], ("2",)),  # chapter 4's heads, chapter 2's copy
    (["4", "4"], ["2.4"], ("2.4",)),  # a section's number
    (["11", "12"], ["5", "2"], ()),  # figures that change from head to head: pages'
    (["4", "4"], ["639", "640"], ()),  # a listing's count
    (["4", "4"], ["Text of the page.", "2"], ("2",)),
    (["4", "4"], ["Text of the page."], ()),
], ids=case_id)
def test_the_number_over_a_copy_of_the_heads(over_heads: list[str], over_copy: list[str],
                                             found: tuple[str, ...]) -> None:
    """The number over a copy is its section's (``2.4``), or its chapter's figure alone
    where the heads at the edges each have theirs over them, two heads or more to a
    figure; not a figure under another that no page's number is (a listing's count)."""
    name = "Cross referencing"
    lines = ["Text of the page."]
    heads = []
    for page, figure in enumerate(over_heads, 20):
        lines += [str(page), figure]
        heads.append(len(lines))
        lines += [name, "Text of the page."]
    lines += ["Text of the page.", *over_copy]
    copy = len(lines)
    lines += [name, "Text of the page."]
    doc = segment("\n".join(lines) + "\n")
    numbers = frozenset(heads[position] - 2 for position in range(len(heads))) | (
        {copy - 2} if over_copy[0] == "5" else set())
    context = furniture._Context(doc, build(doc, frozenset()), set(numbers), {}, {}, 3,
                                 page_numbers=numbers)
    assert furniture._numbers_over_heads([*heads, copy], heads, context)[copy] == found


@pytest.mark.parametrize(("printed", "heads"), [("Cross referencing", 1), ("Crossing", 0)])
def test_a_copy_under_another_chapters_figure_goes_only_printed_as_the_heads(
        printed: str, heads: int) -> None:
    """Of a chapter's copies under its figure, the ones after its opening that top their
    page go as that chapter's heads only where printed as the heads at the edges are."""
    lines = ["Text of the page.", "5", "2", "Cross referencing", "Text of the page.",
             "Text of the page.", "6", "2", "Cross referencing", "and the text goes on."]
    doc = segment("\n".join(lines) + "\n")
    numbers = frozenset({1, 6})
    context = furniture._Context(doc, build(doc, frozenset()), set(numbers), {}, {}, 3,
                                 page_numbers=numbers)
    copies = {3, 8}
    found = furniture._heads_of_other_sections(copies, dict.fromkeys(copies, ("2",)),
                                               {printed}, context)
    assert found == ({8} if heads else set())


@pytest.mark.parametrize(("lines", "listed"), [
    (["2.6", "编译用户手册. . . . . . . .", "6", "3", "使用说明", "6", "3.1"], True),
    (["3", "使用说明", "6", "3.1", "代码自动补全. . . . . . . .", "7"], True),  # leader after
    # a listing's numbered lines around a head PyMuPDF set amid them: no leader near
    (["33", "deleteStmtStr = '", "35", "34", "使用说明", "36", "deleteStmtStr);"], False),
    (["2.6", "编译用户手册. . . . . . . .", "6", "3", "使用说明", "本手册假定用户。"], False),
    (["2.6", "编译用户手册. . . . . . . .", "6", "Chapter", "使用说明", "6"], False),
    # cquthesis: the leader on a line of its own between the name and its page
    (["盲审模式", ". . . . . . . .", "36", "5.9", "使用说明", ". . . . . . . .", "36"], True),
    (["624 }", "5.9", "使用说明", "5.9.1", "信息录入", "\\cqu@def@term"], False),  # the heading
    (["2.6", "编译用户手册. . . . . . . .", "6", "5.9", "使用说明", ". . . . . . . .",
      "本手册假定用户。"], False),  # no page under the leader
    (["5.9", "使用说明", ". . . . . . . ."], False),  # the leader ends the text
    # the entry before's page over it, not a section's number: the front matter's
    (["Remerciements . . . . . . . .", "xix", "使用说明", "xxiii", "Acronymes"], True),
    (["Une section", "21", "使用说明", "25", "Symboles", "29 . . . . . . . ."], True),
    # a short contents that prints no leaders: three entries a part a line, or more
    (["xix", "Avertissement", "xxiii", "使用说明", "xxv", "Symboles", "xxix"], True),
    (["xvii", "Remerciements", "xix", "Avertissement", "xxiii", "使用说明", "xxv"], True),
    (["xxiii", "使用说明", "xxv", "Symboles", "xxix", "Avant-propos", "xxxi"], True),
    (["xix", "Avertissement", "xxv", "使用说明", "xxiii", "Symboles", "xxix"], False),  # down
    (["Avertissement", "xxiii", "使用说明", "xxv", "Symboles", "xxix"], False),  # two entries
    (["xxii", "Avertissement", "xxiii", "使用说明", "xxv", "Prose goes on, page xxv."], False),
    (["1", "2", "3", "4", "5", "使用说明", "6"], False),  # a column of figures: no entries
    (["xix", "Avertissement", "xxiii", "Acronymes", "xli", "使用说明", "1"], True),  # the body's
    (["3", "Avertissement", "5", "Acronymes", "7", "使用说明", "iii"], False),  # figures, then iii
    # a talk's contents in its nav bar, its sections numbered one by one
    (["1", "研究背景", "2", "使用说明", "3", "按时完成可能性", "4"], False),
    (["i", "Aims", "ii", "使用说明", "iii", "Later work", "iv"], False),
    (["xix", "Aims", "xx", "使用说明", "xxi", "Later work", "xxv"], True),  # the last step 4
    (["i", "ii", "iii", "iv", "v", "使用说明", "vi"], False),  # a column of numerals
    (["Remerciements . . . . . . . .", "xxv", "使用说明", "xxv", "Symboles"], True),  # one page
], ids=case_id)
def test_a_contents_entry_on_lines_of_its_own(lines: list[str], listed: bool) -> None:
    """PyMuPDF sets a contents entry on three lines: the chapter's number, its name and
    its page, or on four, the leader alone between the name and the page. A head's copy
    so set, with an entry's leader near, is the contents'; the section's heading with
    its subsection under it is not, and stays where the heads go (cquthesis' ``5.9`` /
    ``封面绘制``, whose entry was taken for the heading that opens the section). Where
    the entry has no number, the entry before's page stands over it (the front matter's
    ``xix`` over ``Avertissement``); a short contents prints no leaders, and three entries
    in a row, their pages not going down, show it (yathesisspecimen's ``Sommaire``)."""
    doc = segment("\n".join(lines) + "\n")
    assert furniture._listed_in_contents(doc, lines.index("使用说明")) is listed


@pytest.mark.parametrize(("opened", "count", "removed"), [
    ({2, 4, 6}, 7, 7),  # three pages of seven open on a table
    ({1, 2, 3, 5, 7}, 7, 7),  # five of seven: the head is still at the edge of each page
    ({1, 2, 3, 4, 5}, 7, 7),
    ({1, 2, 3, 5, 6, 7}, 8, 0),  # six of eight, three in four: a label of the tables
    (set(range(1, 8)), 7, 0),  # every copy beside a caption
], ids=case_id)
def test_a_head_over_pages_that_open_on_a_table_goes(opened: set[int], count: int,
                                                     removed: int) -> None:
    """A short head at the top of every page, under the page's number; on some pages a
    table opens right under it, its caption within reach. An axis label or a table's
    label stands in a figure nearly every time it recurs (three in four copies); a head
    only where a figure or a table opens its page, and goes."""
    pages = []
    for page in range(1, count + 1):
        table = ([f"Table {page}. Results of run {page * 7}.", "Harbour", "Tonnage"]
                 if page in opened else [])
        pages.append("\n".join([str(page), "Schwarz et al.", *table, *body("en", page, 8)]))
    result = cleaner.clean("\n\f".join(pages) + "\n")
    assert count - result.text.count("Schwarz et al.") == removed


@pytest.mark.parametrize(("foot", "removed"), [
    ("Article number, page {page} of 9", 7),
    ("报告 第{page}页 共9页", 7),
    ("see page {page} of 9 in the annex", 7),  # what it says is where it stands: a foot
    ("2022-11-06 15:34. Page {page} of 1–9.", 7),  # an ACM draft's foot: of pages 1 to 9
    ("Page {page} of 1–{total}.", 0),  # the range's end changes: not one foot
    ("Article number, page {page} of {total}", 0),  # a total that changes: not one foot
    ("{page}/9 Groep 1 (eerste examenkans-inhaal) — 2017-2018", 7),  # an exam's sheet
    ("Harbour Studies {page} / 9", 7),  # a slide's foot
    ("Harbour Studies {page} / {total}", 0),
    ("Minutes of {page}/4", 0),  # a page past the total: a date or a count, not a page
    ("a {page}/9 share of the votes", 0),  # a fraction amid the line
])
def test_a_foot_that_says_which_page_it_is_on_goes_without_page_marks(foot: str,
                                                                      removed: int) -> None:
    """Pages run together with no page marks, the foot put anywhere on the page by the
    extractor (PDF columns): a line that says its page of the same total, the page rising
    one a time, is furniture: it marks the pages then (``page_edges``, where it states
    more than half of them), or goes for what it says (``numbered_with_pages``)."""
    import textwrap

    pages, texts = [], []
    for page in range(1, 8):
        lines = textwrap.wrap(" ".join(body("en", page, 14)), 72)
        at = 3 + page % 5  # wherever the extractor put it
        pages.append("\n".join([*lines[:at], foot.format(page=page, total=9 + page),
                                *lines[at:]]))
        texts += lines
    result = cleaner.clean("\n".join(pages) + "\n")
    gone = [edit for edit in result.edits if edit.reason == "boilerplate_line"]
    assert len(gone) == removed
    assert {edit.evidence for edit in gone} <= {"numbered_with_pages", "page_edges"}
    assert all(line in result.text for line in texts)


def test_alternating_heads_beside_a_foot_go_on_unmarked_pages() -> None:
    """No page marks; each page ends with its foot (which says its page) and the next
    begins with a head that alternates, the journal's on odd pages and the authors' on
    even ones, so each head recurs every other page, two pages apart. Standing beside the
    foot, both go."""
    import textwrap

    pages, texts = [], []
    lengths = [60, 140, 70, 150, 65, 145, 75, 135, 70, 150]  # two-column pages vary
    for page, length in enumerate(lengths, 1):
        lines = textwrap.wrap(" ".join(body("en", page, length)), 72)
        head = "A&A proofs: manuscript no. Harbour4" if page % 2 else (
            "K. Keeper & L. Pilot: Storms and piers of the northern harbour")
        pages.append("\n".join([head, "", *lines, f"Article number, page {page} of 10", ""]))
        texts += lines
    result = cleaner.clean("\n".join(pages))
    assert "A&A proofs" not in result.text and "K. Keeper" not in result.text
    assert "Article number" not in result.text
    assert all(line in result.text for line in texts)


def test_a_copy_of_the_head_with_a_word_run_into_it_loses_only_the_head() -> None:
    """The matcher groups ``…JGR-PlanetsResults`` with the head it begins with: at the
    top of its page, after a page turn, the head goes and the word run into it stays."""
    head = "Confidential manuscript submitted to JGR-Planets"
    pages = [f"{head}{'Results' if page == 3 else ''}\n" + "\n".join(body("en", page, 8))
             + f"\n{page}\n" for page in range(1, 7)]
    result = cleaner.clean("\f".join(pages))
    assert head not in result.text
    assert "\fResults\n" in result.text
    trims = [edit for edit in result.edits if edit.removed == head]
    assert len(trims) == 1 and trims[0].message.endswith("; the rest of the line stays")
    assert trims[0].evidence == "page_edges" and trims[0].replacement == ""


OPEN_LINE = "the committee met on the"
GOES_ON = "morning of the storm and"


@pytest.mark.parametrize(("lines", "top", "skip", "grouped", "begins"), [
    ([OPEN_LINE, "", GOES_ON, "the tide was high.", "", "Next."], 2, set(), set(), 4),
    (["The committee met.", "", GOES_ON, "the tide was high.", "", "Next."], 2, set(), set(), 2),
    ([OPEN_LINE, "", "HEAD", GOES_ON, "the tide.", "", "Next."], 2, {2}, set(), 5),
    ([OPEN_LINE, "FOOT", "", GOES_ON, "the tide.", "", "Next."], 3, {1}, set(), 5),
    ([OPEN_LINE, "FOOT", "", GOES_ON, "the tide.", "", "Next."], 3, set(), set(), 3),
    ([OPEN_LINE, "", GOES_ON, "the tide.", "", "Next."], 2, set(), {2}, 2),
    ([OPEN_LINE, "", "| morning | storm |", "the tide.", "", "Next."], 2, set(), set(), 2),
    ([GOES_ON, "the tide.", "", "Next."], 0, set(), set(), 0),
    ([OPEN_LINE, "", GOES_ON, "the tide.\f", "Next line."], 2, set(), set(), 4),
    ([OPEN_LINE, "", GOES_ON, "the tide."], 2, set(), set(), 4),
    ([OPEN_LINE, *[""] * 199, GOES_ON, "the tide.", "", "Next."], 200, set(), set(), 202),
    ([OPEN_LINE, *[""] * 200, GOES_ON, "the tide.", "", "Next."], 201, set(), set(), 201),
    ([OPEN_LINE, "", *[""] * 198, GOES_ON, "the tide.", "", "Next."], 1, set(), set(), 202),
    ([OPEN_LINE, "", *[""] * 199, GOES_ON, "the tide.", "", "Next."], 1, set(), set(), 1),
], ids=case_id)
def test_where_a_page_begins_once_its_first_paragraph_is_joined(
        lines: list[str], top: int, skip: set[int], grouped: set[int], begins: int) -> None:
    """When the page's first paragraph goes on with the sentence the page before left
    open, the join makes them one and the page begins after that paragraph (at its
    blank line or page break). Lines skipped and blank lines are passed over, a page's
    length at most each way; a grouped (furniture) or protected line is no paragraph."""
    doc = segment("\n".join(lines) + "\n")
    assert furniture._past_continuation(doc, top, skip, dict.fromkeys(grouped, 0)) == begins


def test_keep_one_boilerplate_keeps_the_first_copy_and_names_it() -> None:
    text, content = glued_pages(set())
    result = cleaner.clean(text, Options(keep_one_boilerplate=True))
    first = text.split("\n").index(HEAD) + 1
    assert result.text.count(HEAD) == 1 and all(line in result.text for line in content)
    heads = [edit for edit in result.edits if edit.removed.strip() == HEAD]
    assert len(heads) == text.count(HEAD) - 1
    assert {edit.kept_line for edit in heads} == {first}
    assert all(edit.first_line > first for edit in heads)


def test_fingerprints_too_common_to_use_are_noted_for_lines() -> None:
    text, _ = glued_pages(set())
    notes = cleaner.clean(text, Options(max_bucket=2)).notes
    assert any(note.startswith("lines: ") and note.endswith(
        " fingerprints shared by more than 2 lines were not used as evidence (raise "
        "--max-bucket to use them)") for note in notes)


def test_a_long_head_is_cut_at_sixty_characters_in_the_message() -> None:
    long_head = "Journal of Harbour Studies, Volume 12, Northern Harbour Press, spring issue"
    text, _ = glued_pages(set())
    result = cleaner.clean(text.replace(HEAD, long_head))
    heads = [edit for edit in result.edits if edit.removed.strip() == long_head]
    assert heads and all(edit.message.endswith(f"): {long_head[:60]}") for edit in heads)


def counting(heads: dict[int, str], pages: int = 10, minimum: int = 3) -> list[int]:
    """The pages (0-based) whose head ``furniture._counting_pages`` finds numbered with the
    pages, of a document with a line of text on every page and the head ``heads[page]``
    on top of the pages named."""
    doc = segment("\f".join((f"{heads[page]}\n" if page in heads else "")
                            + f"Text of page {page}.\n" for page in range(pages)))
    group = [line.index for line in doc.lines if line.text.startswith(("Review", "Vol"))]
    context = furniture._Context(doc, build(doc, frozenset()), set(), {}, {}, minimum)
    return [build(doc, frozenset()).page_of(index) for index in
            furniture._counting_pages(group, context)]


@pytest.mark.parametrize(("heads", "counted", "why"), [
    ({page: f"Review {page + 1}" for page in range(5)}, [0, 1, 2, 3, 4], "one a page"),
    ({page: f"Vol 3, page {page + 7}" for page in range(5)}, [0, 1, 2, 3, 4],
     "the second number counts the pages, the first does not"),
    ({0: "Review 1", 1: "Review 2", 2: "Review", 3: "Review 4", 4: "Review 5"},
     [0, 1, 3, 4], "a copy without its number is passed over"),
    ({0: "Review 1", 2: "Review 3", 4: "Review 5", 6: "Review 7"}, [0, 2, 4, 6],
     "every other page: alternating heads"),
    ({0: "Review 1", 3: "Review 4", 6: "Review 7"}, [0, 3, 6], "three pages apart"),
    ({0: "Review 1", 4: "Review 5", 8: "Review 9"}, [], "four pages apart: no numbering"),
    ({0: "Review 1", 1: "Review 2", 2: "Review 3", 6: "Review 1", 7: "Review 2",
      8: "Review 3"}, [0, 1, 2], "two runs as long: the first"),
    ({0: "Review 1", 1: "Review 5", 2: "Review 9"}, [], "numbers that do not step with pages"),
    ({0: "Review 1", 1: "Review 2"}, [], "fewer copies than the minimum"),
], ids=case_id)
def test_which_copies_are_numbered_with_their_pages(heads: dict[int, str], counted: list[int],
                                                    why: str) -> None:
    assert counting(heads) == counted, why


def edges_of(page_texts: list[list[str]], candidates: dict[str, int], page: int,
             skip_texts: tuple[str, ...] = ()) -> list[str]:
    """The candidate lines ``furniture._page_edges`` finds at the edges of ``page`` of a
    document with the pages ``page_texts`` (form feeds between); ``candidates`` maps a
    candidate line's text to its group."""
    doc = segment("\f".join("".join(f"{line}\n" for line in lines) for lines in page_texts))
    group_of = {line.index: candidates[line.text] for line in doc.lines
                if line.text in candidates}
    skip = {line.index for line in doc.lines if line.text in skip_texts}
    found = furniture._page_edges(doc, build(doc, frozenset()), page, skip, group_of)
    return [doc.lines[index].text for index in sorted(found)]


PAGE = ["The first line of text.", "More text."]


@pytest.mark.parametrize(("pages", "candidates", "page", "skip", "found", "why"), [
    ([["HEAD", *PAGE, "FOOT"], ["HEAD", *PAGE, "FOOT"]], {"HEAD": 0, "FOOT": 1}, 0, (),
     ["HEAD", "FOOT"], "the first line of the first page, the last of the last"),
    ([["HEAD", *PAGE, "FOOT"], ["HEAD", *PAGE, "FOOT"]], {"HEAD": 0, "FOOT": 1}, 1, (),
     ["HEAD", "FOOT"], "and of the next page, from its form feed"),
    ([["", "HEAD", "", *PAGE, "", "FOOT", ""]], {"HEAD": 0, "FOOT": 1}, 0, (),
     ["HEAD", "FOOT"], "blank lines passed over"),
    ([["JOURNAL", "HEAD", *PAGE]], {"JOURNAL": 0, "HEAD": 1}, 0, (),
     ["JOURNAL", "HEAD"], "a head below another head line"),
    ([["JOURNAL", "ISSUE", "HEAD", *PAGE]], {"JOURNAL": 0, "ISSUE": 1, "HEAD": 2}, 0, (),
     ["JOURNAL", "ISSUE"], "two head lines deep at most"),
    ([["HEAD", "HEAD", *PAGE]], {"HEAD": 0}, 0, (), ["HEAD"],
     "a copy under its own group's copy is the heading under its running head"),
    ([["7", "HEAD", *PAGE]], {"HEAD": 0}, 0, ("7",), ["HEAD"], "through lines that go"),
    ([["Text first.", "HEAD", *PAGE]], {"HEAD": 0}, 0, (), [], "text before it: no edge"),
], ids=case_id)
def test_the_candidates_at_the_edges_of_a_page(
        pages: list[list[str]], candidates: dict[str, int], page: int, skip: tuple[str, ...],
        found: list[str], why: str) -> None:
    assert edges_of(pages, candidates, page, skip) == found, why


@pytest.mark.parametrize(("lines", "index", "skip", "alone"), [
    (["", "HEAD", ""], 1, set(), True),
    (["HEAD"], 0, set(), True),                       # nothing around: alone
    (["Text.", "HEAD", ""], 1, set(), False),
    (["", "HEAD", "Text."], 1, set(), False),
    (["7", "HEAD", "8"], 1, {0, 2}, True),            # what goes is not there
    (["Text.", "7", "HEAD", ""], 2, {1}, False),
], ids=case_id)
def test_a_copy_is_alone_between_blank_lines_or_lines_that_go(lines: list[str], index: int,
                                                              skip: set[int],
                                                              alone: bool) -> None:
    doc = segment("\n".join(lines) + "\n")
    context = furniture._Context(doc, build(doc, frozenset()), skip, {}, {}, 3)
    assert context.alone(index) is alone


def runs_in(lines: list[str], skip: set[int] | None = None) -> list[int]:
    """The copies of "Share this" that ``furniture._in_runs`` finds in ``lines``."""
    doc = segment("\n".join(lines) + "\n")
    group = [line.index for line in doc.lines if line.text == "Share this"]
    context = furniture._Context(doc, build(doc, frozenset()), skip or set(),
                                 dict.fromkeys(group, 0), {}, 3)
    return furniture._in_runs(group, context)


@pytest.mark.parametrize(("lines", "skip", "found", "why"), [
    (["Text.", "", *["Share this", ""] * 4], set(), [2, 4, 6, 8], "four at the end"),
    (["Text.", "", *["Share this", ""] * 3], set(), [], "three may be a refrain"),
    (["Text.", "", *["Share this", ""] * 4, "More text."], set(), [],
     "text after the run: a refrain"),
    (["Share this", "", "Share this", "", "Share this", "", "Share this"], set(),
     [0, 2, 4, 6], "from the first line to the last"),
    (["Text.", "", *["Share this", ""] * 2, "7", "", *["Share this", ""] * 2], {6}, [2, 4, 8, 10],
     "lines that go between copies do not break the run"),
    (["Text.", "", *["Share this", ""] * 2, "Other", "", *["Share this", ""] * 2], set(), [],
     "another line between: two runs of two"),
    (["Text.", "", "Share this", "Share this", "Share this", "Share this"], set(), [],
     "in one block: figure labels, not paragraphs"),
    (["", "Share this", "", "Share this", "", "Share this", "", "Share this"], set(),
     [1, 3, 5, 7], "from the second line to the last"),
    (["Text.", "Share this", "", *["Share this", ""] * 3], set(), [],
     "the first copy under text, not alone: a run of three"),
], ids=case_id)
def test_scrape_debris_is_a_run_of_identical_paragraphs_at_the_end(
        lines: list[str], skip: set[int], found: list[int], why: str) -> None:
    assert runs_in(lines, skip) == found, why


@pytest.mark.parametrize(("lines", "going", "touched"), [
    (["A", "Text.", "GONE", "B", "Text."], {2}, {1}),              # the candidate after it
    (["Text.", "A", "GONE", "", "B", "Text."], {2}, {0, 1}),      # both sides, blank aside
    (["A", "B", "C", "D", "GONE"], {4}, {1, 2, 3}),               # three candidates deep
    (["A", "Text.", "B", "GONE"], {3}, {1}),                      # stops at running text
    (["GONE"], {0}, set()),
], ids=case_id)
def test_the_groups_next_to_what_goes(lines: list[str], going: set[int],
                                      touched: set[int]) -> None:
    """Their place changed: they are judged again."""
    doc = segment("\n".join(lines) + "\n")
    groups = {"A": 0, "B": 1, "C": 2, "D": 3}
    group_of = {line.index: groups[line.text] for line in doc.lines if line.text in groups}
    context = furniture._Context(doc, build(doc, frozenset()), set(going), group_of, {}, 3)
    assert furniture._next_to(going, context) == touched


def test_keep_one_boilerplate_keeps_one_copy_of_each_stacked_head() -> None:
    """The first copies stay, one above the other on the first page; the heads under them
    there stand at no edge, and must not keep a second copy elsewhere."""
    heads = ["Journal of Harbour Studies", "Volume 12, Spring Issue",
             "Proceedings of the Harbour Society", "Section on Quays and Piers"]
    pages = ["\n".join([*heads, "", *body("en", page, 6), "", str(page + 1)])
             for page in range(6)]
    options = Options(keep_one_boilerplate=True)
    result = cleaner.clean("\f".join(pages) + "\n", options)
    assert [result.text.count(head) for head in heads] == [1, 1, 1, 1]
    assert result.text.startswith("\n".join(heads) + "\n\n")
    first_lines = {head: number for number, head in enumerate(pages[0].split("\n"), 1)}
    assert {edit.kept_line for edit in result.edits if edit.removed.strip() in heads} == set(
        first_lines[head] for head in heads)
    assert cleaner.clean(result.text, options).text == result.text


def test_a_head_found_on_some_pages_is_judged_again_where_the_heads_above_it_go() -> None:
    """On pages 5 to 8 the line tops the page and is found; on pages 1 to 4 it stands
    under two head lines, too deep for the edge, until they go: then those copies are
    judged again and added to its verdict."""
    heads = ["Journal of Harbour Studies", "Volume 12, Spring Issue"]
    line = "Notes and queries, from the harbour board."
    pages = ["\n".join([*([*heads, line] if page < 4 else [line] if page < 8 else []), "",
                        *body("en", page, 6), "", str(page + 1)]) for page in range(9)]
    result = cleaner.clean("\f".join(pages) + "\n")
    assert [result.text.count(text) for text in [*heads, line]] == [0, 0, 0]
    assert all(sentence in result.text for page in range(9) for sentence in body("en", page, 6))
    messages = {edit.message for edit in result.edits if edit.removed.strip() == line}
    assert messages == {f"boilerplate line repeated 8 times (4 at page edges): {line}"}
    assert cleaner.clean(result.text).text == result.text


@pytest.mark.parametrize("depth", [3, 4])
def test_heads_stacked_deeper_than_the_edge_go_layer_by_layer(depth: int) -> None:
    """Two head lines are found at the edge at once; the ones below them reach the edge
    once those are gone, and go in the next layer; the text below stays."""
    heads = ["Journal of Harbour Studies", "Volume 12, Spring Issue",
             "Proceedings of the Harbour Society", "Section on Quays and Piers"][:depth]
    pages = ["\n".join([*heads, "", *body("en", page, 6), "", str(page + 1)])
             for page in range(6)]
    result = cleaner.clean("\f".join(pages) + "\n")
    assert [result.text.count(head) for head in heads] == [0] * depth
    assert all(line in result.text for page in range(6) for line in body("en", page, 6))
    assert {edit.evidence for edit in result.edits if edit.removed.strip() in heads} == {
        "page_edges"}


def credits_in(copies: list[str]) -> bool:
    """Whether ``furniture._credit_lines`` takes a group of these copies for a credit or
    jump line, each copy in a paragraph of its own between stories."""
    text = "".join(f"Story {number} tells of the harbour and the pier.\n\n{copy}\n\n"
                   for number, copy in enumerate(copies))
    doc = segment(text)
    group = [line.index for line in doc.lines if not line.text.startswith("Story")
             and not line.blank]
    context = furniture._Context(doc, build(doc, frozenset()), set(), {}, {}, 3)
    return furniture._credit_lines(group, context) == group


@pytest.mark.parametrize(("copies", "credit", "why"), [
    (["(By Associated Press)"] * 3, True, "a wire service named, in brackets"),
    (["By United Press"] * 3, True, "named without brackets"),
    (["(Continued on Page 3)"] * 3, True, "a jump"),
    (["(下转第3版)"] * 3, True, "a jump in Chinese"),
    (["(By Associated Press)", "(By Asociated Pres)", "(By Assoc1ated Press)"], True,
     "OCR variants count when bracketed, one copy named"),
    (["(By Associated Press)", "By Asociated Pres", "By Assoc1ated Pres"], False,
     "unbracketed variants that name nothing: one of three named"),
    (["(in thousands of dollars)"] * 3, False, "a bracketed label names no wire"),
    (["(By Associated Press and the harbour board of the northern shore, who wrote it)"] * 3,
     False, "longer than sixty characters: a sentence"),
    (["(Wire)"] * 3, False, "four letters: too few to tell"),
    (["(Press)"] * 3, True, "five are enough"),
    (["Chomsky, N. (1986). Barriers. MIT Press, Cambridge Mass."] * 3, False,
     "a reference that names its publisher: it states a year"),
    (["Copernicus, N. (1543). De revolutionibus. Petreius Press."] * 3, False,
     "a year of the sixteenth century"),
], ids=case_id)
def test_a_credit_or_jump_line_names_a_wire_or_a_jump(copies: list[str], credit: bool,
                                                      why: str) -> None:
    assert credits_in(copies) is credit, why


def unmarked(head: str = "Journal of Harbour Studies", gaps: tuple[int, ...] = (24,) * 5,
             open_before: bool = True, in_formulas: tuple[int, ...] = (),
             tail: int = 10, leaders: tuple[int, ...] = ()) -> bool:
    """Whether ``furniture._unmarked`` takes ``head`` for a running head in a document with
    no page marks: ``head`` after each stretch of ``gaps`` lines of prose, the sentence
    before it left open (``open_before``); the copies after the stretches numbered in
    ``in_formulas`` stand between two lines of a formula instead, among no prose. After
    the last copy, ``tail`` lines of prose end the document. The copies after the
    stretches numbered in ``leaders`` are contents entries, a dot leader after each (the
    page set apart): taken for no head, they stay."""
    lines: list[str] = []
    for page, gap in enumerate(gaps):
        text = [sentence.lower() for sentence in body("en", page, gap)]
        if page in in_formulas:
            text[-1] = "φs = 0 ,"
        elif open_before:
            text[-1] = text[-1].rstrip(".") + " and the"
        entry = f"{head} . . . . . . . . . . . . . ." if page in leaders else head
        lines += [*text, entry, *(["αg = 1 ,"] if page in in_formulas else [])]
    lines += [sentence.lower() for sentence in body("en", 99, tail)]
    doc = segment("\n".join(lines) + "\n")
    group = [line.index for line in doc.lines if line.text.startswith(head)]
    group_of = dict.fromkeys(group, 0)
    context = furniture._Context(doc, build(doc, frozenset()), set(), group_of, {}, 3)
    context.running = [0]
    for line in doc.lines:
        context.running.append(context.running[-1] + (line.index not in group_of))
    heads = [index for index in group if doc.lines[index].text == head]
    found = furniture._unmarked(group, context)
    assert found in (heads, []), "the heads go, or none; never a contents entry"
    return bool(found) and found == heads


@pytest.mark.parametrize(("arguments", "head", "why"), [
    ({}, True, "far apart, regular, among prose, interrupting sentences"),
    ({"head": "Journal of Harbour Studies!"}, False, "it ends a sentence"),
    ({"head": "Jour"}, False, "four letters are too few"),
    ({"gaps": (24, 24)}, False, "two copies: fewer than the minimum"),
    ({"gaps": (10,) * 5}, False, "ten lines apart: nearer than a page"),
    ({"gaps": (24, 24, 80, 24)}, False, "irregular: one gap over three times another"),
    ({"gaps": (24, 24, 72, 24)}, True, "a gap three times another is still regular"),
    ({"open_before": False}, False, "no sentence interrupted"),
    ({"gaps": (24,) * 4, "in_formulas": (1, 3)}, True, "half the copies among prose"),
    ({"in_formulas": (0, 1, 2, 3)}, False, "one copy of five among prose"),
    ({"gaps": (24, 24, 24, 5), "tail": 0}, True,
     "the last copy ends the text: a short last page's foot"),
    ({"gaps": (24, 24, 24, 5)}, False, "the short page's copy has text after it"),
    ({"gaps": (24, 24, 24, 5), "tail": 1}, False, "one line of text after the last copy"),
    ({"gaps": (24, 24, 5), "tail": 0}, False,
     "the last of three copies ends the text: one gap left is too few to judge by"),
    ({"gaps": (24, 24, 24, 24, 24), "leaders": (4,)}, True,
     "the last copy a contents entry: the four heads go, the entry stays"),
    ({"gaps": (24, 24, 24), "leaders": (2,)}, False,
     "a section's head, its heading and its contents entry (nwejm's Dankwoord): two "
     "copies besides the entry, fewer than the minimum"),
    ({"gaps": (24, 24, 24), "leaders": (0, 1, 2)}, False, "contents entries alone"),
], ids=case_id)
def test_running_heads_without_page_marks(arguments: dict[str, Any], head: bool,
                                          why: str) -> None:
    assert unmarked(**arguments) is head, why


def stated(lines: list[str]) -> list[int]:
    """The lines ``furniture._states_its_page`` takes, of a group of these lines."""
    doc = segment("\n".join(lines) + "\n")
    return furniture._states_its_page(list(range(len(lines))), doc)


@pytest.mark.parametrize(("lines", "found", "why"), [
    ([f"Page {page} of 5" for page in range(1, 6)], [0, 1, 2, 3, 4], "one page a copy"),
    ([f"第{page}页 共5页" for page in range(1, 6)], [0, 1, 2, 3, 4], "in Chinese"),
    (["Page 1 of 9", "Page 3 of 9", "Page 5 of 9", "Page 7 of 9", "Page 9 of 9"],
     [0, 1, 2, 3, 4], "every other page: one side of a spread (strep's odd pages' foot)"),
    (["Page 1 of 12", "Page 4 of 12", "Page 7 of 12", "Page 10 of 12"],
     [], "every third page: steps of one or two pages"),
    (["Page 1 of 12", "Page 3 of 12", "Page 6 of 12", "Page 8 of 12", "Page 11 of 12"],
     [], "steps of two and three alike often: no usual step"),
    (["Page 1 of 9", "Page 2 of 9", "Page 3 of 9", "Page 4 of 9", "Page 5 of 9",
      "Page 7 of 9"], [0, 1, 2, 3, 4, 5], "one step of two in five: still steady"),
    (["Page 1 of 9", "Page 2 of 9", "Page 6 of 9", "Page 7 of 9"], [],
     "a step of four pages"),
    (["Page 2 of 9", "Page 2 of 9", "Page 3 of 9"], [], "the same page twice, one step"),
    ([f"Page {page} of 9" for page in (1, 2, 3, 4, 5, 5, 6)], [0, 1, 2, 3, 4, 5, 6],
     "the same page twice, the other steps steady: a slide's two builds"),
    ([f"T. Görlach Inst. 2011 – 2012 {n} / 26" for n in (22, 23, 24, 25, 25, 25, 25, 26)],
     [0, 1, 2, 3, 4, 5, 6, 7], "a slide built in four steps: its foot on each (hobete)"),
    ([f"Page {page} of 9" for page in (1, 2, 2, 2, 3)], [],
     "as many steps stay as rise: no count of pages"),
    ([f"Page {page} of 9" for page in (1, 2, 3, 2, 3, 4)], [], "a step back"),
    ([f"Page {page} of 9" for page in (1, 2, 3, 4, 5, 8)], [0, 1, 2, 3, 4, 5],
     "a step of three pages once: an extractor's extra breaks"),
    (["Page 1 of 5", "Page 2 of 6", "Page 3 of 5"], [], "totals that differ"),
    (["Page 4 of 5", "Page 5 of 5", "Page 6 of 5"], [], "a page past the total"),
    (["Page 3 of 5", "Page 4 of 5", "Page 5 of 5"], [0, 1, 2], "the last page is the total"),
    (["Page 1 of 5", "Harbour", "Page 2 of 5", "Harbour"], [0, 2],
     "half the copies state their page"),
    (["Page 1 of 5", "Harbour", "Harbour", "Page 2 of 5", "Harbour"], [],
     "fewer than half do"),
    (["Page 1 of 5"], [], "one copy: no step"),
], ids=case_id)
def test_a_foot_that_states_its_page(lines: list[str], found: list[int], why: str) -> None:
    assert stated(lines) == found, why


def _manual(entry: list[str], sentence_cut: bool) -> str:
    """Five pages of a reference manual run together (no page marks, as pypdf writes
    them), with ``entry`` (lines of one function's or one tool's description) in the
    middle of each: between two paragraphs of full lines, or, with ``sentence_cut``,
    between the two halves of a sentence, as a head the extractor misplaced stands."""
    rng = random.Random(11)
    words = WORDS["en"]

    def full_line() -> str:
        return " ".join(rng.choice(words) for _ in range(11))

    lines: list[str] = []
    for page in range(5):
        lines += [full_line().capitalize() + "." for _ in range(14)]
        lines += [line.format(function=FUNCTIONS[page], short=FUNCTIONS[page][-1])
                  for line in entry]
        if sentence_cut:
            lines[-len(entry) - 1] = lines[-len(entry) - 1].rstrip(".") + " and the"
        lines += [full_line() + "." for _ in range(14)]
    return "\n".join(lines) + "\n"


FUNCTIONS = ["read_value", "write_value", "read_tag", "copy_node", "delete_element"]
PARAMETERS = ["int {function} (node const root, const char * name, void * value, int * size,",
              "root: pointer to a structure",
              "name: the name of the element inside a structure that you want to read."]
OPTIONS = ["-{short}, --{function}", "-h, --help"]


@pytest.mark.parametrize("entry", [PARAMETERS, OPTIONS], ids=["a parameter", "an option"])
def test_a_line_repeated_in_each_entry_of_a_manual_stays(entry: list[str]) -> None:
    """Lines every entry of a manual repeats (a parameter described, ``-h, --help`` in
    each tool's options), a page apart, between a line left open and one in lower case,
    but in no sentence: after a function's signature come its parameters, each an
    entry that opens on its label (``name: …``); an option's name is no line of running
    text (a page break cuts a sentence of full lines). They stay. A head run into the
    same place, between the halves of a sentence, goes."""
    text = _manual(entry, sentence_cut=False)
    assert cleaner.clean(text).text == text
    head = "Reference Manual of the Harbour Library"
    result = cleaner.clean(_manual([head], sentence_cut=True))
    assert [edit.removed.strip() for edit in result.edits] == [head] * 5


def _prose(seed: int, count: int) -> list[str]:
    """``count`` lines of prose wrapped at a margin, as an extractor writes a page: the
    first goes on with a sentence from the page before, the last leaves one open."""
    rng = random.Random(seed)
    sentences = " ".join(" ".join(rng.choices(WORDS["en"], k=rng.randint(8, 16))).capitalize()
                         + "." for _ in range(count))
    lines = textwrap.wrap("and " + sentences, width=75)[:count]
    lines[-1] = lines[-1].rstrip(".") + " and the"
    return lines


def _appendix(first_page_heading: str, marked: bool) -> tuple[str, str]:
    """A manual's contents, then an appendix of six pages: it opens with
    ``first_page_heading`` and its other pages carry the running head ``Appendix A:
    Copying Information``. ``marked``: pages between form feeds, numbered on a line of
    their own at the top; else run together as pypdf writes them, the page number run
    into the head, a sentence running on over each page end. Returns the text and the
    text as it should be cleaned: contents and opening heading kept."""
    head = "Appendix A: Copying Information"
    contents = ["Table of Contents", "1 Introduction . . . . . . . . . . . . . . . 1",
                "2 The Harbour Accounts . . . . . . . . . . . 2",
                "Appendix A Copying Information . . . . . . . . 24"]
    pages, clean = ["\n".join(contents) + "\n"], ["\n".join(contents) + "\n"]
    for page in range(24, 30):
        text = body("en", page) if marked else _prose(page, 24)
        opening = page == 24
        top = [first_page_heading] if opening else [head if marked else f"{head} {page}"]
        kept = top if opening and first_page_heading != head else []
        number = [str(page), ""] if marked else [str(page)] if opening else []
        pages.append("\n".join([*number, *top, *text]) + "\n")
        clean.append("\n".join([*([] if marked else number), *kept, *text]) + "\n")
    separator = "\f" if marked else ""
    return separator.join(pages), separator.join(clean)


@pytest.mark.parametrize("marked", [True, False], ids=["form feeds", "unmarked"])
@pytest.mark.parametrize(("heading", "kept"), [
    ("Appendix A Copying Information", True),  # the title, worded otherwise than the head
    ("Appendix A: Copying Information", False),  # the head itself on the first page too
])
def test_the_heading_that_opens_an_appendix_stays_and_its_running_heads_go(
        heading: str, kept: bool, marked: bool) -> None:
    """The appendix's title on its first page and its running head on the others are
    one group of alike lines; the title, worded otherwise and first, opens the section
    and stays (a head is printed the same on every page). The contents entry that
    names the appendix (dot leaders, its page) is no head either, though it is worded
    as the head and numbered like the pages."""
    text, expected = _appendix(heading, marked)
    result = cleaner.clean(text)
    assert result.text == expected
    lines = result.text.replace("\f", "\n").split("\n")
    assert "Appendix A Copying Information . . . . . . . . 24" in lines
    assert ("Appendix A Copying Information" in lines) is kept
    assert sum(edit.reason == "boilerplate_line" for edit in result.edits) == 6 - kept


FULL = "the harbour committee met on the morning of the storm to weigh the repairs and"


@pytest.mark.parametrize(("lines", "candidates", "interrupts", "why"), [
    ([FULL, "HEAD", "cost of the northern pier."], {1}, True, "between two halves"),
    ([FULL + ".", "HEAD", "cost of the northern pier."], {1}, False, "the sentence closed"),
    ([FULL, "HEAD", "The cost of the northern pier."], {1}, False, "the next starts anew"),
    ([FULL, "HEAD", "name: the cost of the northern pier."], {1}, False,
     "the next is an entry that opens on its label"),
    ([FULL, "short and", "HEAD", "cost of the northern pier."], {2}, True,
     "the open sentence has a full line two lines up"),
    ([FULL + ".", "-t, --trace and", "HEAD", "cost of the northern pier."], {2}, False,
     "the open sentence is a short line alone: an option's name, no running text"),
    ([FULL, "", "-t, --trace and", "HEAD", "cost of the northern pier."], {3}, False,
     "a blank line above the short line ends its block"),
    ([FULL, "HEAD", "SUB", "cost of the northern pier."], {1, 2}, True,
     "a head of two lines"),
    ([FULL + ".", FULL + ".", FULL + ".", "and the crane", "and the pier", "and the quay",
      "HEAD", "cost of the northern pier."], {6}, False,
     "three short lines left open, and no full line before them within reach"),
    ([FULL, "50", "HEAD", "cost of the northern pier."], {2}, True,
     "a page number the page-number stage left is no running text"),
    ([FULL, "50 and", "HEAD", "cost of the northern pier."], {2}, False,
     "a short line of words is"),
    ([FULL, "FOOT", "", "HEAD", "", "SUB", "TOP", "cost of the northern pier."], {1, 3, 5, 6},
     True, "four lines between, blank lines aside: a foot and a head of two lines each"),
    ([FULL, "HEAD", "A", "B", "C", "D", "cost of the northern pier."], {1, 2, 3, 4, 5}, False,
     "five repeated lines between: a passage, not a foot and a head"),
    ([FULL, "HEAD", "root: the node", "cost of the northern pier."], {1, 2}, False,
     "an entry between the halves"),
    ([FULL, "HEAD", "• the node", "cost of the northern pier."], {1, 2}, False,
     "a bulleted item between the halves"),
    ([FULL, "HEAD", "\x17the node", "cost of the northern pier."], {1, 2}, False,
     "a bullet an extractor wrote as a control character"),
    (["• Email: harbour@example.org, pier-and-quay@example.org", "HEAD",
      "cost of the northern pier."], {1}, False,
     "a bulleted item before: an item's line, no sentence a page break cut"),
    ([FULL, "of the northern pier.", "cost of the eastern quay was"], {1}, False,
     "the copy ends the sentence itself"),
    ([FULL, "HEAD", "a"], {1}, False, "a letter alone is a table's cell, no sentence's end"),
    ([FULL, "HEAD", "zweite"], {1}, False, "nor one word, a header's cell, that closes none"),
    ([FULL, "HEAD", "harbour."], {1}, True, "one word that closes the sentence goes on"),
    (["\\patentParagraph {For a more complete understanding of the harbour", "invention,",
      "HEAD", "is made to the drawings"], {2}, False,
     "the full line above is a listing's line of code: no sentence's"),
    (["harbour pilots, signalling conventions and the tides, 12, 14", "annotation, 23",
      "data structures, 27"], {1}, False,
     "an index's entry between two others: names and their pages, no sentence"),
    (["harbour pilots, signalling conventions and the tides, 12, 14", "HEAD",
      "data structures, 27"], {1}, True, "a head among an index's entries is no entry"),
    (["harbour pilots, signalling conventions and the tides, 12, 14", "annotation, 23",
      "cost of the northern pier."], {1}, True, "an entry's shape before, but prose after"),
    ([FULL, "annotation, 23", "data structures, 27"], {1}, True,
     "prose before, an entry's shape after: no index on both sides"),
], ids=case_id)
def test_a_copy_interrupts_a_sentence_of_running_text(lines: list[str], candidates: set[int],
                                                      interrupts: bool, why: str) -> None:
    """Where a page break cut a sentence, a head stands between its halves: a full line
    left open before (a page break cuts a paragraph of full lines), a line that goes on
    after, and between them a foot and a head at most, none an entry of a list."""
    doc = segment("\n".join(lines) + "\n")
    group_of = {index: index for index in candidates}
    context = furniture._Context(doc, build(doc, frozenset()), set(), group_of, {}, 3)
    copy = min(candidates)
    assert context.interrupts(copy) is interrupts, why


def _pages_with(line: str, where: list[str], pages: int = 8) -> tuple[str, list[str]]:
    """Pages between form feeds, each with ``line`` placed as ``where[page % len(where)]``
    says: ``top`` (the page's first line), ``under`` (below the page's own heading and
    first paragraph), ``none``. Returns the text and each page's lines without it."""
    texts, bodies = [], []
    for page in range(pages):
        lines = [f"{page + 1}.1 Section of page {page + 1}", *body("en", page, lines=4)]
        place = where[page % len(where)]
        with_line = ([line, *lines] if place == "top" else
                     [*lines[:3], line, *lines[3:]] if place == "under" else lines)
        texts.append("\n".join(with_line) + "\n")
        bodies.append("\n".join(lines) + "\n")
    return "\f".join(texts), bodies


@pytest.mark.parametrize(("where", "left"), [
    (["top", "under", "under"], 0),  # a third at the page edges: all eight go
    (["under", "top", "under"], 1),  # the first, under the page's first lines, stays
    (["top", "under", "under", "under"], 8),  # a quarter at the edges: not enough
    (["under"], 8),  # never at an edge
])
def test_a_head_once_on_every_page_goes_though_some_copies_stand_below_the_edge(
        where: list[str], left: int) -> None:
    """An extractor may put the running head below the page's first heading, or a foot
    above a figure's text: then fewer than half its copies stand at the page edges. One
    copy on each of eight pages in a row, a third of them at the edges, is a head all
    the same; content does not recur once on every page. A first copy away from the
    edges is the title of the section the head then tops, and stays."""
    text, bodies = _pages_with("Shared Harbour Database", where)
    result = cleaner.clean(text)
    assert result.text.count("Shared Harbour Database") == left
    assert {edit.evidence for edit in result.edits} == ({"once_a_page"} if left < 8 else set())
    if left == 0:
        assert result.text == "\f".join(bodies)


@pytest.mark.parametrize(("where", "pages", "left"), [
    ([*["under"] * 6, "top", "top", "top", *["under"] * 3], 12, 1),  # three, on every page
    ([*["under"] * 6, "top", "top", "top", *["under"] * 3, "none"], 13, 12),  # one page not
    ([*["under"] * 6, "top", "top", *["under"] * 4], 12, 12),  # two at the edges: too few
    ([*["under"] * 6, *["top"] * 4, "under", "under", "none"], 13, 1),  # a third: enough
])
@pytest.mark.parametrize(("before", "after"), [("", "\f"), ("\f", "\f\n\n")])
def test_a_foot_on_every_page_of_the_document_goes_though_three_stand_at_the_edges(
        where: list[str], pages: int, left: int, before: str, after: str) -> None:
    """pdftotext may set a page's foot (the document's date, ``Nov. 2002``) among the
    text of its page, at the edges on three pages running of twelve. A line once on
    every page of the document with text, from the first to the last (an empty page
    before or after them aside), is furniture with ``boilerplate_min_repeats`` copies at
    the edges; on a run of pages but not all, it needs a third of them there. The first
    copy, under the first page's opening lines, reads as a heading and stays (the title
    of the section a head would top)."""
    text, bodies = _pages_with("Nov. 2002", where, pages)
    result = cleaner.clean(before + text + after)  # the extractor's form feed after a page
    assert result.text.count("Nov. 2002") == left
    if left == 1:
        assert [edit.evidence for edit in result.edits if edit.reason == "boilerplate_line"] \
            == ["once_a_page"] * 11
        assert [page for page in result.text.split("\f") if page.strip()][1:12] == bodies[1:12]


def _algorithm_floated(lines: list[str], to: str, pages: int = 8,
                       second_line_lost_on: frozenset[int] = frozenset()) -> str:
    """Pages between form feeds, each with its text and its number at the foot; on pages
    2 to 7 an example algorithm floats ``to`` the ``top`` (opening on ``lines``, the same
    on each page, then one of the page's own) or the ``foot`` of the text (a line of its
    own, then ``lines``), without the second of ``lines`` on the pages
    ``second_line_lost_on``. A running head tops each page where the algorithm floats to
    the foot, and a running foot ends it where the algorithm floats to the top."""
    texts = []
    for page in range(1, pages + 1):
        own = body("en", page + pages, lines=1)[0].lower()
        text = body("en", page, lines=5)
        if 2 <= page <= 7:
            float_ = [lines[0], *lines[2:]] if page in second_line_lost_on else lines
            text = [*float_, own, *text] if to == "top" else [*text, own, *float_]
        text = [*text, GUIDE] if to == "top" else [GUIDE, *text]
        texts.append("\n".join([*text, str(page)]) + "\n")
    return "\f".join(texts)


GUIDE = "A Guide to Typesetting Algorithms"


@pytest.mark.parametrize(("lines", "to", "kept"), [
    (["Function Recurse(some args) /* algorithm as a recursive function", "*/",
      "Data: Some input data"], "top", True),
    (["Function Recurse(some args) /* algorithm as a recursive function", "end)",
      "Data: Some input data"], "top", False),  # the line under closes another bracket
    (["Function Recurse(some args) /* algorithm as a recursive function", "2 {", "*/",
      "Data: Some input data"], "top", True),  # pdfminer: the algorithm's next line between
    (["Result: Same for output data", "end /* of the while loop, and of the function",
      "*/"], "foot", True),
    (["end /* of the while loop, and of the", "function Recurse */"], "foot", True),
    (["Function Recurse(some args) /* algorithm as a recursive function */",
      "Data: Some input data"], "top", False),
    (["1 Function Recurse(some args) /* algorithm as a recursive function */",
      "Data: Some input data", "Result: Same for output data", "2 /* a comment */",
      "3 if this is true then"], "top", True),  # pypdf: numbered, each line whole
    (["1 Function Recurse(some args) /* algorithm as a recursive function */",
      "Data: Some input data", "Result: Same for output data", "2 /* a comment */",
      "4 if this is true then"], "top", False),  # numbers that do not count on
])
def test_a_line_of_code_wrapped_at_a_page_edge_is_no_head(lines: list[str], to: str,
                                                          kept: bool) -> None:
    """An algorithm floats to the top of six pages in a row, its first lines the same on
    each: ``Function Recurse(some args) /* algorithm as a recursive function`` over
    ``*/`` and ``Data: Some input data``; or to their foot, ending on ``end /* of the
    while loop, and of the`` over ``function Recurse */``. A line that leaves a bracket
    or a comment open for the line under it to close, or closes one the line over it
    leaves open, is half of one line, wrapped, and no head, also where an extractor
    sets a line or two of the algorithm between the halves (pdfminer's ``2 {``); nor
    does a line past the two stand at the page's edge. Where the algorithm numbers its
    lines, its first (``1 Function …``, whole on its line as pypdf writes it, ``2`` and
    ``3`` under it) is the page's text, and the edge lies before it. The page's head or foot still
    goes. Whole on one line, the algorithm's first line is one line at the top of six
    pages in a row, as a head is, and goes (and the line under it, one layer at a
    time), as it does where the line under it closes another bracket than the one it
    leaves open."""
    result = cleaner.clean(_algorithm_floated(lines, to))
    left = Counter(re.split(r"[\n\f]", result.text))
    assert left[GUIDE] == 0
    assert left[lines[0]] == (6 if kept else 0)
    if kept:
        assert [left[line] for line in lines[1:]] == [6] * (len(lines) - 1)


@pytest.mark.parametrize(("text", "opens"), [
    ("1 Function F(args)\n2 begin\n3 end\n", True),
    ("1 Function F(args)\nData: x\nResult: y\nz\nw\nv\n2 begin\na\nb\nc\nd\ne\n3 end\n",
     True),  # each number within six lines of the one before
    ("1 Function F(args)\na\nb\nc\nd\ne\nf\n2 begin\n3 end\n", False),  # too far
    ("2 Function F(args)\n2 begin\n3 end\n", False),  # a listing's later line
    ("1 Function F(args)\n2 begin\f3 end\n", False),  # the count goes on another page
    ("1 Function F(args)\n3 begin\n2 end\n", False),
])
def test_a_numbered_listing_opens_on_1_with_2_and_3_under_it(text: str, opens: bool) -> None:
    """A numbered listing's first line opens on ``1``, and lines that open on ``2`` and
    ``3`` follow it on its page, each a few lines of text from the one before."""
    doc = segment(text)
    pages = build(doc, frozenset())
    assert furniture._opens_a_numbered_listing(doc, pages, 0, frozenset()) is opens


@pytest.mark.parametrize(("lost_on", "left"), [
    ({4}, [6, 5, 6]),  # five copies of six wrapped: code, all of it stays
    ({2, 4, 6}, [0]),  # three of six: not most, and the first line goes as a head would
])
def test_a_line_of_code_wrapped_on_most_pages_is_no_head(lost_on: set[int],
                                                         left: list[int]) -> None:
    """An extractor may set the second half of a wrapped line elsewhere on a page
    (pdfminer leaves ``*/`` out of an algorithm's first lines at the top of one page in
    six): where most copies are half of a wrapped line, the line is code all the same,
    and the page where it seems whole keeps its copy too. Half of them are not most."""
    lines = ["Function Recurse(some args) /* algorithm as a recursive function", "*/",
             "Data: Some input data"]
    result = cleaner.clean(_algorithm_floated(lines, "top", second_line_lost_on=frozenset(lost_on)))
    counts = Counter(re.split(r"[\n\f]", result.text))
    assert [counts[line] for line in lines][:len(left)] == left
    assert counts[GUIDE] == 0


def test_a_head_under_a_listings_braces_goes() -> None:
    """pdftotext may set a listing's last lines over the page's running head, on six
    pages of eight: braces alone (``{%`` over ``}%``), which the walk to the page's
    edge passes as it passes figures. They close each other, but neither is a
    candidate: the head under them still stands at the edge, and goes."""
    pages = []
    for page in range(1, 9):
        braces = ["{%", "1299", "}%"] if page % 4 != 1 else []
        pages.append("\n".join([*braces, "Boxes, counters and paragraphs",
                                *body("en", page, lines=6), str(page)]) + "\n")
    result = cleaner.clean("\f".join(pages))
    assert "Boxes, counters and paragraphs" not in result.text
    assert result.text.count("{%") == result.text.count("}%") == 6


def test_a_line_spaced_like_a_head_stays_where_form_feeds_mark_the_pages() -> None:
    """A box of a flowchart printed on three pages, in the middle of each, between a line
    left open and one in lower case: spaced as a head would be where pages run together.
    Where form feeds mark the pages, a head stands at their edges, and this line stands
    nowhere near them: it stays. Without the form feeds it would be judged a head."""
    pages = []
    for page in range(3):
        lines = _prose(page, 44)
        lines[20] = lines[20].rstrip(".") + " and the"
        lines.insert(21, "Abnormal preoperative iodine scan")
        pages.append("\n".join(lines) + "\n")
    marked = cleaner.clean("\f".join(pages))
    assert marked.text.count("Abnormal preoperative iodine scan") == 3
    assert not [edit for edit in marked.edits if edit.reason == "boilerplate_line"]
    unmarked = cleaner.clean("".join(pages))
    assert [edit.evidence for edit in unmarked.edits if edit.reason == "boilerplate_line"] \
        == ["spaced_like_running_heads"] * 3


def test_a_reference_to_a_page_is_no_copy_of_the_page_label() -> None:
    """Guidelines label each page at its foot (``HURT-1``, ``HURT-2`` …) and refer to
    pages in their boxes (``(HURT-6)``): alike lines once figures are masked, one group.
    The labels at the page edges go; a reference in the text, printed otherwise (in
    brackets), stays though it is as short as a heading."""
    pages = []
    for page in range(1, 7):
        lines = body("en", page, lines=4)
        if page in (2, 4):
            lines.insert(2, "(HURT-6)")
        pages.append("\n".join([*lines, f"HURT-{page}"]) + "\n")
    result = cleaner.clean("\f".join(pages))
    assert [edit.removed.strip() for edit in result.edits] == [f"HURT-{n}" for n in range(1, 7)]
    assert result.text.count("(HURT-6)") == 2


def test_a_long_notice_on_every_page_goes() -> None:
    """A stamp of a hundred and fifty letters and more at the top of every page (who
    printed the copy, when, for what use): as much furniture as a short head, and in
    the way of the heads below it. Lines up to ``boilerplate_max_chars`` (200) are
    judged."""
    stamp = ("Printed by A. Newman on 1/27/2021 2:08:24 PM. For personal use only. Not "
             "approved for distribution. Copyright 2021 The Harbour Network, All Rights "
             "Reserved.")
    text, expected = document("en", 6, top=lambda page: stamp)
    result = cleaner.clean(text)
    assert result.text == expected
    assert Options().boilerplate_max_chars == 200
    assert cleaner.clean(text, Options(boilerplate_max_chars=80)).text == text


def test_a_line_next_to_a_head_goes_with_it_only_as_often_as_the_head() -> None:
    """Pages run together: a line that stands right above the head on every fourth page,
    after the page's last sentence, is a box of a flowchart that ends those pages, not
    a line of the head (which recurs every page): it stays."""
    text, _ = _unmarked_pages([40] * 10, ["{page} Harbour Studies"])
    lines = text.split("\n")
    for page in (1, 5, 9):
        at = lines.index(f"{page + 340} Harbour Studies")
        lines[at - 1] = lines[at - 1].removesuffix(" and the") + "."
        lines.insert(at, "Abnormal iodine body scan")
    result = cleaner.clean("\n".join(lines))
    assert result.text.count("Abnormal iodine body scan") == 3
    assert {edit.evidence for edit in result.edits} == {"spaced_like_running_heads"}


def test_a_footnote_written_over_each_head_stays_though_it_stands_beside_them() -> None:
    """Pages run together: the same footnote, numbered apart, ends every page, right over
    the head (yathesis' manual through PyMuPDF). Its second line finishes the sentence
    its first leaves open on every page: a sentence written again, not the head's line,
    though it stands beside each; only the head goes."""
    text, _ = _unmarked_pages([40] * 10, ["{page} Harbour Studies"])
    lines = text.split("\n")
    for page in range(1, 11):
        at = lines.index(f"{page + 340} Harbour Studies")
        lines[at - 1] = lines[at - 1].removesuffix(" and the") + "."
        lines[at:at] = [f"{page}. {FOOTNOTE}", "more details on the repair of the pier)."]
    result = cleaner.clean("\n".join(lines))
    assert result.text.count("more details on the repair of the pier).") == 10
    assert {edit.evidence for edit in result.edits} == {"spaced_like_running_heads"}


def test_a_line_next_to_a_line_found_next_to_a_head_stays() -> None:
    """Only furniture that other evidence found makes its neighbour furniture: else the
    text above a foot would go a line at a time, each line next to the one that went.
    The head's number counts the pages; its second line, spaced as unevenly as the
    pages, goes beside it; a third line, beside the second only, stays."""
    lengths = [21, 120, 24, 115, 22, 118, 23, 110]
    text, _ = _unmarked_pages(lengths, ["{page} Harbour Studies", "Storm Damage and Repair",
                                        "Abnormal iodine body scan"])
    result = cleaner.clean(text)
    assert [edit.evidence for edit in result.edits if "Storm" in edit.removed] == \
        ["next_to_furniture"] * 8
    assert result.text.count("Abnormal iodine body scan") == 8


@pytest.mark.parametrize(("under_head", "amid_text", "cutting"), [
    ([1, 2, 3, 6, 9], [4, 10], []),
    ([1, 2, 5, 9], [3, 7], []),
    ([1, 2, 3, 6, 9], [4], [10]),
])
def test_a_line_found_next_to_a_head_stays_where_it_stands_amid_the_text(
        under_head: list[int], amid_text: list[int], cutting: list[int]) -> None:
    """Pages run together: ``For example,`` opens a sentence over a figure on six pages
    of a manual (adtrees' through PyMuPDF and pypdf), right under the head on three or
    more of them. Next to the head that often, it went on every page, and with it the
    copies that stand amid a page's text, beside no furniture and at no page's edge:
    those stay, unless they cut a sentence in two (a head's line set amid the text);
    the copies under the head go with it."""
    text, _ = _unmarked_pages([40] * 10, ["{page} Harbour Studies"])
    lines = text.split("\n")
    for page in sorted(under_head + amid_text + cutting, reverse=True):
        at = lines.index(f"{page + 340} Harbour Studies")
        if page in under_head:
            lines.insert(at + 1, "For example,")
        else:  # half a page above the head, after a sentence's end or inside a sentence
            lines[at - 20] += "." if page in amid_text else " and the"
            lines.insert(at - 19, "For example,")
    result = cleaner.clean("\n".join(lines))
    going = [edit for edit in result.edits if edit.removed.strip() == "For example,"]
    assert [edit.evidence for edit in going] == ["next_to_furniture"] * (len(under_head)
                                                                        + len(cutting))
    kept = [line for line in result.text.split("\n") if line == "For example,"]
    assert len(kept) == len(amid_text)


def test_a_head_under_a_date_or_a_stray_page_number_stands_at_the_page_edge() -> None:
    """The walk from a page's edge to its first line of text goes through short lines
    of figures alone (``2004-06`` beside the head, a page number whose run the
    page-number stage could not count): the head below them is at the edge, and goes;
    they stay."""
    text, _ = document("en", 6, top=lambda page: "2004-06\nHarbour Data Model, Edition 1")
    result = cleaner.clean(text)
    assert [edit.evidence for edit in result.edits] == ["page_edges"] * 6
    assert "Harbour Data Model" not in result.text
    assert result.text.count("2004-06") == 6


@pytest.mark.parametrize(("foot", "pages", "figures_go"), [
    ("Version:\n3.3\nDate: November 23, 2020", 6, True),  # inside the foot: it goes
    ("Version:\n3.3\n\nDate: November 23, 2020", 6, True),  # blank lines aside
    ("Version:\n3.3\nDate: November 23, 2020", 3, True),  # three pages: enough
    ("Version:\n3.3\nDate: November 23, 2020", 2, False),  # on two pages: no furniture
    ("3.3\nVersion: 3.3\nDate: November 23, 2020", 6, False),  # under a line of text
    ("Version:\n3.3\nDate: November 23, 2020\n{text}", 6, False),
], ids=case_id)
def test_figures_inside_a_block_of_furniture_go_with_it(foot: str, pages: int,
                                                        figures_go: bool) -> None:
    """A version or a date on a line of its own in the middle of a foot (``Version:``,
    ``3.3``, ``Date: …``, as extractors split elsdoc's), a line of furniture right above
    and right below it on three pages or more, goes with the foot, and says so. Figures
    with a line of text above them, or inside a block on fewer pages, stay; and the
    last case's lines are no foot (a line of text under them on every page)."""
    text, _ = document("en", pages,
                       bottom=lambda page: foot.format(text=body("en", 100 + page, 1)[0]))
    result = cleaner.clean(text)
    inside = [edit for edit in result.edits if edit.evidence == "inside_furniture"]
    assert len(inside) == (pages if figures_go else 0)
    assert all(text[edit.start:edit.end].strip() == "3.3" for edit in inside)
    assert all("without letters inside a block of furniture" in edit.message for edit in inside)
    assert result.text.count("\n3.3\n") == (0 if figures_go else pages)


@pytest.mark.parametrize(("top", "figures_go"), [
    ("3.2\nHarbour Studies", True),  # the head's section number over its words: it goes
    ("5\nHARBOUR STUDIES", True),  # a chapter's number
    ("3.2\n{text}", False),  # over a line of text: no head
    ("2004-06\nHarbour Studies", False),  # a date, no section's number
], ids=case_id)
def test_a_heads_section_number_at_the_page_edge_goes_with_it(top: str, figures_go: bool) -> None:
    """pdftotext sets a head's section number on a line of its own, first on the page
    (``3.2`` over ``示例文件``): the page's edge on one side, the head's words on the
    other, on every page, and it goes with the head. Over a line of text, or a date
    rather than a section's number, it stays."""
    text, _ = document("en", 6, top=lambda page: top.format(text=body("en", 100 + page, 1)[0]))
    result = cleaner.clean(text)
    number = top.split("\n")[0]
    inside = [edit for edit in result.edits if edit.evidence == "inside_furniture"]
    assert len(inside) == (6 if figures_go else 0)
    lines = [line.strip("\f") for line in result.text.split("\n")]
    assert lines.count(number) == (0 if figures_go else 6)


def test_figures_inside_the_first_pages_head_go_and_a_protected_line_stays() -> None:
    """The head that opens the document (its first line) is furniture beside the figures
    under it like any other page's; a line the user protected (a pipe table's cell)
    stays wherever it stands."""
    text, _ = document("en", 5, top=lambda page: "Harbour Data Model\n2004-06\nEdition 1")
    result = cleaner.clean(text)
    assert [edit.evidence for edit in result.edits].count("inside_furniture") == 5
    assert "2004-06" not in result.text
    text, _ = document("en", 5, bottom=lambda page: "Version:\n| 3.3 |\nDate: November 23, 2020")
    result = cleaner.clean(text)
    assert result.text.count("| 3.3 |") == 5 and "Version:" not in result.text


def test_figures_between_a_foot_and_the_next_pages_head_stay() -> None:
    """Furniture on either side, but across a page break (one page's foot, the next
    page's head): the figures are no part of either block, and stay."""
    text, _ = document("en", 6, top=lambda page: "Harbour Guide",
                       bottom=lambda page: "Date: November 23, 2020\n3.3")
    result = cleaner.clean(text)
    assert "Harbour Guide" not in result.text and "Date: November" not in result.text
    assert result.text.count("3.3") == 6


@pytest.mark.parametrize(("head_pages", "mid_page_copy_goes"), [
    (4, True),  # on half the pages: it goes wherever it stands
    (3, False),  # on fewer: a copy away from the edges that is no heading stays
])
def test_a_head_on_most_pages_goes_wherever_it_stands(head_pages: int,
                                                     mid_page_copy_goes: bool) -> None:
    """A head printed as a sentence (``…, vol. 3, 2001.``, no heading) at the top of half
    of the pages or more: a copy of it mid-page, printed the same, between two closed
    sentences, is that head with its page break lost, and goes. On fewer pages, the
    mid-page copy is content that quotes it, and stays."""
    head = "Proceedings of the Harbour Board, vol. 3, 2001."
    pages = []
    for page in range(1, 9):
        lines = ([head] if page <= head_pages else []) + body("en", page, 4)
        if page == 7:
            lines.insert(2, head)
        pages.append("\n".join(lines) + "\n")
    result = cleaner.clean("\f".join(pages))
    assert result.text.count(head) == (0 if mid_page_copy_goes else 1)


def test_a_page_title_under_a_head_stays_where_form_feeds_mark_the_pages() -> None:
    """Where form feeds mark the pages, a line right under a head that went stands at the
    page edge and is judged there: a section's title on the first two pages of two
    sections, under the head, is on no run of pages, and stays (no line goes for
    standing next to furniture alone)."""
    pages = []
    for page in range(1, 13):
        lines = ["Harbour Guidelines, Version 2"]
        if page in (1, 2, 7, 8):
            lines.append("CLINICAL PRESENTATION")
        pages.append("\n".join(lines + _prose(page, 25)) + "\n")
    result = cleaner.clean("\f".join(pages))
    assert result.text.count("CLINICAL PRESENTATION") == 4
    assert result.text.count("Harbour Guidelines") == 0


@pytest.mark.parametrize(("second", "goes"), [
    ("Storm Damage and Repair", True),
    ("x12 y23 z34 w45 v56 u67", False),  # figures more than letters: a row of a table
    ("Quay", False),  # fewer than five letters
])
def test_a_second_line_beside_a_head_goes_only_when_it_is_words(second: str,
                                                                goes: bool) -> None:
    """Under a head whose number counts the pages, on pages of uneven length: a line of
    words goes with it (next to furniture); a row of figures or a word of four letters
    stays."""
    lengths = [21, 120, 24, 115, 22, 118, 23, 110]
    text, _ = _unmarked_pages(lengths, ["{page} Harbour Studies", second])
    result = cleaner.clean(text)
    assert (second in result.text) is not goes


def test_subsection_headings_on_pages_running_are_not_numbered_with_the_pages() -> None:
    """Parallel subsections (``5.2.1. Harbour Options`` on page 2, ``5.3.1.`` on page 3, …)
    have a number that rises with the pages; but a number a point and a figure follow
    is a level of a section's number, not a page's: the headings stay."""
    pages = []
    for page in range(1, 8):
        lines = _prose(page, 24)
        lines[10:10] = [f"5.{page}.1. Harbour Options"]
        pages.append("\n".join(lines) + "\n")
    result = cleaner.clean("\f".join(pages))
    assert result.text.count("Harbour Options") == 7


def test_headings_whose_section_numbers_differ_are_no_unmarked_head() -> None:
    """Without page marks, a line spaced like a head and run into sentences is a head;
    but copies whose section numbers differ (``5.341.1. Harbour Options``, ``5.342.1.
    …``) are sections' headings: a head carries its section's number on every page."""
    lengths = [30, 32, 31, 30, 33, 31]
    text, _ = _unmarked_pages(lengths, ["5.{page}.1. Harbour Options"])
    assert cleaner.clean(text).text.count("Harbour Options") == 6
    same, _ = _unmarked_pages(lengths, ["5.1. Harbour Options"])  # one section's head
    assert "Harbour Options" not in cleaner.clean(same).text


def test_a_line_repeated_in_listings_after_a_line_of_code_interrupts_nothing() -> None:
    """Four listings, regularly spaced through prose, each with ``3 typ=ab,`` after
    ``2 \\usepackage[…,``: a line of code leaves no sentence open, so the repeated line
    interrupts nothing, and stays in every listing."""
    rng = random.Random(7)
    lines = []
    for listing in range(4):
        lines += textwrap.wrap(" ".join(rng.choices(WORDS["en"], k=420)), 72)
        lines += [f"1 \\documentclass[{WORDS['en'][listing + 8]}]{{scrartcl}}",
                  f"2 \\usepackage[{WORDS['en'][listing + 4]},", "3 typ=ab,",
                  f"4 fach={WORDS['en'][listing]},", "5 ]{schule}"]
    text = "\n".join(lines) + "\nThe end.\n"
    assert cleaner.clean(text).text.count("3 typ=ab,") == 4


PIER = "the pier on the northern shore was"  # a full line: FULL_LINE_MIN_CHARS at least


@pytest.mark.parametrize(("lines", "interrupts"), [
    ([PIER, "vertical space", "built in a year"], True),
    ([PIER, "vertical space", "431 \\vspace*{\\baselineskip}", "built in a year"], False),
    ([PIER, "430 \\fi", "vertical space", "built in a year"], False),
    ([PIER, "", "vertical space", "", "431 \\vspace*{\\baselineskip}", "built in a year"],
     False),
], ids=["prose", "code-after", "code-before", "blank-lines-between"])
def test_a_copy_beside_a_line_of_code_interrupts_no_sentence(lines: list[str],
                                                             interrupts: bool) -> None:
    """uothesis' listing notes its lines (``vertical space`` over ``431
    \\vspace*{\\baselineskip}``); the code lines repeat, so the copy's neighbours of
    running text are notes before and after them, which leave a sentence open and go
    on. A copy right beside a line of code stands in a listing, and cuts no sentence."""
    doc = segment("\n".join(lines) + "\n")
    code = {line.index: 1 for line in doc.lines if line.text[:1].isdigit()}
    context = furniture._Context(doc, build(doc, frozenset()), set(), code, {}, 3)
    copy = lines.index("vertical space")
    assert context.interrupts(copy) is interrupts


def _pages_under_a_head(head: str, title: str) -> tuple[str, list[str]]:
    """A paper as pypdf writes ACM's conference format: nothing marks the pages, each
    page after the first opens on ``head`` (no page number) and ends its paragraph, so
    no head runs through a sentence; ``title`` lines open the document."""
    lines, prose = title.splitlines(), []
    for page in range(1, 9):
        paragraph = textwrap.wrap(" ".join(body("en", page, 30)), 72)
        prose += paragraph
        lines += ([head] if page > 1 else []) + paragraph
    return "\n".join(lines) + "\n", prose


def test_a_head_that_holds_the_title_goes_where_nothing_marks_the_pages() -> None:
    """Without page marks, a line spaced like a head that interrupts no sentence and
    counts no pages goes when it holds the document's title (``The Name of the Title
    Is Hope Conference acronym ’XX``, under the title ``The Name of the Title Is
    Hope``); the title stays, and every line of prose."""
    head = "Quayside Signals Manual Conference on Harbours 2018, Woodstock"
    title = "Quayside Signals Manual\nA. Oneill and B. Two\n"
    text, prose = _pages_under_a_head(head, title)
    result = cleaner.clean(text)
    assert result.text.splitlines() == [*title.splitlines(), *prose]
    assert {edit.evidence for edit in result.edits} == {"spaced_like_running_heads"}
    untitled, _ = _pages_under_a_head(head, "A. Oneill and B. Two\n")
    assert cleaner.clean(untitled).text.count(head) == 7  # a refrain, for all we know
    opening, _ = _pages_under_a_head(head + " include:", title)  # opens a list each time
    assert cleaner.clean(opening).text.count(head + " include:") == 7


SPREAD_HEADS = ("Conference on Harbours 2018, Woodstock A. Oneill et al.",  # even pages
                "Quayside Signals Manual Conference on Harbours 2018, Woodstock")  # odd pages


def _acm_spread(lines_a_page: int, heads: tuple[str, str] = SPREAD_HEADS, pages: int = 9,
                ) -> tuple[str, list[str]]:
    """A paper as pypdf writes ACM's conference format over ``pages`` pages: nothing marks
    the pages, the even pages open on the venue and the authors, the odd ones on the
    title and the venue, no head runs through a sentence. Returns the text and its
    prose."""
    lines, prose = ["Quayside Signals Manual", "A. Oneill and B. Two"], []
    for page in range(1, pages + 1):
        paragraph = textwrap.wrap(" ".join(body("en", page, lines_a_page)), 72)
        prose += paragraph
        head = heads[page % 2]
        lines += ([head] if page > 1 and head else []) + paragraph
    return "\n".join(lines) + "\n", prose


@pytest.mark.parametrize(("lines_a_page", "pages"), [(58, 9), (120, 9), (58, 7)])
def test_the_two_heads_of_a_spread_go_where_nothing_marks_the_pages(lines_a_page: int,
                                                                    pages: int) -> None:
    """The odd pages' head holds the title: it goes, its copies two pages apart however
    long a page of two columns is. The even pages' head holds no title and cuts no
    sentence, but takes turns with it, one copy between every two, a page apart: it is
    the spread's other head, and goes. The title and every line of prose stay."""
    text, prose = _acm_spread(lines_a_page, pages=pages)
    result = cleaner.clean(text)
    assert result.text.splitlines() == ["Quayside Signals Manual", "A. Oneill and B. Two",
                                        *prose]
    each = (pages - 1) // 2  # three or four copies of each head
    assert sorted((edit.removed.strip(), edit.evidence) for edit in result.edits) == sorted(
        [(SPREAD_HEADS[0], "takes_turns")] * each
        + [(SPREAD_HEADS[1], "spaced_like_running_heads")] * each)


@pytest.mark.parametrize(("title_first", "first_copy", "pages", "removed", "note_after"), [
    (True, "note", 9, {"authors": 4, "title": 4, "venue": 8}, 30),
    # the note at the foot of the first page, a few lines over the second page's head
    (True, "note", 9, {"authors": 4, "title": 4, "venue": 8}, 52),
    (True, "none", 6, {"authors": 3, "title": 2, "venue": 3}, 30),  # the title a third copy
    (True, "cut", 9, {"authors": 4, "title": 4, "venue": 9}, 30),  # a head misplaced
    (True, "top", 9, {"authors": 4, "title": 4, "venue": 9}, 30),  # the first page's head
    (False, "note", 9, {}, 30),  # no title the odd pages' head repeats: a refrain, maybe
])
def test_the_heads_of_a_spread_written_on_two_lines_go_and_the_title_stays(
        title_first: bool, first_copy: str, pages: int, removed: dict[str, int],
        note_after: int) -> None:
    """PyMuPDF writes ACM's heads on two lines: the odd pages' ``The Name of the Title Is
    Hope`` over the venue, the even pages' venue over ``Trovato et al.``. The odd pages'
    first line is then the title itself, copy for copy: it holds the title as a head
    run on with the venue does, and goes, two pages apart; the even pages' line takes
    turns with it, and the venue stands next to both. The title over the authors stays,
    and so does the venue in the first page's copyright note, before any head (not one
    that cuts a sentence in two, nor one among the first lines, where a head may stand),
    and every line of prose. On six pages the odd pages' head (the title alone) has two
    copies, one cutting a sentence: the title makes the third, and stays, where nothing
    marks the pages to set its page apart, and takes the first turn with the even pages'
    head, which goes, and the venue beside it. The heads are a page apart without the
    note's copy, however near the first page's foot it stands (sigconf through
    PyMuPDF, its pages run together)."""
    title, authors = "Quayside Signals Manual", "A. Oneill et al."
    lines = [title, "A. Oneill and B. Two"] if title_first else ["A. Oneill and B. Two"]
    if first_copy == "top":
        lines.insert(1, VENUE)
    prose: list[str] = []
    for page in range(1, pages + 1):
        paragraph = textwrap.wrap(" ".join(body("en", page, 58)), 72)
        head = ([title] if pages < 9 else [title, VENUE]) if page % 2 else [VENUE, authors]
        if page == 5 and pages < 9:  # a sentence runs over the head: it is a head
            prose[-1] = lines[-1] = lines[-1].rstrip(".") + " and the"
            paragraph[0] = "harbour " + paragraph[0][0].lower() + paragraph[0][1:]
        if page == 1 and first_copy == "cut":
            paragraph[note_after - 1] = paragraph[note_after - 1].rstrip(".") + " and the"
            paragraph[note_after] = "harbour " + paragraph[note_after]
            paragraph.insert(note_after, VENUE)
        prose += [line for line in paragraph if line != VENUE]
        if page == 1 and first_copy == "note":  # the note at the foot of the first column
            paragraph = paragraph[:note_after] + COPYRIGHT_NOTE + paragraph[note_after:]
        lines += (head if page > 1 else []) + paragraph
    result = cleaner.clean("\n".join(lines) + "\n")
    gone = Counter(edit.removed.strip() for edit in result.edits)
    heads = {"title": title, "authors": authors, "venue": VENUE}
    assert {name: gone[line] for name, line in heads.items() if gone[line]} == removed
    kept = [line for line in result.text.splitlines() if line not in heads.values()]
    note = [*COPYRIGHT_NOTE[:2], COPYRIGHT_NOTE[3]] if first_copy == "note" else []
    assert kept == ["A. Oneill and B. Two", *prose[:note_after], *note, *prose[note_after:]]
    assert result.text.startswith(title) == title_first


def test_a_line_that_takes_turns_with_no_head_stays() -> None:
    """Alone, the even pages' head is a line repeated at regular intervals that cuts no
    sentence and holds no title: a refrain, for all we know, and it stays. Nor does a
    line go for taking turns with another line that stays."""
    text, _ = _acm_spread(58, (SPREAD_HEADS[0], ""))
    assert cleaner.clean(text).text == text
    untitled = (SPREAD_HEADS[0], "Signals Conference on Harbours 2018, Woodstock")
    text, _ = _acm_spread(58, untitled)
    assert cleaner.clean(text).text == text


@pytest.mark.parametrize("change", ["twice on a page", "pages unlike"])
def test_a_line_that_does_not_keep_turns_with_the_head_stays(change: str) -> None:
    """The even pages' line goes for taking turns with the odd pages' head only when it
    keeps them: a copy between every two of the head's, and every step a page alike. A
    second copy on a page (two between two heads), or even pages of 25 lines between odd
    ones of 100, and it stays, while the head that holds the title goes."""
    if change == "twice on a page":
        text, _ = _acm_spread(58)
        lines = text.splitlines()
        second = lines.index(SPREAD_HEADS[0], lines.index(SPREAD_HEADS[1]))
        lines.insert(second + 30, SPREAD_HEADS[0])
    else:
        lines = ["Quayside Signals Manual", "A. Oneill and B. Two"]
        for page in range(1, 10):
            paragraph = textwrap.wrap(" ".join(body("en", page, 100 if page % 2 else 25)), 72)
            lines += ([SPREAD_HEADS[page % 2]] if page > 1 else []) + paragraph
    result = cleaner.clean("\n".join(lines) + "\n")
    assert SPREAD_HEADS[1] not in result.text
    assert result.text.count(SPREAD_HEADS[0]) == lines.count(SPREAD_HEADS[0])


def test_a_line_that_cuts_a_sentence_two_pages_apart_stays() -> None:
    """Only a head that holds the title may stand two pages apart (an odd page's head
    where a page of two columns is long): a short line cutting a sentence once, 350
    lines of text after the one before, is a list's item or a heading, and stays."""
    prose = textwrap.wrap(" ".join(body("en", 1, 1200)), 72)
    lines = []
    for part in range(3):
        lines += prose[part * 350:(part + 1) * 350]
        if part == 1:  # a sentence the line cuts
            lines[-1] = lines[-1].rstrip(".") + " and the"
            lines += ["Harbour signals", "cooperative budget of the pier was voted."]
        else:
            lines.append("Harbour signals")
    lines += prose[1050:1060]
    text = "\n".join(lines) + "\n"
    assert cleaner.clean(text).text.count("Harbour signals") == 3


def test_a_garbled_copy_of_a_head_dropped_into_a_sentence_goes() -> None:
    """A copy of the head in the middle of a page, garbled otherwise than the copies at
    the edges (``Harbour Studles``) and no heading-shaped title of a section: it goes
    because it stands between the two halves of a sentence, and only for that."""
    head = "Harbour Studies"
    pages = []
    for page in range(1, 9):
        lines = [head, *_prose(page, 24)]
        lines[-1] = lines[-1].removesuffix(" and the") + "."
        if page == 6:
            lines[10:10] = ["Harbour Studles"]
        pages.append("\n".join(lines) + "\n")
    result = cleaner.clean("\f".join(pages))
    assert "Harbour Stud" not in result.text
    assert sum(edit.reason == "boilerplate_line" for edit in result.edits) == 9


@pytest.mark.parametrize(("head", "lengths", "goes"), [
    ("Harbour Report SR-05-78 {page}", [30, 34, 5, 32, 30, 6, 33], True),
    ("Harbour Report SR-05-78", [30, 34, 5, 32, 30, 6, 33], False),  # counts no pages
    ("Harbour Report SR-05-78", [30, 34, 25, 32, 30, 26, 33], True),  # pages alike
    ("Harbour Report SR-05-78 {page}", [30, 5, 6, 32, 5, 6, 4], False),  # mostly near
    ("Harbour Report SR-05-78", [30, 34, 14, 32, 30, 33], False),  # even, but one near
])
def test_a_head_that_numbers_its_pages_goes_though_some_pages_are_short(
        head: str, lengths: list[int], goes: bool) -> None:
    """Pages run together (pypdf), and a page of figures or a table has a few lines of
    running text: its head stands near the next. A head whose number counts the pages
    one by one goes when most of its copies stand a page apart; a head that counts
    nothing, or copies mostly a few lines apart, stays where some are near."""
    text, content = _unmarked_pages(lengths, [head])
    result = cleaner.clean(text)
    evidence = [edit.evidence for edit in result.edits if edit.reason == "boilerplate_line"]
    assert evidence == (["spaced_like_running_heads"] * len(lengths) if goes else [])
    kept = result.text.split("\n")
    assert all(line in kept for line in content)


@pytest.mark.parametrize("contents", [False, True], ids=["alone", "listed"])
@pytest.mark.parametrize("label", ["Kapitel {n}", "Chapter {n}", "Lecture {n}",
                                   "Capı\u0301tulo {n}",  # an accent set apart, as extracted
                                   "Hoofdstuk\n\n{n}"])  # the number under the word
def test_chapters_of_a_page_each_keep_their_numbered_labels(label: str, contents: bool) -> None:
    """A thesis template whose chapters are a page each: every page opens on the
    chapter's label (``Kapitel 3``, or ``Hoofdstuk`` over its ``3``) and title, and ends
    on its page number. The labels stand at the page edges on every page, alike once the
    figures are masked; but each number stands once (or twice, ``contents``: once in a
    list of them all first, and once over its chapter): each names its own chapter, and
    all stay. The page numbers go. A running head repeats its chapter's number on each
    page of the chapter (below)."""
    titles = ["Einleitung", "Die Abschlussarbeit", "Zum Arbeiten mit LaTeX", "Abbildungen",
              "Mathematische Formeln", "Umgang mit Literatur", "Drucken", "Schlussbemerkungen"]
    pages = [f"{label.format(n=n)}\n{title}\n" + "\n".join(body("en", n, lines=3)) + f"\n{n}\n"
             for n, title in enumerate(titles, 1)]
    if contents:
        pages.insert(0, "Contents\n" + "".join(f"{label.format(n=n)}\n{title}\n"
                                               for n, title in enumerate(titles, 1)))
    result = cleaner.clean("\f".join(pages))
    assert [edit.reason for edit in result.edits if edit.removed.strip() and
            not edit.removed.strip().isdigit()] == []
    for n in range(1, 9):
        assert result.text.count(f"{label.format(n=n)}\n") == 1 + contents
    assert [edit.removed.strip() for edit in result.edits if edit.reason == "page_number"] \
        == [str(n) for n in range(1, 9)]
    heads = [f"{label.format(n=(n + 1) // 2)}\n" + "\n".join(body("en", n, lines=6)) + "\n"
             for n in range(1, 9)]  # two pages a chapter, its head on both
    assert cleaner.clean("\f".join(heads)).text.count(label.format(n=1)) == 0


@pytest.mark.parametrize("listed", [1, 4], ids=["first-alone", "all-alone"])
def test_chapter_labels_listed_in_part_in_the_contents_stay(listed: int) -> None:
    """A university's thesis guide: its contents list ``Chapter 1.`` alone on its line
    (the title on the next) and the other chapters with their titles (its other sample:
    all four alone), then each chapter opens a page on ``CHAPTER 2`` over its title, two
    or three pages a chapter. The labels are alike once the figures are masked, four at
    page edges, but the numbers count up, then up again: the contents, then the
    chapters. All stay; a running head repeats its chapter's number on every page of
    the chapter (below)."""
    titles = ["Introduction", "University Microfilms", "General Format Requirements",
              "Order of Sections"]
    contents = "Contents\n" + "".join(  # ``listed`` of them alone on their line
        f"Chapter {n}.\n{title}\n" if n <= listed else f"Chapter {n}. {title}\n"
        for n, title in enumerate(titles, 1))
    pages, page = [contents + "2\n"], 3
    for n, title in enumerate(titles, 1):
        for turn in range(2 + n % 2):
            opening = f"CHAPTER {n}\n{title}\n" if turn == 0 else f"{n}. {title}\n"
            pages.append(opening + "\n".join(body("en", page, lines=5)) + f"\n{page}\n")
            page += 1
    result = cleaner.clean("\f".join(pages))
    for n in range(1, 5):
        assert f"\fCHAPTER {n}\n" in result.text
    assert all(f"Chapter {n}.\n" in result.text for n in range(1, listed + 1))
    heads = [f"CHAPTER {n}\n" + "\n".join(body("en", page, lines=6)) + "\n"
             for page, n in enumerate((1, 1, 1, 2, 3, 4))]  # chapter 1's on three pages
    assert "CHAPTER" not in cleaner.clean("\f".join(heads)).text


def _samples(title: str, on: range, second: int, between: tuple[str, str] = ("", "")) -> str:
    """Pages 14 to 26 of a thesis guide under its running heads and page numbers, a
    title page before them; pages ``on`` open on ``title`` over a sample, and page
    ``second`` has a second sample amid its text, under a caption (or, ``between``,
    between two halves of a sentence)."""
    pages = ["A Manual for Theses\n" + "\n".join(body("en", 13, lines=8)) + "\n"]
    for page in range(14, 27):
        head = "4. Order of Sections" if page % 2 == 0 else "4.3. Notes for Contents"
        lines = [head, str(page)]
        if page in on:
            lines += [title, *body("en", page, lines=6), f"Figure {page - 18}. A sample"]
        if page == second and between[0]:
            lines += [*body("en", 300 + page, lines=3), between[0], title, between[1]]
        elif page == second:
            lines += ["Figure 9. A sample", title, *body("en", 100 + page, lines=6)]
        lines += body("en", 200 + page, lines=8)
        pages.append("\n".join(lines) + "\n")
    return "\f".join(pages)


@pytest.mark.parametrize("title", ["STATEMENT BY AUTHOR", "Sample Title Page"])
def test_a_forms_title_over_each_sample_stays_though_pages_open_on_it(title: str) -> None:
    """A thesis guide shows the author's statement in four samples, one a page on pages
    19 and 21 and two on page 20, under the guide's running heads and page numbers: the
    title over each sample stands third at the top of three pages in a row, as a second
    head line would, but on page 20 it stands again amid the text, under a figure's
    caption, two to a page, which a head never does. All four stay; the heads go."""
    result = cleaner.clean(_samples(title, range(19, 22), 20))
    assert result.text.count(f"{title}\n") == 4
    assert "Order of Sections" not in result.text and "Notes for Contents" not in result.text
    once = _samples(title, range(19, 22), 0)  # once a page: stacked under the heads, it goes
    assert once.count(title) == 3 and title not in cleaner.clean(once).text


@pytest.mark.parametrize(("title", "on", "second", "between", "left"), [
    # amid the text of a page whose edge holds none: the heading its heads repeat
    ("STATEMENT BY AUTHOR", range(19, 22), 22, ("", ""), 1),
    ("the statement of the author as printed", range(19, 22), 20, ("", ""), 1),  # no heading
    ("STATEMENT BY AUTHOR", range(19, 22), 20,  # between two halves of a sentence: a head
     ("Report harbour keeper tide storm cargo vote the office keeps for the",
      "committee crane of the college to read in the timber ferry report pier."), 0),
    ("STATEMENT BY AUTHOR", range(19, 24), 20, ("", ""), 1),  # five pages in a row: a head
], ids=["page-without-one-at-its-edge", "no-heading", "interrupting", "five-pages"])
def test_a_second_copy_amid_a_pages_text_keeps_no_head(title: str, on: range, second: int,
                                                       between: tuple[str, str],
                                                       left: int) -> None:
    """Where the copy amid the text is no second copy of its page (its page's edge holds
    none), reads as no heading, interrupts a sentence, or the copies top five pages in a
    row, the copies at the page edges are a head and go; a heading amid the text keeps
    its copy (the one that introduces its section), a line interrupting a sentence goes."""
    text = _samples(title, on, second, between)
    assert cleaner.clean(text).text.count(title) == left


def test_a_heading_amid_pages_told_from_their_numbers_keeps_no_head() -> None:
    """A manual through PyMuPDF, its pages run together: each page opens on the section's
    number and name (``7`` / ``USAGE``), then the page's number, and section 7's heading
    ``Usage`` stands amid page 8's text. Pages told from their numbers end on the head of
    the next, so the heading stands on a page whose edge holds a head, as a form's title
    over a second sample would (above); without form feeds that tells nothing, and the
    heads go."""
    pages = ["A Manual for the Template\n" + "\n".join(_prose(6, 24)) + "\n6"]
    for page in range(7, 11):
        lines = ["7", "USAGE", str(page), *_prose(page, 24)]
        if page == 8:
            lines[12:12] = ["Usage", "Options are given as keys with values, as follows."]
        pages.append("\n".join(lines))
    result = cleaner.clean("\n".join(pages) + "\n")
    assert "USAGE" not in result.text and "\nUsage\n" in result.text


def test_an_exam_set_two_pages_to_a_sheet_keeps_none_of_its_heads_but_one() -> None:
    """An exam set two pages to an A3 sheet, three sheets: each half opens on the exam's
    title over the lines for the name and the student's number, so the title stands at
    the top of each sheet and again amid its text, two to a sheet on most sheets, which
    a form's title over its samples does not do (above). The heads go, but one copy
    amid the text, the heading that introduces the exam."""
    sheets = []
    for sheet in range(3):
        halves = [["Mathematics Exam A", "Name", "Student number",
                   *body("en", 10 * sheet + half, lines=7)] for half in range(2 if sheet else 1)]
        sheets.append("\n".join(line for half in halves for line in half) + "\n")
    text = "\f".join(sheets)
    assert text.count("Mathematics Exam A") == 5
    assert cleaner.clean(text).text.count("Mathematics Exam A") == 1


def test_a_one_word_head_over_its_pages_number_goes() -> None:
    """Each page opens on the head ``Bibliography`` over the page's number (the numbers
    count the pages): the word over a number that differs on every page reads as a
    chapter's label, but those numbers are the pages', and the head goes with them."""
    pages = ["Bibliography\n" + f"{n}\n" + "\n".join(body("en", n, lines=6)) + "\n"
             for n in range(1, 9)]
    result = cleaner.clean("\f".join(pages))
    assert "Bibliography" not in result.text
    assert [edit.removed.strip() for edit in result.edits if edit.reason == "page_number"] \
        == [str(n) for n in range(1, 9)]


@pytest.mark.parametrize("label", ["MS-{n}", "HURT-{n}", "Page {n}."])
def test_a_page_label_of_one_word_goes_though_each_number_stands_once(label: str) -> None:
    """Guidelines label each page at its foot (``MS-1``, ``MS-2`` …): each number stands
    once, as a chapter's label's does, but the label is one word, as a page's is (or a
    word and a number with a point on every copy, ``Page 1.``, as a notebook's pages and
    a list's items are, and no chapter's), and stands at the page edges of a run of
    pages: it goes."""
    pages = ["\n".join(body("en", n, lines=8)) + f"\n{label.format(n=n)}\n"
             for n in range(11, 19)]
    result = cleaner.clean("\f".join(pages))
    assert [edit.removed.strip() for edit in result.edits] == [label.format(n=n)
                                                               for n in range(11, 19)]


def _reference_pages(head: str, lengths: list[int], headless: frozenset[int] = frozenset(),
                     ) -> str:
    """A reference manual run together as pypdf writes it: pages of the given lengths in
    lines, each ending on a finished paragraph (no sentence runs over a page), each
    opened by ``head`` (``{page}`` numbered from 9) but the ``headless`` pages."""
    pages = []
    for page, length in enumerate(lengths, 9):
        lines = _prose(page, length)
        lines[0] = lines[0].removeprefix("and ").capitalize()
        lines[-1] = lines[-1].removesuffix(" and the") + "."
        pages.append("\n".join([*([] if page in headless else [head.format(page=page)]),
                                *lines]))
    return "\n".join(pages) + "\n"


@pytest.mark.parametrize(("head", "lengths", "goes"), [
    ("Chapter 4: Function reference {page}", [30, 34, 28, 33, 31, 29], True),
    ("{page} Chapter 4: Function reference", [30, 34, 28, 33, 31, 29], True),
    # a section's number: it rises once a section, and sections are not alike in length
    ("Part {page} of the Harbour Report", [30, 90, 28, 64, 31, 120], False),
    ("Chapter {page}", [30, 34, 28, 33, 31, 29], False),  # a bare number and a word
    ("Chapter 4: Function reference {page}", [30, 34, 28], False),  # three: too few to tell
    ("Chapter 4: Function reference {page}", [30, 34, 28, 33], True),  # four: enough
    ("Harbour Reference {page}", [30, 34, 28, 33, 31, 29], True),  # two words: enough
    # a page of a figure (two lines of text) and a page of a table (three) among eleven:
    # most pages are alike in length, and the head counts them
    ("Harbour Reference {page}", [30, 34, 28, 33, 2, 31, 29, 32, 30, 3, 31], True),
    ("Part {page} of the Harbour Report", [30, 90, 28, 64, 31, 120, 45, 70, 25, 100], False),
])
def test_a_head_numbered_with_its_pages_goes_though_no_sentence_runs_over_a_page(
        head: str, lengths: list[int], goes: bool) -> None:
    """In a manual whose pages end on finished paragraphs, no head interrupts a sentence.
    A number in the head that rises by one a copy, with as much text between any two
    copies as a page holds, counts the pages: the head goes. A number that rises once a
    section, sections of any length, is a section's; a bare ``Chapter 10`` is a heading."""
    text = _reference_pages(head, lengths)
    result = cleaner.clean(text)
    found = [edit.evidence for edit in result.edits if edit.reason == "boilerplate_line"]
    assert found == (["spaced_like_running_heads"] * len(lengths) if goes else [])


def test_a_head_that_skips_pages_counts_them_a_step_at_a_time() -> None:
    """Pages without the head (a page of a figure, a chapter's opening) make the number
    step by two or three: the text between two copies is then as long per step, not in
    all, as a page's, and the head counts its pages still (three pages at most in one
    step: more apart is no page's head)."""
    lengths = [30, 34, 28, 33, 31, 29, 32, 30, 33, 31, 29, 32]
    headless = frozenset({12, 14, 15, 19})  # steps of one, two and three pages
    text = _reference_pages("Harbour Reference {page}", lengths, headless)
    result = cleaner.clean(text)
    found = [edit.evidence for edit in result.edits if edit.reason == "boilerplate_line"]
    assert found == ["spaced_like_running_heads"] * (len(lengths) - len(headless))


JOURNAL, AUTHORS = "Journal of Harbour Studies", "A. One and B. Two"


def _two_columns(heads: Any, pages: int = 8) -> tuple[str, list[str]]:
    """Pages as pdftotext reads a two-column paper, one column after the other, each page
    a form feed apart: ``heads(page)`` (a list of lines, page from 0) stands between the
    columns, mid-page, never at an edge. The text, and its lines of prose."""
    texts, prose = [], []
    for page in range(pages):
        lines = body("en", page, lines=6)
        prose += lines
        texts.append("\n".join([*lines[:3], *heads(page), *lines[3:]]) + "\n")
    return "\f".join(texts), prose


def test_the_two_heads_of_a_spread_go_though_they_stand_mid_page() -> None:
    """The journal's name over even pages, the authors over odd ones (the first page has
    neither), which pdftotext puts between the columns: never at an edge, not once on
    every page each; but each stands once on every other page, and the other on each
    page between. Both go; every line of prose stays."""
    text, prose = _two_columns(lambda page: [JOURNAL if page % 2 else AUTHORS] if page else [])
    result = cleaner.clean(text)
    assert [line for line in result.text.replace("\f", "\n").split("\n") if line] == prose
    assert {edit.evidence for edit in result.edits} == {"takes_turns"}
    assert all("one on every other page, another line on each page between" in edit.message
               for edit in result.edits)


@pytest.mark.parametrize(("heads", "kept"), [
    (lambda page: [JOURNAL] if page % 2 else [], [JOURNAL] * 4),  # nothing takes turns
    (lambda page: [JOURNAL, AUTHORS] if page % 2 else [AUTHORS],  # the other on every page
     [JOURNAL] * 4 + [AUTHORS] * 8),
    (lambda page: [JOURNAL] if page % 2 else [AUTHORS] if page < 5 else [],  # some pages
     [JOURNAL] * 4 + [AUTHORS]),  # (the authors take turns with it over pages 1 to 5)
    (lambda page: [JOURNAL] if page % 2 else ["Note"] if page else [],  # four letters
     ["Note"] * 3),
    (lambda page: [JOURNAL] if page % 2 else ['"Harbour" "Quay"'] if page else [],  # cells
     ['"Harbour" "Quay"'] * 3),
    # a word of the text, in two cases: a head is printed alike on every page
    (lambda page: [JOURNAL] if page % 2 else ["Solution" if page == 4 else "solution"]
     if page else [], ["Solution", "solution", "solution"]),
], ids=["alone", "with-one-on-every-page", "on-some-pages-between", "short", "not-words",
        "in-two-cases"])
def test_lines_that_do_not_take_turns_page_by_page_stay_mid_page(heads: Any,
                                                                  kept: list[str]) -> None:
    """A line on every other page stays when no other line fills the pages between, or
    fills only some of them, or when that line stands on its pages too (a line on
    every page); and a short line, one of quoted cells or a word in two cases
    (seu-ml-assign's option ``solution`` and its heading ``Solution``) stays, though the
    line it takes turns with goes."""
    text, _ = _two_columns(heads)
    result = cleaner.clean(text)
    assert sorted(line for line in result.text.replace("\f", "\n").split("\n")
                  if line in (JOURNAL, AUTHORS, "Note", '"Harbour" "Quay"', "Solution",
                              "solution")) == sorted(kept)


ALLOCATE = "We allocate a box register for use in tallying the column inches of floats of this"
FOOTNOTE = "Whether the committee meets in winter or in spring (see the note on page 3 for"


@pytest.mark.parametrize(("sentence", "repeated"), [
    (lambda page: [ALLOCATE, "type."], ALLOCATE),  # the line under finishes it
    (lambda page: [f"{page}. {FOOTNOTE}", "more details on the repair of the pier)."],
     "more details on the repair of the pier)."),  # it finishes a footnote numbered apart
], ids=["finished-below", "finishing-above"])
def test_a_sentence_written_on_every_other_page_is_no_head_that_takes_turns(
        sentence: Any, repeated: str) -> None:
    """A sentence of two lines the author wrote on every other page (revtex's manual: the
    same note on each kind of float), which the authors' head takes turns with: the
    repeated line and the rest of its sentence stay, the head goes."""
    text, _ = _two_columns(lambda page: sentence(page) if page % 2 else [AUTHORS] if page else [])
    result = cleaner.clean(text)
    lines = result.text.replace("\f", "\n").split("\n")
    assert lines.count(repeated) == 4
    assert AUTHORS not in lines
    assert {edit.evidence for edit in result.edits} == {"takes_turns"}


def test_sibling_sentences_that_end_apart_stay_though_spaced_like_heads() -> None:
    """A manual writes one sentence for each of four commands, three pages apart, where
    only page numbers mark the pages (pypdf): its middle lines alike, its first line
    ending alike (``…the formula of Varignon``) and its last line the same three times
    and another once. The middle lines are spaced like running heads, and one copy
    interrupts a sentence as read around it; but the sentence runs through every copy
    from the same line over it, to a line of its own under it: siblings, which stay."""
    endings = ["the solid concerned. In the example that follows, the command gives",
               "the element applying the force on a solid S. In the example that",
               "the solid concerned. In the example that follows, the command gives",
               "the solid concerned. In the example that follows, the command gives"]
    sentence = ["between two points A and B in any frame R. It takes as its arguments",
                "in order the point already known, then the point to evaluate and then"]
    lines = []
    for page in range(1, 13):
        lines += textwrap.wrap(" ".join(body("en", page, lines=18)), 72)[:20]
        if page % 3 == 2:
            opening = textwrap.wrap(" ".join(body("en", page + 50, lines=1)), 30)[0]
            lines += [f"{opening} writes the formula of Varignon", *sentence,
                      endings[page // 3], body("en", page + 70, lines=1)[0]]
        lines += [*textwrap.wrap(" ".join(body("en", page + 100, lines=18)), 72)[:20], str(page)]
    result = cleaner.clean("\n".join(lines) + "\n")
    assert [result.text.count(line) for line in sentence] == [4, 4]
    assert {edit.kind for edit in result.edits} == {"page_number"}


def test_a_foot_of_two_lines_that_are_one_sentence_goes() -> None:
    """A licence's note at each page's foot, one sentence over two lines, the same on
    every page (ASME's contractor template): the page edges show it is furniture, and
    both lines go, though each line's sentence runs on into the other alike."""
    foot = ["The United States Government retains a non-exclusive and irrevocable,",
            "paid-up licence to publish this work for Government purposes."]
    text = "\f".join("\n".join([*body("en", page, lines=8), *foot]) + "\n"
                     for page in range(6))
    result = cleaner.clean(text)
    assert not any(line in result.text for line in foot)
    assert {edit.evidence for edit in result.edits} == {"page_edges"}


@pytest.mark.parametrize("through", [False, True], ids=["ending-it", "reading-through"])
def test_a_head_that_reads_on_from_the_line_over_each_copy_still_goes(through: bool) -> None:
    """A head in small letters that could end the sentence the line over it leaves open,
    on each of its pages, or go on with it to the line under it, is no sentence written
    again: those lines differ from page to page. It takes turns with the authors' head,
    and both go."""
    head = "quarterly notes of the harbour" + ("" if through else ".")
    text, _ = _two_columns(lambda page: [head] if page % 2 else [AUTHORS] if page else [])
    lines = text.split("\n")
    for at in [at for at, line in enumerate(lines) if line == head]:
        lines[at - 1] = lines[at - 1].removesuffix(".") + " and the"
        if through:
            lines[at + 1] = lines[at + 1][0].lower() + lines[at + 1][1:]
    result = cleaner.clean("\n".join(lines))
    assert head not in result.text and AUTHORS not in result.text


def test_two_lines_that_take_turns_over_fewer_than_five_pages_stay() -> None:
    """Two copies each, where two are enough to judge: four pages of turns are too few."""
    text, _ = _two_columns(lambda page: [JOURNAL] if page in (1, 3) else
                           [AUTHORS] if page in (2, 4) else [], pages=5)
    result = cleaner.clean(text, Options(boilerplate_min_repeats=2))
    assert result.text.count(JOURNAL) == 2 and result.text.count(AUTHORS) == 2


def test_a_spreads_head_on_the_first_page_away_from_its_edges_stays() -> None:
    """The first page prints the title the odd pages' head repeats, mid-page (or the
    contents list the head's chapter): that copy stays, the heads go."""
    text, _ = _two_columns(lambda page: [AUTHORS if page % 2 else JOURNAL])
    result = cleaner.clean(text)
    assert result.text.count(JOURNAL) == 1 and AUTHORS not in result.text
    assert result.text.index(JOURNAL) < result.text.index("\f")


@pytest.mark.parametrize("landscape_head", ["lost", "mid-page"])
def test_alternating_heads_go_though_a_landscape_page_lacks_its_head(
        landscape_head: str) -> None:
    """The authors head the even pages, the journal the odd ones, at the top (pdftotext,
    a form feed between pages); page 6 is a table set landscape, its head turned with
    it: lost, or read mid-page among the table's rows. The authors' copies at the top
    of pages 2 and 4, then 8 and 10, are one run of alternating heads with one page
    between that lacks its copy: they go, and so does the copy mid-page, which takes
    turns with the journal's line like the others. Every line of prose stays."""
    pages, prose = [], []
    for page in range(12):
        lines = body("en", page, lines=8)
        prose += lines
        head = [] if page == 0 else [AUTHORS] if page % 2 == 0 else [JOURNAL]
        if page == 6:
            rows = ["Harbour Quay Depth", "North 12 4.5", "South 9 3.8"]
            prose[-8:] = [*lines[:4], *rows, *lines[4:]]
            head, lines = [], [*lines[:4], *rows[:2],
                               *([AUTHORS] if landscape_head == "mid-page" else []),
                               rows[2], *lines[4:]]
        pages.append("\n".join([*head, "", *lines]) + "\n")
    result = cleaner.clean("\f".join(pages))
    assert [line for line in result.text.replace("\f", "\n").split("\n") if line] == prose
    assert AUTHORS not in result.text and JOURNAL not in result.text


@pytest.mark.parametrize(("pages", "minimum", "runs"), [
    ([1, 2, 3], 3, {1, 2, 3}),                  # consecutive
    ([1, 3, 5], 3, {1, 3, 5}),                  # alternating
    ([1, 3, 7, 9], 3, {1, 3, 7, 9}),            # alternating, page 5 without its copy
    ([1, 3, 5, 9, 11], 3, {1, 3, 5, 9, 11}),
    ([1, 3, 7, 9], 4, set()),                   # a page lacking: one copy more than minimum
    ([8, 12, 14, 16, 18], 3, {12, 14, 16, 18}),  # one copy alone sets no step
    ([1, 3, 8, 10], 3, set()),                  # two pages between: chapters, unevenly
    ([2, 3, 7, 9], 3, set()),                   # runs that step otherwise
], ids=case_id)
def test_the_runs_of_pages_copies_stand_on(pages: list[int], minimum: int,
                                           runs: set[int]) -> None:
    assert furniture._page_runs(pages, minimum) == runs


def test_a_sections_title_stays_though_the_heads_after_it_take_turns_with_another() -> None:
    """The bibliography opens mid-page on page 2 under its title, ``References``; the
    even pages after it are headed with that title, the odd ones with the journal's
    name. The title and its heads take turns with the journal's line page by page, but
    the title stands before every head, among the text: it opens its section and
    stays; the heads go."""
    pages = []
    for page in range(10):
        lines = body("en", page, lines=8)
        if page == 2:
            lines = [*lines[:4], "References", *lines[4:]]
        head = [JOURNAL] if page % 2 else ["References"] if page >= 4 else []
        pages.append("\n".join([*head, "", *lines]) + "\n")
    result = cleaner.clean("\f".join(pages))
    assert result.text.count("References") == 1 and JOURNAL not in result.text
    assert "\nReferences\n" in result.text.split("\f")[2]


def test_page_numbers_kept_by_option_still_mark_the_pages() -> None:
    """With ``remove_page_numbers`` off the numbers stay, but the pages they mark are
    the same: where nothing else marks them (pypdf: no form feeds, no blank lines), the
    head at the top of every page still goes from the page edges."""
    lines = []
    for page in range(1, 9):
        lines += ["Harbour Guide", *textwrap.wrap(" ".join(body("en", page, 14)), 72), str(page)]
    text = "\n".join(lines) + "\n"
    kept = cleaner.clean(text, Options(remove_page_numbers=False))
    assert "Harbour Guide" not in kept.text
    assert [line for line in kept.text.split("\n") if line.isdigit()] == [
        str(page) for page in range(1, 9)]
    assert [line for line in cleaner.clean(text).text.split("\n") if line] == [
        line for line in kept.text.split("\n") if line and not line.isdigit()]


@pytest.mark.parametrize(("heads", "title_stays"), [
    ({"even": "The Harbour Ledger", "odd": "Trovato et al."}, True),  # an article's spread
    ({"even": "The Harbour Ledger", "odd": "The Harbour Ledger"}, False),  # every page: APA's
])
def test_the_title_a_head_repeats_stays_on_the_first_page(heads: dict[str, str],
                                                           title_stays: bool) -> None:
    """An article's first page carries no head: its title opens it, and the head on
    every other page after repeats that title (the authors' names head the pages
    between). The title stays, with the first page's text; the heads go. A head on
    every page, the second too, heads the first page as well (APA heads its title
    page), and goes there too."""
    pages = []
    for page in range(9):
        lines = _prose(page, 30)
        if page == 0:
            lines = ["The Harbour Ledger", "BEN TROVATO, Institute for Clarity", *lines]
        else:
            lines = [heads["even" if page % 2 == 0 else "odd"], *lines]
        pages.append("\n".join(lines) + "\n")
    result = cleaner.clean("\f".join(pages))
    assert result.text.startswith("The Harbour Ledger\nBEN TROVATO") is title_stays
    assert result.text.count("The Harbour Ledger") == int(title_stays)
    assert "Trovato et al." not in result.text


def test_a_chapter_s_heading_stays_though_the_contents_name_it_too() -> None:
    """A chapter opens on its heading at the top of a page (``User documentation``), its
    head repeats it on every page after (``2. User documentation``), and the contents
    name it once more (``2 User documentation``): the copy worded otherwise than the
    heads that go is the heading, whatever other copies stay."""
    pages = ["Contents\n1 Introduction\n2 Harbour Works Of The North\n" + "\n".join(_prose(0, 30))
             + "\nThat is all.",
             "Harbour Works Of The North\n" + "\n".join(_prose(1, 30))]
    pages += ["2. Harbour Works Of The North\n" + "\n".join(_prose(page, 30))
              for page in range(2, 9)]
    result = cleaner.clean("\n\f".join(pages) + "\n")
    lines = result.text.replace("\f", "\n").split("\n")
    assert lines.count("Harbour Works Of The North") == 1
    assert lines.count("2 Harbour Works Of The North") == 1
    assert "2. Harbour Works" not in result.text


@pytest.mark.parametrize(("dates", "kept"), [
    (["1 janvier"] * 3 + ["12 janvier"] + ["1 janvier"] * 4, ["12 janvier"]),  # one entry's date
    ([f"Harbour Guide {page}" for page in range(8)], []),  # a head that counts the pages
])
def test_a_copy_whose_figures_alone_differ_from_the_heads_stays(dates: list[str],
                                                                 kept: list[str]) -> None:
    """A diary's tab prints the month on every page (``1 janvier``); one page opens on its
    entry's date instead (``12 janvier``), figures apart the same words: where most
    copies repeat one another to the letter, the one whose figures alone differ is no
    head, and stays. Figures that change on every page count the pages, and go."""
    pages = [f"{date}\n" + "\n".join(_prose(page, 30)) for page, date in enumerate(dates)]
    result = cleaner.clean("\n\f".join(pages) + "\n")
    lines = result.text.replace("\f", "\n").split("\n")
    assert [line for line in lines if line in dates] == kept


@pytest.mark.parametrize(("copies", "stay"), [
    (["1 janvier", "1 janvier", "12 janvier"], [2]),  # two of three agree: the date stays
    (["1 janvier", "1 janvier", "12 janvier", "14 janvier"], []),  # two of four are no most
    (["1 janvier"] * 3 + ["12 janvier"] * 2, []),  # a date twice is a head's, not an entry's
    (["1 janvier", "1 janvier", "12 février"], []),  # other words: not the heads' figures
    (["1 janvier", "2 janvier", "3 janvier"], []),  # figures that count: no text repeats
])
def test_a_copy_dated_otherwise_is_one_of_its_own_among_heads_that_agree(
        copies: list[str], stay: list[int]) -> None:
    doc = segment("\n".join(copies) + "\n")
    assert furniture._dated_otherwise(list(range(len(copies))), doc) == set(stay)


def test_the_first_lines_are_the_first_twelve_lines_of_text() -> None:
    doc = segment("\n\n".join(f"Line {n}" for n in range(1, 15)) + "\n")
    text_lines = [line.index for line in doc.lines if not line.blank]
    assert [furniture._among_the_first_lines(doc, index) for index in text_lines] == \
        [True] * 12 + [False] * 2
    assert not furniture._among_the_first_lines(doc, 1)  # a blank line between is none


@pytest.mark.parametrize(("title", "title_stays"), [
    ("The harbour ledger", True),  # the title as its author wrote it, under a head in capitals
    ("THE HARBOUR LEDGER", False),  # the head itself, on the first page as on every other
])
def test_a_title_the_head_sets_in_capitals_stays(title: str, title_stays: bool) -> None:
    """A package's manual opens on its title in sentence case (``The amsfonts package``),
    which reads as no heading, and its head repeats the title in capitals on every page
    after (``THE AMSFONTS PACKAGE``), the second too: the one copy in another case,
    among the document's first lines, is the title the head was made from, and stays."""
    pages = [f"{title}\nBEN TROVATO, Institute for Clarity\n" + "\n".join(_prose(0, 30))]
    pages += ["THE HARBOUR LEDGER\n" + "\n".join(_prose(page, 30)) for page in range(1, 9)]
    result = cleaner.clean("\n\f".join(pages) + "\n")
    assert result.text.startswith(f"{title}\nBEN TROVATO") is title_stays
    assert result.text.count("THE HARBOUR LEDGER") == 0
    assert result.text.count(title) == int(title_stays)



@pytest.mark.parametrize(("title", "title_stays"), [
    ("harbour accounts", True),  # the package's name as its author writes it
    ("HARBOUR ACCOUNTS", False),  # the head itself, on the chapter's first page too
])
def test_a_title_in_small_letters_under_heads_in_capitals_stays(title: str,
                                                                title_stays: bool) -> None:
    """jmgerdoc's chapter 2 opens on its title, the package's name in small letters
    (``jurabase``), under the page's number; the head over its other pages prints the
    name in capitals (``JURABASE``). The page before ends on a sentence left open and
    the chapter's text begins with the name again, so the title seems to cut a sentence
    as a misplaced head does; but a head, misplaced or not, prints as the head does. The
    one copy in small letters is the title the head was set from, far from the
    document's first lines, and stays; the head itself there goes with the others."""
    pages = ["\n".join(["1", *_prose(0, 29), "with thanks to the harbour's newsgroup"])]
    pages.append("\n".join(["2", title, "harbour accounts is the package that every class "
                            "of the bundle loads first, and", *_prose(2, 29)]))
    pages += ["\n".join([str(page), "HARBOUR ACCOUNTS", *_prose(page, 30)])
              for page in range(3, 10)]
    result = cleaner.clean("\n\f".join(pages) + "\n")
    assert (f"{title}\nharbour accounts is the package" in result.text) is title_stays
    assert [edit.removed.strip() for edit in result.edits
            if edit.reason == "boilerplate_line"] == ["HARBOUR ACCOUNTS"] * (8 - title_stays)
    assert [edit.removed.strip() for edit in result.edits if edit.kind == "page_number"] == [
        str(page) for page in range(1, 10)]


TEMPLATE_NOTE = [
    "Frequently asked questions about this template:",
    "the three citation commands print plain,",
    "bracketed and superscript marks;",
    "if the format check reports a font size,",
    "turn on the strict option of the class,",
    "and of the bibliography style as well;",
    "coloured link boxes never reach the print,",
    "to hide them on screen, load hidelinks;",
    "to avoid blank pages at chapter ends,",
    "pass openany to the document class.",
]


def _chapters_with_a_note(pages: int = 16, every: int = 3) -> str:
    """A thesis template's pages (form feeds), a head on every page and its number at the
    foot; every ``every`` pages from the second a chapter opens on its title and the
    template's note, ten lines that fill the page down to its number."""
    text = []
    for page in range(1, pages + 1):
        lines = ["Harbour Works Thesis", ""]
        if page % every == 0:
            lines += [f"Chapter {page // every}", *TEMPLATE_NOTE]
        else:
            lines += body("en", page, 8)
        text.append("\n".join([*lines, "", str(page)]) + "\n")
    return "\f".join(text)


def test_a_passage_the_author_repeats_on_chapter_pages_is_no_foot() -> None:
    """A block of ten lines repeated on every chapter's first page, its last lines at the
    page's foot: a foot is a line or three beside each page's own text, and the lines
    of a block repeated whole do not peel off the page's edge one layer at a time. The
    head on every page goes; every line of the note stays on every page."""
    text = _chapters_with_a_note()
    result = cleaner.clean(text)
    lines = result.text.split("\n")
    assert "Harbour Works Thesis" not in lines
    for line in TEMPLATE_NOTE:
        assert lines.count(line) == 5, line
    assert "boilerplate_line" in {edit.reason for edit in result.edits}


def test_a_long_block_on_every_slide_of_a_run_is_a_sidebar_and_goes() -> None:
    """A slide deck's sidebar (eight lines: the sections, the author, the school) stands
    on every slide of one part of the talk, five slides in a row of fourteen: it goes,
    for all its length, and each slide's own lines stay."""
    sidebar = ["Overview", "Harbour Works", "Results", "Outlook", "Jane Smith",
               "Quayside School", "of Engineering", "Spring Term"]
    slides, own = [], []
    for slide in range(1, 15):
        lines = body("en", slide, 2)
        own += lines
        side = sidebar if 4 <= slide < 9 else []
        slides.append("\n".join([*side, "", *lines, "", f"{slide} / 14"]) + "\n")
    kept = cleaner.clean("\f".join(slides)).text
    assert not set(sidebar) & set(kept.split("\n"))
    assert all(line in kept for line in own)


def test_a_head_after_its_pages_number_goes_though_the_text_above_repeats() -> None:
    """PyMuPDF sets a head after the page's number, below the page's text; where that
    text is a blind text repeated page after page, the head still goes: the page's
    number ends the page's text, and the head stands beyond it, alone."""
    blind = [f"Hello, here is some text without a meaning, line {word}."
             for word in ("one", "two", "three", "four", "five", "six", "seven", "eight",
                          "nine")]
    text = []
    for page in range(1, 21):
        head = "Chapter 3 Harbour Works" if page > 10 and page % 2 == 0 else \
            f"Section {page} of the report"
        lines = [*body("en", page, 4), *(blind if page > 10 and page % 2 == 0 else
                                         body("en", page + 50, 4))]
        text.append("\n".join([*lines, "", str(page), "", head]) + "\n")
    kept = cleaner.clean("\f".join(text)).text.split("\n")
    assert "Chapter 3 Harbour Works" not in kept
    assert kept.count(blind[0]) == 5


def test_lines_of_code_that_end_three_listings_at_the_page_foot_stay() -> None:
    """A manual prints three example files, one a page, each ending on the same lines
    (``% the bibliography goes here``, ``\\end{document}``) at the page's foot: a line
    that opens as code does (a TeX command, a brace, a comment sign) is the listing's
    own, never a foot."""
    ending = ["\\backmatter", "% Put the bibliography here, with BibTeX or",
              "% the biblatex package or the thebibliography environment.",
              "\\end{document}"]
    options = {2: "draft", 3: "final", 4: "twoside"}  # the pages with an example file
    pages = []
    for page in range(1, 6):
        lines = body("en", page, 6)
        if page in options:
            lines += [f"\\documentclass[{options[page]}]{{harbourthesis}}",
                      "\\begin{document}", f"\\chapter{{Part {page}}}", *ending]
        pages.append("\n".join([*lines, "", str(page)]) + "\n")
    kept = cleaner.clean("\f".join(pages)).text.split("\n")
    for line in ending:
        assert kept.count(line) == 3, line


def _pages_ending_on(block: list[str], pages: int = 16, every: int = 3) -> str:
    """Pages of their own text (form feeds), every ``every`` pages ending on ``block``,
    then the page's number."""
    text = []
    for page in range(1, pages + 1):
        lines = body("en", page, 6) + (block if page % every == 0 else [])
        text.append("\n".join([*lines, "", str(page)]) + "\n")
    return "\f".join(text)


def test_a_passage_of_eight_lines_at_the_foot_stays_seven_lines_of_a_foot_go() -> None:
    """Eight lines repeated whole are a passage (``PASSAGE_MIN_LINES``) and stay where
    the page's foot brings them to the edge; a foot of seven lines (a firm's name,
    address and numbers) on every third page is a foot, and goes."""
    kept = cleaner.clean(_pages_ending_on(TEMPLATE_NOTE[:8])).text.split("\n")
    assert all(kept.count(line) == 5 for line in TEMPLATE_NOTE[:8])
    letterhead = ["Quayside Harbour Works Ltd", "Registered office: 12 Pier Road",
                  "Northshore NS4 2QT", "Telephone 01632 960 123", "Facsimile 01632 960 124",
                  "www.quayside-harbour.example", "Registered in Northshore 0412"]
    kept = cleaner.clean(_pages_ending_on(letterhead)).text.split("\n")
    assert not set(letterhead) & set(kept)


def test_a_head_under_a_page_that_ends_on_a_repeated_passage_goes() -> None:
    """pdftotext sets a head at the top of its page; the page before may end on a blind
    text that every such page ends on. The passage ends with its page: the head goes,
    and the blind text, a passage of its own page, stays."""
    blind = [f"Hello, here is some text without a meaning, line {word}."
             for word in ("one", "two", "three", "four", "five", "six", "seven", "eight",
                          "nine")]
    text = []
    for page in range(1, 21):
        head = ["Chapter 3 Harbour Works"] if page in (12, 14, 16, 18) else []
        tail = blind if page in (11, 13, 15, 17) else []
        text.append("\n".join([*head, *body("en", page, 6), *tail]) + "\n")
    kept = cleaner.clean("\f".join(text)).text.split("\n")
    assert "Chapter 3 Harbour Works" not in kept
    assert all(kept.count(line) == 4 for line in blind)


def test_a_long_run_of_debris_at_the_end_of_a_text_without_pages_goes() -> None:
    """Without pages there is no page edge to peel a passage off: ten copies of a link
    below a scraped story are debris, each its own neighbour's copy, and all go."""
    text = ("The council met on Monday to discuss the harbour repairs and the budget.\n\n"
            + "Share this story with a friend\n\n" * 10)
    assert "Share this" not in cleaner.clean(text).text


def test_the_longest_run_of_pages_in_a_row() -> None:
    assert [furniture._longest_run(pages) for pages in
            ([], [3], [1, 3, 5], [0, 1, 2, 5, 6], [1, 5, 6, 7], [4, 5, 6, 7, 8])] == \
        [0, 1, 1, 3, 3, 5]


def test_a_passage_stands_the_same_around_more_than_half_the_copies() -> None:
    """Around four copies of ``Note``, the same three lines follow on two pages only:
    half is no majority, and the passage is the copy alone; on three, four lines. A line
    an earlier stage removed stands in no passage's way; a line of the page's own does."""
    own = "A line of the page's own."

    def length(same: int, between: str = "", removed: bool = False) -> int:
        pages = []
        for page in range(4):
            after = ["Alpha line", "Beta line", "Gamma line"] if page < same else \
                [f"Other {page} line", f"More {page} text", f"Last {page} words"]
            pages.append("\n".join(["Note", *([between] if between else []), *after, own]))
        doc = segment("\n\f".join(pages) + "\n")
        texts = {line.index: line.text for line in doc.lines}
        keys = sorted(set(texts.values()) - {own, between})
        group_of = {index: keys.index(text) for index, text in texts.items() if text in keys}
        skip = {index for index, text in texts.items() if removed and text == between}
        context = furniture._Context(doc, build(doc, frozenset()), skip, group_of, {}, 3)
        return len(furniture._passage(
            [index for index, text in texts.items() if text == "Note"], context))
    assert (length(2), length(3)) == (1, 4)
    assert length(3, "A line a stage before removed.", removed=True) == 4
    assert length(3, "A line a stage before removed.") == 1


FORM_LABELS = ["Main tasks", "Relevant previous experience", "Specific expertise",
               "Staff members undertaking the work"]


def _form_on_a_few_pages(block: list[str], on: range, pages: int = 20,
                         every_page: tuple[str, ...] = ()) -> str:
    """Pages with a head and their number, the pages ``on`` ending on ``block`` (a form
    filled in for each partner, a page each), ``every_page`` lines above it."""
    text = []
    for page in range(1, pages + 1):
        lines = body("en", page, 6)
        if page in on:
            lines += [*every_page, *block]
        text.append("\n".join(["ACRONYM", "", *lines, "", str(page)]) + "\n")
    return "\f".join(text)


def test_a_block_of_four_lines_on_a_few_pages_of_many_stays() -> None:
    """A proposal's form (four labels, one under the other) ends the page of each of
    three partners, pages 14 to 16 of 20: a block of four lines that stands on three
    pages and on no others is the author's, not a foot peeled a line at a time; three
    lines on three pages may be a chapter's foot. Where the block's pages are all the
    document's (a letter's letterhead) or one of its lines stands on many pages (a
    chapter's label over its long title), it is furniture, and goes."""
    def kept(text: str) -> list[str]:
        return cleaner.clean(text).text.split("\n")

    lines = kept(_form_on_a_few_pages(FORM_LABELS, range(14, 17)))
    assert "ACRONYM" not in lines
    assert all(lines.count(label) == 3 for label in FORM_LABELS)
    lines = kept(_form_on_a_few_pages(FORM_LABELS[1:], range(14, 17)))
    assert not set(FORM_LABELS[1:]) & set(lines)
    lines = kept(_form_on_a_few_pages(FORM_LABELS, range(1, 4), pages=3))
    assert not set(FORM_LABELS) & set(lines)
    title = ["Concepts: a chapter whose title is long enough", "to run over three lines",
             "of the page's foot"]
    chapters = "\f".join(
        "\n".join([*body("en", page, 6), "", f"Chapter {(page - 1) // 3 + 1}",
                    *(title if page in (10, 11, 12) else ["A short title"]), "", str(page)])
        + "\n" for page in range(1, 19))
    lines = kept(chapters)
    assert not set(title) & set(lines)


def test_items_each_with_a_number_of_its_own_stay_at_the_foot() -> None:
    """Each work package's page ends on its deliverables (``D2.3 Prototype of the
    model. (M24)``), above the proposal's foot: once the foot goes they stand at the
    page's edge on three pages running, but each item carries a number of its own, as
    a list's items and sections' headings do; a head repeats its section's number."""
    pages = []
    for page in range(1, 13):
        lines = body("en", page, 6)
        if 7 <= page <= 9:
            package = page - 6
            lines += ["Deliverables",
                      f"D{package}.1 Report on the definition of the model. (M36)",
                      f"D{package}.2 Report on a feasibility study. (M12)",
                      f"D{package}.3 Prototype of the model. (M24)"]
        pages.append("\n".join([*lines, "", "ACRONYM", "", str(page)]) + "\n")
    kept = cleaner.clean("\f".join(pages)).text.split("\n")
    assert "ACRONYM" not in kept
    assert sum(line.startswith("D") and "(M" in line for line in kept) == 9


@pytest.mark.parametrize(("heads", "kept"), [
    ([f"{page}. MARGIN CHECK" for page in range(4, 10)], 6),  # a section a page, numbered
    (["5. MARGIN CHECK"] * 6, 0),  # one number on every page: a head
    ([f"{page} MARGIN CHECK" for page in range(4, 10)], 0),  # no point: the page's number
])
def test_headings_each_with_a_sections_number_of_its_own_stay_at_the_page_top(
        heads: list[str], kept: int) -> None:
    """A conference template fills a page with each of its sections ``4. MARGIN CHECK`` to
    ``9. MARGIN CHECK``, one at the top of each page: each carries a section's number of
    its own, as a list's items do, and stays. A head repeats its number on every page;
    a number without the point after it is the page's, carried in its head."""
    pages = ["\n".join([head, *body("en", page, 6), "", str(page)]) + "\n"
             for page, head in enumerate(heads, start=1)]
    lines = cleaner.clean("\f".join(pages)).text.splitlines()
    assert sum(line.endswith("MARGIN CHECK") for line in lines) == kept


@pytest.mark.parametrize("heads", [
    ["2.1 Harbour Works"] * 6,  # a head repeats its section's number on every page
    ["2.1 Harbour Works"] * 3 + ["2.2 Harbour Works"] * 3,  # two sections: numbers repeat
])
def test_a_head_that_repeats_its_sections_number_goes(heads: list[str]) -> None:
    pages = ["\n".join([head, *body("en", page, 6), "", str(page)]) + "\n"
             for page, head in enumerate(heads, start=1)]
    kept = cleaner.clean("\f".join(pages)).text
    assert "Harbour Works" not in kept


def test_items_of_a_numbered_list_each_carry_a_number_no_other_carries() -> None:
    doc = segment("D1.1 Report on the model\nReport on the model\nD2.1 Report on the model\n"
                  "D1.1 Report on the model\n")
    assert furniture._each_its_own_section([0, 2], doc)
    assert not furniture._each_its_own_section([0, 1, 2], doc)  # one without a number
    assert not furniture._each_its_own_section([0, 2, 3], doc)  # a number twice
    headings = segment("4. Margin check\n5. Margin check\n5 Margin check\n4. Margin check\n")
    assert furniture._each_its_own_section([0, 1], headings)
    assert not furniture._each_its_own_section([0, 2], headings)  # no point after the 5
    assert not furniture._each_its_own_section([0, 3], headings)  # a number twice


def test_a_tables_header_after_its_wrapped_caption_interrupts_no_sentence() -> None:
    """pypdf's pages run together; a manual shows one table set six ways, each with the
    same header row, far apart and regularly spaced among prose. One stands right after
    its caption's second line, which leaves the caption open: a caption is no sentence
    of running text, and the header row, the table's own, stays every time."""
    header = "Linksbündig Zentriert Rechtsbündig Blocksatz"
    packages = ["tabular", "tabularx", "tabulary", "longtable", "supertabular", "tabu"]
    lines: list[str] = []
    for table, package in enumerate(packages, start=1):
        lines += textwrap.wrap(" ".join(body("de", table, 28)), 90)
        lines += [f"Tabelle {table} Eine {package}-Tabelle in Verbindung mit dem Befehl, welcher",
                  f"vom Paket {package} für Beschriftungen in Objektbreite bereitgestellt wird"
                  + ("" if table == 6 else "."), header,
                  f"ein linksbündiger Blindtext zur Demonstration von {package}"]
    text = "\n".join(lines) + "\n"
    kept = cleaner.clean(text).text.split("\n")
    assert kept.count(header) == 6


def test_a_heads_words_inside_a_listing_are_the_listings_not_the_head() -> None:
    """A journal's name heads five pages, and a bibliography entry in a listing on the
    second page ends on the same words as code (``\\emph{`` on the line before, ``}},``
    after them), where a head would interrupt its sentence: the heads go, the listing's
    line stays, since a line written as code is no copy of a line of words."""
    head = "International Journal of Student Research in Harbours"
    listing = ["@Article{keeper-2017,", "author", "= {Lukas C. Keeper},", "28", "title",
               "= {Tides -- bib\\LaTeX-style which is used for the \\emph{", f"{head}}}}},",
               "29", "year", "= {2017},", "30 }"]
    pages = []
    for page in range(1, 6):
        lines = [head, "", *body("en", page, 6), *(listing if page == 2 else [])]
        pages.append("\n".join([*lines, "", str(page)]) + "\n")
    kept = cleaner.clean("\f".join(pages)).text.split("\n")
    assert head not in kept
    assert f"{head}}}}}," in kept


@pytest.mark.parametrize(("title", "holds", "why"), [
    ("Harbour Cooperative", True, "both words of a two-word title"),
    ("The Harbour", False, "one word of four letters or more is no title to hold"),
    ("Harbour Cooperative Minutes", False, "a word of the title missing"),
], ids=case_id)
def test_a_head_holding_the_title(title: str, holds: bool, why: str) -> None:
    """``furniture._holding_the_title``: copies that hold every long word of one of the
    document's first lines repeat its title; the first lines themselves stay."""
    head = "Harbour Cooperative Conference ’XX, June 2018"
    lines = [title, *body("en", 0, 12)]  # every copy after the first lines
    for page in range(1, 5):
        lines += [head, *body("en", page, 20)]
    doc = segment("\n".join(lines) + "\n")
    copies = [line.index for line in doc.lines if line.text == head]
    assert furniture._holding_the_title(copies, doc) == (copies if holds else []), why


@pytest.mark.parametrize(("heads", "second_line", "holds", "why"), [
    (["Harbour Cooperative"] * 5, "A. Oneill and B. Two", True,
     "the first line, to the letter, over its authors: the title; the later copies go"),
    (["Harbour"] * 5, "A. Oneill and B. Two", False, "one long word is no title to hold"),
    (["Harbour Cooperative"] * 5, "The pier was repaired.", False,
     "over a closed sentence: a page's head over its page's text"),
    ([f"Part {n} of the Harbour Cooperative" for n in range(1, 6)], "A. Oneill and B. Two",
     False, "numbered otherwise copy by copy: sections, not the title"),
], ids=case_id)
def test_a_head_that_is_the_first_line_holds_the_title(heads: list[str], second_line: str,
                                                        holds: bool, why: str) -> None:
    """``furniture._holding_the_title``: where PyMuPDF writes ACM's odd head on two lines,
    its first line is the title itself, and so is the document's first line."""
    lines = [heads[0], second_line, *body("en", 0, 12)]
    for page, head in enumerate(heads[1:], 1):
        lines += [head, *body("en", page, 20)]
    doc = segment("\n".join(lines) + "\n")
    copies = [line.index for line in doc.lines if line.text in heads]
    assert furniture._holding_the_title(copies, doc) == (copies[1:] if holds else []), why


@pytest.mark.parametrize(("place", "opens"), [(0, True), (2, True), (3, False), (4, False)])
def test_the_heading_a_head_repeats_comes_before_most_of_its_copies(place: int,
                                                                    opens: bool) -> None:
    """``furniture._opens_its_section``: of five alike lines, the one worded otherwise
    opens the section only when most copies of the head come after it (the middle of
    five still does); after most of them, it is no opening heading."""
    head, heading = "Appendix A: Copying Information", "Appendix A Copying Information"
    lines = []
    for page in range(5):
        lines += [heading if page == place else head, *body("en", page, 20)]
    doc = segment("\n".join(lines) + "\n")
    group = [line.index for line in doc.lines if line.text in (head, heading)]
    context = furniture._Context(doc, build(doc, frozenset()), set(),
                                 dict.fromkeys(group, 0), {}, 3)
    assert furniture._opens_its_section(group, context) == (group[place] if opens else None)


@pytest.mark.parametrize(("caption", "running"), [
    ("Table 3: The costs of the northern pier. ", True),
    ("Table 3: The costs of the northern pier, by", False),
], ids=["closed", "open"])
def test_a_closed_caption_above_a_sentence_leaves_it_running_text(caption: str,
                                                                  running: bool) -> None:
    """``_Context.in_running_text``: a caption that ends on a full stop (spaces after it
    aside) is closed, and the full line under it is running text; a caption left open
    makes the lines under it the caption's, no running text."""
    doc = segment("\n".join([caption, FULL, "HEAD"]) + "\n")
    context = furniture._Context(doc, build(doc, frozenset()), set(), {2: 0}, {}, 3)
    assert context.in_running_text(1) is running


def _stories(between: list[str], open_before: list[bool]) -> str:
    """A story for each of ``open_before``, each with the lines ``between`` after its
    second line; that line leaves its sentence open (``edited by``) where
    ``open_before`` says so, else it ends one."""
    text = []
    for story, left_open in enumerate(open_before):
        lines = textwrap.wrap(" ".join(body("en", story, 8)), 72)
        lines[1] = lines[1].rstrip(".") + (" and edited by" if left_open else ".")
        text.append("\n".join([*lines[:2], *between, *lines[2:]]))
    return "\n\n".join(text) + "\n"


ENTRY = "W. Opechowski and R. Guccione, Theory of normal metals, in Magnetism, edited by"


@pytest.mark.parametrize(("between", "open_before", "kept", "why"), [
    (["G. T. Rado and H. Suhl (Academic Press, New York,"], [True] * 3, [True] * 3,
     "inside a sentence, open before it and by it: a reference's line"),
    ([ENTRY, "G. T. Rado and H. Suhl (Academic Press, New York,"], [False] * 3, [True] * 3,
     "inside a sentence whose line before repeats too: the same entry cited three times"),
    (["By the Associated Press, New York,"], [False] * 3, [False] * 3,
     "after a closed sentence: a credit line of its own"),
    (["By the Associated Press, New York,"], [False, False, False, True],
     [False, False, False, True], "the one copy inside a sentence stays, the credits go"),
    (["(Continued on Page 3.)"], [True] * 3, [False] * 3,
     "a jump line closes, where its column breaks off a sentence"),
    (["the pier men cut and", "By the Associated Press, New York,"], [False] * 3,
     [False] * 3, "under a short headline left open: no running text, a credit"),
], ids=case_id)
def test_a_line_inside_a_sentence_is_no_credit(between: list[str], open_before: list[bool],
                                               kept: list[bool], why: str) -> None:
    """A bibliography that cites the same book three times repeats its publisher's line
    (``… (Academic Press, New York,``) inside each entry's sentence: those copies stay.
    A jump line stands where a sentence breaks off, but is closed, and goes; a credit
    under a headline goes."""
    result = cleaner.clean(_stories(between, open_before))
    stories = result.text.split("\n\n")
    assert [between[-1] in story.split("\n") for story in stories] == kept, why
    assert all(line in story.split("\n") for story in stories for line in between[:-1])


DIARY_BLIND_TEXT = textwrap.wrap(
    "Every morning the harbour master walks the length of the northern pier and counts the "
    "boats that came in overnight, then writes the count in the ledger by the door of the "
    "office, where the committee reads it before the session; the crane drivers wait for "
    "the count before they start, and the secretary copies it into the weekly report for "
    "the budget, which the chair signs on Friday after the vote of the cooperative. In "
    "winter the lighthouse keeper adds the hours of fog, and the repair crew the cost of "
    "the work done on the pier, so that the minutes of the next session are complete.", 64)


def test_a_paragraph_of_prose_on_every_page_of_a_run_is_no_sidebar_and_stays() -> None:
    """A diary template fills each day's page with the same blind text: a paragraph of
    prose on every page of a run, as long as a slide's sidebar. Its sentences run from
    line to line, as a sidebar's short items do not: it stays, on every page."""
    pages = []
    for page in range(1, 9):
        lines = [*DIARY_BLIND_TEXT, *body("en", page, 2)]
        pages.append("\n".join([*lines, "", str(page)]) + "\n")
    kept = cleaner.clean("\f".join(pages)).text.replace("\f", "\n").split("\n")
    assert len(DIARY_BLIND_TEXT) >= furniture.PASSAGE_MIN_LINES
    for line in DIARY_BLIND_TEXT:
        assert kept.count(line) == 8, line


def test_two_copies_beside_their_page_numbers_are_no_evidence_whatever_else_stands() -> None:
    """Copies beside a page number count when there are ``minimum`` of them or more: a line
    on eight of ten pages, at the top of the first three, beside the number on two and
    mid-page on three, has three copies of eight at the edges, short of the half that
    must show where a page put them, and two beside numbers do not make that up. The
    evidence is unclear; every copy stays."""
    head = "Manual of Quayside Signals"
    pages = []
    for page in range(1, 11):
        first, rest = body("en", page, lines=3), body("en", page + 100, lines=4)
        top = [head] if page <= 3 else []
        number = [str(page), head] if page in (6, 8) else [str(page)]
        middle = [head, ""] if page in (4, 5, 9) else []
        pages.append("\n".join([*top, *first, "", *number, "", *rest[:2], "", *middle,
                                *rest[2:]]))
    text = "\n\f".join(pages) + "\n"
    assert text.count(head) == 8
    assert cleaner.clean(text).text.count(head) == 8


def _head_beside_its_number(beside: bool, pages: int = 8,
                            twice: bool = False) -> tuple[str, list[str]]:
    """Pages between form feeds as pdfminer sets a two-column page: a paragraph, then the
    even page's head and the page's number (``beside``: the head right above or below
    it, or one or two blank lines away; else the number stands alone at the page's foot,
    the head where it was), then the rest of the page's text. ``twice``: the head above
    the number and below it. Returns the text and each page's text without the head."""
    texts, bodies = [], []
    head = "Manual of Quayside Signals"
    for page in range(1, pages + 1):
        first, rest = body("en", page, lines=3), body("en", page + 100, lines=4)
        if not beside:
            lines = [*first, "", *rest, "", str(page)]
            placed = [*first[:2], head, *first[2:], "", *rest, "", str(page)]
        else:
            gap = [""] * (page // 2 % 3)  # no blank line, one, or two
            lines = [*first, "", str(page), "", *rest]
            above = [head, *gap] if page % 4 == 0 or twice else []
            below = [*gap, head] if page % 4 or twice else []
            placed = [*first, "", *above, str(page), *below, "", *rest]
        texts.append("\n".join(placed if page % 2 == 0 else lines))
        bodies.append("\n".join(lines))
    return "\n\f".join(texts) + "\n", bodies


@pytest.mark.parametrize(("beside", "pages", "twice", "removed"), [
    (True, 8, False, 4),  # four pages with the head beside their number
    (True, 6, False, 3),  # three are enough
    (True, 4, True, 0),  # two numbers with the line on either side: two pages, not four
    (False, 8, False, 0),  # the number at the foot, the line mid-page
])
def test_a_line_beside_its_page_number_on_page_after_page_goes_wherever_the_two_stand(
        beside: bool, pages: int, twice: bool, removed: int) -> None:
    """pdfminer sets a two-column page's head and its number on lines of their own under
    the page's first paragraph, far from the page's edges: a line that stands right beside
    the page's number on three pages or more was printed with it, and goes (evidence:
    beside the page number). Two numbers with the line above and below each are two
    pages, too few. The same line mid-page with each page's number at its foot is judged
    by where it stands, and stays."""
    text, bodies = _head_beside_its_number(beside, pages, twice)
    result = cleaner.clean(text)
    heads = [edit for edit in result.edits if edit.reason == "boilerplate_line"]
    assert [edit.evidence for edit in heads] == ["beside_page_number"] * removed
    copies = text.count("Manual of Quayside Signals")
    assert result.text.count("Manual of Quayside Signals") == copies - removed
    for page_text_left in bodies:
        for line in page_text_left.splitlines():
            if line.strip() and not line.strip().isdigit():
                assert line in result.text


VENUE = "Conference acronym 'XX, June 03-05, 2018, Woodstock, NY"
COPYRIGHT_NOTE = ["Permission to make digital or hard copies of all or part of this work for",
                  "personal use is granted without fee. Request permissions from the owner.",
                  VENUE, "© 2018 Association for Computing Machinery."]


@pytest.mark.parametrize(("first_copy", "mid_page_heads", "inside", "kept"), [
    ("note", set(), False, 1),  # in the first page's copyright note: the paper's own
    ("top", set(), False, 0),  # at the first page's top: a head on every page from the first
    ("cut", set(), False, 0),  # between a sentence's two halves: a head misplaced
    ("note", {4}, False, 1),  # one head of six set among its page's text (pdftotext)
    ("note", {4}, True, 1),
    ("note", {3, 5}, False, 1),  # two, each a block of its own: the note's line is not
    ("note", {3, 5}, True, 0),  # two, each inside a block: so may the note's line be one
    ("apart", {3, 5}, False, 0),  # the first page's copy a block of its own, as they are
])
def test_the_line_the_heads_repeat_stays_in_the_first_pages_own_text(
        first_copy: str, mid_page_heads: set[int], inside: bool, kept: int) -> None:
    """An ACM paper's head repeats its venue on every page but the first, which prints it
    once in its copyright note, among the note's lines. That copy is the paper's own
    statement, away from the page's edges: it stays, and the heads go, though an
    extractor set one head in four among its page's text. A copy at the first page's top
    is one more head; one that cuts a sentence in two is a head the extractor set
    mid-page. Where more heads stand among the text (pdftotext set two of six among
    sigconf's columns), the first page's copy may be one too, and goes, unless it stands
    inside a block and they stand apart, each a block of its own."""
    first = body("en", 1, lines=4)
    if first_copy == "note":
        page_one = [*first, "", *COPYRIGHT_NOTE, "", *body("en", 2, lines=4)]
    elif first_copy == "apart":
        page_one = [*first, "", *COPYRIGHT_NOTE[:2], "", VENUE, "", COPYRIGHT_NOTE[3], "",
                    *body("en", 2, lines=4)]
    elif first_copy == "top":
        page_one = [VENUE, "", *first, "", *[line for line in COPYRIGHT_NOTE if line != VENUE],
                    "", *body("en", 2, lines=4)]
    else:
        page_one = [*first, "", *COPYRIGHT_NOTE[:2], COPYRIGHT_NOTE[3], "",
                    "The harbour board met on Tuesday evening and, after a long debate, voted to",
                    VENUE, "repair the northern pier before the winter storms.", "",
                    *body("en", 2, lines=4)]
    pages = ["\n".join([*page_one, "", "1"])]
    for page in range(2, 8):
        text = body("en", 10 * page, lines=6)
        if page in mid_page_heads:
            around = [] if inside else [""]
            pages.append("\n".join([*text[:3], *around, VENUE, *around, *text[3:], "",
                                    str(page)]))
        else:
            pages.append("\n".join([VENUE, "", *text, "", str(page)]))
    result = cleaner.clean("\n\f".join(pages) + "\n")
    assert result.text.count(VENUE) == kept
    assert "© 2018 Association for Computing Machinery." in result.text


@pytest.mark.parametrize(("titles", "kept"), [
    ([f"Common Specials ({part})" for part in range(1, 6)] + ["Uncommon Specials"], 6),
    ([f"PDF Image Specials ({part}/3)" for part in range(1, 4)] * 2, 0),  # parts twice
    (["Harbour Guide (2020)"] * 6, 0),  # the same figures on every page: a head
])
def test_a_title_continued_over_slides_each_part_numbered_stays(titles: list[str],
                                                                 kept: int) -> None:
    """A talk continues a slide's title over several slides, each part numbered in
    brackets (``Common Specials (1)`` to ``(5)``), the next slide titled alike without a
    number (``Uncommon Specials``): at the top of every slide, but each part its own, as
    a chapter's label is: they stay. A head repeats its figures on every page; parts
    numbered twice over are no one title's parts."""
    slides = ["\n".join([title, *body("en", slide, 6), "", str(slide)]) + "\n"
              for slide, title in enumerate(titles, start=1)]
    lines = cleaner.clean("\f".join(slides)).text.splitlines()
    assert sum(line in titles for line in lines) == kept


def _chapter(left_heads_only: bool, last_page: int = 17, name: str = "Harbour Accounts") -> str:
    """A book's contents, then a chapter that opens on page 9 under its title ``Harbour
    Accounts`` (or ``name``), pages up to ``last_page`` after it, and a page number at
    each page's foot: its name the head of every left-hand page (10, 12, 14, 16) and
    ``The Northern Pier`` (its section) the head of every right-hand one; or,
    ``left_heads_only`` False, the chapter's name the head of every page."""
    pages = [f"Contents\n{name} . . . . . . . . 9\nThe Northern Pier . . . . . . 10\n"]
    for page in range(9, last_page + 1):
        top = name if page == 9 or page % 2 == 0 or not left_heads_only \
            else "The Northern Pier"
        pages.append("\n".join([top, "", *body("en", page, 12), "", str(page)]) + "\n")
    return "\f".join(pages)


@pytest.mark.parametrize(("left_heads_only", "title_kept"), [(True, True), (False, False)])
def test_a_chapter_s_title_stays_when_its_name_heads_every_other_page_after_it(
        left_heads_only: bool, title_kept: bool) -> None:
    """The chapter's title on its opening page and its name over the left-hand pages
    after it are one group of lines, all at the top of their pages; the title stands a
    page before the first head, the heads two pages apart: it opens the chapter, and
    stays while its heads go. Where the name heads every page, nothing sets the title
    apart: it goes with its heads (the contents entry stays either way)."""
    result = cleaner.clean(_chapter(left_heads_only))
    pages = result.text.split("\f")
    assert pages[1].startswith("Harbour Accounts\n") is title_kept
    assert not any("Harbour Accounts" in page or "The Northern Pier" in page
                   for page in pages[2:])
    assert "Harbour Accounts . . . . . . . . 9" in pages[0]
    heads = [edit for edit in result.edits if edit.reason == "boilerplate_line"]
    assert len(heads) == 8 + (not title_kept)


@pytest.mark.parametrize(("name", "title_kept"), [
    ("22 Marking text for notes", True),  # numbered, in sentence case
    ("22 marking text for notes.", False),  # a sentence
])
def test_a_chapter_s_numbered_title_in_sentence_case_stays_before_its_heads(
        name: str, title_kept: bool) -> None:
    """pdfminer sets eledmac's chapter ``22 Marking text for notes`` at the top of its
    opening page, its heads over every other page after it: a title numbered in
    sentence case reads as a heading, as in title case, and stays."""
    pages = cleaner.clean(_chapter(True, name=name)).text.split("\f")
    assert pages[1].startswith(f"{name}\n") is title_kept
    assert not any(name in page for page in pages[2:])


def test_a_head_led_by_its_page_s_number_is_no_numbered_title() -> None:
    """pypdf runs each page's number into the head (itengtlc: ``6 CAPITOLO 3. I comandi
    …``, ``8 CAPITOLO 3. …``): the first copy, a page before the others, reads as a
    title numbered in sentence case, but its number changes from head to head, a page's,
    not the chapter's, and it goes with the others."""
    pages = ["Contents\nChapter three, the commands . . . . . . . . 9\n"]
    for page in range(9, 18):
        top = f"{page} Chapter three, the commands" if page == 9 or page % 2 == 0 \
            else "The Northern Pier"
        pages.append("\n".join([top, "", *body("en", page, 12)]) + "\n")
    result = cleaner.clean("\f".join(pages)).text.split("\f")
    assert not any("Chapter three, the commands" in page for page in result[1:])


def test_a_numbered_head_two_pages_after_its_broken_title_goes() -> None:
    """lionmsc's section ``2.2 Experimental investigation of 4-photon quantum
    correlations`` opens on page 12, its title broken over two lines, and heads the odd
    pages from 13; the thesis' name heads every even page. The first head stands two
    pages before the next, the other head running past it, as a chapter's title in title
    case does on its side of the spread; numbered in sentence case, it reads as a
    heading only on a chapter's first page, the page right before its heads, and goes
    with the others."""
    name = "2.2 Experimental investigation of photon pairs"
    pages = []
    for page in range(1, 19):
        top = "A thesis on entangled photons" if page % 2 == 0 else \
            name if page >= 13 else "2.1 Theory of parametric downconversion"
        lines = [top, "", *body("en", page, 12), "", str(page)]
        if page == 12:
            lines[7:7] = ["", "2.2 Experimental investigation of photon", "pairs", ""]
        pages.append("\n".join(lines) + "\n")
    text = "\f".join(pages)
    result = cleaner.clean(text).text
    assert text.count(name) == 3 and name not in result
    assert "2.2 Experimental investigation of photon\npairs" in result


@pytest.mark.parametrize(("title_at_top", "title_kept"), [(False, True), (True, False)])
def test_a_section_s_title_amid_its_page_stays_two_pages_before_its_heads(
        title_at_top: bool, title_kept: bool) -> None:
    """eledmac's section ``34.3 Options`` opens amid page 7 over its first subsection,
    and names the right-hand pages after it (9, 11), its chapter ``Display`` the
    left-hand ones from page 8 (the chapter before's, ``Series order``, before). The
    title stands two pages before its first head, on its side of the spread, amid its
    page where the heads stand at the edges, and opens its text: it stays. A copy atop
    page 7 is that page's head, and goes with the others."""
    name = "34.3 Options"
    pages = []
    for page in range(1, 13):
        top = ("Display" if page > 7 else "Series order") if page % 2 == 0 else \
            name if page > 7 else "Test series order"
        lines = [top, "", *body("en", page, 12), "", str(page)]
        if page == 7 and title_at_top:
            lines[0] = name
        elif page == 7:
            lines[7:7] = ["", name, "", "34.3.1 Tools to set options", ""]
        pages.append("\n".join(lines) + "\n")
    result = cleaner.clean("\f".join(pages)).text.split("\f")
    assert (name in result[6]) is title_kept
    assert not any(name in page for page in result[7:])


@pytest.mark.parametrize(("under", "opens"), [
    (["The options are set as keys and values in the preamble."], True),  # prose
    (["34.3.1 Tools to set options"], True),  # its first subsection
    (["34.3.1", "Tools to set options"], True),
    (["34.4 Colours"], False),  # the next section: a contents' line
    (["34.31 Colours"], False),  # another section's number that begins with its own
    (["𝑟0=1𝜙0𝑟𝜙𝑅𝐶𝑥𝑦(a)", "(b)"], False),  # a figure's labels under a foot
])
@pytest.mark.parametrize("number_apart", [False, True])
def test_a_title_opens_its_section_s_text(under: list[str], opens: bool,
                                          number_apart: bool) -> None:
    """A section's title has its prose under it, or its first subsection, numbered
    under its own number, its number on the title's line or over it."""
    title = ["34.3", "Options"] if number_apart else ["34.3 Options"]
    lines = ["The text before the section closes here.", *title, *under]
    doc = segment("\n".join(lines) + "\n")
    context = furniture._Context(doc, build(doc, frozenset()), set(), {}, {}, 3)
    assert furniture._opens_its_section_text(len(title), context) is opens


@pytest.mark.parametrize(("edges", "before", "under", "amid"), [
    ({1, 2}, None, "The options are set as keys and values in the preamble.", True),
    ({1, 2}, None, "𝑟0=1𝜙0𝑟𝜙𝑅𝐶𝑥𝑦(a)", False),  # a foot over a figure's labels
    ({0, 1, 2}, None, None, False),  # the first copy stands at an edge too
    ({1}, None, None, False),  # a later copy stands away from the edges
    ({1, 2}, "Options", None, False),  # a copy before it stays: the title, this a head
    ({1, 2}, "Options . . . . . . . . 7", None, True),  # the contents' entry
])
def test_a_first_copy_amid_its_page_before_heads_at_the_edges(
        edges: set[int], before: str | None, under: str | None, amid: bool) -> None:
    """The first copy going stands away from its page's edges, every later one at an
    edge, it opens its section's text, and no copy that stays comes before it but the
    contents' entry."""
    prose = "The options are set as keys and values in the preamble."
    lines = [prose, "Options", under or prose, "Options", prose, "Options", prose]
    if before:
        lines[:0] = [before, prose, prose, prose, prose]
    doc = segment("\n".join(lines) + "\n")
    copies = [index for index, line in enumerate(lines) if line == "Options"]
    going = copies[-3:]
    group = sorted({0, *copies}) if before else copies
    context = furniture._Context(doc, build(doc, frozenset()), set(), {}, {}, 3)
    context.edges = {going[position]: position for position in edges}
    assert furniture._amid_its_page_before_heads(going, group, context) is amid


@pytest.mark.parametrize(("left_heads_only", "title_kept"), [(True, True), (False, False)])
def test_a_short_chapter_s_title_stays_before_two_heads_on_every_other_page(
        left_heads_only: bool, title_kept: bool) -> None:
    """hitszthesis' last chapter, ``第 6 章 补充说明``, runs over four pages: its title on
    the first, its name heading the second and the fourth. Two heads, a page after the
    title and two pages apart, set the title apart as more do; a name heading every
    page does not."""
    result = cleaner.clean(_chapter(left_heads_only, last_page=12))
    pages = result.text.split("\f")
    assert pages[1].startswith("Harbour Accounts\n") is title_kept
    assert not any("Harbour Accounts" in page for page in pages[2:])


@pytest.mark.parametrize(("case", "kept"), [
    ("chapter", 1),  # the bibliography's title tops its first page, its heads the rest
    ("heads-from-page-two", 0),  # a head on every page from the second: no chapter's
    ("over-its-heading", 0),  # the head over the chapter's own heading, worded shorter
    ("same-heads-before", 0),  # the pages before carry no head of their own
])
def test_a_chapter_s_title_stays_where_its_heads_follow_on_every_page_after_another_head(
        case: str, kept: int) -> None:
    """iodhbwm's bibliography opens a page with its title ``Literatur``, where the pages
    before it carried the chapter before's head; every page after it carries ``Literatur``
    at its top. All at the edges, one a page: the first opens the chapter (the heads
    changed on its page), and stays while the heads go. A head that begins on the second
    page, one over the chapter's own heading (``Chapter 2`` / ``The Second Chapter``
    under ``Chapter 2. The Second Chapter``), or heads where the pages before carried
    none, mark no chapter's opening."""
    title = "Chapter 2. The Second Chapter" if case == "over-its-heading" else "Literatur"
    pages = ["\n".join([*body("en", 1, 8), "", "1"])]
    before = "Harbour Accounts" if case != "same-heads-before" else None
    first = 2 if case == "heads-from-page-two" else 6
    for page in range(2, first):
        top = [before, ""] if before else []
        pages.append("\n".join([*top, *body("en", page, 8), "", str(page)]))
    for page in range(first, first + 4):
        under = ["Chapter 2", "The Second Chapter", ""] \
            if case == "over-its-heading" and page == first else []
        pages.append("\n".join([title, "", *under, *body("en", 10 * page, 8), "",
                                 str(page)]))
    result = cleaner.clean("\f".join(pages) + "\n").text
    assert result.count(title) == kept
    if kept:
        assert f"{title}\n\n{body('en', 10 * first, 8)[0]}" in result


def test_a_line_of_the_title_block_stays_though_the_heads_repeat_it_in_other_words() -> None:
    """A problem set's first page opens on its title block (``by Rebecca Turner`` under
    a long first line left open, so that it seems to cut a sentence); every page after it is
    headed ``Rebecca Turner``. The block's line holds the head, with a word more: one
    group with the heads, but among the document's first lines and worded otherwise
    than the heads, which repeat one another to the letter, it is the title block's
    own, and stays; the heads go."""
    block = ["assignment Problem Set 3 on the harbour works, the northern pier and its crane",
             "by Rebecca Turner", "course cosi 21a", "instructor Dr. Liuba Shrira",
             "due 2018-10-20"]
    pages = ["\n".join([*block, *body("en", 1, lines=8)]) + "\n"]
    pages += ["\n".join(["Rebecca Turner", *body("en", page, lines=8)]) + "\n"
              for page in range(2, 9)]
    result = cleaner.clean("\f".join(pages))
    assert result.text.startswith("\n".join(block) + "\n")
    assert result.text.count("Rebecca Turner") == 1
    assert [edit.removed.strip() for edit in result.edits] == ["Rebecca Turner"] * 7


@pytest.mark.parametrize("joiner", ["\n", "\n\n"], ids=["pypdf", "pymupdf"])
def test_the_title_block_keeps_its_title_and_byline_though_the_heads_repeat_them(
        joiner: str) -> None:
    """A journal's article: the first page opens on the journal's line, the pages, the
    article's title and its author's byline (a footnote's mark after the name) over the
    author's address; the even pages are headed by the author's name, the odd ones by
    the journal's name over the title. The title block's lines cut no sentence, though
    the title leaves one open and the address goes on in lower case: they are the first
    page's own, and stay; the heads go (pypdf runs the page's number into them)."""
    journal = "International Journal of Student Research in the Harbour Works"
    title = "The harbour-class, Version 1.1 - 2017/07/24"
    block = [f"{journal} | IJSRH proof | proof", "pp. 1-9", title, "Lukas C. Bossert*",
             "lukas@harbour-works.de", "Keywords: harbour, pier, crane"]

    def prose(page: int, lines: int) -> list[str]:
        return textwrap.wrap(" ".join(body("en", page, 2 * lines)), 88)[:lines]

    pages = ["\n".join([*block, *prose(1, 20), "* The class is kept on the harbour's server."])]
    heads = []
    for page in range(2, 10):
        head = [f"{page} Lukas C. Bossert"] if page % 2 == 0 else [journal, f"{title} {page}"]
        pages.append("\n".join([*head, *prose(page, 30)]))
        heads += head
    result = cleaner.clean(joiner.join(pages) + "\n")
    assert result.text.startswith("\n".join(block) + "\n")
    assert [edit.removed.strip() for edit in result.edits
            if edit.reason == "boilerplate_line"] == heads


ARTICLE_BLOCK = ["Journal of the Harbour Works | proof", "pp. 1-9", "The harbour-class",
                 "Lukas C. Bossert*", "lukas@harbour-works.de"]


@pytest.mark.parametrize(("lines", "index", "in_block"), [
    (ARTICLE_BLOCK, 3, True),                                  # the byline under the title
    (ARTICLE_BLOCK, 0, True),                                  # the first line
    (["The board met.", *ARTICLE_BLOCK], 4, False),            # after a sentence
    (["The board met (at last).", *ARTICLE_BLOCK], 4, False),  # closed inside brackets
    ([*ARTICLE_BLOCK, *(f"line {k}" for k in range(10)), "Lukas C. Bossert"], 15, False),  # far
], ids=case_id)
def test_the_title_block_is_the_first_lines_before_a_sentence_closes(
        lines: list[str], index: int, in_block: bool) -> None:
    assert furniture._in_the_title_block(segment("\n".join(lines) + "\n"), index) is in_block


def test_a_problems_label_under_the_head_of_its_page_stays() -> None:
    """A problem set read by pypdf (no page marks): every page opens on its head, the
    page's number run into it; every other page opens a problem, ``Problem 3`` right
    under the head. The labels stand next to furniture on a page period, as a head's
    second line does, but each carries its own number: each names its problem, and
    stays; the heads go."""
    lines = []
    for page in range(1, 11):
        lines.append(f"Rebecca Turner Problem Set 3 (due 2018-10-20) Dr. Liuba Shrira {page}")
        if page % 2 == 0:
            lines.append(f"Problem {page // 2}")
        lines += textwrap.wrap(" ".join(body("en", page, 48)), 76)[:24]
    result = cleaner.clean("\n".join(lines) + "\n")
    assert [f"\nProblem {number}\n" in result.text for number in range(1, 6)] == [True] * 5
    assert "Rebecca Turner" not in result.text


def test_a_title_slide_keeps_the_lines_every_slide_after_it_repeats_as_its_foot() -> None:
    """A talk's title slide holds its title, its author and its date, and nothing else
    but its number; every slide after it repeats the three as its foot. The feet go;
    on the title slide, which has no text of its own to tell it apart, the three lines
    are the title, once, and stay (the date too, figures and all). A first page whose
    lines recur only alike but for their figures (minutes of each session) has text
    of its own, and its foot goes."""
    title = ["Harbour Works of the North", "Marei Lindqvist | Harbour Board", "15. May 2024"]
    pages = ["\n".join([*title, "1"]) + "\n"]
    pages += ["\n".join([f"Slide on {WORDS['en'][page]}", *body("en", page, lines=6), *title,
                         str(page)]) + "\n" for page in range(2, 9)]
    result = cleaner.clean("\f".join(pages))
    assert result.text.startswith("\n".join(title) + "\n")
    assert all(result.text.count(line) == 1 for line in title)
    feet = [edit for edit in result.edits if edit.reason == "boilerplate_line"]
    assert len(feet) == 3 * 7
    # a first page of minutes alike but for their figures, the same on every page, is
    # text of its own: its foot goes with the others
    pages = ["\n".join([*(f"Of the pier the minutes of session {page}{n} say little."
                          for n in range(6)), title[0]]) + "\n" for page in range(1, 8)]
    result = cleaner.clean("\f".join(pages))
    assert result.text.count(title[0]) == 0


def _pymupdf_pages_with_a_matrix(numbers_at: str) -> tuple[str, list[int]]:
    """Eight pages as pymupdf writes them (a blank line after each, none else), each with
    its number and then a head at its top (``top``), or on even pages only, the odd
    pages' number at their foot (``mixed``); the heads take turns from the second page on
    (``A. Keeper`` on even pages, ``Harbour Guide`` on odd ones), and the second page
    has a matrix whose three rows stand between blank lines. With it, the line numbers
    of the page numbers."""
    pages, numbers, at = [], [], 0
    for page in range(1, 9):
        head = [] if page == 1 else ["Harbour Guide" if page % 2 else "A. Keeper"]
        text = textwrap.wrap(" ".join(body("en", page, lines=40)), 90)
        if page == 2:
            text[10:10] = ["", "3 −5 6", "", "−(−3) × 4 7", "", "+ 3 × 9 2", ""]
        lines = [str(page), *head, *text] if numbers_at == "top" or page % 2 == 0 else \
            [*head, *text, str(page)]
        numbers.append(at + lines.index(str(page)))
        at += len(lines) + 1
        pages.append("\n".join(lines))
    return "\n\n".join(pages) + "\n", numbers


@pytest.mark.parametrize(("numbers_at", "count"), [("top", 8), ("mixed", 8)],
                         ids=["numbers-at-the-top", "top-then-foot"])
def test_blank_lines_between_two_page_numbers_at_the_same_edge_end_one_page(
        numbers_at: str, count: int) -> None:
    """seu-ml-assign's manual through pymupdf: blank lines mark its pages, and three more
    stand around a matrix's rows on one page. Between two page numbers that count up by
    one, both at the top of their pages, one break ends a page; the others stand amid it,
    and the heads, which take turns page after page, all go (the matrix stays). Where one
    number stands at its page's top and the next at its foot, two pages lie between
    them, and the breaks between are not judged by the numbers; but the matrix's rows,
    pages of a line each in a row, end no page (:func:`~cleaner.pages._past_short_runs`),
    with the numbers or without."""
    text, numbers = _pymupdf_pages_with_a_matrix(numbers_at)
    doc = segment(text)
    assert build(doc, frozenset(numbers)).count == count
    assert build(doc, frozenset()).count == 8  # without the numbers: the matrix ends none
    if numbers_at == "top":
        result = cleaner.clean(text)
        assert "Harbour Guide" not in result.text and "A. Keeper" not in result.text
        assert "−(−3) × 4 7" in result.text


@pytest.mark.parametrize(("above", "line", "below", "entry"), [
    ("4.2 Tides at the quay . . . . . . . . . . 4", "Guide to Harbours 5", "6 Closing words 11",
     True),  # an entry among entries, its page between theirs
    ("4.2 Tides at the quay 4", "Guide to Harbours 5", "6 Closing words . . . . . 11", True),
    ("4.2 Tides at the quay . . . . . . . . . . 8", "Guide to Harbours 5", "6 Closing words 11",
     False),  # pages out of order: a head between two pages' entries
    ("4.2 Tides at the quay 4", "Guide to Harbours 5", "6 Closing words 11", False),  # no leader
    ("4.2 Tides at the quay . . . . . . . . . . 4", "Guide to Harbours 5", "Closing words",
     False),  # under it, no entry: the page's text
    ("4.2 Tides at the quay . . . . . . . . . . 4", "Harbour Guide page 5 of 12",
     "6 Closing words 11", False),  # a foot with its page and the pages in all
], ids=["entry", "leader-under", "out-of-order", "no-leader", "text-under", "page-of-pages"])
def test_a_heads_copy_among_the_contents_entries_is_one_of_them(
        above: str, line: str, below: str, entry: bool) -> None:
    """pypdf runs njuvisual's pages together; its section's head carries the page's
    number (``第 4 节 实现细节 4``), and the contents list the section on page 4 in the
    same words: the entry is a head to the letter. Between an entry with its leader and
    another entry, its page between theirs, it is an entry, and stays (a head over a
    page of the contents has the page before's entries over it, their pages later)."""
    doc = segment("\n".join(["Contents", above, line, below, "Closing."]) + "\n")
    context = furniture._Context(doc, build(doc, frozenset()), set(), {}, {}, 3)
    assert furniture._among_entries(2, context) is entry


@pytest.mark.parametrize(("title", "kept"), [
    ("6 Harbour Accounts", 1),  # the chapter's title, its page's number not run into it
    ("6 Harbour Accounts 25", 0),  # a head on the chapter's first page too
], ids=["title", "head"])
def test_a_chapters_title_without_the_page_its_heads_carry_stays(title: str, kept: int) -> None:
    """pypdf runs the pages together and each head into its page's number (``6
    Harbour Accounts 26``, ``… 27``): the chapter's title on its first page (page 25,
    after four pages of chapter 5) is the same words without a number, and is the copy
    the heads were made from: it stays, the heads go. A copy with its page's number is
    a head like the others."""
    def head(page: int) -> str:
        return f"5 Harbour Works {page + 20}" if page < 5 else title if page == 5 else \
            f"6 Harbour Accounts {page + 20}"
    text, prose = _spread_without_marks(head)
    lines = cleaner.clean(text).text.split("\n")
    assert lines.count("6 Harbour Accounts") == kept
    assert not any(line.startswith(("6 Harbour Accounts ", "5 Harbour Works ")) for line in lines)
    assert all(line in lines for line in prose)


def test_the_last_lines_of_one_slide_built_in_steps_stay() -> None:
    """hobete's manual through pdfminer: slide 25 of 26 is built in four steps, a page
    each, the list over it one item longer on each (pdfminer sets the items apart, in
    no order that repeats, so no page is a print of another), and a numbered list at the
    slide's foot, ``1 Eins`` / ``2 Zwei``, on every step's page, right over the foot. On
    four pages and more at their edge it went as a foot, every copy: the list was gone.
    Pages that state one page of the total (``25 / 26``) are one page: the list stands
    on one slide, and stays; the talk's own foot goes, and so does a part's foot on
    three slides of their own (5 to 7), as few as the minimum."""
    slides = []
    for number in range(1, 27):
        builds = range(1, 5) if number == 25 else [0]
        for step in builds:
            own = textwrap.wrap(" ".join(body("de", number * 10 + step, lines=3)), 60)
            items = [f"• {word}" for word in ("Eins", "Zwei", "Drei", "Vier")[:step]]
            slides.append("\n\n".join([
                *own, *items[::-1 if step % 2 else 1],
                *(["1 Eins\n2 Zwei"] if number == 25 else []),
                *(["Teil 2: Beispiele"] if number in (5, 6, 7) else []),
                "T. Görlach Inst.", "Beamer u. Hohenheim", f"{number} / 26"]))
    result = cleaner.clean("\n\f".join(slides) + "\n")
    assert result.text.count("1 Eins\n2 Zwei") >= 1
    assert "Teil 2" not in result.text
    assert "T. Görlach Inst." not in result.text and "Beamer u. Hohenheim" not in result.text


def test_a_talks_foot_goes_though_one_of_its_three_slides_is_built_in_steps() -> None:
    """beamer-fuberlin's sample through pdfminer: a title page and three slides, the
    third built in three steps, each step's page with the talk's foot and ``3/3``. Its
    pages numbered alike count as one, and the foot stands on two slides of three:
    fewer copies than the minimum, but on most of the slides the talk numbers, which a
    slide's own lines are not. The foot goes; every slide's text stays."""
    foot = "ZEDAT, Wissenschaftliches Schreiben, 19. August 2015"
    pages = ["Wissenschaftliches Schreiben\n\nDipl. Jana Voß\n\n19. August 2015"]
    items = ["(cid:73) Im Gegensatz zu PowerPoint leichter erweiterbar",
             "(cid:73) Bessere Steuerung von Inhaltsverzeichnissen."]
    pages.append("\n\n".join(["Inhaltsverzeichnis", "1 Eine Einführung", "Die Vorlage", foot,
                              "2/3"]))
    for step in range(3):
        shown = ["Die LATEX-Vorlage für beamer", *items[:step]]
        pages.append("\n\n".join([*shown[step:], *shown[:step], foot, "3/3"]))
    result = cleaner.clean("\n\f".join(pages) + "\n")
    assert foot not in result.text
    assert all(item in result.text for item in items)
    assert "Inhaltsverzeichnis" in result.text and "Die LATEX-Vorlage für beamer" in result.text


def _slides(count: int = 8) -> str:
    """Slides as PyMuPDF extracts them: a few lines each, then the foot (a date, the
    talk, the author, the slide's number), the format and the original size, and a blank
    line after each slide; no page has twenty lines."""
    slides = []
    for number in range(1, count + 1):
        own = textwrap.wrap(" ".join(body("en", number, lines=3)), 60)
        slides.append("\n".join([*own, f"15. May 2019 | Harbour Signals | A. Oneill | {number}",
                                 "16×9", "(Original size: 320×180 bp)"]))
    return "\n\n".join(slides) + "\n"


def test_the_feet_of_slides_that_count_them_go_though_no_slide_is_a_page_long() -> None:
    """Blank lines a few lines apart are paragraphs' breaks, not pages'; but where the
    blocks between them each carry a line that counts them at their foot (the slide's
    foot), they are pages: the foot and the lines beside it go, every slide's text
    stays; the same foot counting nothing tells no pages."""
    text = _slides()
    result = cleaner.clean(text)
    gone = {edit.removed.strip() for edit in result.edits if edit.kind == "boilerplate_line"}
    assert gone == {"16×9", "(Original size: 320×180 bp)",
                    *(f"15. May 2019 | Harbour Signals | A. Oneill | {n}" for n in range(1, 9))}
    for number in range(1, 9):
        for line in textwrap.wrap(" ".join(body("en", number, lines=3)), 60):
            assert line in result.text
    uncounted = re.sub(r"Oneill \| \d+", "Oneill", text)  # the same foot, counting nothing
    assert not [edit for edit in cleaner.clean(uncounted).edits if edit.kind == "boilerplate_line"]


def test_numbered_questions_are_no_slides_and_the_line_under_each_stays() -> None:
    """An exam's questions, each a short block opening on its number (``3. Find …``):
    the number rises by one from block to block, but it labels an item, it counts no
    pages; the blocks are no pages, and the line each question repeats stays."""
    questions = "".join(f"{n}. Find the depth of the harbour at the pier, {7 * n} metres "
                        f"from the quay.\nGive the answer in metres.\n\n" for n in range(1, 9))
    assert cleaner.clean(questions).text.count("Give the answer in metres.") == 8


@pytest.mark.parametrize(("slides", "counted"), [
    (8, [1, 2, 3, 4, 5, 6, 7, 8]), (3, [1, 2, 3]), (8, [1, 2, 3, 4, 5, 0, 0, 0]),
], ids=["eight-counted", "three-slides", "five-of-eight"])
def test_short_blocks_are_pages_when_most_count_themselves_four_at_least(
        slides: int, counted: list[int]) -> None:
    """Four blocks at least, and four in five of them, must carry the count: three slides
    or a count on five of eight tells no pages (a figure's number, an item's)."""
    text = _slides(slides)
    for number, count in enumerate(counted, start=1):
        foot = f"Oneill | {number}\n"
        text = text.replace(foot, f"Oneill | {count}\n" if count else "Oneill\n", 1)
    pages = build(segment(text), frozenset())
    expected = ("blank lines", 8) if 0 not in counted and slides == 8 else ("none", 1)
    assert (pages.source, pages.count) == expected


@pytest.mark.parametrize(("binding", "page_word", "heads_removed"), [
    (("装", "订", "线"), "页", 6),  # a binding margin's mark, a character a line, over the head
    (("装订线",), "页", 6),
    ((), "页", 6),                   # the page's total (``共6 页``) over it
    ((), "\u2eda", 6),               # ...its 页 written as the radical ⻚
    (("则λ =",), "页", 0),          # a piece of a formula, the text's own: the walk stops there
    (("{page}张",), "页", 0),        # a short line, but each page's own: no mark of the pages
    (("第{page}张",), "页", 6),      # long enough for a line group (CJK counts twice): it
])                                  # counts the sheets, a head's line of its own, and goes
def test_a_head_under_a_binding_margin_s_mark_is_at_the_page_s_edge(
        binding: tuple[str, ...], page_word: str, heads_removed: int) -> None:
    """An exam's pages open with its binding margin's mark (``装`` / ``订`` / ``线``, one
    character a line), then the exam's head. Lines too short for any line group, a word
    of letters alone, that stand on most pages are walked through to the head, as blank
    lines are; a line that holds a sign of its own (a formula's ``则λ =``) is the
    text's, and so is a short line each page words otherwise (a table's cell): the
    page's edge is above it. ``第2张`` (the second sheet), a CJK character counting as
    two letters, is long enough for a group: it counts the pages over the head, and
    both go."""
    result = cleaner.clean(exam_pages(binding=binding, page_word=page_word))
    heads = [edit for edit in result.edits if edit.removed.strip() == "《大学数学》试卷B"]
    assert len(heads) == heads_removed
    assert all(edit.reason == "boilerplate_line" for edit in heads)
    assert result.text.count("．") == 30
    assert result.text.count("\n装\n") == (5 if binding == ("装", "订", "线") else 0)


def test_a_short_line_is_a_mark_of_the_pages_only_on_half_of_them() -> None:
    """A binding margin's mark stands on every page, and so does the page's figure
    (``8张``); a table's cells (``PU``), on the pages of the table, three of eight here:
    the walk to a page's edge passes only the marks. A line of four letters or more is a
    line group's, judged as furniture itself (``Name``), and so is the page's total
    (``共8 页``, a CJK character counting twice), its 页 written as the radical ⻚ or not:
    extractors write radicals for ideographs."""
    pages = [f"装\n8张\n共8 \u2eda\n共8 页\nName\nA line of the page's own text, number {page}.\n"
             for page in range(8)]
    pages = [page + ("PU\n" if number < 3 else "") for number, page in enumerate(pages)]
    doc = segment("\f".join(pages))
    marks = furniture._marks_on_most_pages(doc, build(doc, frozenset()))
    assert marks == {"装", "8张"}


@pytest.mark.parametrize("page_word", ["页", "\u2eda"])
def test_an_exams_total_of_pages_goes_its_page_word_a_radical_or_not(page_word: str) -> None:
    """PyMuPDF sets an exam's foot on two lines, ``第3 页`` over ``共6 页``, and writes 页 as
    its radical ⻚ where the font maps it so. The radical is an ideograph's letter: the
    total is a line group, and goes from the foot of every page, as with 页."""
    text = exam_pages(page_word=page_word)
    result = cleaner.clean(text)
    assert text.count(f"共6 {page_word}") == 6
    assert f"共6 {page_word}" not in result.text
    assert all(edit.reason == "boilerplate_line" for edit in result.edits
               if "共6" in edit.removed)


@pytest.mark.parametrize("extractor", ["form feeds", "blank lines", "numbers only"])
def test_the_title_of_a_block_printed_on_each_of_a_few_pages_stays(extractor: str) -> None:
    """uaclasses' manual shows four sample statements as figures, one a page (18 to 21):
    each opens on ``STATEMENT BY AUTHOR``, then ``This thesis has been submitted …`` (or
    ``dissertation``; by the department or the copyright holder), with the page's number
    over it. At the pages' top four times and nowhere else, the title went as a running
    head from each. A head's pages go on each with their own text; these go on with the
    same sentence as another's, and are otherwise unlike (a page printed twice is not:
    tests/test_precommit.py's foot goes): a block printed again, its title content. The
    manual's running head, over every page, goes; so does its head over each statement,
    where the title stands second. The statement's last line, the page's last, stays
    too: it ends the block."""
    head = "Manual for Electronic Theses"
    statement = ["STATEMENT BY AUTHOR",
                 "This {} has been submitted in partial fulfillment of",
                 "requirements for an advanced degree at the University of",
                 "Harbour, and the {} is deposited in the University Library.",
                 "Signed by the author of this {}"]
    pages = []
    for page in range(1, 31):
        if 18 <= page <= 21:
            kind = "dissertation" if page >= 20 else "thesis"
            granted = "the copyright holder" if page % 2 else "the head of the department"
            own = [line.format(kind) for line in statement[:4]]
            own += [f"Reproduction may be granted by {granted}.", statement[4].format(kind),
                    f"(Sample {page - 17})"]
        else:
            own = textwrap.wrap(" ".join(body("en", page, lines=8)), 70)
        pages.append("\n".join([str(page), head, *own]))
    separator = {"form feeds": "\n\f", "blank lines": "\n\n"}.get(extractor, "\n")
    result = cleaner.clean(separator.join(pages) + "\n")
    assert result.text.count("STATEMENT BY AUTHOR\n") == 4
    assert head not in result.text
    assert result.text.count("This thesis has been submitted in partial fulfillment of") == 2
    assert result.text.count(" is deposited in the University Library.") == 4
    assert result.text.count("(Sample ") == 4  # at the foot of the page, under the block


def test_a_head_over_pages_that_each_go_on_with_their_own_text_goes() -> None:
    """The other side of the block's title: a head whose pages open alike only now and
    then (four of eight pages go on with a sentence another page opens on too, half) is
    still every page's head; and so is a head's first line over its second, the same on
    every page."""
    minutes, report = [], []
    met, late = "The committee met again on the pier.", "The ferry was late on both mornings."
    again = {2: [met], 4: [met], 5: [late], 7: [late], 3: ["Votes were taken:"],
             6: ["Votes were taken:"]}  # too short to be a block's: a label
    for page in range(1, 9):
        own = textwrap.wrap(" ".join(body("en", page, lines=8)), 70)
        report.append("\n".join(["Harbour Trust", "Annual report of the pier works", *own]))
        minutes.append("\n".join(["Harbour Committee Minutes", *again.get(page, []), *own,
                                  str(page)]))
    result = cleaner.clean("\n\f".join(minutes) + "\n")
    assert "Harbour Committee Minutes" not in result.text
    assert result.text.count(met) == 2 and result.text.count(late) == 2
    result = cleaner.clean("\n\f".join(report) + "\n")
    assert "Harbour Trust" not in result.text and "Annual report" not in result.text


@pytest.mark.parametrize("language", ["en", "zh"])
def test_sections_alike_each_under_a_number_of_its_own_on_the_line_over_stay(
        language: str) -> None:
    """Each chapter of seuthesix' sample opens on ``2.1`` / ``引言`` (its introduction),
    which pdftotext sets on two lines, at the top of the chapter's first page; the
    contents list them again. Each heading is its own section's, numbered on the line
    over it: none is a head, and all stay. Heads that repeat their number over every
    page go (``3.5`` / ``Harbour works``, on three pages)."""
    heading = "Introduction" if language == "en" else "引言"
    contents = ["Contents", *(line for chapter in range(2, 6) for line in
                              (f"{chapter}.1", f"{heading} . . . . . . . . . . . .",
                               str(2 * chapter)))]
    pages = ["\n".join(contents) + "\n"]
    for page in range(1, 9):
        top = [f"{page // 2 + 2}.1", heading] if page % 2 else []
        pages.append("\n".join([*top, *body(language, page, 10), "", str(page)]) + "\n")
    for page in range(9, 12):
        pages.append("\n".join(["3.5", "Harbour works", *body(language, page, 10), "",
                                str(page)]) + "\n")
    result = cleaner.clean("\f".join(pages))
    assert result.text.count(f"\n{heading}\n") == 4
    assert "Harbour works" not in result.text


@pytest.mark.parametrize("over", ["sentence", "contents"])
def test_a_head_under_figures_of_the_text_or_over_the_contents_still_goes(over: str) -> None:
    """A section's number over a copy is a line of its own (``2.1``): a head under the
    last line of the page before, a sentence that ends on a figure of its own (``… at
    2.4 metres.``), is a head still; and a head over every page of a long contents,
    each copy among the entries' leaders, is no section of its own either. Both go."""
    pages = ["The Harbour Board\nAnnual Report of 1.2\n"]
    for page in range(1, 7):
        lines = body("en", page, 10)
        if over == "sentence":
            lines[-1] = f"The tide stood at {page}.{page + 3} metres"
        else:  # as PyMuPDF sets the entries: the page's number on a line of its own
            lines = [part for entry, line in enumerate(lines, start=1) for part in
                     (f"{page}.{entry} {line[:30]} . . . . . . . . . .", str(page + 10))]
        pages.append("\n".join(["Harbour Board Annual Report", *lines]) + "\n")
    result = cleaner.clean("\f".join(pages))
    assert result.text.count("Harbour Board Annual Report") <= 1


def _thesis_chapter(case: str) -> tuple[str, str]:
    """A thesis as seuthesis prints it: its name ``Harbour Board Thesis`` heads the even
    pages, and the chapter's name (``Harbour Accounts``) the odd ones from page 7; the
    chapter opens on page 5 under its title, worded as its heads. The contents list it
    first. ``case``: ``thesis``; ``late`` (the thesis' name heads from page 4 only, as a
    paper's heads begin on its second page); ``spelled-before`` (the title stands amid
    page 3's text, and page 5 opens on a head; ``labelled-before``, its label run into
    it); ``over-heading`` (page 5's head over
    the chapter's title); ``every-page`` (the thesis' name heads every page, the
    chapter's name under it); ``layered`` (a draft's two lines over the chapter's heads,
    not its title: they reach the edge once those went, and the thesis' name with them).
    The text and the line that opens page 5's text."""
    pages = ["Contents\nHarbour Accounts\n· · · · · · · · · · · ·\n5\n"]  # as PyMuPDF sets it
    for page in range(1, 15):
        thesis = ["Harbour Board Thesis"] if (page % 2 == 0 or case == "every-page") and (
            case != "late" or page >= 4) else []
        top = [*thesis, "Harbour Accounts"] if page >= 5 and page % 2 else thesis
        if case == "layered" and page >= 7 and page % 2:
            top[:0] = ["Draft of 2 May", "For the Board's review"]
        if case == "over-heading" and page == 5:
            top += ["", "Harbour Accounts"]
        text = body("en", page, 12)
        if case == "spelled-before" and page == 3:
            text[5:5] = ["", "HarbourAccounts", ""]  # as pdfminer may space it
        if case == "labelled-before" and page == 3:
            text[5:5] = ["", "第2 章Harbour Accounts", ""]  # the label run in
        pages.append("\n".join([*top, "", *text, "", str(page)]) + "\n")
    return "\f".join(pages), body("en", 5, 12)[0]


@pytest.mark.parametrize(("case", "title_kept"), [
    ("thesis", True), ("late", False), ("spelled-before", False), ("over-heading", True),
    ("every-page", False), ("layered", True), ("labelled-before", False)])
def test_a_chapter_s_title_stays_two_pages_before_its_heads_on_its_own_side(
        case: str, title_kept: bool) -> None:
    """seuthesis opens its chapters on the side its chapters' names head: the title on
    page 5, the heads on pages 7, 9, 11 and 13, and the thesis' name over every other
    page, before the chapter and after its title. The other head running past the
    title's page marks it as a chapter's opening: it stays, its heads go. Where the other
    head began only on the page before (a paper's first head, on page 2 under the
    title on page 1), where the title stands before (then page 5 opens on a head),
    where the copy tops the chapter's own title, and where the other head stands on page
    5 too, the copy on page 5 is a head, and goes; the contents' entry stays."""
    text, opening = _thesis_chapter(case)
    result = cleaner.clean(text)
    pages = result.text.split("\f")
    assert pages[5].lstrip("\n").startswith("Harbour Accounts\n") is title_kept
    assert not any("Harbour Accounts" in page for page in pages[6:])
    assert not any("Harbour Board Thesis" in page for page in pages[1:])
    assert opening in pages[5]
    assert pages[0].startswith("Contents\nHarbour Accounts\n")
    assert pages[5].count("Harbour Accounts") == (1 if case == "over-heading" else title_kept)


def test_a_chapter_s_label_of_three_characters_goes_with_the_head_it_tops() -> None:
    """seuthesis' heads are two lines, the chapter's label and its name (``第三章`` /
    ``使用说明``): a CJK character says about as much as a short word, so the label is
    long enough to be a head's line of its own, and goes with the name under it; the
    text stays."""
    pages = ["\n".join(["第三章", "使用说明", *body("zh", page, 6), "", str(page)])
             for page in range(1, 9)]
    result = cleaner.clean("\f".join(pages) + "\n")
    assert "第三章" not in result.text and "使用说明" not in result.text
    for page in range(1, 9):
        for sentence in body("zh", page, 6):
            assert sentence in result.text


CHAPTERS = ["Harbour Works", "Harbour Accounts", "Harbour Signals", "Harbour Tides"]


def _chapters_headed_in_two_lines(labels_in_contents: bool = True) -> str:
    """A thesis as PyMuPDF sets thuthesis: its title page, the contents (``Chapter 2``
    over ``Harbour Accounts..... 6``), then four chapters of three pages, each page
    headed by its chapter's label and name on two lines, and the chapter's title, worded
    the same, under the head on its first page; each page's number at its foot."""
    pages = ["\n".join(["A Thesis on the Northern Harbour", "by Rebecca Turner",
                        *body("en", 99, 8), "1"]) + "\n"]
    contents = ["Contents"]
    for number, name in enumerate(CHAPTERS, start=1):
        contents += [*([f"Chapter {number}"] if labels_in_contents else []),
                     f"{name}" + "." * 40 + f" {3 * number}"]
    pages.append("\n".join([*contents, "2"]) + "\n")
    for number, name in enumerate(CHAPTERS, start=1):
        for page in range(3 * number, 3 * number + 3):
            title = [f"Chapter {number}", name] if page == 3 * number else []
            pages.append("\n".join([f"Chapter {number}", name, *title,
                                    *body("en", page, 10), str(page)]) + "\n")
    return "\n".join(pages)


@pytest.mark.parametrize("labels_in_contents", [True, False])
def test_each_chapter_s_title_under_its_first_head_stays_and_the_contents_too(
        labels_in_contents: bool) -> None:
    """The heads of all four chapters are one group (``Chapter 1`` to ``Chapter 4``, its
    figure aside): the walk from each page's top reaches the title's label under the
    head's two lines, and it went with the heads, once they were gone, chapter after
    chapter. A copy under the first head of its very text, one head line at most
    between, is the chapter's title, and stays (where the contents name no label too); the contents'
    entries beside their leaders stay. The heads go."""
    result = cleaner.clean(_chapters_headed_in_two_lines(labels_in_contents))
    lines = result.text.split("\n")
    for number, name in enumerate(CHAPTERS, start=1):
        assert lines.count(f"Chapter {number}") == 1 + labels_in_contents  # title, entry
        assert lines.count(name) == 1
        assert f"Chapter {number}\n{name}\n{body('en', 3 * number, 10)[0]}" in result.text


@pytest.mark.parametrize(("line", "first_head", "entry"), [
    ("Chapter 2", 9, True),              # a chapter's label over its entry's leader
    ("第2 章", 9, True),
    ("Harbour Board Thesis", 9, False),  # the thesis' name over a page of entries: no label
    ("Chapter 3", 9, False),             # no leader under it
    ("Chapter 2", 0, False),             # after the first of its heads
])
def test_a_chapter_s_label_over_its_entry_is_the_contents_before_its_heads(
        line: str, first_head: int, entry: bool) -> None:
    """A label in the contents (``Chapter 2`` over ``Harbour Accounts..... 4``, as
    PyMuPDF sets them) stands before the first head that repeats it, its entry's leader
    on the next line: an entry, not a head. The thesis' name over a page of the
    contents is no label; a label without a leader under it, or one after the first of
    its heads, no entry."""
    lines = ["Contents", line, "Harbour Accounts" + "." * 30 + " 4", "Harbour Works" + "." * 30
             + " 5", "Chapter 3", "The text starts on the northern pier.", "", "", "", line]
    doc = segment("\n".join(lines) + "\n")
    context = furniture._Context(doc, build(doc, frozenset()), set(), {}, {}, 3)
    index = 4 if line == "Chapter 3" else 1
    assert furniture._entry_before_its_heads(index, {line: first_head}, context) is entry


def test_a_chapter_s_two_line_title_stays_two_pages_before_its_heads_in_chinese() -> None:
    """seuthesis through PyMuPDF: the chapter's label and name on two lines (``第三章`` /
    ``使用说明``), over its first page (5) and over every other page after it (7 to 13),
    the thesis' name over the pages between and before. The label alone, its letters no
    more than a label, is its own title: both lines stay on page 5, the heads go."""
    pages = []
    for page in range(1, 15):
        top = ["第三章", "使用说明"] if page >= 5 and page % 2 else \
            ["东南大学硕士学位论文"] if page % 2 == 0 else []
        pages.append("\n".join([*top, "", *body("zh", page, 12), "", str(page)]) + "\n")
    result = cleaner.clean("\f".join(pages))
    kept = result.text.split("\f")
    assert kept[4].lstrip("\n").startswith("第三章\n使用说明\n")
    assert not any("第三章" in page or "使用说明" in page or "东南大学" in page
                   for page in kept[5:])


@pytest.mark.parametrize("extractor", ["form feeds", "blank lines"])
def test_a_tables_labels_that_count_its_items_stay_at_the_foot_of_their_pages(
        extractor: str) -> None:
    """h2020proposal's template ends each work package's table at the foot of its page
    (pages 6 to 8 of 12): its deliverables, each labelled ``dev:wp1specs`` … under its
    title. The labels' figures count the work packages, one a page, as a head's count
    the pages; but a page's number is a word of its own, and these stand inside a word:
    each labels its own item. They stay, and so does the row over the last, which the
    walk from the foot no longer reaches past them; the foot (``ACRONYM``, the page's
    number, the date) goes from every page."""
    rows = [("Report on the definition of the model specifications. (M36)", "specs"),
            ("Report on feasibility study for the model implementation. (M12)",
             "implementation"),
            ("Prototype of model implementation. (M24)", "prototype")]
    pages = []
    for page in range(1, 13):
        own = textwrap.wrap(" ".join(body("en", page, lines=8)), 70)
        package = page - 5
        if 1 <= package <= 3:
            own += ["Deliverables"]
            for number, (title, label) in enumerate(rows, start=1):
                own += [f"D{package}.{number}", title, f"dev:wp{package}{label}"]
        pages.append("\n".join([*own, "ACRONYM", str(page), "September 19, 2015"]))
    separator = {"form feeds": "\n\f", "blank lines": "\n\n\n"}[extractor]
    result = cleaner.clean(separator.join(pages) + "\n")
    for package in (1, 2, 3):
        for _, label in rows:
            assert f"dev:wp{package}{label}" in result.text
    assert result.text.count("Prototype of model implementation. (M24)") == 3
    assert "ACRONYM" not in result.text and "September 19, 2015" not in result.text


def test_figures_inside_a_word_are_no_pages_number_and_label_an_item_each() -> None:
    """``_figures`` leaves out a number with a letter of a script with spaces on both
    sides (``wp1specs``), not one against an ideograph (``第3页``) or at a word's one
    end (``S7``, ``7th``); a group whose copies each hold their own such label is an
    item's, and one label twice, or a copy without one, is not."""
    doc = segment("dev:wp1specs\n第3页\nS7 and 7th\nwp2specs\nwp2specs\nwp specs\n"
                  "7th floor\n")
    assert [furniture._figures(doc, index) for index in (0, 1, 2, 6)] == [[], [3], [7, 7], [7]]
    assert furniture._each_its_own_item([0, 3], doc)
    assert not furniture._each_its_own_item([3, 4], doc)  # the same label twice
    assert not furniture._each_its_own_item([0, 5], doc)  # a copy without figures


def _thesis_with_one_head(label: str) -> str:
    """A thesis as PyMuPDF joins its pages (a blank line between, the page's number
    last), every page ending inside a sentence: the contents (chapters without a
    leader, between their numbers and their pages), each chapter opening on its label
    and title, and chapter 2's title again as the head of the page after its first,
    cutting the sentence that runs over to it."""
    contents = ["Indice", "1", "Introduzione generale", "3",
                "1.1", "Principi generali . . . . . . . . . . . . . . . . 3",
                "2", "Il barometro", "6", "2.1", "Generalità . . . . . . . . . . . . . . . 6",
                "3", "Il listato del pacchetto", "9"]
    pages = [[*contents, "", "2"]]
    tops = {3: ["Capitolo 1", "Introduzione generale"],
            4: [label, "Il barometro", "2.1", "Generalità"], 5: ["Il barometro"],
            9: ["Capitolo 3", "Il listato del pacchetto"]}
    for page in range(3, 12):
        own = textwrap.wrap(" ".join(body("en", page, 30)), 80)
        if page == 5:
            own[0] = own[0][0].lower() + own[0][1:]  # the sentence of page 4 goes on
        pages.append([*tops.get(page, []), *own[:-1], own[-1].rstrip("."), str(page)])
    return "\n\n".join("\n".join(page) for page in pages) + "\n"


@pytest.mark.parametrize(("label", "kept"), [("Capitolo 2", 3), ("Il capitolo", 0)])
def test_a_chapters_title_under_its_label_is_no_copy_of_its_one_head(
        label: str, kept: int) -> None:
    """toptesi's sample through PyMuPDF: ``Capitolo 2`` / ``Il barometro`` opens the
    chapter, and ``Il barometro`` heads its next page, the chapter's last, cutting a
    sentence; the contents list it too. Spaced like running heads (nothing marks the
    pages but blank lines), the three went: the chapter's entry, its title and its
    head. The title under the chapter's label, printed once, is the chapter's name, no
    copy of a head, and two copies are too few to tell a head by: all three stay. Under
    a line that is no chapter's label, the three go as before."""
    result = cleaner.clean(_thesis_with_one_head(label))
    assert result.text.count("Il barometro") == kept
    assert "Capitolo 3\nIl listato del pacchetto\n" in result.text


def test_under_its_chapter_label_asks_for_a_label_printed_once() -> None:
    """The line over a copy is a chapter's label (a word and its number) that no other
    line repeats to the letter: a head set under its chapter's label on every page
    repeats the label too; a line over it that is no label (``Il barometro`` under
    prose) makes no title. Lines gone (a page's number) stand between neither."""
    doc = segment("Capitolo 2\nIl barometro\ntext of the page\nCapitolo 3\nTitolo\n"
                  "Capitolo 3\nTitolo\n")
    group_of = {0: 0, 3: 0, 5: 0, 1: 1, 4: 2, 6: 2}
    context = furniture._Context(doc, Pages("none", ()), set(), group_of, {}, 2)
    assert [furniture._under_its_chapter_label(index, context) for index in (1, 2, 4, 6)] == \
        [True, False, False, False]
    numbered = segment("Capitolo 2\n12\nIl barometro\n")  # the page's number between
    context = furniture._Context(numbered, Pages("none", ()), {1}, {0: 0, 2: 1}, {}, 2)
    assert furniture._under_its_chapter_label(2, context)


@pytest.mark.parametrize(("byline", "label", "heads_go"), [
    ("John Doe", "Doe", True),  # MLA: the author's surname and the page's number
    ("Dr. Suzie Que", "Que", True),
    ("Weiteres Kapitel", "Kapitel", False),  # a contents entry, and the word in the text
    ("John Doe", "Poem", False),  # a poem a page, each its own number: content
    ("Lecture Notes on Harbours", "Lecture", False),  # the title's word: no byline
    ("John Doe of the Harbour Board", "Board", False),  # a sentence, not a name
    ("Harbours", "Harbours", False),  # a title of one word: no byline
    ("Minutes Of The Harbour Trust Board", "Board", False),  # six words: a title
    ("Harbour Lecture Notes", "Lecture", False),  # the word amid the line
    ("Notes on Harbours", "Harbours", False),  # a word in lower case: a title
], ids=case_id)
def test_a_head_of_the_authors_name_and_the_pages_number_goes_from_every_page(
        byline: str, label: str, heads_go: bool) -> None:
    """mlacls' example heads each page ``Doe 1``, ``Doe 2`` …: a word and a number, no
    number twice, as a chapter's label is, which stays. Where the word is the surname
    a byline among the first lines ends on (``John Doe``, two to four capitalised
    words, and the only line but the heads that holds the word), the numbers counting
    up one at a time, the line is the paper's head, and goes from every page; a poem's
    number over each page, a word that opens the title, or a chapter's word that the
    text uses too (schule's ``Kapitel 1`` under ``Weiteres Kapitel`` in the contents),
    stays."""
    assert not furniture._names_the_author(  # every other page: a count of its own
        [0, 3, 4], segment("Doe 1\nJohn Doe\ntext\nDoe 3\nDoe 5\n"))
    assert not furniture._names_the_author(  # a word over its number: a chapter's label
        [0, 2], segment("Doe 1\nJohn Doe\nDoe\n2\n"))
    signed = segment("Doe 1\n" + "A line of the letter.\n" * 12 + "Doe 2\nJohn Doe\n")
    assert not furniture._names_the_author([0, 13], signed)  # signed at the end: no byline
    pages = []
    for page in range(1, 6):
        top = [byline, "Professor Ann Smith", "Harbour Studies 101", "7 November 2020"] \
            if page == 1 else []
        own = textwrap.wrap(" ".join(body("en", page, 12)), 72)
        if page == 3 and label == "Kapitel":
            own.append("Zwei Kapitel sind zu wenig")
        pages.append("\n".join([f"{label} {page}", *top, *own]))
    result = cleaner.clean("\n\f".join(pages) + "\n")
    assert result.text.startswith(byline if heads_go else f"{label} 1\n{byline}")
    assert sum(f"{label} {page}\n" in result.text for page in range(1, 6)) == \
        (0 if heads_go else 5)


def test_a_head_over_a_listing_with_numbered_lines_goes_from_every_page() -> None:
    """thuthesis' manual through PyMuPDF: each page of its code opens on the stacked head
    (``7.2`` / ``定义选项`` / ``7`` / ``实现细节``) over a listing whose line numbers
    PyMuPDF writes each over its line. The chapter's number over the head and the
    listing's first number under it looked like an axis's ticks on either side of a
    label, and the head stayed on every page; it goes, and every line of code stays."""
    pages, code = ["\n".join(["ThuThesis: a thesis template", *body("zh", 1, 8), "", "40"])], []
    for page in range(1, 10):
        lines = [f"{(page - 1) * 6 + line + 100}" for line in range(6)]
        listing = [part for number in lines
                   for part in (number, f"\\thu@define{{key{number}}}{{value}}%")]
        if page % 2:  # a line of code that runs over from the page before, unnumbered
            listing.insert(0, f"{{default{page}}}%")
        code += [line for line in listing if not line.isdigit()]
        pages.append("\n".join(["7.2", "定义选项", "7", "实现细节", *listing, "", str(page + 40)]))
    result = cleaner.clean("\n\f".join(pages) + "\n")
    assert "实现细节" not in result.text and "定义选项" not in result.text
    assert all(line in result.text for line in code)


@pytest.mark.parametrize(("text", "index", "numbers"), [
    ("100\n\\foo\n101\n}%\n102\n", 0, True),  # each number over its line of code
    ("100\n\\foo\n101\n}%\n102\n", 4, True),  # the run counted upwards too
    ("100\n\\foo\n101\n}%\n102\n", 1, False),  # a line of code is no number
    ("100\n\n101\n\n102\n", 0, False),  # blank between: a column, judged otherwise
    ("100\n\\foo\n101\n", 0, False),  # two: a tick over a label and a tick under it
    ("0\nTime (s)\n10\nx\n20\n", 0, False),  # ticks step by more
    ("x\ny\n1\nz\n2\n", 0, False),  # a line of text is none, numbers two lines on or not
], ids=case_id)
def test_a_listings_numbers_each_over_its_line(text: str, index: int, numbers: bool) -> None:
    """PyMuPDF writes a listing's line numbers each over its line of code: three numbers
    or more, each one more than the number two lines over it, a line of text between."""
    from cleaner.pages import numbers_a_listings_line

    assert numbers_a_listings_line(segment(text), index) is numbers


@pytest.mark.parametrize(("over", "under", "ticks"), [
    ("0.5", "1.5", True), ("10", "20", True), ("7.2", "7", False), ("0.5", "1", True),
    ("7.2", "8", True), ("17.2", "7", True)])
def test_a_sections_number_over_a_title_and_its_chapters_under_are_no_ticks(
        over: str, under: str, ticks: bool) -> None:
    """Two bare numbers on either side of a short line are an axis's ticks around its
    label, but for a section's number over it and its chapter's under it (``7.2`` /
    ``定义选项`` / ``7``): a head stacked as PyMuPDF sets it, not a figure."""
    doc = segment(f"{over}\n定义选项\n{under}\nText of the page goes on here.\n")
    context = furniture._Context(doc, build(doc, frozenset()), set(), {}, {}, 3)
    assert furniture._in_figure(context, 1) is ticks


@pytest.mark.parametrize(("versions", "notes_stay"), [
    (["0.4", "0.1", "0.7", "0.2", "0.6", "0.3", "0.5", "0.2"], True),  # up and down
    (["0.1", "0.2", "0.2", "0.3", "0.4", "0.6", "0.7", "0.8"], False),  # with the pages
    (["0.4"] * 8, False),  # the same on every page
])
def test_margin_notes_whose_versions_go_up_and_down_are_no_head(versions: list[str],
                                                               notes_stay: bool) -> None:
    """yquant's manual notes in its margin the version each command changed in
    (``Updated in 0.4``, ``Updated in 0.1``, ``Updated in 0.7``), and PyMuPDF writes a
    page's margin first: one note at the top of each of eight pages, worded alike but for
    its figures. A head's figures stay or rise with the pages; these fall back as often
    as they rise, and the notes stay. The same line with figures that rise, or stay, is
    a head, and goes."""
    pages = [f"Updated in {version}\n" + "\n".join(body("en", page, 12)) + "\n"
             for page, version in enumerate(versions)]
    result = cleaner.clean("\f".join(pages))
    kept = [line for line in result.text.replace("\f", "\n").split("\n")
            if line.startswith("Updated in")]
    assert kept == ([f"Updated in {version}" for version in versions] if notes_stay else [])
