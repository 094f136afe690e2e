"""Each detector on its own: what it removes and what it leaves alone."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.options import Options
from cleaner.segment import segment

WORDS = ["harbour", "pier", "winter", "repair", "cost", "cooperative", "committee", "chair",
         "minutes", "session", "secretary", "report", "vote", "budget", "lighthouse", "crane"]


def page_text(n: int) -> str:
    """Five lines of running text, different on every page."""
    words = WORDS[n % len(WORDS):] + WORDS[:n % len(WORDS)]
    return "".join(" ".join(words[i:i + 6]) + ".\n" for i in range(0, 10, 2))


def paged(footer: str, pages: int = 4) -> str:
    return "".join(page_text(n) + footer.format(n=n) + "\n\f" for n in range(1, pages + 1))


def reasons(text: str, options: Options | None = None) -> list[str]:
    return [edit.reason for edit in cleaner.clean(text, options).edits]


@pytest.mark.parametrize("footer", ["{n}", "– {n} –", "- {n} -", "Page {n}", "Page {n} of 9",
                                    "第{n}页", "第 {n} 版"])
def test_page_numbers_are_removed(footer: str) -> None:
    assert reasons(paged(footer)).count("page_number") == 4


def test_page_numbers_can_be_kept() -> None:
    assert "page_number" not in reasons(paged("{n}"), Options(remove_page_numbers=False))


@pytest.mark.parametrize("text", [
    "Axis\n1\n2\n0\n2\n\nc\ne\nD\n",                          # figure debris
    "Equations\n(1)\ntext text text\n(2)\nmore text\n(3)\n",  # equation numbers
    "Years\n2015\n2017\n2016\n",                               # numbers that do not count up
])
def test_numbers_that_are_not_page_numbers_stay(text: str) -> None:
    assert "page_number" not in reasons(text)


def test_boilerplate_at_page_edges_is_removed_and_ocr_variants_count_together() -> None:
    text = paged("Republican A. P. Leased Wire").replace("Wire\n\f", "Wire!\n\f", 1)
    result = cleaner.clean(text)
    assert reasons(text).count("boilerplate_line") == 4
    assert "Leased Wire" not in result.text


@pytest.mark.parametrize(("line", "why"), [
    ("□适用√不适用", "a form answer in running text"),
    ("--------", "a rule"),
    ("* * * * *", "a rule"),
    ("<doc>", "a markup tag"),
])
def test_repeated_lines_in_running_text_stay(line: str, why: str) -> None:
    text = "".join(f"{page_text(n).splitlines()[0]}\n{line}\n{page_text(n + 5).splitlines()[2]}\n\n"
                   for n in range(8))
    assert "boilerplate_line" not in reasons(text), why


def test_a_run_of_identical_lines_is_boilerplate_but_a_refrain_is_not() -> None:
    run = "Body text that is content.\n\n" + "Footer line\n\n" * 5
    assert reasons(run).count("boilerplate_line") == 5
    refrain = ("Verse one of the song goes here.\n\nBeautiful soup!\nBeautiful soup!\n\n"
               "Verse two of the song goes here.\n\nBeautiful soup!\nBeautiful soup!\n")
    assert "boilerplate_line" not in reasons(refrain)


def test_keep_one_boilerplate_keeps_the_first() -> None:
    text = paged("Running footer")
    result = cleaner.clean(text, Options(keep_one_boilerplate=True))
    assert result.text.count("Running footer") == 1
    assert result.text.index("Running footer") < result.text.index(page_text(2))


LONG = ("The harbour master reported that the northern pier needs repair before "
        "winter, and that the cost will be shared with the fishing cooperative.")


@pytest.mark.parametrize(("copy", "reason"), [
    (LONG, "duplicate_paragraph"),
    (LONG.replace("，", ",").upper(), "duplicate_paragraph"),
    (LONG.replace("m", "rn", 1).replace(",", ";"), "near_duplicate_paragraph"),
    (LONG[:90], "contained_paragraph"),
])
def test_duplicate_kinds(copy: str, reason: str) -> None:
    text = f"Opening words.\n\n{LONG}\n\nMiddle words.\n\n{copy}\n\nClosing words.\n"
    result = cleaner.clean(text)
    assert [edit.reason for edit in result.edits] == [reason]
    assert result.edits[0].kept_line == 3


@pytest.mark.parametrize(("first", "second"), [
    ("Section 3. Information about the Project Gutenberg Literary Archive Foundation",
     "Section 4. Information about the Project Gutenberg Literary Archive Foundation"),
    ("*** START OF THE PROJECT GUTENBERG EBOOK ALICE'S ADVENTURES IN WONDERLAND ***",
     "*** END OF THE PROJECT GUTENBERG EBOOK ALICE'S ADVENTURES IN WONDERLAND ***"),
    ("短文", "短文"),
])
def test_different_or_short_paragraphs_are_not_duplicates(first: str, second: str) -> None:
    assert reasons(f"{first}\n\nSome text between them.\n\n{second}\n") == []


def test_a_sentence_quoted_inside_a_paragraph_is_not_a_truncated_copy() -> None:
    quoted = "the influence of a fluid core and a solid inner core on the Cassini state"
    text = (f"{quoted.capitalize()}.\n\nDumberry, M. (2020), Replication data for: {quoted}, "
            "https://doi.org/10.7939/DVN/903HUV, UAL Dataverse, V2.\n")
    assert reasons(text) == []


def test_protected_blocks_are_never_touched() -> None:
    text = ("```\nsame line\nsame line\nsame line\nsame line\nsame line\n```\n\n"
            "| a | b |\n| a | b |\n| a | b |\n| a | b |\n")
    assert reasons(text) == []


def test_markdown_structure_is_protected_only_in_markdown() -> None:
    text = "# Title\n\n" + "- item one that is long enough to count as a paragraph here\n\n" * 2
    assert reasons(text.strip(), Options(format="markdown")) == []
    assert "duplicate_paragraph" in reasons(text, Options(format="text"))


def test_a_document_that_would_become_empty_is_left_alone() -> None:
    text = "Footer line\n\n" * 6
    result = cleaner.clean(text)
    assert result.text == text and result.edits == ()
    assert result.warnings


def test_segment_keeps_offsets() -> None:
    doc = segment("a\r\nb\fc\rd")
    assert [(line.text, doc.text[line.start:line.end]) for line in doc.lines] == [
        ("a", "a\r\n"), ("b", "b\f"), ("c", "c\r"), ("d", "d")]
    assert [line.page_break_after for line in doc.lines] == [False, True, False, False]
