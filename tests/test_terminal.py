"""What reaches the terminal: a file name or a document's text cannot send it control
sequences, and line numbers are the ones an editor and ``grep -n`` show."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import cleaner
from cleaner.cli import main
from cleaner.report import printable

from .test_cli import DAMAGED

ESCAPE = "\x1b]0;owned\x07"  # sets a terminal's title: harmless here, not elsewhere


@pytest.mark.parametrize(("text", "shown"), [
    ("plain 文字 and\ttab", "plain 文字 and\ttab"),  # printable text as it is
    ("a\x1b[31mred", "a\\e[31mred"),
    ("feed\fcarriage\rbell\x07", "feed\\fcarriage\\rbell\\x07"),
    ("c1\x85\x9b", "c1\\x85\\x9b"),  # C1 controls: a CSI on some terminals
    ("\u202egnp.exe", "\\u202egnp.exe"),  # a right-to-left override turns a name around
    ("bad\udcff.txt", "bad\\xff.txt"),  # an undecodable byte of a file name
])
def test_printable_escapes_what_a_terminal_would_obey(text: str, shown: str) -> None:
    assert printable(text) == shown


def _hostile(tmp_path: Path) -> Path:
    path = tmp_path / f"page{ESCAPE}.txt"
    path.write_text(DAMAGED.replace("Last page.", f"Last page {ESCAPE}."), encoding="utf-8")
    return path


def test_a_hostile_file_name_is_printed_escaped_in_every_message(tmp_path: Path) -> None:
    path = _hostile(tmp_path)
    completed = subprocess.run([sys.executable, "-m", "cleaner", "clean", "--check", "--explain",
                                "-v", str(path)], capture_output=True, text=True, timeout=120)
    assert completed.returncode == 1, completed.stderr
    assert "\x1b" not in completed.stderr and "\x07" not in completed.stderr
    assert "page\\e]0;owned\\x07.txt:2: boilerplate_line" in completed.stderr


def test_colour_and_diff_show_control_characters_of_the_text(tmp_path: Path) -> None:
    path = _hostile(tmp_path)
    outcome = CliRunner().invoke(main, ["clean", "--diff", "--color", str(path)])
    escapes = [part.split("m", 1)[0] for part in outcome.stdout.split("\x1b[")[1:]]
    assert escapes and all(code.replace(";", "").isdigit() for code in escapes)  # colour only
    assert "\\e]0;owned\\x07" in outcome.stdout  # the file name, visible
    # Without colour the diff is for a patch file: the text as it is, to apply.
    plain = CliRunner().invoke(main, ["clean", "--diff", "--no-color", str(path)]).stdout
    assert "\x07" not in plain.splitlines()[0] and "Running footer" in plain


def test_the_json_report_names_files_printably(tmp_path: Path) -> None:
    path = _hostile(tmp_path)
    outcome = CliRunner().invoke(main, ["clean", "--check", "--report", "-", str(path)])
    report = json.loads(outcome.stdout)
    assert report["files"][0]["path"] == printable(str(path))
    assert all(entry["path"] == printable(str(path)) for entry in report["files"][0]["edits"])


@pytest.mark.parametrize(("line_break", "page_break"), [
    ("\n", "\f"), ("\n", "\n\f"), ("\n", "\f\n"), ("\r\n", "\r\n\f"), ("\r\n", "\f\r\n")])
def test_line_numbers_count_line_feeds(line_break: str, page_break: str) -> None:
    """A form feed or a carriage return starts no line of its own in an editor: the
    numbers the report gives are ``grep -n``'s."""
    pages = [f"{name} page text that ends here.{line_break}Running footer"
             for name in ["First", "Second", "Third"]]
    text = page_break.join([*pages, "Last page."]) + line_break
    result = cleaner.clean(text)
    footers = [number for number, line in enumerate(text.split("\n"), 1)
               if "Running footer" in line]
    assert [edit.first_line for edit in result.edits if edit.reason == "boilerplate_line"] \
        == footers


def test_a_moved_page_break_is_visible_in_a_coloured_diff(tmp_path: Path) -> None:
    path = tmp_path / "joined.txt"
    path.write_text("The results of one\n\n\fand another laboratory agree.\n\nNext page.\n",
                    encoding="utf-8")
    coloured = CliRunner().invoke(main, ["clean", "--diff", "--color", str(path)]).stdout
    removed = [line for line in coloured.splitlines() if "\\f" in line]
    assert removed, coloured  # the form feed shown as \f, not as an invisible change
    assert "\f" not in coloured


def test_each_finding_names_its_reason_once_in_colour(tmp_path: Path) -> None:
    """``--check --color`` printed ``boilerplate_line: boilerplate_line: …`` at 7f00e40."""
    path = tmp_path / "paged.txt"
    pages = ["The harbour committee met.", "Repairs to the pier began.",
             "The ferry sailed at noon.", "A storm closed the quay."]
    path.write_text("".join(f"Footer line here\n{text}\f" for text in pages))
    outcome = CliRunner().invoke(main, ["clean", "--check", "--color", str(path)])
    findings = [line for line in outcome.stderr.splitlines() if "repeated 4 times" in line]
    assert len(findings) == 4
    assert all(line.count("boilerplate_line") == 1 for line in findings)
    assert [line.split(":")[1] for line in findings] == ["1\x1b[0m", "2\x1b[0m", "3\x1b[0m",
                                                         "4\x1b[0m"]  # lines by \n
