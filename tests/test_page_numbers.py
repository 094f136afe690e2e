"""The page-number stage: rising numbers at page breaks go, other numbers stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.options import Options
from cleaner.page_numbers import page_number

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
                    "{n} / 40", "第{n}页", "第 {n} 版", "Seite {n}"]),
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
    ("a 3", None), ("(4)", None), ("Chapter 3", None),
])
def test_page_number_reads_the_number(line: str, number: int | None) -> None:
    assert page_number(line) == number
