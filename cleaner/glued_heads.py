"""Running heads run into a line of text: the head goes, the rest of the line stays.

Extractors that do not mark pages (pypdf) often write a page's head and the first
line of the page as one line: ``IMBH Formation in Galactic Nuclei 5the mass of the``.
The furniture stage finds the head from its copies that stand alone; this module
finds the copies glued to a line and trims them off, as their own edit.

A line that begins with a head's text is trimmed only when two things show it
is a head and not a sentence that happens to start with the same words (a
citation of ``Rose et al.`` under a running head ``Rose et al.``):

- **it fills the head's page period**: among the head's copies it stands where a
  copy is missing, no nearer to the copies before and after it than
  ``PERIOD_SHARE`` of a page (the usual distance between the page's furniture);
- **it stands where a page turns**: the line before it (blank lines aside) is
  furniture or a page number that goes, or the head interrupts an open sentence
  that the rest of the line continues (both prose: a table's rows of figures are
  no sentence).

Left alone: a head of fewer than ``MIN_HEAD_WORDS`` words or ``MIN_HEAD_CHARACTERS``
letters and digits,
credit lines and scrape debris (they are not page furniture), a line that is the
head and nothing else (the furniture stage judged it), and a line whose rest has
no letter or digit.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .edits import Reason
from .normalize import median
from .pages import MIN_PAGE_LINES
from .segment import Document
from .sentence import continues

PERIOD_SHARE = 0.6  # a glued copy stands at least this share of a page from its neighbours
MIN_HEAD_WORDS = 3  # a head of a word or two (a name) often begins a sentence...
MIN_HEAD_CHARACTERS = 10  # ...and so does a short one: ``Rose et al.`` begins citations
PAGE_EVIDENCE = ("page_edges", "once_a_page", "takes_turns", "numbered_with_pages",
                 "spaced_like_running_heads", "next_to_furniture",
                 "beside_page_number")  # of the page: heads, feet


@dataclass(frozen=True, slots=True)
class Trim:
    """Characters ``start:end`` of line ``line``'s text go; the rest of the line stays."""

    line: int
    start: int
    end: int
    reason: Reason
    message: str
    evidence: str


@dataclass(frozen=True)
class Head:
    """A furniture line found by the furniture stage, with the copies that go."""

    text: str
    copies: Sequence[int]
    evidence: str


def head_text(doc: Document, copies: Sequence[int]) -> str:
    """The text most of a furniture line's copies have, figures aside (the shortest,
    in a tie): the head itself, not a copy of it run into text or cut short.

    >>> from cleaner.segment import segment
    >>> doc = segment("Page 1 of 12\\nPage 2 of 12\\nPage 12 of\\n")
    >>> head_text(doc, [0, 1, 2])
    'Page 1 of 12'
    """
    texts = [doc.lines[index].text.strip() for index in copies]
    counts = Counter(_FIGURES.sub("0", text) for text in texts)
    key = min(counts, key=lambda key: (-counts[key], len(key)))
    return next(text for text in texts if _FIGURES.sub("0", text) == key)


def run_into_text(doc: Document, head: str, copies: Sequence[int], reason: Reason,
                  message: str, evidence: str, gone: set[int], furniture: set[int],
                  ) -> tuple[list[Trim], set[int]]:
    """The copies of a furniture line that are the head and more text (the matcher
    took ``Confidential manuscript submitted to JGR-PlanetsAbstract`` for a variant of
    the head), and of those the ones that stand where a page turns: the head goes from
    those, the text stays. Returns the trims and every such copy: the others are not
    furniture at all (``Stanford Health Care 2,887,352 61,383`` is a table's row)."""
    pattern = head_pattern(head)
    if pattern is None:
        return [], set()
    trims, longer = [], set()
    for index in copies:
        text = doc.lines[index].text
        end = _head_end(pattern, text)
        if end is None:
            continue
        longer.add(index)
        if _page_turns(doc, index, text[end:], gone, furniture) is None:
            continue
        start, stop = _span(text, end)
        trims.append(Trim(index, start, stop, reason, f"{message}; the rest of the line stays",
                          evidence))
    return trims, longer


def _head_end(pattern: re.Pattern[str], text: str) -> int | None:
    """Where the head ends in ``text`` when it begins the line and text with a letter or
    a figure follows it; else None."""
    match = pattern.match(text)
    if match is None or not any(char.isalnum() for char in text[match.end():]):
        return None
    return match.end()


def _span(text: str, end: int) -> tuple[int, int]:
    """The characters of ``text`` that go with a head ending at ``end``: from the line's
    first character through the spaces after the head."""
    rest = text[end:]
    return len(text) - len(text.lstrip()), len(text) - len(rest.lstrip())


def head_pattern(text: str) -> re.Pattern[str] | None:
    """A pattern for ``text`` at the start of a line: its figures any figures (a page
    number in the head), its spaces any spacing. None when the head is too short or
    too plain to be told from the first words of a sentence.

    >>> pattern = head_pattern("IMBH Formation in Galactic Nuclei 3")
    >>> pattern.match("IMBH Formation in Galactic Nuclei 5the mass").group()
    'IMBH Formation in Galactic Nuclei 5'
    >>> head_pattern("Rose et al.") is None
    True
    """
    text = text.strip()
    words = text.split()
    if len(words) < MIN_HEAD_WORDS or sum(char.isalnum() for char in text) < MIN_HEAD_CHARACTERS:
        return None
    return re.compile(r"\s*" + written_as(text, r"\d{1,4}"))


def written_as(text: str, figures: str) -> str:
    """A regular expression for ``text`` as an extractor may space it: its spaces any
    spacing (none too), each run of figures ``figures`` (a pattern), the rest as it is.

    >>> [bool(re.fullmatch(written_as("– 12 –", "13"), text)) for text in ["–13 –", "– 12 –"]]
    [True, False]
    """
    parts = []
    for piece in re.split(r"(\d+|\s+)", text):
        if piece.isdigit():
            parts.append(figures)
        elif piece.isspace():
            parts.append(r"\s*")
        elif piece:
            parts.append(re.escape(piece))
    return "".join(parts)


def find(doc: Document, heads: Sequence[Head], gone: set[int], furniture: set[int],
         running: Callable[[int], int], trimmed: frozenset[int] = frozenset()) -> list[Trim]:
    """The heads run into lines of text, each with its evidence.

    ``gone`` are the lines removed so far (furniture, page numbers, copies), of which
    ``furniture`` are the page's (heads, feet, page numbers); ``running(index)``
    counts the lines of running text before ``index``, the measure of distance on
    the page. Lines ``trimmed`` already are left alone."""
    trims: list[Trim] = []
    taken: set[int] = set(trimmed)
    period = page_period([running(index) for index in furniture])
    by_start: dict[str, list[int]] = {}  # lines by how they start: each head reads its own
    for line in doc.lines:
        if not (line.blank or line.protected or line.index in gone):
            by_start.setdefault(_start_key(line.text), []).append(line.index)
    for head in heads:
        pattern = head_pattern(head.text)
        if pattern is None or head.evidence not in PAGE_EVIDENCE or len(head.copies) < 2:
            continue
        candidates = by_start.get(_start_key(head.text), [])
        for index, end in _glued_copies(doc, pattern, candidates, taken):
            text = doc.lines[index].text
            page_turn = _page_turns(doc, index, text[end:], gone, furniture)
            if page_turn is None or not _fills_period(index, head.copies, period, running):
                continue
            taken.add(index)
            start, end = _span(text, end)
            trims.append(Trim(index, start, end, "boilerplate_line",
                              f"running head run into the text ({page_turn}; at the page "
                              f"period of its {len(head.copies)} copies): "
                              f"{text[start:end].strip()[:60]}", "glued_to_text"))
    return sorted(trims, key=lambda trim: trim.line)


def _start_key(text: str) -> str:
    """How a line starts, as a head's pattern sees it: spacing dropped, figures one digit.

    >>> _start_key("  12 IMBH Formation") == _start_key("3 IMBH")
    True
    """
    return _FIGURES.sub("0", _SPACING.sub("", text.lstrip()[:START_CHARACTERS * 4])
                        )[:START_CHARACTERS]


START_CHARACTERS = 4  # a page number and a word or two: how a run of heads starts alike
_FIGURES = re.compile(r"\d+")
_SPACING = re.compile(r"\s+")


def _glued_copies(doc: Document, pattern: re.Pattern[str], candidates: Sequence[int],
                  skip: set[int]) -> list[tuple[int, int]]:
    """The ``candidates`` that begin with the head and go on with text: (index, end of
    the head)."""
    found = []
    for index in candidates:
        end = None if index in skip else _head_end(pattern, doc.lines[index].text)
        if end is not None:
            found.append((index, end))
    return found


def _page_turns(doc: Document, index: int, rest: str, gone: set[int], furniture: set[int]
                ) -> str | None:
    """Why a page turns before line ``index``, in words; None when nothing shows it."""
    before = index - 1
    while before >= 0 and doc.lines[before].blank:
        before -= 1
    if before >= 0 and before in furniture:
        return "after furniture that goes"
    while before >= 0 and (doc.lines[before].blank or before in gone):
        before -= 1
    if before < 0:
        return None
    if continues(doc.lines[before].text, rest.lstrip()):
        return "it interrupts a sentence"
    return None


def page_period(places: Sequence[int]) -> float:
    """The usual length of a page: the median distance between consecutive lines of page
    furniture (``places``, in lines of running text), leaving out the distances of less
    than ``MIN_PAGE_LINES`` (a head and the foot above it, two lines of one head).

    >>> page_period([0, 1, 45, 46, 92, 93, 180])
    46
    """
    gaps = [after - before for before, after in itertools.pairwise(sorted(places))
            if after - before >= MIN_PAGE_LINES]
    return median(gaps) if gaps else 0


def _fills_period(index: int, copies: Sequence[int], period: float,
                  running: Callable[[int], int]) -> bool:
    """True when line ``index`` stands where a copy of the head is missing: at least
    ``PERIOD_SHARE`` of a page (``period`` lines) from the copy before and the copy
    after it."""
    if period <= 0:
        return False
    places = sorted(running(copy) for copy in copies)
    here = running(index)
    position = bisect.bisect_left(places, here)
    nearest = [abs(here - places[position - 1])] if position > 0 else []
    nearest += [abs(places[position] - here)] if position < len(places) else []
    return min(nearest) >= PERIOD_SHARE * period
