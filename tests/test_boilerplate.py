"""The boilerplate stage: furniture at page edges and runs go; repeated content stays."""

from __future__ import annotations

from pathlib import Path

import pytest

import cleaner
from cleaner.options import Options

from .conftest import Case, check_case
from .test_page_numbers import page_text, paged, without_footer


def in_running_text(line: str) -> str:
    """``line`` eight times, each between two lines of running text."""
    return "\n".join(f"{page_text(n).splitlines()[0]}\n{line}\n{page_text(n + 5).splitlines()[2]}\n"
                     for n in range(8))


CASES = [
    Case(paged("Republican A. P. Leased Wire").replace("Wire\n\f", "Wire!\n\f", 1),
         without_footer(), ["boilerplate_line"] * 4),
    Case(paged("Running footer"), without_footer(), ["boilerplate_line"] * 4),
    Case(paged("Running footer"), without_footer().replace("\f", "Running footer\n\f", 1),
         ["boilerplate_line"] * 3, Options(keep_one_boilerplate=True)),
    # A run of identical lines with only blank lines between them is scrape debris.
    Case("Body text that is content.\n\n" + "Footer line\n\n" * 4 + "Footer line\n",
         "Body text that is content.\n", ["boilerplate_line"] * 5),
    # Repeated lines in running text are content: a form answer, rules, a markup tag.
    *(Case(in_running_text(line), in_running_text(line), [])
      for line in ["□适用√不适用", "--------", "* * * * *", "<doc>"]),
    # A refrain is content.
    Case("Verse one of the song goes here.\n\nBeautiful soup!\nBeautiful soup!\n\n"
         "Verse two of the song goes here.\n\nBeautiful soup!\nBeautiful soup!\n",
         "Verse one of the song goes here.\n\nBeautiful soup!\nBeautiful soup!\n\n"
         "Verse two of the song goes here.\n\nBeautiful soup!\nBeautiful soup!\n", []),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_boilerplate_table(case: Case, tmp_path: Path) -> None:
    check_case("boilerplate", case, tmp_path)


def test_a_document_that_would_become_empty_is_left_alone() -> None:
    text = "Footer line\n\n" * 6
    result = cleaner.clean(text)
    assert result.text == text and result.edits == ()
    assert result.warnings
