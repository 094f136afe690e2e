"""Content lost: lines of the input that are nowhere in the output, on every corpus file.

For each file in ``../shared/corpus/`` (recursively), the script cleans the text
twice: with every stage, and with the duplicate removals turned off (the
duplicate stage, and the copies the join stage finds). A line of the input is
*lost* when it is nowhere in the output: not as text (compared with whitespace,
hyphens and case folded away), and not as a near copy inside a kept paragraph
(a stretch of some output paragraph within ``fuzz.partial_ratio`` 90 of it that
states the same digits, in a paragraph that has each of its words or a garbled
form of it: a sibling that differs in a word or a figure does not count). Only
distinct lines with at least 8 letters and digits count.

The difference between the two runs is what the duplicate removals lost; it must
be 0: a copy that goes leaves its twin, so its lines are still in the output. The
one removal that leaves no twin by design is a scraper's notice at the top and the
end of a file (evidence ``notice_at_both_ends``: neither copy is the author's); those
lines are counted apart, as "notices". A line of CJK text counts as there when some
output paragraph holds a stretch within ``NEAR`` of it (OCR noise in a cut-off copy);
a line that runs several paragraphs together counts as there when its pieces are
(``PIECE`` characters at a time, ``COVERED`` of them). Apart from that, the tool's own
report is not read: only its input and output texts.

Run: python benchmarks/lost_lines.py [CORPUS_DIR]
"""

from __future__ import annotations

import dataclasses
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

from cleaner import pipeline
from cleaner.files import options_for, read_document
from cleaner.findings import Findings, Prior
from cleaner.options import Options
from cleaner.segment import Document

MIN_CHARS = 8
NEAR = 90
PIECE = 20
COVERED = 0.9
GARBLED = 70  # a word this close to one in the paragraph is the same word, garbled by OCR
_FOLD = re.compile(r"[\s\-\u00ad\u2010\u2011]+")


def fold(text: str) -> str:
    return _FOLD.sub("", unicodedata.normalize("NFKC", text)).casefold()


def words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]{3,}", unicodedata.normalize("NFKC", text).casefold()))


def _near_copy(line: str, paragraphs: list[str], paragraph_words: list[set[str]]) -> bool:
    """True when some paragraph holds a stretch within ``NEAR`` of ``line`` that states the
    same digits, and every word of the line is in that paragraph or garbled there."""
    from rapidfuzz import fuzz, process

    folded = fold(line)
    digits = re.sub(r"\D", "", folded)
    cjk = sum("\u3000" <= char <= "\u9fff" for char in folded) * 2 >= len(folded)
    for _, _, position in process.extract(folded, paragraphs, scorer=fuzz.partial_ratio,
                                          score_cutoff=NEAR, limit=5):
        if cjk:
            return True
        found = fuzz.partial_ratio_alignment(folded, paragraphs[position])
        if found is None or re.sub(r"\D", "", paragraphs[position][
                found.dest_start:found.dest_end]) != digits:
            continue
        there = paragraph_words[position]
        if all(word in there or any(fuzz.ratio(word, other) >= GARBLED for other in there)
               for word in words(line)):
            return True
    return False


def lost_lines(original: str, clean: str) -> set[str]:
    """The distinct lines of ``original`` that ``clean`` does not hold, even nearly."""
    output = fold(clean)
    texts = [paragraph for paragraph in re.split(r"\n\s*\n|\f", clean) if fold(paragraph)]
    paragraphs = [fold(paragraph) for paragraph in texts]
    paragraph_words = [words(paragraph) for paragraph in texts]
    missing = set()
    for line in set(original.splitlines()):
        folded = fold(line)
        if sum(char.isalnum() for char in folded) < MIN_CHARS or folded in output:
            continue
        if not (_near_copy(line, paragraphs, paragraph_words) or _in_pieces(folded, output)):
            missing.add(line.strip())
    return missing


def _in_pieces(folded: str, output: str) -> bool:
    """True when ``COVERED`` of the line's ``PIECE``-character pieces stand in the output:
    a line that ran paragraphs together, which stand there apart."""
    pieces = [folded[start:start + PIECE] for start in range(0, len(folded), PIECE)]
    return len(pieces) > 1 and sum(piece in output for piece in pieces) >= COVERED * len(pieces)


COPIES = {"duplicate_paragraph", "near_duplicate_paragraph", "contained_paragraph"}


def _without_copies(stage: Callable[[Document, Prior, Options], Findings], *,
                    but_notices: bool = False,
                    ) -> Callable[[Document, Prior, Options], Findings]:
    """The stage without its copy removals (``but_notices``: keeping notice removals)."""
    def detect(doc: Document, prior: Prior, options: Options) -> Findings:
        found = stage(doc, prior, options)
        return dataclasses.replace(found, removals=tuple(
            removal for removal in found.removals if removal.reason not in COPIES
            or (but_notices and removal.evidence == "notice_at_both_ends")))
    return detect


def _clean(text: str, options: Options, stages: dict[str, Callable[..., Findings]]) -> str:
    every_stage = dict(pipeline.STAGES)
    pipeline.STAGES.clear()
    pipeline.STAGES.update(stages)
    try:
        return pipeline.clean(text, options).text
    finally:
        pipeline.STAGES.clear()
        pipeline.STAGES.update(every_stage)


def main(corpus: Path) -> int:
    if not corpus.is_dir():
        print(f"corpus not found at {corpus}; nothing measured")
        return 0
    files = sorted(path for path in corpus.rglob("*")
                   if path.is_file() and path.suffix in {".txt", ".dat"})
    every_stage = dict(pipeline.STAGES)
    no_copies = {name: _without_copies(stage) for name, stage in every_stage.items()}
    notices_only = {name: _without_copies(stage, but_notices=True)
                    for name, stage in every_stage.items()}
    print(f"{'file':70} {'lost':>6} {'no dups':>8} {'notices':>8} {'by dups':>8}")
    totals = [0, 0, 0, 0]
    for path in files:
        text = read_document(path).text
        options = options_for(path, Options())
        cleaned = pipeline.clean(text, options).text
        lost = lost_lines(text, cleaned)
        lost_without = lost_lines(text, _clean(text, options, no_copies))
        notices = lost_lines(text, _clean(text, options, notices_only)) - lost_without
        by_copies = lost - lost_without - notices
        row = [len(lost), len(lost_without), len(notices), len(by_copies)]
        totals = [total + value for total, value in zip(totals, row, strict=True)]
        if lost or by_copies:
            print(f"{str(path.relative_to(corpus))[:70]:70} " + " ".join(
                f"{value:{width}}" for value, width in zip(row, (6, 8, 8, 8), strict=True)))
            for line in sorted(by_copies)[:5]:
                print(f"{'':8}lost by a duplicate removal: {line[:100]!r}")
    print(f"{'TOTAL (' + str(len(files)) + ' files)':70} " + " ".join(
        f"{value:{width}}" for value, width in zip(totals, (6, 8, 8, 8), strict=True)))
    return 0


if __name__ == "__main__":
    default = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else default))
