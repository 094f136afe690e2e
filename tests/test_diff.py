"""--diff builds its hunks from the edits (linear time): the real ``patch`` program turns
the original into the clean text with it, on every sample and on awkward endings."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import cleaner
from cleaner.files import read_document
from cleaner.report import unified_diff

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
