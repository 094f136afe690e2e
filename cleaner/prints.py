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
long printed twice in a row is an accident in any format, unless the two differ in a
number (``5. MARGIN CHECK`` over one, ``6. MARGIN CHECK`` over the other), or stand
under headings of their own (``A section`` over one, ``A subsection`` over the other),
or a figure's panel caption stands between them (``a: Unschöner Seitenumbruch …``: one
sample page shown twice, as two panels): a print made again repeats its numbers, its
headings and its captions, and sections alike, numbered, headed or captioned apart, are
the author's (:func:`_numbered_apart`, :func:`~cleaner.runs.headed_apart`,
:func:`~cleaner.runs.panel_between`; the duplicate stage judges them, paragraph by
paragraph).

A slide shown again as each build adds an item to it is printed once a build: where
form feeds (or a foot that states its page) mark the pages, a page whose every line the
next page kept repeats, in order (``BUILD_MIN_LINES`` lines of words at least; its page
number aside), the two opening on the same line (the slide's title), is an earlier
build of it, and goes whole (:func:`_earlier_builds`). Nothing on it is lost,
and the slide's lines, once, are judged as the slide's own: on five builds of one
slide, the lines at its foot are not a page's foot five times.

>>> from cleaner.options import Options
>>> from cleaner.segment import segment
>>> page = "".join(f"Line {n} of the page says something of its own.\\n" for n in range(45))
>>> found = detect(segment(page + "\\n" + page), (), Options())
>>> len(found.removals), found.removals[0].lines[:2], found.removals[0].evidence
(1, (46, 47), 'printed_twice_in_a_row')
"""

from __future__ import annotations

import re

from . import runs
from .findings import Findings, Prior, Removal, removed_lines
from .normalize import line_key, words
from .options import Options
from .pages import PAGE_OF, page_and_total, stated_page_breaks
from .segment import Document

NAME = "prints"
PRINT_LINES = 40  # lines with text: a page at least
PRINT_WORDS = 200  # ...and words: a page of prose, not a list of short lines
BUILD_MIN_LINES = 3  # lines of words a page and the next share, all the page's own
_PAGE_NUMBER = re.compile(r"[\d\s/.\-–—]{1,12}")  # a page's or a slide's number: 3, 3/12


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
        if _numbered_apart(found.pairs, labels) or \
                runs.headed_apart(found.pairs, len(labels), labels.__getitem__) or \
                runs.panel_between(found.pairs, labels.__getitem__):
            continue  # sections (or pages) alike, numbered, headed or captioned apart
        pairs = [(items[later], items[earlier]) for later, earlier in found.pairs]
        first, last = pairs[0][1], max(earlier for _, earlier in pairs)
        message = (f"a run of {len(pairs)} lines printed twice in a row: copy of lines "
                   f"{doc.number(first)}-{doc.number(last)}")
        counterpart = dict(pairs)
        for run in _consecutive([later for later, _ in pairs]):
            removals.append(Removal(tuple(run), "duplicate_paragraph", message, 100.0,
                                    (counterpart[run[0]], counterpart[run[-1]]),
                                    "printed_twice_in_a_row", takes_page_breaks=True))
    removals += _earlier_builds(doc, removed_lines(prior) | {
        index for removal in removals for index in removal.lines})
    return Findings(NAME, removals=tuple(sorted(removals, key=lambda found: found.lines)))


def _numbered_apart(pairs: list[tuple[int, int]], labels: list[str]) -> bool:
    """True when a line the walk stepped over (:func:`~cleaner.runs.stepped_over`) reads
    as the line it stands against in the earlier print but for its figures (``6. MARGIN
    CHECK`` against ``5. MARGIN CHECK``): the two are sections, or pages, alike and
    numbered apart, a filler text the author set under each heading, not one print made
    twice (a print made again repeats its numbers too)."""
    return any(labels[later] != labels[earlier] and line_key(labels[later]) == line_key(
        labels[earlier]) for later, earlier in runs.stepped_over(pairs, len(labels)))


def _earlier_builds(doc: Document, removed: set[int] | frozenset[int]) -> list[Removal]:
    """A removal for every page (between form feeds) whose lines all stand on the next
    page kept, in the same order, but for its number: an earlier build of a slide.
    Pages are judged from the last: of a slide built in five steps the fifth stays.
    Where no form feed marks the pages (pypdf), a slide's foot that states its page
    marks them (:func:`cleaner.pages.stated_page_breaks`), and a build states the same
    page as the next: two scrap sheets at an exam's end, ``8/9`` and ``9/9``, are two
    pages."""
    ends = {line.index for line in doc.lines if line.page_break_after}
    stated = not ends and doc.layout.policy.page_numbers_without_form_feeds
    if stated:
        ends = {found.before for found in stated_page_breaks(doc, frozenset(removed))}
    pages: list[list[int]] = [[]]
    for line in doc.lines:
        if not (line.blank or line.protected or line.index in removed):
            pages[-1].append(line.index)
        if line.index in ends:
            pages.append([])
    removals: list[Removal] = []
    later: list[int] = []  # the nearest page after, kept
    for page in reversed(pages):
        if later and _built_on(page, later, doc) and \
                (not stated or _stated_page(page, doc) == _stated_page(later, doc)):
            message = (f"all {len(page)} lines of the page stand on the next one, in order "
                       f"(lines {doc.number(later[0])}-{doc.number(later[-1])}): an earlier "
                       f"build of a slide, a cover before its title page")
            removals += [Removal(tuple(run), "duplicate_paragraph", message, 100.0,
                                 (later[0], later[-1]), "earlier_build", takes_page_breaks=True)
                         for run in _consecutive(page)]
        elif page:
            later = page
    return removals


def _built_on(page: list[int], later: list[int], doc: Document) -> bool:
    """True when every line of ``page`` stands on ``later`` in the same order, but for its
    number (figures alone, its first line or its last),
    ``BUILD_MIN_LINES`` of them with words at least, and the two open on the same line,
    their numbers aside (a slide's title; a cover's): a page of a paragraph that goes
    on from the page before, set again on the next page under a chapter's heading, is
    none. Figures elsewhere on the page must stand there too: a table's figures under
    the same labels are another year's."""
    texts = [doc.lines[index].text.strip() for index in page]
    if sum(any(char.isalpha() for char in text) for text in texts) < BUILD_MIN_LINES:
        return False
    shown = [doc.lines[index].text.strip() for index in later]
    ways = [texts]  # the page whole, or without its number at its top or its foot
    if _PAGE_NUMBER.fullmatch(texts[0]):
        ways.append(texts[1:])
    if _PAGE_NUMBER.fullmatch(texts[-1]):
        ways.append(texts[:-1])
    opening = {shown[0], *shown[1:2]} if _PAGE_NUMBER.fullmatch(shown[0]) else {shown[0]}
    return any(way[0] in opening and _in_order(way, shown) for way in ways if way)


def _stated_page(page: list[int], doc: Document) -> int | None:
    """The page that a line of ``page`` states (``Title 3 / 14``: 3), if any."""
    for index in page:
        match = PAGE_OF.search(doc.lines[index].text)
        if match is not None:
            return page_and_total(match)[0]
    return None


def _in_order(texts: list[str], shown: list[str]) -> bool:
    """True when ``texts`` stand among ``shown`` in the same order (a subsequence)."""
    following = iter(shown)
    return all(text in following for text in texts)


def _consecutive(lines: list[int]) -> list[list[int]]:
    """``lines`` cut where one is not the next after the one before (a block apiece)."""
    found: list[list[int]] = []
    for index in lines:
        if found and index == found[-1][-1] + 1:
            found[-1].append(index)
        else:
            found.append([index])
    return found
