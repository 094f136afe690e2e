"""Growth on real documents: the same text at 1×, 2×, 4×, 8×, 16× must cost 1×, 2×, 4×, 8×, 16×.

The base text is a fixed mix of real documents from ``../shared/corpus/`` (a PDF
extract with running heads and page numbers, a Gutenberg book with its licence, an
OCR newspaper page, a Chinese annual report, a web novel with copies, a psalter),
joined by blank lines: about 1.3 MB. Each size is that text concatenated k times
(a document printed k times: the k - 1 later prints are copies), cleaned by
``cleaner.clean`` in a child process of its own, so that its peak memory is its own.

For each k the script prints the time and peak memory per MB and checks that every
line the k = 1 output keeps is still in the k output (a repeated document is a copy,
never furniture: its lines must not go). Growth is flat when s/MB and MiB/MB at
k = 16 are within 2× of k = 1.

Run: python benchmarks/growth.py [K ...]          (default 1 2 4 8 16)
     python benchmarks/growth.py --cases          (the hostile cases of pathological.py too)
"""

from __future__ import annotations

import multiprocessing
import resource
import sys
import time
from pathlib import Path

import cleaner
from cleaner.files import read_document

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
BASE_FILES = [
    "pdf-extracts/files/en_arxiv-2201.00037_pdftotext.txt",
    "en_gutenberg-pg11_alice_license-header-footer.txt",
    "en_chronam-ocr_1916-02-12_arizona-republican_p1_repeated-wire-credit.txt",
    "zh_annual-report_ankura-300617_2019_plain.txt",
    "repeats/zh_webnovel-scrape_longzu-1.txt",
    "repeats/en_psalter_prayer-book-australia.txt",
]


def base_text() -> str:
    return "\n\n".join(read_document(CORPUS / name).text.strip("\ufeff") for name in BASE_FILES)


def _child(text: str, pipe: object) -> None:
    start = time.perf_counter()
    result = cleaner.clean(text)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    pipe.send((seconds, peak, result.text))  # type: ignore[attr-defined]


def measure(text: str) -> tuple[float, float, str]:
    """Seconds, peak MiB of the child (its start included) and the clean text."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(text, sender))
    process.start()
    found: tuple[float, float, str] = receiver.recv()
    process.join()
    return found


def missing_lines(kept_once: str, kept: str) -> int:
    """Lines (with text) of the k = 1 output that the k output does not hold."""
    lines = set(kept.splitlines())
    return sum(1 for line in set(kept_once.splitlines()) if line.strip() and line not in lines)


def main(ks: list[int]) -> int:
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}; nothing measured")
        return 0
    base = base_text()
    print(f"{'k':>3} {'MB':>7} {'clean s':>8} {'s/MB':>6} {'peak MiB':>9} {'MiB/MB':>7} "
          f"{'lines of k=1 missing':>21}")
    first: tuple[float, float] | None = None
    kept_once = ""
    for k in ks:
        text = "\n\n".join([base] * k) + "\n"
        mb = len(text.encode("utf-8")) / 1e6
        seconds, peak, kept = measure(text)
        if k == ks[0]:
            kept_once = kept
        per = (seconds / mb, peak / mb)
        first = first or per
        print(f"{k:3} {mb:7.1f} {seconds:8.2f} {per[0]:6.2f} {peak:9.0f} {per[1]:7.1f} "
              f"{missing_lines(kept_once, kept):21}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main([int(value) for value in sys.argv[1:]] or [1, 2, 4, 8, 16]))
