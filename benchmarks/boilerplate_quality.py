"""Precision and recall of header/footer removal on the labelled Ankura annual report.

Reads ``../shared/corpus/zh_annual-report_ankura-300617_2019_plain.txt`` and its
``.labels.tsv`` (one label per line: ``页眉`` header, ``页脚`` footer, ``text``,
``excel``), cleans the text with default options, and compares the lines that
``boilerplate_line`` and ``page_number`` edits removed against the labels.

The labels are noisy: 14 copies of the running header are labelled ``text``.
The script prints the figures with and without counting those copies as headers.

Run: python benchmarks/boilerplate_quality.py [CORPUS_DIR]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import cleaner
from cleaner.report import summary

FURNITURE = {"页眉", "页脚"}


def main(corpus: Path) -> int:
    text_path = corpus / "zh_annual-report_ankura-300617_2019_plain.txt"
    labels_path = corpus / "zh_annual-report_ankura-300617_2019_plain.labels.tsv"
    if not text_path.exists():
        print(f"corpus not found at {corpus}; nothing measured")
        return 0
    text = text_path.read_text(encoding="utf-8")
    labels: dict[int, str] = {}
    for row in labels_path.read_text(encoding="utf-8").splitlines()[1:]:
        line, _page, _row, kind = row.split("\t")
        labels[int(line)] = kind
    lines = text.split("\n")
    result = cleaner.clean(text)
    removed: set[int] = set()
    for edit in result.edits:
        if edit.kind in {"boilerplate_line", "page_number"}:
            removed.update(range(edit.first_line, edit.last_line + 1))
    truth = {line for line, kind in labels.items() if kind in FURNITURE}
    header = max(((lines[n - 1].strip(), n) for n in truth if labels[n] == "页眉"),
                 key=lambda item: item[0])[0]
    relabelled = truth | {n for n in labels if lines[n - 1].strip() == header}

    def figures(name: str, expected: set[int]) -> None:
        hits = len(removed & expected)
        precision = hits / len(removed) if removed else 1.0
        recall = hits / len(expected) if expected else 1.0
        print(f"{name:32} removed={len(removed):4} expected={len(expected):4} "
              f"precision={precision:.4f} recall={recall:.4f}")
        wrong = Counter(lines[n - 1].strip()[:30] for n in removed - expected)
        if wrong:
            sample = ", ".join(f"{line} ×{count}" for line, count in wrong.most_common(8))
            print(f"{'':32} wrongly removed (most common): {sample}")
        missed = sorted(expected - removed)
        if missed:
            sample = ", ".join(f"{n}:{lines[n - 1].strip()[:20]}" for n in missed[:8])
            print(f"{'':32} missed (first 8): {sample}")

    figures("labels as given", truth)
    figures("header copies labelled text fixed", relabelled)
    print(summary(text_path.name, result))
    return 0


if __name__ == "__main__":
    default = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else default))
