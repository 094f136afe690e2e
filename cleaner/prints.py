"""Detect a page or a document printed twice in a row, line for line: the first stage.

A scraper that saved a page twice, an extractor run twice into one file, a file
concatenated with itself: the later print repeats the earlier one line for line,
right after it. This stage finds such runs among the lines with text
(:mod:`cleaner.runs`: a print may lose or gain a line or two, or shift) and removes
the later print, before any other stage looks at the text. So a document printed k
times is one print when its page numbers, running heads and paragraphs are judged: its
headings are never taken for furniture, its numbering for k numberings.

Only a run long enough to be a page is judged here: at least ``PRINT_LINES`` lines
with ``PRINT_WORDS`` words, each line as far from its copy. Shorter runs (a block
of paragraphs printed twice) are the duplicate stage's, which matches paragraphs
fuzzily and knows the format. A stanza or a chorus is never that long; a run this
long printed twice in a row is an accident in any format.

>>> from cleaner.options import Options
>>> from cleaner.segment import segment
>>> page = "".join(f"Line {n} of the page says something of its own.\\n" for n in range(45))
>>> found = detect(segment(page + "\\n" + page), (), Options())
>>> len(found.removals), found.removals[0].lines[:2], found.removals[0].evidence
(1, (46, 47), 'printed_twice_in_a_row')
"""

from __future__ import annotations

from . import runs
from .findings import Findings, Prior, Removal, removed_lines
from .normalize import words
from .options import Options
from .segment import Document

NAME = "prints"
PRINT_LINES = 40  # lines with text: a page at least
PRINT_WORDS = 200  # ...and words: a page of prose, not a list of short lines


def detect(doc: Document, prior: Prior, options: Options) -> Findings:
    """A removal for every later print of a run of lines printed twice in a row."""
    removed = removed_lines(prior)
    items = [line.index for line in doc.lines
             if not line.blank and not line.protected and line.index not in removed]
    labels = [doc.lines[index].text.strip() for index in items]

    def enough(pairs: list[tuple[int, int]]) -> bool:
        """A page at least, printed again: as many lines, with as many words, and the
        prints that far apart (a line repeated on every line is no page)."""
        return len(pairs) >= PRINT_LINES and min(later - earlier for later, earlier in pairs) \
            >= PRINT_LINES and sum(words(labels[later]) for later, _ in pairs) >= PRINT_WORDS

    removals: list[Removal] = []
    for found in runs.find(labels, lambda later, earlier: True, enough):
        pairs = [(items[later], items[earlier]) for later, earlier in found.pairs]
        first, last = pairs[0][1], max(earlier for _, earlier in pairs)
        message = (f"a run of {len(pairs)} lines printed twice in a row: copy of lines "
                   f"{doc.number(first)}-{doc.number(last)}")
        counterpart = dict(pairs)
        for run in _consecutive([later for later, _ in pairs]):
            removals.append(Removal(tuple(run), "duplicate_paragraph", message, 100.0,
                                    (counterpart[run[0]], counterpart[run[-1]]),
                                    "printed_twice_in_a_row", takes_page_breaks=True))
    return Findings(NAME, removals=tuple(removals))


def _consecutive(lines: list[int]) -> list[list[int]]:
    """``lines`` cut where one is not the next after the one before (a block apiece)."""
    found: list[list[int]] = []
    for index in lines:
        if found and index == found[-1][-1] + 1:
            found[-1].append(index)
        else:
            found.append([index])
    return found
