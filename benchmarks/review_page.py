"""The review page at scale: time to build it, its size, and how both grow.

A generated document (benchmarks/corpus_generator.py: paragraphs with exact, near and
cut-off copies, and a running foot with a page number every 20-40 paragraphs, each
page ended by a form feed) at 1x, 2x, 4x and 8x one size; the largest is about 5 MB.
For each: the document is cleaned once, then the page is built three times (median),
and its size and the number of line anchors are counted (every line of the document
must be on the page: nothing is cut).

Run: python benchmarks/review_page.py [PARAGRAPHS_AT_1X]
     python benchmarks/review_page.py FILE...   (real documents, together as one text)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from statistics import median

from corpus_generator import generate

from cleaner import clean
from cleaner.review import Reviewed, page


def document(paragraphs: int) -> str:
    corpus = generate(paragraphs, seed=7)
    feet = set(corpus.boilerplate)
    return "".join(text + ("\n\f" if index in feet else "\n\n")
                   for index, text in enumerate(corpus.paragraphs))


def main(base: int, files: list[str]) -> None:
    print(f"{'size':>5} {'MB':>6} {'lines':>8} {'edits':>6} {'clean s':>8} {'page s':>7} "
          f"{'page MB':>8} {'s/MB':>6}")
    joined = "".join(Path(name).read_text(encoding="utf-8", errors="replace") for name in files)
    for factor in (1,) if files else (1, 2, 4, 8):
        text = joined or document(base * factor)
        started = time.perf_counter()
        result = clean(text)
        cleaning = time.perf_counter() - started
        times, built = [], ""
        for _ in range(3):
            started = time.perf_counter()
            built = page([Reviewed("generated.txt", text, result)])
            times.append(time.perf_counter() - started)
        lines = text.count("\n") + (not text.endswith("\n"))
        assert built.count('class="n" id="f0-l') == lines, "a line is missing from the page"
        megabytes = len(text.encode("utf-8")) / 1e6
        print(f"{factor:>4}x {megabytes:6.2f} {lines:8,} {len(result.edits):6,} "
              f"{cleaning:8.2f} {median(times):7.2f} {len(built.encode('utf-8')) / 1e6:8.2f} "
              f"{median(times) / megabytes:6.3f}")


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if arguments and not arguments[0].isdigit():
        main(0, arguments)
    else:
        main(int(arguments[0]) if arguments else 4000, [])
