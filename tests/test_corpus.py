"""Measurements on the real documents in ``../shared/corpus/``, held to the project's
targets. A user's clone does not have that folder: every test here skips cleanly
without it. The figures are printed by the scripts in ``benchmarks/``."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import cleaner
from cleaner.files import options_for, read_document
from cleaner.options import Options

from .conftest import CORPUS, ROOT

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"{CORPUS} is not here")
EXTRACTS = CORPUS / "pdf-extracts"


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(path for path in CORPUS.rglob("*")
                  if path.is_file() and path.suffix in {".txt", ".dat"})


@pytest.mark.slow
@needs_corpus
def test_cleaning_every_corpus_file_twice_changes_nothing_more() -> None:
    unstable = []
    for path in corpus_files():
        once = cleaner.clean_file(path)
        twice = cleaner.clean(once.text, options_for(path, Options()))
        if twice.text != once.text:
            unstable.append(path.name)
    assert unstable == []


@pytest.mark.slow
@pytest.mark.skipif(not (EXTRACTS / "grade_furniture.py").is_file(),
                    reason=f"{EXTRACTS} is not here")
def test_page_furniture_on_the_labelled_pdf_extracts() -> None:
    """Recall of heads, feet and page numbers at least 0.95 in total and 0.90 on every
    file; at most 10 content lines lost in all."""
    command = f"{sys.executable} -m cleaner clean {{inp}} -o {{out}}"
    report = subprocess.run([sys.executable, str(EXTRACTS / "grade_furniture.py"), "--cmd",
                             command], capture_output=True, text=True, check=True,
                            cwd=ROOT).stdout
    per_file = re.findall(r"furniture +(\d+)/(\d+)", report)
    assert per_file and all(int(got) >= 0.9 * int(of) for got, of in per_file), report
    total = re.search(r"TOTAL .*furniture recall (\d+)/(\d+).*false removals (\d+) of", report)
    assert total, report
    removed, labelled, lost = map(int, total.groups())
    assert removed >= 0.95 * labelled and lost <= 10, total.group(0)


@needs_corpus
def test_the_arizona_wire_credit_stays_at_most_once() -> None:
    path = CORPUS / "en_chronam-ocr_1916-02-12_arizona-republican_p1_repeated-wire-credit.txt"
    text = cleaner.clean_file(path).text
    assert sum("Leased Wire" in line and "Republican" in line for line in text.splitlines()) <= 1


@needs_corpus
def test_header_and_footer_removal_on_the_labelled_annual_report() -> None:
    """Precision and recall of heads and page numbers against the line labels, no lower
    than before the page model (0.964 and 0.997)."""
    text_path = CORPUS / "zh_annual-report_ankura-300617_2019_plain.txt"
    labels = {}
    for row in (CORPUS / "zh_annual-report_ankura-300617_2019_plain.labels.tsv").read_text(
            encoding="utf-8").splitlines()[1:]:
        line, _page, _row, kind = row.split("\t")
        labels[int(line)] = kind
    result = cleaner.clean(read_document(text_path).text)
    removed = {number for edit in result.edits if edit.kind in {"boilerplate_line", "page_number"}
               for number in range(edit.first_line, edit.last_line + 1)}
    truth = {number for number, kind in labels.items() if kind in {"页眉", "页脚"}}
    hits = len(removed & truth)
    assert hits / len(removed) >= 0.964 and hits / len(truth) >= 0.997
