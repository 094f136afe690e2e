"""Each option, turned off (or up), keeps what it governs: through the command line, on
real sample files, so that a flag that silently does nothing fails here."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner.cli import main

from .conftest import REFERENCE, SAMPLES

RUNNING_HEADER = SAMPLES / "en-pdf-running-header.txt"
WIRE = ("The mayor opened the new bridge on Monday before a crowd of several hundred.\n\n"
        "(By United Press)\n\nThe council voted to extend the tram line to the harbour.\n\n"
        "(By United Press)\n\nThe school board named a new head for the northern district.\n\n"
        "(By United Press)\n\nThe weather will stay mild and dry through the weekend.\n")


def report_of(path: Path, *flags: str) -> tuple[list[dict[str, object]], str]:
    """The JSON report and the clean text of ``path`` cleaned with ``flags``."""
    with tempfile.TemporaryDirectory() as folder:
        outcome = CliRunner().invoke(main, ["clean", str(path), "--report", "-", "-o",
                                            str(Path(folder) / "out.txt"), *flags])
    assert outcome.exit_code == 0, outcome.stderr
    text = CliRunner().invoke(main, ["clean", str(path), *flags]).stdout
    return json.loads(outcome.stdout)["files"][0]["edits"], text


@pytest.mark.parametrize(("path", "flags", "kept", "reasons_gone"), [
    (RUNNING_HEADER, ["--no-remove-page-numbers"], ["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"],
     {"page_number"}),
    (REFERENCE, ["--no-join-broken-paragraphs"], [], {"broken_paragraph", "hyphenated_word"}),
    (REFERENCE, ["--boilerplate-min-repeats", "1000"], [], {"boilerplate_line"}),
    (REFERENCE, ["--min-paragraph-chars", "100000"], [],
     {"duplicate_paragraph", "near_duplicate_paragraph", "contained_paragraph"}),
])
def test_an_option_turned_off_keeps_what_it_governs(tmp_path: Path, path: Path,
                                                    flags: list[str], kept: list[str],
                                                    reasons_gone: set[str]) -> None:
    entries, text = report_of(path, *flags)
    assert not {entry["reason"] for entry in entries} & reasons_gone
    default_entries, _ = report_of(path)
    assert {entry["reason"] for entry in default_entries} & reasons_gone  # on by default
    for line in kept:
        assert line in text.splitlines()


def test_keep_one_boilerplate_keeps_the_first_copy() -> None:
    _, text = report_of(REFERENCE, "--keep-one-boilerplate")
    assert text.count("株洲市青少年宫") == 1
    _, default = report_of(REFERENCE)
    assert "株洲市青少年宫" not in default


def test_keep_credit_lines_keeps_them(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(WIRE, encoding="utf-8")
    _, text = report_of(path, "--keep-credit-lines")
    assert text.count("(By United Press)") == 3
    _, default = report_of(path)
    assert "(By United Press)" not in default


def test_no_strip_blank_lines_keeps_them(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("\n\n\nOne paragraph.\n\n\n", encoding="utf-8")
    _, text = report_of(path, "--no-strip-blank-lines")
    assert text == "\n\n\nOne paragraph.\n\n\n"
    _, default = report_of(path)
    assert default == "One paragraph.\n"
