"""The reference page's expectations, stated directly (not only by comparison)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

import cleaner
from cleaner.cli import main
from cleaner.segment import segment

from .conftest import REFERENCE

DUPLICATE = "《中国青年报》对株洲机公司团委书记李金龙“1+100”工作事迹"
FOOTER = "株洲市青少年宫"
OPEN_BEFORE_SECOND_COPY = "保持经常性交流,其中,"


def paragraphs(text: str) -> list[str]:
    doc = segment(text)
    return ["".join(doc.lines[i].text for i in range(block.first, block.last + 1))
            for block in doc.blocks]


def test_duplicate_paragraph_appears_once_and_the_copy_in_context_is_kept(
        reference_text: str) -> None:
    result = cleaner.clean(reference_text)
    assert reference_text.count(DUPLICATE) == 2
    assert result.text.count(DUPLICATE) == 1
    removed = [edit for edit in result.edits if edit.kind == "duplicate_paragraph"]
    assert len(removed) == 1
    # The first copy (line 87) goes; the second (line 99) stays, joined to the open sentence.
    assert removed[0].first_line == 87
    assert removed[0].kept_line == 99
    assert OPEN_BEFORE_SECOND_COPY + DUPLICATE in result.text


def test_keep_first_keeps_the_first_copy(reference_text: str) -> None:
    result = cleaner.clean(reference_text, cleaner.Options(keep="first"))
    removed = [edit for edit in result.edits if edit.kind == "duplicate_paragraph"]
    assert [edit.first_line for edit in removed] == [99]


def test_footer_is_gone_or_kept_once(reference_text: str) -> None:
    assert reference_text.count(FOOTER) == 20
    assert FOOTER not in cleaner.clean(reference_text).text.splitlines()
    kept_one = cleaner.clean(reference_text, cleaner.Options(keep_one_boilerplate=True)).text
    assert kept_one.splitlines().count(FOOTER) == 1


def test_every_other_paragraph_is_still_there_in_order(reference_text: str) -> None:
    clean_text = cleaner.clean(reference_text).text.replace("\n", "")
    position = 0
    first_copy_skipped = False
    for paragraph in paragraphs(reference_text):
        if paragraph == FOOTER:
            continue
        if paragraph.startswith(DUPLICATE) and not first_copy_skipped:
            first_copy_skipped = True
            continue
        found = clean_text.find(paragraph, position)
        assert found >= 0, paragraph[:30]
        position = found + len(paragraph)


def test_nothing_is_lost(reference_text: str) -> None:
    result = cleaner.clean(reference_text)
    assert cleaner.restore(result.text, result.edits) == reference_text


def test_json_report_names_each_removal_with_line_numbers(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    outcome = CliRunner().invoke(main, ["clean", str(REFERENCE), "--report", str(report)])
    assert outcome.exit_code == 0, outcome.output
    entries = json.loads(report.read_text(encoding="utf-8"))["files"][0]["edits"]
    assert {entry["kind"] for entry in entries} == {
        "duplicate_paragraph", "boilerplate_line", "broken_paragraph", "blank_lines"}
    removals = [entry for entry in entries
                if entry["kind"] in {"duplicate_paragraph", "boilerplate_line"}]
    footer_lines = [entry["first_line"] for entry in removals
                    if entry["reason"] == "boilerplate_line"]
    assert footer_lines == [119, *range(123, 160, 2)]
    duplicate = next(entry for entry in removals if entry["reason"] == "duplicate_paragraph")
    assert duplicate["first_line"] == duplicate["last_line"] == 87
    assert duplicate["kept_line"] == 99
    assert duplicate["removed"].startswith(DUPLICATE)
    for entry in entries:
        assert entry["path"] == str(REFERENCE)
        assert set(entry) >= {"kind", "reason", "message", "start", "end", "first_line",
                              "last_line", "removed", "replacement", "score"}
