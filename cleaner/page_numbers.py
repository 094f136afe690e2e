"""Detect page-number lines: a number alone on its line that counts up the document.

Removes lines such as ``12``, ``– 12 –``, ``- 3 -``, ``Page 3``, ``Page 3 of 40``,
``3/40``, ``第3页`` when lines of one style form a rising sequence (each one or
two more than the last) spread over the document, at least
``boilerplate_min_repeats`` long. Equation numbers such as ``(12)`` are not page
numbers.

Leaves alone numbers that do not count up, numbers that sit close together (a
page is longer than a few lines), and numbers next to another number or a
fragment of two characters or less (figure axis ticks, a vertical label spelled
one character a line).

With ``remove_page_numbers`` off, the page numbers are still found, and left
in place (:attr:`~cleaner.findings.Findings.left`): later stages know them for
what they are and do not remove them as boilerplate either.

>>> from cleaner.options import Options
>>> from cleaner.segment import segment
>>> page = "a page of text\\nmore text\\nand more\\nstill more\\nthe end of it\\n{}"
>>> text = "\\n".join(page.format(n) for n in range(1, 5))
>>> [r.lines[0] + 1 for r in detect(segment(text), (), Options()).removals]
[6, 12, 18, 24]
>>> detect(segment("1\\n2\\n0\\n2\\n"), (), Options()).removals
()
"""

from __future__ import annotations

import re

from .findings import Findings, Prior, Removal, removed_lines
from .normalize import line_key, nfkc
from .options import Options
from .segment import Document, Line

NAME = "page_numbers"
_DASHES = r"[-‐‑‒–—―−·|\s]{0,3}"
_PAGE_NUMBER = re.compile(
    rf"^{_DASHES}(?:page|p\.|pg\.?|seite|第)?\s*(\d{{1,4}})\s*"
    rf"(?:(?:of|/|von)\s*\d{{1,4}}|页|頁|版)?{_DASHES}$"
)
MIN_LINES_BETWEEN_PAGES = 5  # a page is longer than this many lines
MAX_STEP = 2  # a chain may skip one page (a page without a number, or one lost in extraction)
MAX_PAGE_NUMBER_CHARS = 24  # longer lines are never page numbers
FRAGMENT_CHARS = 2  # a neighbour this short is figure debris: numbers beside it are ticks


def page_number(text: str) -> int | None:
    """The page number a line states, or None when the line is not a page number.

    >>> [page_number(s) for s in ["–2–", "Page 3 of 40", "第12页", "2017", "a 3", "(4)"]]
    [2, 3, 12, 2017, None, None]
    """
    core = text.strip()
    if len(core) > MAX_PAGE_NUMBER_CHARS or not any(char.isdigit() for char in core):
        return None
    match = _PAGE_NUMBER.match(nfkc(core).casefold())
    return int(match.group(1)) if match else None


def _among_fragments(nonblank: list[Line], position: int) -> bool:
    """True when a neighbouring line is a number or a fragment (axis ticks, a vertical label)."""
    neighbours = nonblank[max(0, position - 1):position] + nonblank[position + 1:position + 2]
    return any(len(line.text.strip()) <= FRAGMENT_CHARS or page_number(line.text) is not None
               for line in neighbours)


def _chain_to_extend(chains: list[list[tuple[int, int]]], waiting: dict[int, list[int]],
                     index: int, number: int) -> int | None:
    """A chain that ``number`` at line ``index`` continues; it stops waiting at its old number."""
    for step in range(1, MAX_STEP + 1):
        candidates = waiting.get(number - step, [])
        for position, chain_id in enumerate(candidates):
            if index - chains[chain_id][-1][0] > MIN_LINES_BETWEEN_PAGES:
                del candidates[position]
                return chain_id
    return None


def detect(doc: Document, prior: Prior, options: Options) -> Findings:
    """Page-number lines in chains of at least ``boilerplate_min_repeats`` rising numbers.

    Removed when ``remove_page_numbers`` is on, left in place (and known) when off.
    """
    found = _page_number_lines(doc, removed_lines(prior), options.boilerplate_min_repeats)
    if options.remove_page_numbers:
        return Findings(NAME, removals=found)
    return Findings(NAME, left=found)


def _page_number_lines(doc: Document, removed: frozenset[int],
                       minimum: int) -> tuple[Removal, ...]:
    """One removal per line of every chain of rising page numbers at least ``minimum`` long."""
    chains: list[list[tuple[int, int]]] = []  # each a list of (line index, number)
    # per style (the line with digits masked): last number of a chain -> indices into chains
    waiting: dict[str, dict[int, list[int]]] = {}
    nonblank = [line for line in doc.lines if not line.blank]
    for position, line in enumerate(nonblank):
        if line.protected or line.index in removed:
            continue
        number = page_number(line.text)
        if number is None or _among_fragments(nonblank, position):
            continue
        style = line_key(line.text)
        chain_id = _chain_to_extend(chains, waiting.setdefault(style, {}), line.index, number)
        if chain_id is None:
            chain_id = len(chains)
            chains.append([])
        chains[chain_id].append((line.index, number))
        waiting[style].setdefault(number, []).append(chain_id)
    removals = []
    for chain in chains:
        if len(chain) < minimum:
            continue
        for index, number in chain:
            removals.append(Removal((index,), "page_number",
                                    f"page number {number} in a sequence of {len(chain)}"))
    removals.sort(key=lambda removal: removal.lines)
    return tuple(removals)
