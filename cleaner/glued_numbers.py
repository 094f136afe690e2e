"""Page numbers run into a line of text: the number goes, the rest of the line stays.

An extractor that joins a page's text without line breaks where it guessed none
(pypdf) writes the page's number at the end of its last line of text:
``…our approximate expres–17–``. The page-number stage finds the numbers that
stand alone; this module finds such a number where the sequence lacks it, and
trims it off as its own edit.

A line's last characters are trimmed only when three things show they are the
page's number and not a figure of the text:

- **the sequence lacks it**: the number is one the page numbers skip (``16``,
  then ``19``: 17 and 18 are missing), at most ``MAX_MISSING`` in a row;
- **it is written as the page numbers are**: the same characters around it
  (``–17–`` among ``–16–`` and ``–19–``); a bare number must be glued to a
  lower-case letter (``…the temperature gra1``), as no figure of prose is written
  (``in 2017``, ``Table 17``, ``CO2`` keep theirs);
- **it stands where that page ends**: where form feeds mark the pages, on the last
  ``EDGE_LINES`` lines of text of the page the number is missing from; without
  them, within ``PLACE_TOLERANCE`` of a page of where the sequence puts that page's
  end, counting the lines from the numbers before and after the gap.

Left alone: a number anywhere else in a line, a line whose text before the number
has no letter, and every line the page numbers do not skip.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from .glued_heads import Trim, written_as
from .segment import Document

MAX_MISSING = 2  # numbers missing in a row, each of which may be glued to its page's text
EDGE_LINES = 3  # with form feeds: the number is run into one of a page's last lines
PLACE_TOLERANCE = 0.2  # without: this share of a page from where the page should end
MIN_TOLERANCE = 3  # ...and never fewer lines than this


def find(doc: Document, chains: Sequence[Sequence[tuple[int, int]]],
         pages: Sequence[int] | None, taken: frozenset[int]) -> list[Trim]:
    """The page numbers that ``chains`` (the page numbers found, each a list of (line,
    number)) skip, found run into the end of a line of text; ``pages`` is each line's
    page where form feeds mark them (None without), ``taken`` the lines removed
    already."""
    trims = []
    for chain in chains:
        written = doc.lines[chain[0][0]].text.strip()
        for (before, first), (after, last) in itertools.pairwise(chain):
            if not 1 < last - first <= MAX_MISSING + 1:
                continue
            for number in range(first + 1, last):
                trim = _glued(doc, written, number, (first, last), _candidates(
                    doc, pages, (before, first), (after, last), number, taken))
                if trim is not None:
                    trims.append(trim)
    return sorted(trims, key=lambda trim: trim.line)


def _candidates(doc: Document, pages: Sequence[int] | None, before: tuple[int, int],
                after: tuple[int, int], number: int, taken: frozenset[int]) -> list[int]:
    """The lines where page ``number``'s end may stand, between the numbers ``before``
    and ``after`` (each a line and its number), nearest first."""
    (start, first), (end, last) = before, after
    inside = [index for index in range(start + 1, end)
              if not (doc.lines[index].blank or doc.lines[index].protected or index in taken)]
    if pages is not None:
        page = pages[start] + number - first
        on_page = [index for index in inside if pages[index] == page]
        return on_page[::-1][:EDGE_LINES]
    per_page = (end - start) / (last - first)
    place = start + per_page * (number - first)
    tolerance = max(MIN_TOLERANCE, PLACE_TOLERANCE * per_page)
    near = [index for index in inside if abs(index - place) <= tolerance]
    return sorted(near, key=lambda index: abs(index - place))


def _glued(doc: Document, written: str, number: int, between: tuple[int, int],
           candidates: list[int]) -> Trim | None:
    """The first of ``candidates`` whose text ends with page ``number`` written as
    ``written`` (a page number of the sequence, which goes from ``between[0]`` to
    ``between[1]`` without it) is, run into text; None if none does."""
    for index in candidates:
        text = doc.lines[index].text.rstrip()
        found = number_at_end(text, written, number)
        if found is None or not any(char.isalpha() for char in text[:found]):
            continue
        start = len(text[:found].rstrip())
        return Trim(index, start, len(text), "page_number",
                    f"page number {number} run into the text at the end of its page (the "
                    f"page numbers go from {between[0]} to {between[1]} without it)",
                    "glued_to_text")
    return None


def number_at_end(text: str, written: str, number: int) -> int | None:
    """Where page ``number`` begins at the end of ``text``, written as ``written`` (a
    page number of the sequence) is, its spaces any spacing; a bare number only right
    after a lower-case letter. None when ``text`` does not end so.

    >>> number_at_end("our approximate expres–17–", "–16–", 17)
    22
    >>> number_at_end("the temperature gra17", "16", 17)
    19
    >>> [number_at_end(text, "16", 17) for text in ["in Table 17", "CO17", "x117", "a–17–"]]
    [None, None, None, None]
    """
    if written.isdigit():
        match = re.search(rf"(?<!\d){number}$", text)
        if match is None or not text[match.start() - 1].islower():  # at 0: the last, a digit
            return None
        return match.start()
    match = re.search(written_as(written, str(number)) + "$", text)
    return None if match is None else match.start()
