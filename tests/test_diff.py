"""--diff builds its hunks from the edits (linear time): the real ``patch`` program turns
the original into the clean text with it, on every sample and on awkward endings."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

import cleaner
from cleaner.edits import Edit
from cleaner.files import read_document
from cleaner.report import CONTEXT, unified_diff

from .conftest import sample_inputs

AWKWARD = [
    "One.\nFooter\fTwo.\nFooter\fThree.\nFooter\fFour.",  # no newline at the end
    "One.\r\nFooter\fTwo.\r\nFooter\fThree.\r\nFooter\fFour.\r\n",
    "Page 1\n\nThe measurements of the first series show that the\n\nPage 2\n\nsecond series "
    "agrees with them, and the third one does too.\n\nPage 3\n\nThe end of the report is "
    "here.\n\nPage 4\n\nAppendix follows",  # a join across a page number, no newline
    "A paragraph printed twice in a row by a layout error, long enough to count as a copy "
    "with more than twenty words.\n\n"
    "A paragraph printed twice in a row by a layout error, long enough to count as a copy "
    "with more than twenty words.",
    "\n\n\nLeading blank lines, then text.\n\n\n",
]


@pytest.mark.skipif(shutil.which("patch") is None, reason="the patch program is not installed")
@pytest.mark.parametrize("text", [*(read_document(path).text for path in sample_inputs()),
                                  *AWKWARD],
                         ids=[*(path.name for path in sample_inputs()),
                              *(f"awkward-{index}" for index in range(len(AWKWARD)))])
def test_patch_applies_the_diff(tmp_path: Path, text: str) -> None:
    result = cleaner.clean(text)
    assert result.edits
    original, diff, out = tmp_path / "x", tmp_path / "x.diff", tmp_path / "out"
    original.write_bytes(text.encode("utf-8"))
    diff.write_bytes(unified_diff("x", text, result.text, edits=result.edits).encode("utf-8"))
    completed = subprocess.run(["patch", "--binary", "-s", "-o", str(out), str(original),
                                str(diff)], capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0, completed.stderr
    assert out.read_bytes() == result.text.encode("utf-8")


def test_simple_diffs_match_difflib() -> None:
    text = ("Intro.\n\nA paragraph printed twice by a layout error, long enough.\n\n"
            "Middle.\n\nA paragraph printed twice by a layout error, long enough.\n\nEnd.\n")
    result = cleaner.clean(text)
    assert unified_diff("x", text, result.text, edits=result.edits) == unified_diff(
        "x", text, result.text)


HEADER = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


def _split(text: str) -> list[str]:
    return re.findall(r"[^\n]*\n|[^\n]+$", text)


def assert_hunks_exact(before: str, after: str, diff: str) -> int:
    """Every hunk's header names exactly the lines it shows: the old lines (context and
    ``-``) stand at its old start in ``before``, the new ones (context and ``+``) at its
    new start in ``after``. ``patch`` forgives a header that is off (it looks nearby);
    this does not. And every hunk is as narrow as ``diff -u`` makes it (see
    :func:`assert_hunk_narrow`). Returns the number of hunks."""
    old_lines, new_lines = _split(before), _split(after)
    hunks = 0
    lines = _split(diff)[2:]  # after the --- and +++ lines (split at line feeds only)
    index = 0
    shown_to = -1  # the old lines the hunks so far show end here
    while index < len(lines):
        found = HEADER.match(lines[index])
        assert found, lines[index]
        old_start, old_count = int(found[1]), int(found[2] or 1)
        new_start, new_count = int(found[3]), int(found[4] or 1)
        old: list[str] = []
        new: list[str] = []
        body: list[tuple[str, str]] = []  # (" ", "-" or "+"; the line with its line feed)
        index += 1
        while index < len(lines) and not lines[index].startswith("@@"):
            line = lines[index]
            if line.startswith("\\"):  # "\ No newline at end of file": the line before
                marker_for = lines[index - 1][0]  # had no line feed, on its sides
                if marker_for in " -" and old:
                    old[-1] = old[-1][:-1]
                if marker_for in " +" and new:
                    new[-1] = new[-1][:-1]
                body[-1] = (body[-1][0], body[-1][1][:-1])
            else:
                if line[0] in " -":
                    old.append(line[1:])
                if line[0] in " +":
                    new.append(line[1:])
                body.append((line[0], line[1:]))
            index += 1
        assert (len(old), len(new)) == (old_count, new_count)
        old_at = old_start - 1 if old_count else old_start
        new_at = new_start - 1 if new_count else new_start
        assert old_lines[old_at:old_at + old_count] == old, (found[0], old)
        assert new_lines[new_at:new_at + new_count] == new, (found[0], new)
        assert_hunk_narrow(found[0], body, at_start=old_at == 0,
                           at_end=old_at + old_count == len(old_lines))
        assert old_at > shown_to, (found[0], "hunks whose context touches are one")
        shown_to = old_at + old_count
        hunks += 1
    return hunks


def assert_hunk_narrow(header: str, body: list[tuple[str, str]], *, at_start: bool,
                       at_end: bool) -> None:
    """Three lines of context before and after the changes (fewer only at the file's
    edges), at most six between two changes (more make two hunks), and no line shown
    as changed that is not: a run of changes does not remove a line and add it back."""
    signs = "".join(sign for sign, _ in body)
    leading, trailing = len(signs) - len(signs.lstrip(" ")), len(signs) - len(signs.rstrip(" "))
    assert leading == CONTEXT or (at_start and leading < CONTEXT), (header, leading)
    assert trailing == CONTEXT or (at_end and trailing < CONTEXT), (header, trailing)
    assert all(len(run) <= 2 * CONTEXT for run in re.findall(r"(?<=[-+]) +(?=[-+])", signs)
               ), header
    for changes in re.finditer(r"[-+]+", signs):
        removed = [text for sign, text in body[changes.start():changes.end()] if sign == "-"]
        added = [text for sign, text in body[changes.start():changes.end()] if sign == "+"]
        assert not (removed and added and removed[0] == added[0]), (header, removed[0])


@pytest.mark.parametrize("text", [*(read_document(path).text for path in sample_inputs()),
                                  *AWKWARD],
                         ids=[*(path.name for path in sample_inputs()),
                              *(f"awkward-{index}" for index in range(len(AWKWARD)))])
def test_every_hunk_header_names_exactly_its_lines(text: str) -> None:
    result = cleaner.clean(text)
    diff = unified_diff("x", text, result.text, edits=result.edits)
    assert assert_hunks_exact(text, result.text, diff) >= 1


def test_later_hunks_count_the_lines_earlier_ones_removed() -> None:
    """Pages far apart, each losing its foot and number: the new start of each hunk is its
    old start less every line the hunks before it took away. (Each page its own text: a
    page whose every line the next repeats is a slide's earlier build, and goes whole.)"""
    def filler(page: int) -> str:
        return "".join(f"Line {n} of page {page} of the minutes of the harbour committee.\n"
                       for n in range(12))
    text = "".join(f"{filler(number)}Harbour Review, spring issue\n{number}\n\f"
                   for number in range(1, 6))
    result = cleaner.clean(text)
    diff = unified_diff("x", text, result.text, edits=result.edits)
    assert assert_hunks_exact(text, result.text, diff) >= 4
    starts = [(int(found[1]), int(found[3])) for found in re.finditer(HEADER.pattern, diff, re.M)]
    assert starts[0][0] == starts[0][1] and starts[-1][1] < starts[-1][0] - 4


@pytest.mark.parametrize(("apart", "hunks"), [(6, 1), (7, 1), (8, 2)])
def test_changes_whose_context_touches_make_one_hunk(apart: int, hunks: int) -> None:
    """As diff -u: three lines of context each side, so changes seven lines apart (six
    unchanged between) are one hunk, eight apart two."""
    lines = [f"Line {number} of the minutes.\n" for number in range(30)]
    before = "".join(lines)
    after = "".join(line for number, line in enumerate(lines) if number not in {10, 10 + apart})
    edits = [Edit("boilerplate_line", "boilerplate_line", "m", start, start + len(lines[number]),
                  lines[number], "", number + 1, number + 1)
             for number in (10, 10 + apart)
             for start in [len("".join(lines[:number]))]]
    diff = unified_diff("x", before, after, edits=edits)
    assert assert_hunks_exact(before, after, diff) == hunks
    assert diff == unified_diff("x", before, after)
