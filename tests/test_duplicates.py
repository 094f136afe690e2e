"""The duplicate stage: exact, near and truncated copies go; different paragraphs stay."""

from __future__ import annotations

from pathlib import Path

import pytest

import cleaner
from cleaner.options import Options

from .conftest import Case, check_case

LONG = ("The harbour master reported that the northern pier needs repair before "
        "winter, and that the cost will be shared with the fishing cooperative.")


def between(first: str, second: str) -> str:
    return f"Opening words.\n\n{first}\n\nMiddle words.\n\n{second}\n\nClosing words.\n"


WITHOUT_SECOND = "Opening words.\n\n{first}\n\nMiddle words.\n\nClosing words.\n"

CASES = [
    Case(between(LONG, LONG), WITHOUT_SECOND.format(first=LONG), ["duplicate_paragraph"]),
    Case(between(LONG, LONG.upper()), WITHOUT_SECOND.format(first=LONG), ["duplicate_paragraph"]),
    Case(between(LONG, LONG.replace("m", "rn", 1).replace(",", ";")),
         WITHOUT_SECOND.format(first=LONG), ["near_duplicate_paragraph"]),
    Case(between(LONG, LONG[:90]), WITHOUT_SECOND.format(first=LONG), ["contained_paragraph"]),
    # The whole copy stays even when the truncated one comes first.
    Case(between(LONG[:90], LONG), "Opening words.\n\nMiddle words.\n\n" + LONG
         + "\n\nClosing words.\n", ["contained_paragraph"]),
    # keep="last" keeps the second copy.
    Case(between(LONG, LONG), "Opening words.\n\nMiddle words.\n\n" + LONG
         + "\n\nClosing words.\n", ["duplicate_paragraph"], Options(keep="last")),
    # Different numbers, different words at the ends, and short paragraphs stay.
    *(Case(between(first, second), between(first, second), []) for first, second in [
        ("Section 3. Information about the Project Gutenberg Literary Archive Foundation",
         "Section 4. Information about the Project Gutenberg Literary Archive Foundation"),
        ("*** START OF THE PROJECT GUTENBERG EBOOK ALICE'S ADVENTURES IN WONDERLAND ***",
         "*** END OF THE PROJECT GUTENBERG EBOOK ALICE'S ADVENTURES IN WONDERLAND ***"),
        ("短文", "短文"),
    ]),
    # A sentence quoted inside a paragraph is not a truncated copy of it.
    Case("The influence of a fluid core and a solid inner core on the Cassini state.\n\n"
         "Dumberry, M. (2020), Replication data for: the influence of a fluid core and a solid "
         "inner core on the Cassini state, https://doi.org/10.7939/DVN/903HUV, V2.\n",
         "The influence of a fluid core and a solid inner core on the Cassini state.\n\n"
         "Dumberry, M. (2020), Replication data for: the influence of a fluid core and a solid "
         "inner core on the Cassini state, https://doi.org/10.7939/DVN/903HUV, V2.\n", []),
    # Code and tables are never touched, in any format.
    Case("```\nsame line\nsame line\nsame line\nsame line\nsame line\n```\n\n"
         "| a | b |\n| a | b |\n| a | b |\n| a | b |\n",
         "```\nsame line\nsame line\nsame line\nsame line\nsame line\n```\n\n"
         "| a | b |\n| a | b |\n| a | b |\n| a | b |\n", []),
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_duplicate_table(case: Case, tmp_path: Path) -> None:
    check_case("duplicates", case, tmp_path)


def test_the_kept_copy_is_named() -> None:
    result = cleaner.clean(between(LONG, LONG))
    assert [edit.kept_line for edit in result.edits] == [3]


def test_a_chain_of_near_copies_keeps_both_ends() -> None:
    """A like B, B like C, A not like C: B goes as a copy of A, and C stays, in one pass."""
    a = "alpha " * 3 + "The committee met on a cold morning in March to discuss the budget."
    b = a.replace("alpha alpha", "alphx alphx")
    c = b.replace("alpha ", "alphx ").replace("cold", "cald")
    text = f"{a}\n\n{b}\n\n{c}\n"
    result = cleaner.clean(text)
    assert cleaner.clean(result.text).edits == ()


def test_markdown_structure_is_protected_only_in_markdown() -> None:
    text = "# Title\n\n" + "- item one that is long enough to count as a paragraph here\n\n" * 2
    assert cleaner.clean(text.strip(), Options(format="markdown")).edits == ()
    as_text = cleaner.clean(text, Options(format="text"))
    assert "duplicate_paragraph" in [edit.reason for edit in as_text.edits]
