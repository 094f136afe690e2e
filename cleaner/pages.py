"""The page model: where the pages of an extracted document begin and end.

Built once, by the page-number stage, and used by every stage after it (the
furniture stage judges lines by where they stand on their page; joins are
stricter across a page break). The breaks come from the first source that has any:

- form feeds (``\\f``), which pdftotext and pdfminer put between pages;
- page-number lines that count up (found by :mod:`cleaner.page_numbers`): the
  page ends at the number, wherever it stands;
- blank lines, when they are few and far apart: pymupdf ends each page with one
  blank line and has no others. Ordinary prose, with a blank line between
  paragraphs, never looks like that.

A document with none of these has no page model (``source == "none"``); the
furniture stage then relies on other evidence.

>>> from cleaner.segment import segment
>>> pages = build(segment("one\\ntwo\\fthree\\nfour\\ffive\\n"), frozenset())
>>> pages.source, [(b.before, b.after) for b in pages.breaks], pages.page_of(3)
('form feeds', [(1, 2), (3, 4)], 1)
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Literal

from .normalize import median
from .segment import Document

PageSource = Literal["form feeds", "page numbers", "blank lines", "none"]
MIN_PAGE_LINES = 20  # blank lines this far apart (in text lines, the median) are page breaks...
MAX_PAGE_LINES = 200  # ...unless they are farther apart than a page is long
MIN_BLANK_BREAKS = 2  # one gap is a section break; a page period needs two to measure


@dataclass(frozen=True)
class Break:
    """A page break: ``before`` is the last line of one page (or the page-number line's
    neighbour), ``after`` the first line of the next."""

    before: int
    after: int


@dataclass(frozen=True)
class Pages:
    """The page breaks of a document, in order, and where they came from."""

    source: PageSource
    breaks: tuple[Break, ...] = ()
    _starts: list[int] = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._starts.extend(found.after for found in self.breaks)

    @property
    def count(self) -> int:
        """How many pages (1 for a document without a page model)."""
        return len(self.breaks) + 1

    def page_of(self, index: int) -> int:
        """The 0-based page that line ``index`` stands on."""
        return bisect.bisect_right(self._starts, index)


def _form_feed_breaks(doc: Document) -> list[Break]:
    return [Break(line.index, line.index + 1) for line in doc.lines if line.page_break_after]


def blank_line_breaks(doc: Document) -> list[Break]:
    """Runs of blank lines as page breaks, when they are few and far apart."""
    runs: list[tuple[int, int]] = []
    for line in doc.lines:
        if line.blank:
            if runs and runs[-1][1] == line.index - 1:
                runs[-1] = (runs[-1][0], line.index)
            else:
                runs.append((line.index, line.index))
    inner = [run for run in runs if run[0] > 0 and run[1] < len(doc.lines) - 1]
    if len(inner) < MIN_BLANK_BREAKS:
        return []
    edges = [-1, *(index for run in inner for index in run), len(doc.lines)]
    spans = [edges[k + 1] - edges[k] - 1 for k in range(0, len(edges), 2)]
    if not MIN_PAGE_LINES <= median(spans) <= MAX_PAGE_LINES:
        return []
    return [Break(first - 1, last + 1) for first, last in inner]


def build(doc: Document, page_numbers: frozenset[int]) -> Pages:
    """The page model of ``doc``, given the lines found to be page numbers."""
    breaks = _form_feed_breaks(doc)
    if breaks:
        return Pages("form feeds", tuple(breaks))
    if page_numbers:
        return Pages("page numbers",
                     tuple(Break(index - 1, index + 1) for index in sorted(page_numbers)))
    breaks = blank_line_breaks(doc)
    if breaks:
        return Pages("blank lines", tuple(breaks))
    return Pages("none")
