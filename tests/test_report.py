"""What a run reports, piece by piece (:mod:`cleaner.report`): findings with the repeats
kept, summaries, escapes of what a terminal must not interpret, the JSON report, and
diffs (the narrowing of a changed region, colours, line endings, ranges). The command's
output as a whole is tested with the command (``test_cli.py``, ``test_diff.py``)."""

from __future__ import annotations

import json

import click
import pytest

import cleaner
from cleaner.report import (
    Finding,
    Report,
    _narrowed,
    _range,
    findings,
    json_report,
    printable,
    report_entries,
    summary,
    unified_diff,
)

from .conftest import case_id

REFRAIN = "And still she sat, and still she reeled, and still she wished for company."
PAGES = "One.\nFooter\fTwo.\nFooter\fThree.\nFooter\fFour.\n"


@pytest.mark.parametrize(("old", "new", "narrowed"), [
    (["a\n", "b\n", "c\n"], ["a\n", "c\n"], (6, ["b\n"], [])),
    (["a\n", "a\n", "a\n"], ["a\n", "a\n"], (7, ["a\n"], [])),  # the ends may not overlap
    (["x\n", "a\n", "b\n"], ["y\n", "a\n", "b\n"], (5, ["x\n"], ["y\n"])),
    (["a\n", "b\n", "x\n"], ["a\n", "b\n", "y\n"], (7, ["x\n"], ["y\n"])),
    (["a\n", "x\n", "b\n", "c\n"], ["a\n", "y\n", "z\n", "b\n", "c\n"],
     (6, ["x\n"], ["y\n", "z\n"])),
    (["a\n", "b\n"], ["c\n"], (5, ["a\n", "b\n"], ["c\n"])),
    (["a\n"], ["a"], (5, ["a\n"], ["a"])),  # a line that loses its line feed changes
], ids=case_id)
def test_a_changed_region_is_narrowed_by_the_lines_it_leaves_alone(
        old: list[str], new: list[str], narrowed: tuple[int, list[str], list[str]]) -> None:
    assert _narrowed(5, old, new) == narrowed


@pytest.mark.parametrize(("start", "count", "shown"), [
    (0, 1, "1"), (4, 1, "5"), (4, 3, "5,3"), (4, 0, "4,0"), (0, 0, "0,0"),
], ids=case_id)
def test_a_hunk_range_is_written_as_diff_u_writes_it(start: int, count: int,
                                                     shown: str) -> None:
    assert _range(start, count) == shown


def test_findings_list_the_repeats_kept_on_request_in_line_order() -> None:
    text = f"{REFRAIN}\n\nThe end of the first verse.\n\n{REFRAIN}\n\f" + PAGES
    result = cleaner.clean(text)
    plain = findings("a.txt", result)
    assert all(finding.reason != "kept" for finding in plain) and plain
    every = findings("a.txt", result, kept=True)
    assert [(finding.line, finding.reason) for finding in every][:1] == [(5, "kept")]
    assert every[0] == Finding("a.txt", 5, "kept", result.siblings[0].message)
    assert len(every) == len(plain) + 1
    assert [finding.line for finding in every] == sorted(finding.line for finding in every)


def test_a_finding_in_colour_has_the_place_in_bold_and_the_reason_in_yellow() -> None:
    finding = Finding("a\x1b.txt", 3, "boilerplate_line", "Footer\x07")
    assert finding.text() == "a\\e.txt:3: boilerplate_line: Footer\\x07"
    assert finding.text(color=True) == (
        f"{click.style('a' + chr(92) + 'e.txt:3', bold=True)}: "
        f"{click.style('boilerplate_line', fg='yellow')}: Footer\\x07")


@pytest.mark.parametrize(("text", "shown"), [
    ("plain", "plain"),
    ("\x00\x1f\x7f\x9f", "\\x00\\x1f\\x7f\\x9f"),
    ("\f\r\x1b", "\\f\\r\\e"),
    ("tab\there\nline", "tab\there\nline"),
    ("\u202e\u2066\u2069", "\\u202e\\u2066\\u2069"),
    ("bad\udc80\udcff.txt", "bad\\x80\\xff.txt"),         # undecodable bytes of a name
    ("\udd00\ud800", "\\udd00\\ud800"),                   # other lone surrogates
    ("ÄÖ 株洲", "ÄÖ 株洲"),
], ids=case_id)
def test_printable_escapes_what_a_terminal_would_interpret(text: str, shown: str) -> None:
    assert printable(text) == shown


@pytest.mark.parametrize(("text", "shown"), [
    (PAGES, "a.txt: 3 boilerplate lines removed"),
    ("Clean text.\n", "a.txt: clean"),
], ids=case_id)
def test_a_summary_counts_the_edits_by_kind(text: str, shown: str) -> None:
    assert summary("a.txt", cleaner.clean(text)) == shown


def test_a_summary_names_one_of_a_kind_in_the_singular_and_joins_kinds() -> None:
    text = ("The harbour master reported that the pier needs repair before winter, and "
            "that the cost will be shared with the fishing cooperative.\n\n") * 2 + PAGES
    line = summary("a\x1b.txt", cleaner.clean(text))
    assert line == "a\\e.txt: 1 duplicate paragraph removed, 3 boilerplate lines removed"


def test_the_json_report_keeps_text_as_it_is_and_is_indented() -> None:
    report = Report()
    report.done("株洲.txt", cleaner.clean("株洲\n\f" + PAGES), "utf-8")
    shown = json_report(report.document())
    assert shown.startswith('{\n  "report_version": 2,\n  "tool": "cleaner ')
    assert '"path": "株洲.txt"' in shown and shown.endswith("}\n")
    assert json.loads(shown)["files"][0]["edits"][0]["path"] == "株洲.txt"


def test_report_entries_name_their_file_and_come_in_text_order() -> None:
    result = cleaner.clean(f"{REFRAIN}\n\nMiddle.\n\n{REFRAIN}\n\f" + PAGES)
    entries = report_entries("a\x1b.txt", result)
    assert {entry["path"] for entry in entries} == {"a\\e.txt"}
    assert [entry["start"] for entry in entries] == sorted(entry["start"] for entry in entries)
    assert {entry["action"] for entry in entries} == {"kept", "removed"}


def test_the_tally_counts_every_file_and_only_the_edits_made() -> None:
    report = Report()
    for name in ("a.txt", "b.txt"):
        report.done(name, cleaner.clean("Clean text.\n"), "utf-8")
    report.done("c.txt", cleaner.clean(f"{REFRAIN}\n\nMiddle.\n\n{REFRAIN}\n\f" + PAGES),
                "utf-8")
    assert (report.changed, report.unchanged) == (1, 2)
    assert report.total() == "1 file cleaned, 2 left unchanged"
    assert report.by_reason() == {"boilerplate_line": 3}


def test_a_diff_without_edits_compares_the_texts() -> None:
    shown = unified_diff("a.txt", "one\ntwo\n", "one\n")
    assert shown == "--- a/a.txt\n+++ b/a.txt\n@@ -1,2 +1 @@\n one\n-two\n"
    assert unified_diff("a.txt", "same\n", "same\n") == ""


def test_a_line_without_a_line_feed_is_marked_as_diff_marks_it() -> None:
    shown = unified_diff("a.txt", "one\ntwo", "one")
    assert shown.endswith("-one\n-two\n\\ No newline at end of file\n"
                          "+one\n\\ No newline at end of file\n")


def test_a_diff_in_colour_styles_each_kind_of_line_and_shows_control_characters() -> None:
    """For a terminal: names bold, ranges cyan, removals red, additions green, context
    plain; a control character in the text is shown as an escape, the line's end (CR LF
    or LF) is kept."""
    shown = unified_diff("a.txt", "one\r\ntwo\x07\r\nfour\n", "one\r\nthree\n", color=True)
    assert shown == "".join([
        click.style("--- a/a.txt", bold=True) + "\n",
        click.style("+++ b/a.txt", bold=True) + "\n",
        click.style("@@ -1,3 +1,2 @@", fg="cyan") + "\n",
        " one\r\n",
        click.style("-two\\x07\r", fg="red") + "\n",
        click.style("-four", fg="red") + "\n",
        click.style("+three", fg="green") + "\n",
    ])
    assert unified_diff("a.txt", "one\r\ntwo\x07\r\nfour\n", "one\r\nthree\n") == (
        "--- a/a.txt\n+++ b/a.txt\n@@ -1,3 +1,2 @@\n one\r\n-two\x07\r\n-four\n+three\n")


def test_a_diff_from_edits_of_crlf_text_keeps_the_line_ends() -> None:
    before = "One.\r\nFooter\r\n\fTwo.\r\nFooter\r\n\fThree.\r\nFooter\r\n"
    result = cleaner.clean(before)
    shown = unified_diff("a.txt", before, result.text, edits=result.edits)
    assert shown.count("-Footer\r\n") == 3


def test_github_commands_skip_the_repeats_kept_and_warn_of_every_removal(
        capsys: pytest.CaptureFixture[str]) -> None:
    """A repeat kept early in the file does not end the list: each removal after it is a
    warning of its own, each naming its lines."""
    from cleaner.console import Console

    result = cleaner.clean(f"{REFRAIN}\n\nMiddle.\n\n{REFRAIN}\n\f" + PAGES)
    entry = Report().done("a,b:c.txt", result, "utf-8")
    assert entry["edits"][0]["action"] == "kept"
    Console(output_format="github").done(entry, "")
    lines = capsys.readouterr().out.splitlines()
    assert lines == [f"::warning file=a%2Cb%3Ac.txt,line={edit.first_line},"
                     f"endLine={edit.last_line},title=cleaner {edit.reason}::{edit.message}"
                     for edit in result.edits]


def test_a_coloured_line_is_styled_to_its_last_character() -> None:
    shown = unified_diff("a.txt", "keep\nBOX\n", "keep\n", color=True)
    assert shown.endswith(click.style("-BOX", fg="red") + "\n")
