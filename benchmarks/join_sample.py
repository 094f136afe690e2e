"""Joins on real documents: how many, and a seeded sample to check by hand.

Cleans the 1894 German newspaper page and the pdfminer article from
``../shared/corpus/`` and prints the number of joins in each, then a seeded
random sample of joins (both documents together), each as the end of the first
half and the start of the second, for a person to judge.

Run: python benchmarks/join_sample.py [SAMPLE_SIZE] [CORPUS_DIR]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import cleaner
import cleaner.segment

DOCUMENTS = (
    "de_hathitrust-ocr_deutsche-kolonialzeitung-1894_p1_column-interleaving.txt",
    "en_arxiv-2201.00037_pdfminer_running-header-page-footers.txt",
)


def main(size: int, corpus: Path) -> None:
    joins = []
    for name in DOCUMENTS:
        path = corpus / name
        if not path.exists():
            print(f"{path} not found; nothing measured")
            return
        result = cleaner.clean_file(path)
        found = [edit for edit in result.edits if edit.kind == "broken_paragraph"]
        text = path.read_text(encoding="utf-8-sig")
        lines = cleaner.segment.segment(text).lines
        print(f"{name}: {len(found)} joins "
              f"({sum(edit.reason == 'hyphenated_word' for edit in found)} hyphenated words)")
        for edit in found:
            before = text[max(0, edit.start - 50):edit.start].replace("\n", "⏎")
            after = lines[edit.last_line - 1].text[:50]
            joins.append(f"{name[:2]}:{edit.first_line:5} …{before}|{edit.replacement!r}|{after}…")
    print()
    for line in sorted(random.Random(30).sample(joins, min(size, len(joins)))):
        print(line)


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    default = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    main(count, Path(sys.argv[2]) if len(sys.argv) > 2 else default)
