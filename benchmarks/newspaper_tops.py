"""Corpus mode on a folder of one daily's front pages: the masthead lines it leaves.

A line among the first ``TOP_LINES`` lines with text of a file *recurs at the top* when,
its figures folded to ``#`` and OCR's look-alike letters folded together, it matches
(``fuzz.ratio`` >= ``SAME``) a top line of at least ``SHARE`` of the files: the
masthead, the edition line, the volume and issue number, the price, in every OCR
spelling. The script cleans the folder in corpus mode and counts those lines left.

It also counts removed lines *unique to one file*: removed as furniture though no
other file has the line or a near copy of it (figures folded, ``fuzz.ratio`` >= 80 to a
line seen in two files or more). An OCR variant of a masthead, or of the issue number,
is not unique; a notice printed once is.

Run: python benchmarks/newspaper_tops.py [FOLDER]
(default ../shared/corpus/newspaper-front-pages-1916)
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

import cleaner
from cleaner.executors import LocalExecutor
from cleaner.files import read_document
from cleaner.normalize import ocr_key

FOLDER = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "newspaper-front-pages-1916"
TOP_LINES = 12
SAME = 85
SHARE = 0.2


def folded(line: str) -> str:
    return re.sub(r"\d+", "#", ocr_key(line))


def main(folder: Path) -> None:
    files = sorted(str(path) for path in folder.glob("*.txt"))
    if not files:
        sys.exit(f"{folder}: no .txt files (the shared corpus is not here)")
    tops: dict[str, list[tuple[int, str]]] = {}
    seen: Counter[str] = Counter()
    for name in files:
        lines = [(number, line) for number, line in
                 enumerate(read_document(Path(name)).text.split("\n"), 1) if line.strip()]
        tops[name] = [(number, line) for number, line in lines[:TOP_LINES]
                      if len(folded(line)) >= 4]
        seen.update({folded(line) for _, line in lines})
    keys = [(name, number, folded(line)) for name in files for number, line in tops[name]]
    owner = np.array([files.index(name) for name, _, _ in keys])
    scores = process.cdist([key for _, _, key in keys], [key for _, _, key in keys],
                           scorer=fuzz.ratio, dtype=np.uint8, workers=-1)
    recurring = {(keys[i][0], keys[i][1]) for i in range(len(keys))
                 if len(set(owner[scores[i] >= SAME])) >= SHARE * len(files)}
    common = [key for key, count in seen.items() if count > 1]
    left: Counter[str] = Counter()
    unique_removed = []
    for item in cleaner.clean_corpus(files, executor=LocalExecutor(2)):
        assert item.result is not None, item.error
        removed = {line for edit in item.result.edits if edit.kind != "broken_paragraph"
                   for line in range(edit.first_line, edit.last_line + 1)}
        for number, line in tops[item.path]:
            if (item.path, number) in recurring and number not in removed:
                left[line.strip()[:50]] += 1
        for edit in item.result.edits:
            if edit.kind not in ("boilerplate_line", "page_number"):
                continue
            for line in edit.removed.split("\n"):
                key = folded(line.strip())
                if len(key) >= 8 and seen[key] == 1:
                    best = process.extractOne(key, common, scorer=fuzz.ratio)
                    if best is None or best[1] < 80:
                        unique_removed.append(line.strip())
    total = len(recurring)
    print(f"{len(files)} files: recurring top-of-page lines {total}, left "
          f"{sum(left.values())} ({100 * sum(left.values()) / max(total, 1):.1f}%); "
          f"lines unique to one file removed: {len(unique_removed)}")
    for line, count in left.most_common(10):
        print(f"  left {count}x: {line}")
    for line in unique_removed[:10]:
        print(f"  unique, removed: {line}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER)
