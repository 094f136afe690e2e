"""Detect page-number lines, and build the page model (:mod:`cleaner.pages`).

A page number is a number alone on its line that counts up the document.

Removes lines such as ``12``, ``– 12 –``, ``- 3 -``, ``Page 3``, ``Page 3 of 40``,
``3/40``, ``第3页``, ``第3页共40页``, ``111:3`` (an article's page, as ACM numbers
them) when lines of one style form a rising sequence (each one or two more than the
last) spread over the document, at least ``page_number_min_run`` long. Equation numbers
such as ``(12)`` are not page numbers.

Leaves alone numbers that do not count up, numbers that sit close together (a
page is longer than a few lines) or rise far faster than the pages (a listing's line
numbers, on lines of their own), and numbers next to another number or a
fragment of two characters or less (figure axis ticks, a vertical label spelled
one character a line), but for a fragment of letters with text on the number's other
side (a mark of the page, ``RX``, or an index's letter, :func:`_beside_a_mark`): such a
number continues a chain one page on, and starts none; a column of line numbers (a
draft numbered in the margin, :func:`in_line_numbers`) holds no page number, and beside
a page's number is no tick. A table of contents' page reference, after its entry's dot
leader (:func:`_contents_reference`), is no page number either, nor are the numbers and
pages of contents entries written a part a line (:func:`_contents_entries`), nor a
listing's line number among others a line or so apart (:func:`_counts_lines`), nor a
figure that stands alone twice more in a column, an entry's title between each two (a
contents' references whose entries no run shows, :func:`_repeated_near`), nor a
section's number over its heading where a contents entry sets the two together, though
the section opens the page of that number (:func:`_labels_a_heading`): cleaned a second
time, a manual whose page numbers went keeps its sections' numbers. A page prints its
number once: a chain whose every page a longer chain numbers already is a table's or a
formula's figures (:func:`_numbered_once`), but for a second copy of the page's own number
at its edge, head and foot (:func:`_second_copies`), or one over a title of the page's own
that the chain took, where the copy at the edge is the page's; and numbers that each stand
over a heading of their own, mid-page, number sections (:func:`_numbers_sections`), not
the pages they happen to count.
Without form feeds, numbers in figures each over a title of its own, that no page
numbers go on from, are a paper's sections (:func:`_sections_of_a_paper`); a chain must
run through most of the document (chapter numbers, a
psalm's numbered sections stand in a part of it) and, where blank lines mark pages
alike in length (pymupdf), stand beside their breaks (a section's number over its
heading stands anywhere on the page); and the format must allow bare numbers as page
numbers at all: a subtitle's cue numbers and the numbers of verse are never page
numbers (:mod:`cleaner.formats`).

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

import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Literal

from . import glued_numbers
from .findings import Findings, Prior, Removal, removed_lines
from .formats import PAGE_WORD_CJK, width
from .normalize import cjk_count, line_key, nfkc, paragraph_key
from .options import Options
from .pages import (
    DOT_LEADER,
    EDGE_LINES,
    MAX_PAGE_LINES,
    Pages,
    alike_in_length,
    blank_line_breaks,
    build,
    form_feed_breaks,
    in_line_numbers,
    next_text_line,
)
from .segment import Document, Line
from .sentence import is_heading, title_shaped

NAME = "page_numbers"
_DASHES = r"[-‐‑‒–—―−·|\s]{0,3}"
_PAGE_NUMBER = re.compile(
    rf"^{_DASHES}(?:page|p\.|pg\.?|seite|第|\d{{1,6}}:|[a-z]{{1,6}}[-‐‑–])?\s*(\d{{1,4}})\s*"
    rf"(?:(?:of|/|von)\s*\d{{1,4}}|{PAGE_WORD_CJK}\s*[/,，]?\s*共\s*\d{{1,4}}\s*{PAGE_WORD_CJK}"
    rf"|{PAGE_WORD_CJK}|版)?{_DASHES}$"
)
_LABELLED = re.compile(r"^\W*([^\W\d_]{1,6})[-‐‑–]\s*\d")  # ``DAFX-23``: a label, then the number
_ITEM_LABEL = re.compile(r"^\s*[^\W\d_]\)\s*$")  # ``c)``: a list item's label
_SECTION_LETTER = re.compile(r"^(?:[A-Z]|[IVX]{1,5})\.$")  # ``C.``, ``IV.``: a section's
_ROMAN_PAGE = re.compile(rf"^{_DASHES}([ivxl]{{1,7}}){_DASHES}$")
MIN_LINES_BETWEEN_PAGES = 3  # a page is longer than this many lines
CONTENTS_RUN = 3  # a table of contents lists this many entries one after another
COLUMN_REPEATS = 3  # a number this many times in a column, a line or two apart: no page's
PACE_MIN_NUMBERS = 5  # without page marks, a chain this long has a pace (lines a page)...
PACE_SPREAD = 8.0  # ...at most this many pages on (nor, twice running, this many times nearer)
MARKED_PACE_MIN_NUMBERS = 2  # a number beside a mark keeps the pace of a chain this long
MAX_STEP = 2  # a chain may skip one page (a page without a number, or one lost in extraction)
MAX_GAP = 6  # ...or five, counting them (form feeds): a part's title page, its verso...
GAP_MIN_NUMBERS = 5  # ...once it has this many numbers
MAX_PAGE_NUMBER_CHARS = 24  # longer lines are never page numbers
SUBSECTION_REACH = 50  # a section's first subsection opens within this many lines of its title
PAGE_SHARE = 0.4  # where form feeds count the pages, a chain stands on this share of its pages
OFFSET_CHANGES = 0.2  # ...and number and page drift apart on at most this share of steps
LISTING_REACH = 2  # lines: a listing's numbered lines stand this near each other...
HEAD_REACH = 4  # ...or this many more, past a blank line: a page's break and its head
HEAD_FIGURES = 2  # ...and, with no blank line, past this many numbers of the head's
FRAGMENT_CHARS = 2  # a neighbour this short is figure debris: numbers beside it are ticks
PAGE_SPAN = 0.5  # without form feeds, page numbers run through this share of the lines
GAP_PACE = 3.0  # ...with a gap between two chains of one count, this many paces a page
MIN_REPEATED_CHAIN = 5  # each numbering, when a style numbers pages more than once
PAGE_RATE_SHARE = 0.5  # ...its pages at least this long, in lines, against the longest's
GAP_MIDDLE = (0.3, 0.7)  # a page's missing number stands this far into its gap's lines


def page_number(text: str) -> int | None:
    """The page number a line states, or None when the line is not a page number.

    Pages count from 1: a ``0`` alone is an axis tick. A label in capitals may go
    before the number, joined by a hyphen or a dash (``DAFX-3``, an appendix's ``A–12``).

    Front matter counts in lower-case roman numerals (``iv``, ``- xii -``); capitals
    are too often a word or a list label to count.

    >>> [page_number(s) for s in ["–2–", "Page 3 of 40", "7 / 40", "第12页", "2017", "a 3", "(4)"]]
    [2, 3, 7, 12, 2017, None, None]
    >>> [page_number(s) for s in ["111:3", "3.1", "111:3:4"]]
    [3, None, None]
    >>> [page_number(s) for s in ["DAFX-3", "A–12", "DAFx-06", "see-3", "ABCDEFG-3"]]
    [3, 12, None, None, None]
    >>> [page_number(s) for s in ["0", "iv", "- xii -", "IV", "mix", "ii i"]]
    [None, 4, 12, None, None, None]
    """
    core = text.strip()
    if len(core) > MAX_PAGE_NUMBER_CHARS:
        return None
    if not any(char.isdigit() for char in core):
        roman = _ROMAN_PAGE.match(core)
        return _roman_value(roman.group(1)) if roman else None
    match = _PAGE_NUMBER.match(nfkc(core).casefold())
    if match is None:
        return None
    label = _LABELLED.match(core)  # read only for a line that states a number
    if label is not None and not label.group(1).isupper():
        return None  # a label before the number is in capitals (``DAFX-3``): not ``see-3``
    return int(match.group(1)) or None


def _style(text: str) -> str:
    """The line with its number masked: page numbers of one style form one chain."""
    roman = _ROMAN_PAGE.match(text.strip())
    if roman:
        text = text.strip()[:roman.start(1)] + "0" + text.strip()[roman.end(1):]
    return line_key(text)


def _in_roman(text: str) -> bool:
    """True when the line states its page number in roman numerals (``xii``)."""
    return _ROMAN_PAGE.match(text.strip()) is not None


def _roman_value(numeral: str) -> int | None:
    """The value of a well-formed lower-case roman numeral up to 89, else None."""
    values = {"i": 1, "v": 5, "x": 10, "l": 50}
    total = 0
    for position, char in enumerate(numeral):
        value = values[char]
        following = values[numeral[position + 1]] if position + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total if _ROMAN_WRITTEN.get(total) == numeral else None


_ONES = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"]
_TENS = ["", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx"]
_ROMAN_WRITTEN = {tens * 10 + ones: _TENS[tens] + _ONES[ones]
                  for tens in range(len(_TENS)) for ones in range(len(_ONES)) if tens or ones}


def _fragment(line: Line) -> bool:
    """A tick or a piece of a vertical label: a number, or a few characters of which
    one at least is a letter or a figure (a bullet alone, ``•``, is a head's separator).
    Counted in columns: a CJK character is a word, and two (``目录``, contents) are no
    fragment."""
    text = line.text.strip()
    return (width(text) <= FRAGMENT_CHARS and any(char.isalnum() for char in text)) or \
        page_number(line.text) is not None


def _beside(doc: Document, line: Line) -> Literal["debris", "mark"] | None:
    """What stands next to ``line`` in its block: ``"debris"`` when a line beside it is a
    number or a fragment (axis ticks, a vertical label), ``"mark"`` when that is one
    fragment of letters with text on the other side (:func:`_beside_a_mark`), None when
    neither. A blank line or a page break between them sets the number apart, as a page
    number stands; a draft's column of line numbers is no neighbour, nor is a listing's
    number that counts over this one (:func:`_counts_over`), nor a section's number
    over its title (:func:`_numbers_its_title`), nor a list item's label with the item's
    text beyond it (:func:`_labels_an_item`)."""
    lines = doc.lines
    before = lines[line.index - 1] if line.index > 0 else None
    after = lines[line.index + 1] if line.index + 1 < len(lines) else None
    neighbours = [neighbour for neighbour in (
        before if before is not None and not before.page_break_after else None,
        after if not line.page_break_after else None)
        if neighbour is not None and not neighbour.blank
        and not in_line_numbers(doc, neighbour.index)
        and not _counts_over(doc, line, neighbour)
        and not _numbers_its_title(doc, neighbour)
        and not _labels_an_item(doc, line, neighbour)]
    fragments = [neighbour for neighbour in neighbours if _fragment(neighbour)]
    if not fragments:
        return None
    texts = [neighbour.text.strip() for neighbour in neighbours if not _fragment(neighbour)]
    if len(fragments) == 1 and len(texts) == 1 and len(texts[0]) > FRAGMENT_CHARS and \
            not any(char.isdigit() for char in fragments[0].text):
        return "mark"
    return "debris"


def _labels_an_item(doc: Document, line: Line, neighbour: Line) -> bool:
    """True when ``neighbour`` is a list item's label on a line of its own, as PyMuPDF
    sets it (``c)``), with the item's text beyond it: a list goes on past the
    number, which stands at a page's edge (``21`` / ``c)`` / ``deposito: Procura…``).
    A tick or a panel's letter in a figure has more debris beyond it, or nothing."""
    if not _ITEM_LABEL.match(neighbour.text):
        return False
    beyond = 2 * neighbour.index - line.index
    if not 0 <= beyond < len(doc.lines):
        return False
    upper = doc.lines[min(beyond, neighbour.index)]
    item = doc.lines[beyond]
    return not (item.blank or upper.page_break_after or _fragment(item))


def _counts_over(doc: Document, line: Line, neighbour: Line) -> bool:
    """True when ``neighbour`` is a number of a listing's count that ``line`` interrupts,
    as a page's number does: the number before it opens one of the ``LISTING_REACH``
    lines on the other side of ``line``, and the count goes on a third number, past
    either (``540 \\def``, ``19``, ``541``, ``542 \\def``). PyMuPDF sets the page's
    break and head between the number before and ``line`` (``1365 \\Set…``, a blank line,
    ``7`` / ``CODE``, ``36``, ``1366``): past a blank line, the number before may stand
    ``HEAD_REACH`` lines further, where the count goes on past both ends; so it may
    stand a line further past the head alone, with no blank line (tudscr's source:
    ``234``, code, ``File c: tudscr-fonts.dtx …``, ``39``, ``235``), read past the
    head's chapter or section number too (rmathbr's: ``160``, code, ``7`` / ``CODE``,
    ``11``, ``161``)."""
    text = neighbour.text.strip()
    if not (text.isascii() and text.isdigit()):
        return False
    step = 1 if neighbour.index > line.index else -1
    number = int(text)
    if page_number(line.text) in (number, number - step):
        return False  # a column of numbers that ``line`` is one of (a contents' pages)
    goes_on = _opening_near(doc, neighbour.index, step, number + step) is not None
    other = _opening_near(doc, line.index, -step, number - step)
    if other is None:  # the page's break and its head between the two, or its head alone
        other = _opening_near(doc, line.index, -step, number - step, across_a_break=True)
        if other is None:
            other = _opening_near(doc, line.index, -step, number - step,
                                  reach=LISTING_REACH + 1, past_figures=True)
        return other is not None and goes_on and \
            _opening_near(doc, other, -step, number - 2 * step) is not None
    return goes_on or _opening_near(doc, other, -step, number - 2 * step) is not None


def _numbers_its_title(doc: Document, neighbour: Line) -> bool:
    """True when ``neighbour`` is a number in figures, or a letter or a numeral with its
    dot (``C.``, ``IV.``), over a title of its own (so it stands under the number beside
    it, never over it): a section's number (``3`` / ``How to Code the Header``, ``C.`` /
    ``Submitting to AIP Journals``), which stands right under the page's number where
    the page opens with that section; not a contents entry's (``1`` / ``Introduction``
    / ``1``, its page). An index's letter (``C`` over its entries) has no dot."""
    title = _title_under(doc, neighbour.index)
    text = neighbour.text.strip()
    if not (text.isdecimal() or _SECTION_LETTER.match(text)) or title is None:
        return False
    after = next_text_line(doc, title, 1, ())  # a contents entry's page: ``1`` / ``Intro`` / ``1``
    return after is None or page_number(doc.lines[after].text) is None


def _opening_near(doc: Document, index: int, step: int, number: int,
                  across_a_break: bool = False, reach: int = LISTING_REACH,
                  past_figures: bool = False) -> int | None:
    """The line among the ``reach`` after line ``index`` (before it, ``step`` -1) that
    ``number`` opens, with no blank line between; None where none does.
    ``across_a_break``: past a blank line (the lines before it, a page's head, are not
    read), among ``HEAD_REACH`` lines more. ``past_figures``: up to ``HEAD_FIGURES``
    lines that are a chapter's or a section's number alone are read and not counted
    (the head's number over its name, ``7`` / ``CODE``, ``2.4.4`` / ``页眉页脚``)."""
    crossed = False
    figures = 0  # read past, not counted
    last = reach + (HEAD_REACH if across_a_break else 0)
    for distance in range(1, last + HEAD_FIGURES + 1):
        if distance > last + figures:
            return None
        other = index + step * distance
        if not 0 <= other < len(doc.lines):
            return None
        if doc.lines[other].blank:
            if not across_a_break:
                return None
            crossed = True
            continue
        if across_a_break and not crossed:
            continue
        opening = _OPENING_NUMBER.match(doc.lines[other].text)
        if opening and int(opening.group(1)) == number:
            return other
        if past_figures and _HEADS_NUMBER.fullmatch(doc.lines[other].text.strip()):
            figures += 1
    return None


def _title_under(doc: Document, index: int) -> int | None:
    """The next line of text after line ``index`` where it is shaped as a title
    (:func:`~cleaner.sentence.title_shaped`), or is a heading in CJK characters, which
    have no case (``索引``, ``实现细节``: :func:`~cleaner.sentence.is_heading`), else None."""
    below = next_text_line(doc, index, 1, ())
    if below is None:
        return None
    text = doc.lines[below].text.strip()
    return below if title_shaped(text) or (cjk_count(text) > 0 and is_heading(text)) else None


def _among_fragments(doc: Document, line: Line) -> bool:
    """True when a line next to ``line`` is a number or a fragment (axis ticks, a
    vertical label), but for a mark of the page (:func:`_beside_a_mark`)."""
    return _beside(doc, line) == "debris"


def _beside_a_mark(doc: Document, line: Line) -> bool:
    """True when a fragment of letters stands on one side of ``line`` and text on the
    other: a page number with a mark of the page beside it (``RX``, an index's ``C``),
    or a tick beside a formula's debris. Such a number only continues a chain, one page
    on (:func:`_chains`). Beside a fragment with a figure (``3.``, ``x2``) it is none."""
    return _beside(doc, line) == "mark"


def _chain_to_extend(chains: list[list[tuple[int, int]]], waiting: dict[int, list[int]],
                     index: int, number: int, pages: list[int] | None,
                     beside_a_mark: bool = False,
                     heads_a_title: Callable[[int], bool] = lambda index: False,
                     title_of: Callable[[int], str | None] = lambda index: None,
                     ) -> int | None:
    """The longest chain that ``number`` at line ``index`` continues (a step of one page
    before a step of two; of two chains as long, the one whose count of the pages the
    number keeps: its number and its page differ as they did, where form feeds mark them);
    it stops waiting at its old number. A listing's ``5`` a page after a list's ``3``
    starts a chain as long as the pages' own, ``4`` on the same page: ``6`` on the next
    page goes on with the page numbers, not with the listing. Where form feeds mark the
    pages, a chain of ``GAP_MIN_NUMBERS`` goes on over a few pages without their number
    (``MAX_GAP``: a part's title page, its blank verso, an appendix's opening) when the
    number is as many pages on as it is numbers on.

    Without page marks (``pages`` None), the number stands more than a few lines after
    the chain's last, and no farther than ``PACE_SPREAD`` of the longest pages a page on
    (``MAX_PAGE_LINES``: a contents' ``39``, then a table's ``40`` 2,400 lines on), and,
    once the chain has a pace (``PACE_MIN_NUMBERS``), not many
    times farther per page than its pages have run (``PACE_SPREAD``): a number in the
    text far on is not the next page's, and taken into the chain it would stretch it
    over the next numbering (pages 49 and 50 lost their numbers, a ``50`` in the text
    50 pages later); nor a small share of a page on (under a ``PACE_SPREAD``-th of the
    pace) twice running: a listing whose line numbers count on from the pages' (page
    23's ``23``, then ``24``, ``25``, ``26`` every four lines), where a last page alone
    may be that short. A number ``beside_a_mark`` (:func:`_beside_a_mark`) continues a
    chain one page on only, and keeps the pace of a chain of two already
    (``MARKED_PACE_MIN_NUMBERS``): a listing's ``7`` beside a letter a hundred lines after
    the contents' ``5`` and ``6`` is not their next page's. Pages come in order: a
    chain that a longer one, a step farther back, went past (``9`` on line 250, the
    chain of ``2`` to ``8`` on line 461) does not take ``10``. And of two chains as
    long, a number over a title (``heads_a_title``: a section's ``4`` over
    ``Gliederungselemente``) goes on with the one whose numbers stand over titles as
    often, a number amid the text with the other: a paper's sections count alongside
    its pages, ``1``, ``2``, ``3`` each, and one chain takes both no more. Where nothing
    marks the pages, a number amid the text goes on with a chain whose numbers head no
    title, though shorter, rather than with one whose numbers each head a title of their
    own (``1`` / ``Installation``, ``2`` / ``Working with the class``: a paper's sections
    on its first page, then page 2's ``2`` over section ``3``, llncs' guide)."""

    def next_page(chain: list[tuple[int, int]], step: int) -> bool:
        last = chain[-1][0]
        if pages is None:
            paced = len(chain) >= (MARKED_PACE_MIN_NUMBERS if beside_a_mark
                                   else PACE_MIN_NUMBERS)
            if index - last <= MIN_LINES_BETWEEN_PAGES:
                return False
            if (index - last) / step > PACE_SPREAD * MAX_PAGE_LINES:
                return False  # a page on: no page is that long
            if not paced:
                return True
            pace = _lines_a_page(chain)
            far_on = (index - last) / step > PACE_SPREAD * pace
            short_twice = PACE_SPREAD * max(index - last, last - chain[-2][0]) < pace
            return not (far_on or short_twice)
        return 1 <= pages[index] - pages[last] <= step + 1

    def keeps_count(chain: list[tuple[int, int]], step: int) -> bool:
        return pages is not None and pages[index] - pages[chain[-1][0]] == step

    def alike(chain: list[tuple[int, int]]) -> float:
        """Minus how far the chain's share of numbers over a title is from this one's."""
        if pages is not None:
            return 0.0
        share = sum(heads_a_title(found) for found, _ in chain) / len(chain)
        return -abs(share - heads_a_title(index))

    def titled_apart(chain_id: int) -> int:
        """1 for a chain of numbers each over a title of its own (a paper's sections,
        ``1`` / ``Installation``, ``2`` / ``Working with the class``; the same title
        under each is a running head) when this number heads none, and another chain
        that waits for it heads none either: it goes on with that one."""
        if pages is not None or heads_a_title(index):
            return 0
        titles = {title_of(found) for found, _ in chains[chain_id]}
        return int(None not in titles and len(titles) == len(chains[chain_id]) and any(
            not any(heads_a_title(found) for found, _ in chains[other])
            for other in waiting.get(number - 1, []) if other != chain_id))

    steps = range(1, (1 if beside_a_mark else MAX_STEP) + 1)
    fitting = {step: [chain_id for chain_id in waiting.get(number - step, [])
                      if next_page(chains[chain_id], step)] for step in steps}
    for step in steps:
        rivals = [chain_id for chain_id in fitting[step] if pages is not None or not any(
            len(chains[longer]) > len(chains[chain_id])
            and chains[longer][-1][0] > chains[chain_id][-1][0]
            for farther in steps[step:] for longer in fitting[farther])]
        if rivals:
            chain_id = max(rivals, key=lambda found: (len(chains[found]) - titled_apart(found),
                                                      keeps_count(chains[found], step),
                                                      alike(chains[found])))
            waiting[number - step].remove(chain_id)
            return chain_id
    if pages is None or beside_a_mark:
        return None
    for step in range(MAX_STEP + 1, MAX_GAP + 1):  # over pages without their number
        candidates = waiting.get(number - step, [])
        gapped = [chain_id for chain_id in candidates if keeps_count(chains[chain_id], step)
                  and len(chains[chain_id]) >= GAP_MIN_NUMBERS]
        if gapped:
            chain_id = max(gapped, key=lambda found: len(chains[found]))
            candidates.remove(chain_id)
            return chain_id
    return None


def detect(doc: Document, prior: Prior, options: Options) -> Findings:
    """Page-number lines in chains of at least ``page_number_min_run`` rising numbers,
    the numbers they skip that stand beside a table's or a listing's figures
    (:func:`_skipped_beside_debris`), and those run into a line of text
    (:mod:`cleaner.glued_numbers`).

    Removed when ``remove_page_numbers`` is on, left in place (and known) when off.
    """
    removed = removed_lines(prior)
    chains, twins, pages = _page_number_chains(doc, removed, options.page_number_min_run)
    found = _removals(chains, twins)
    paging = frozenset(index for removal in found for index in removal.lines)
    skipped = tuple(removal for chain in chains
                    for removal in _skipped_beside_debris(doc, chain, removed))
    numbers = paging | {index for removal in skipped for index in removal.lines}
    trims = glued_numbers.find(doc, _sequences(doc, chains), pages, removed | numbers)
    # the pages are the chains' own: a number found in a gap goes, but marks no page
    # (letting it mark one re-drew eledmac's pages, and section headings went with the
    # heads found anew)
    model = build(doc, paging, removed, frozenset(trim.line for trim in trims))
    found = tuple(sorted(found + skipped, key=lambda removal: removal.lines))
    if options.remove_page_numbers:
        return Findings(NAME, removals=found, pages=model, trims=tuple(trims))
    return Findings(NAME, left=found, pages=model)


def _skipped_beside_debris(doc: Document, chain: list[tuple[int, int]],
                           removed: frozenset[int]) -> list[Removal]:
    """The numbers ``chain`` skips one at a time, where a line alone states the number
    skipped (in the chain's style) and stands in the middle of the lines between its
    neighbours (``GAP_MIDDLE``), the only such line there, and was set aside only as
    debris (:func:`_beside`: a table's last cell ``0`` right over the page's ``6``, a
    listing's line numbers around it). A page's number stands a page after the last and
    a page before the next; a tick or a cell that reads so stands anywhere. A number
    that is not alone in the gap, or stands near either end of it, stays."""
    found = []
    for (first, value), (last, after) in itertools.pairwise(chain):
        if after != value + 2:
            continue
        digits = doc.lines[first].text.strip().isdigit()
        alike = [line for line in doc.lines[first + 1:last]
                 if not line.blank and not line.protected and line.index not in removed
                 and page_number(line.text) == value + 1
                 and line.text.strip().isdigit() == digits]
        if len(alike) != 1:
            continue
        share = (alike[0].index - first) / (last - first)
        if GAP_MIDDLE[0] <= share <= GAP_MIDDLE[1] and _beside(doc, alike[0]) == "debris":
            found.append(Removal((alike[0].index,), "page_number", f"page number {value + 1}, "
                                 f"the one a sequence of {len(chain)} skips between {value} "
                                 f"and {after}, beside a table's or a listing's figures"))
    return found


def _form_feed_pages(doc: Document, removed: frozenset[int]) -> list[int] | None:
    """For each line, the page it stands on by form feeds; None when there are none.

    A page whose every line of text a stage before removed (a page printed twice, which
    goes with its page breaks) is no page; an empty page is one
    (:func:`~cleaner.pages.form_feed_breaks`)."""
    if not any(line.page_break_after for line in doc.lines):
        return None
    model = Pages("form feeds", tuple(form_feed_breaks(doc, removed)))
    return [model.page_of(line.index) for line in doc.lines]


def _beside_blank_breaks(doc: Document, minimum: int) -> frozenset[int] | None:
    """The lines of text next to a page break that blank lines mark as pymupdf writes them
    (one after every page, the pages alike in length:
    :func:`~cleaner.pages.alike_in_length`), the ``EDGE_LINES`` on each side, and at the
    document's start and end (the first page's top, the last page's foot); None when no
    blank lines mark the pages so (a few blank lines of pypdf's are not pages: they
    stand at any distance). A line of the pages' furniture at the edge does not count (a
    line of words within reach of ``minimum`` breaks or more, the same but for its
    figures): a page's number under a head of three lines is as near the break as one
    under none."""
    breaks = blank_line_breaks(doc)
    if not breaks or not alike_in_length(doc, breaks):
        return None
    starts = [(0, 1), (len(doc.lines) - 1, -1)]  # the first page's top, the last one's foot
    starts += [(found.before, -1) for found in breaks] + [(found.after, 1) for found in breaks]
    edges = [list(_towards_the_middle(doc, start, step)) for start, step in starts]
    at_edges = Counter(key for edge in edges for key in {
        line_key(doc.lines[index].text) for index in edge
        if any(char.isalpha() for char in doc.lines[index].text)})
    furniture = {key for key, count in at_edges.items() if count >= minimum}
    near: set[int] = set()
    for edge in edges:
        head = next((at for at, index in enumerate(edge)
                     if line_key(doc.lines[index].text) not in furniture), len(edge))
        near.update(edge[:head + EDGE_LINES])
    return frozenset(near)


def _beside_repeated_lines(doc: Document, minimum: int) -> dict[int, set[str]]:
    """The lines right over or under a line of words that the text repeats ``minimum``
    times or more, figures and all (``Problem 2`` and ``Problem 3`` are two lines), each
    with the keys of those lines: where pymupdf writes a page's foot among its text
    (after the first column), the page's number stands beside it, mid-page."""
    keys = {line.index: paragraph_key(line.text) for line in doc.lines
            if any(char.isalpha() for char in line.text)}
    repeated = Counter(keys.values())
    near: dict[int, set[str]] = {}
    for line_index, key in keys.items():
        if repeated[key] >= minimum:
            for index in (line_index - 1, line_index + 1):
                if 0 <= index < len(doc.lines):
                    near.setdefault(index, set()).add(key)
    return near


def _beside_its_heads(chain: list[tuple[int, int]], edges: frozenset[int],
                      near: dict[int, set[str]]) -> bool:
    """True when the numbers of ``chain`` away from the page breaks (``edges``) all stand
    beside copies of one repeated line or two, each beside two numbers at least (``near``,
    :func:`_beside_repeated_lines`): the page's foot, ``TUGboat Authors' Guide, March
    2022`` by each number, or the heads of odd and even pages; not a title that the
    contents repeat, by its clause's number."""
    keys = [near.get(index, set()) for index, _ in chain if index not in edges]
    beside = Counter(key for found in keys for key in found)  # key -> numbers beside it
    heads = [key for key, count in beside.items() if count >= 2]
    return not keys or any(all(first in found or second in found for found in keys)
                           for first in heads for second in heads)


def _towards_the_middle(doc: Document, start: int, step: int) -> Iterator[int]:
    """The lines of text from ``start`` on in the direction of ``step`` (1: down the
    page), ``2 * EDGE_LINES`` of them at most: a page's edge, and a head or foot on it."""
    index, taken = start, 0
    while 0 <= index < len(doc.lines) and taken < 2 * EDGE_LINES:
        if not doc.lines[index].blank:
            yield index
            taken += 1
        index += step


def _true_chains(chains: list[list[tuple[int, int]]], styles: list[str],
                 pages: list[int] | None, minimum: int, lines: int,
                 roman: frozenset[int] = frozenset(),
                 text_pages: int | None = None) -> list[list[tuple[int, int]]]:
    """The chains that number the pages: of each style the longest, and others only where
    they do not overlap it, that together run through the document.

    Figure ticks make short chains (``1``, ``2``, ``3`` on three pages running); the
    page numbers make long ones, one per print of a document printed several times.
    Where form feeds count the pages, a chain stands on a good share (``PAGE_SHARE``)
    of the pages it runs over, and the numberings of a style together number a good
    share of all the pages with text (``text_pages``; a blank verso has no number to
    find); and page numbers count the pages: from page to page the number and the page
    differ by the same amount, but for an extractor's extra form feed now and then
    (footnote marks rise through a paper too, at their own pace).
    Without form feeds, the chains of a style together run through at least
    ``PAGE_SPAN`` of the document's lines (each from its first number's page to its
    last one's, that page too: five numbers are five pages; and the pages between two
    chains of one count, :func:`_counts_on_over_a_gap`): page numbers number all
    the pages, while chapter numbers of a few chapters, or the numbered sections of one
    psalm, stand in a part of it, and a chain whose number rises every
    ``MIN_LINES_BETWEEN_PAGES`` lines or faster numbers no pages however long it is (a
    listing's line numbers, every other one taken: a page is longer than that), and
    the longest chain of a style rises faster than a page is long (``MAX_PAGE_LINES``:
    the numbered sections of a long text whose page numbers a cleaning before removed
    do not; a chain that goes on from it may, over a few pages of font charts, a line a
    glyph), and a chain whose numbers stand far nearer together than a numbering's of
    its style that runs over more of the text counts lines, not pages
    (:func:`_counts_lines_not_pages`), and so do chains that each go on with the count
    of the one before, together rising a number every ``MIN_LINES_BETWEEN_PAGES`` lines
    or faster (:func:`_counting_on_too_fast`). Which chains are numberings (``roman``:
    the chains in roman numerals): :func:`_numberings`.
    """
    taken: dict[str, list[tuple[int, int]]] = {}  # style -> spans (pages, or lines) taken
    found: list[int] = []
    candidates = [chain_id for chain_id, chain in enumerate(chains) if len(chain) >= minimum]
    listings = _counting_on_too_fast(candidates, chains, styles) if pages is None else set()
    for chain_id in sorted(candidates, key=lambda chain_id: -len(chains[chain_id])):
        chain = chains[chain_id]
        if pages is None and (chain_id in listings or _counts_lines_not_pages(
                chain_id, candidates, chains, styles)):
            continue
        if pages is not None:
            offsets = [number - pages[index] for index, number in chain]
            changes = sum(a != b for a, b in itertools.pairwise(offsets))
            first_page, last_page = pages[chain[0][0]], pages[chain[-1][0]]
            if (changes > OFFSET_CHANGES * (len(chain) - 1)
                    or len(chain) < PAGE_SHARE * (last_page - first_page + 1)):
                continue
            span = (first_page, last_page + 1)
        elif _lines_a_page(chain) <= MIN_LINES_BETWEEN_PAGES or (
                styles[chain_id] not in taken and _lines_a_page(chain) > MAX_PAGE_LINES):
            continue
        else:
            span = (chain[0][0], chain[-1][0])
        spans = taken.setdefault(styles[chain_id], [])
        if any(span[0] < other[1] and other[0] < span[1] for other in spans):
            continue
        spans.append(span)
        found.append(chain_id)
    kept = _numberings(found, chains, styles, roman)
    if pages is not None:  # together, the numberings of a style number enough pages
        numbered = Counter(styles[chain_id] for chain_id in kept for _ in chains[chain_id])
        with_text = pages[-1] + 1 if text_pages is None else text_pages
        return _numbered_once([chains[chain_id] for chain_id in kept
                               if numbered[styles[chain_id]] >= PAGE_SHARE * with_text], pages)
    covered: dict[str, float] = {}  # style -> lines its chains number
    for chain_id in kept:  # from the first number's page to the last one's, a page more
        chain, style = chains[chain_id], styles[chain_id]  # than between the two numbers
        covered[style] = covered.get(style, 0.0) + chain[-1][0] - chain[0][0] \
            + _lines_a_page(chain)
    in_order = sorted(kept, key=lambda chain_id: chains[chain_id][0][0])
    for earlier, later in itertools.pairwise(in_order):
        if styles[earlier] == styles[later] and _counts_on_over_a_gap(
                chains[earlier], chains[later]):
            covered[styles[earlier]] += max(0.0, chains[later][0][0] - chains[earlier][-1][0]
                                            - _lines_a_page(chains[earlier]))
    return [chains[chain_id] for chain_id in kept
            if covered[styles[chain_id]] >= PAGE_SPAN * lines]


def _counts_on_over_a_gap(earlier: list[tuple[int, int]], later: list[tuple[int, int]]) -> bool:
    """True when the ``later`` chain goes on with the ``earlier`` one's count over pages
    whose numbers are not alone on their lines (pypdf runs them into a head: ``16 4.
    Order of Sections``, ``4.1. Sample Title Page 17``): its first number is higher than
    the earlier's last, and the lines between, for each page skipped, are no more than
    ``GAP_PACE`` times the longer pace of the two. One numbering runs over the gap, and
    numbers its pages too."""
    skipped = later[0][1] - earlier[-1][1]
    if skipped <= 0:
        return False
    pace = max(_lines_a_page(earlier), _lines_a_page(later))
    return (later[0][0] - earlier[-1][0]) / skipped <= GAP_PACE * pace


def _counting_on_too_fast(candidates: list[int], chains: list[list[tuple[int, int]]],
                          styles: list[str]) -> set[int]:
    """The chains (of ``candidates``) that, one after another in the text, each going on
    with the count of the one before (its first number higher than that one's last, its
    first line after that one's last, and no more numbers on than lines on: a count of
    lines rises a number a line at most), rise together one number every
    ``MIN_LINES_BETWEEN_PAGES`` lines or faster, from the first one's first number to
    the last one's last, most of the count between the chains, not in them: a listing's
    line numbers, those that an extractor set alone on a line, every four or five lines
    (the others, most, it ran into their lines of code), in a document whose pages' own
    numbers are gone (a cleaning before removed them). A page is longer than that; each
    chain alone may not show it. Pages lost between two chains of page numbers are fewer
    than the pages found. A chain that stands amid another breaks the run: where pages'
    numbers run through the text, this judges nothing. The run may begin later than its
    first chain: a document's first pages keep their numbers where a cleaning before
    could not chain them (njuthesisdoc's ``3``, ``4``, ``5``, then its listing's ``503``
    on), and their slow count hides the listing's after it."""
    found: set[int] = set()
    by_style: dict[str, list[int]] = {}
    for chain_id in sorted(candidates, key=lambda chain_id: chains[chain_id][0][0]):
        by_style.setdefault(styles[chain_id], []).append(chain_id)
    for in_order in by_style.values():
        runs: list[list[int]] = []
        for chain_id in in_order:
            chain = chains[chain_id]
            end_line, end_number = chains[runs[-1][-1]][-1] if runs else (0, 0)
            if runs and 0 < chain[0][1] - end_number <= chain[0][0] - end_line:
                runs[-1].append(chain_id)
            else:
                runs.append([chain_id])
        for run in runs:  # from its first chain, or from a later one: pages before it
            last_line, last_number = chains[run[-1]][-1]
            for start in range(len(run)):
                first_line, first_number = chains[run[start]][0]
                within = sum(len(chains[chain_id]) for chain_id in run[start:])
                if within < last_number - first_number + 1 - within and \
                        last_line - first_line <= MIN_LINES_BETWEEN_PAGES * (
                            last_number - first_number):
                    found.update(run[start:])
                    break
    return found


def _counts_lines_not_pages(chain_id: int, others: list[int],
                            chains: list[list[tuple[int, int]]], styles: list[str]) -> bool:
    """True when another chain of the style (of ``others``, ``MIN_REPEATED_CHAIN`` long,
    a page's length or less apart: ``MAX_PAGE_LINES``) runs over more of the document's
    lines than this one, its numbers more than ``PACE_SPREAD`` times as many lines
    apart: where nothing marks the pages, this one counts lines, not pages (a listing's
    line numbers every four lines, a contents' page references every six, in a document
    whose pages run 65 lines), however many numbers it has. The pages of one document
    are alike in length."""
    def reach(chain: list[tuple[int, int]]) -> int:
        return chain[-1][0] - chain[0][0]

    chain = chains[chain_id]
    return any(other != chain_id and styles[other] == styles[chain_id]
               and len(chains[other]) >= MIN_REPEATED_CHAIN
               and reach(chains[other]) > reach(chain)
               and PACE_SPREAD * _lines_a_page(chain) < _lines_a_page(chains[other])
               <= MAX_PAGE_LINES for other in others)


def _numbered_once(chains: list[list[tuple[int, int]]],
                   pages: list[int]) -> list[list[tuple[int, int]]]:
    """The chains, but for one whose every number stands on a page that a longer chain
    (or one as long, met before it) numbers already: a page prints its number once
    (``第 2页共6页`` at its foot), and a second chain on the same pages is a table's row
    numbers or a formula's figures (``1``, ``2``, ``3`` on the second to the fourth page
    of an exam). A page that prints its number twice, head and foot, keeps the second
    copy here: :func:`_second_copies` judges it, a line at a time."""
    numbered: set[int] = set()  # the pages that the chains kept so far number
    dropped: set[int] = set()
    for position in sorted(range(len(chains)), key=lambda position: -len(chains[position])):
        chain_pages = {pages[index] for index, _ in chains[position]}
        if chain_pages <= numbered:
            dropped.add(position)
        numbered |= chain_pages
    return [chain for position, chain in enumerate(chains) if position not in dropped]


def _numberings(found: list[int], chains: list[list[tuple[int, int]]],
                styles: list[str], roman: frozenset[int] = frozenset()) -> list[int]:
    """Of the chains taken, those that number pages: of each style the longest; others
    that continue a numbering before them (``310``, ``311``, ``312`` after ``306``), or
    that one after them continues (``3`` to ``9``, then, a page without its number
    later, ``13`` to ``21``; or a numbering in ``roman`` numerals that one follows,
    the front matter's ``ii`` to ``iv`` before the body's ``1``), or that are numberings
    of their own (``MIN_REPEATED_CHAIN`` long: a document printed again), with pages as
    long as the longest's, or near (``PAGE_RATE_SHARE``; a numbering in ``roman``
    numerals is the front matter's, of short pages, and so is a chain that runs on into
    the next numbering at its own pace, :func:`_at_its_pace`). Figure panels numbered
    1, 2, 3 twice are neither, nor a listing's line numbers, a number every few lines."""
    kept: list[int] = []
    longest: dict[str, float] = {}  # style -> lines a page in its longest chain
    for chain_id in found:  # longest first
        style = styles[chain_id]
        if style not in longest:
            longest[style] = _lines_a_page(chains[chain_id])
            kept.append(chain_id)
            continue
        (first_line, first_number), (last_line, last_number) = \
            chains[chain_id][0], chains[chain_id][-1]
        before = [chains[other][-1] for other in kept
                  if styles[other] == style and chains[other][-1][0] < first_line]
        after = [chains[other][0] for other in kept
                 if styles[other] == style and chains[other][0][0] > last_line]
        rate = _lines_a_page(chains[chain_id])
        if chain_id not in roman and rate < PAGE_RATE_SHARE * longest[style] and not (
                after and _at_its_pace(chains[chain_id][-1], min(after), rate)):
            continue  # a listing's line numbers, a number every few lines
        continues = (bool(before) and max(before)[1] < first_number) or \
            (bool(after) and (min(after)[1] > last_number or chain_id in roman))
        if continues or len(chains[chain_id]) >= MIN_REPEATED_CHAIN:
            kept.append(chain_id)
    return [chain_id for chain_id in kept
            if not _inside_a_numbering(chain_id, kept, chains, styles, roman)]


def _at_its_pace(last: tuple[int, int], next_first: tuple[int, int], rate: float) -> bool:
    """True when a chain whose ``last`` (line, number) is followed by a numbering's first,
    ``next_first``, a higher number, runs on into it at its own pace: as many lines a
    page between the two as in the chain (``rate``), within a factor of
    ``1 / PAGE_RATE_SHARE`` either way. A manual's first pages of prose, shorter than its
    listing's pages further on, keep their numbers (njuthesisdoc's ``3`` to ``5`` on
    pages of 44 lines, then ``9`` 201 lines on, its body's pages of 92)."""
    (last_line, last_number), (next_line, next_number) = last, next_first
    if next_number <= last_number:
        return False
    between = (next_line - last_line) / (next_number - last_number)
    return PAGE_RATE_SHARE * between <= rate <= between / PAGE_RATE_SHARE


def _inside_a_numbering(chain_id: int, kept: list[int], chains: list[list[tuple[int, int]]],
                        styles: list[str], roman: frozenset[int] = frozenset()) -> bool:
    """True when the chain stands between two chains of its style that go on from each
    other (``15`` to ``19``, then ``20`` to ``43``: the first's last number and the
    second's first a step apart, ``MAX_STEP`` at most), both in figures or both in
    ``roman`` numerals: no page is left between them for it to number. A chart's data
    (``3``, ``4``, ``5`` ... ``16``) on a long page broke the numbering in two, and a
    chain that a numbering after it continues is taken for the pages before that one
    (:func:`_numberings`). The front matter's ``xxxi`` and the body's ``32`` do not go
    on from each other: the body's pages ``14`` to ``31`` between them are pages."""
    first_line, last_line = chains[chain_id][0][0], chains[chain_id][-1][0]
    ends = {(chains[other][-1][1], other in roman) for other in kept if other != chain_id
            and styles[other] == styles[chain_id] and chains[other][-1][0] < first_line}
    return any(0 < chains[other][0][1] - end <= MAX_STEP and (other in roman) == in_roman
               for other in kept if other != chain_id and styles[other] == styles[chain_id]
               and chains[other][0][0] > last_line for end, in_roman in ends)


def _lines_a_page(chain: list[tuple[int, int]]) -> float:
    """How many lines of the document a chain's number rises by one over."""
    (first_line, first_number), (last_line, last_number) = chain[0], chain[-1]
    return (last_line - first_line) / max(1, last_number - first_number)


def _numbered_lines(doc: Document, removed: frozenset[int], pages: list[int] | None = None,
                    ) -> list[tuple[int, int, str, bool]]:
    """The lines that may be page numbers: each line's index, number and style, and
    whether it stands beside a mark (:func:`_beside_a_mark`), which where form feeds
    mark the pages must be near its page's edge. A line number of a draft's column is
    none, though its neighbours are line numbers too, nor a contents entry's part, nor a
    section's number over its heading."""
    found = []
    entries = _contents_run_entries(doc)
    contents = _contents_entries(doc, entries)
    titles: dict[int, list[tuple[int, str]]] | None = None  # read at the first number
    for line in doc.lines:
        if line.blank or line.protected or line.index in removed or line.index in contents:
            continue
        number = page_number(line.text)
        if number is None:
            continue
        beside = _beside(doc, line)
        if beside == "debris" or in_line_numbers(doc, line.index):
            continue
        if titles is None:
            titles = _numbered_titles(doc, _contents_labels(doc, entries))
        if _contents_reference(doc, line) or _counts_lines(doc, line, number) \
                or _repeated_near(doc, line, number) \
                or _labels_a_heading(doc, line, titles) or _titles_a_section(doc, line):
            continue
        beside_a_mark = beside == "mark"
        if beside_a_mark and pages is not None and not _near_page_edge(doc, pages, line.index):
            continue  # a figure in a worked answer, beside a formula's debris
        found.append((line.index, number, _style(line.text), beside_a_mark))
    return found


def _titles_a_section(doc: Document, line: Line) -> bool:
    """True when the line right over ``line`` is a section's dotted number alone
    (``9.1.5`` over ``2008``): a section titled with a number, a year, written a part a
    line. A heading never ends a page, and a page's number does not stand under one."""
    return line.index > 0 and not doc.lines[line.index - 1].page_break_after and \
        _DOTTED_LABEL.match(doc.lines[line.index - 1].text) is not None


def _contents_reference(doc: Document, line: Line) -> bool:
    """True when ``line`` is a table of contents' page reference: after an entry's dot
    leader (``Installation . . . .``, then ``7``), with the next entry right under it.
    A page's own number may follow the last entry of a contents page, but the page ends
    there: a blank line or a page break follows it."""
    lines = doc.lines
    if line.index == 0 or line.page_break_after or lines[line.index - 1].page_break_after \
            or line.index + 1 >= len(lines):
        return False
    after_leader = DOT_LEADER.search(lines[line.index - 1].text.rstrip()) is not None
    return after_leader and not lines[line.index + 1].blank


# An entry's number: ``2``, ``2.1``, ``1.``, ``A``, ``C.``, ``A.1``, ``IV``, ``Chapter 3.``
_ENTRY_LABEL = \
    r"(?:[^\W\d_]+\s+)?(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z](?:\.\d{1,2})*\.?|[IVX]{1,5}\.?)"
_LABEL_ALONE = re.compile(rf"^\s*{_ENTRY_LABEL}\s*$")
_LABEL_AND_TITLE = re.compile(rf"^\s*{_ENTRY_LABEL}\s+\S")
_DOTTED_LABEL = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s*$")  # ``2.1``: never a page


def _contents_entries(doc: Document, entries: list[tuple[int, int]]) -> frozenset[int]:
    """The lines of a table of contents' numbered entries that an extractor wrote one part
    a line (pymupdf: ``2`` / ``Overview of TeX Live`` / ``4``, or ``1 Introduction`` /
    ``4``, or ``2.1`` / ``Title`` / ``. . . .`` / ``4``): their numbers and their pages,
    where ``CONTENTS_RUN`` entries or more follow each other with no line between and
    their pages do not go down. A page's own number stands apart from such a run (after
    a blank line or a page break, or after the last entry's page), a section's number
    over its heading in the text has a paragraph, not the next entry, under it, and a
    listing's line numbers do go down (``96 code`` / ``7`` / ``97 code``). ``entries``:
    the runs' entries, :func:`_contents_run_entries`."""
    found: set[int] = set()
    for first, page_line in entries:
        found.add(page_line)
        if _LABEL_ALONE.match(doc.lines[first].text):
            found.add(first)  # the entry's number alone on its line
    return frozenset(found)


def _contents_labels(doc: Document, entries: list[tuple[int, int]]) -> dict[int, int]:
    """The contents entries written a part a line (:func:`_contents_entries`) whose
    number stands alone over their title: the number's line and the number. A title
    that opens with a number has its own (``14.Informatik``): the number over it is the
    page of the entry before. ``entries``: :func:`_contents_run_entries`."""
    labels = {}
    for first, _ in entries:
        text = doc.lines[first].text.strip()
        title = doc.lines[first + 1].text.lstrip()  # a title stands before the page
        if text.isdecimal() and not title[:1].isdigit():
            labels[first] = int(text)
    return labels


def _contents_run_entries(doc: Document) -> list[tuple[int, int]]:
    """The first line and the page's line of each contents entry in a run of
    ``CONTENTS_RUN`` or more (:func:`_contents_entries`). After the chapters, the back
    matter's entries may have no number (``4`` / ``Appendices`` / ``6``: the ``4`` is
    the entry before's page); a contents goes on with them, a listing does not
    (:func:`_a_contents`). A page's head and number that a page break sets between two
    entries is passed over, and stays a candidate (:func:`_a_page_break_in`)."""
    lines = doc.lines
    entries: list[tuple[int, int, int]] = []  # (first line, page line, page) of each entry
    for line in lines[1:]:
        page = page_number(line.text)
        if line.blank or page is None:
            continue
        k = line.index
        first = _entry_start(doc, k)
        if first is not None:
            entries.append((first, k, page))
    runs: list[list[tuple[int, int, int]]] = []
    passed: int | None = None  # the page line of a page's head and number passed over
    for i, entry in enumerate(entries):
        if runs and entry[0] == runs[-1][-1][1] and entry[2] >= runs[-1][-1][2] \
                and _a_contents(doc, runs[-1]):
            # the number over the title is the entry before's page: this one has none
            runs[-1].append((entry[0] + 1, entry[1], entry[2]))
        elif passed is not None:  # over a page's head and number, not its number
            runs[-1].append((max(entry[0], passed + 1), entry[1], entry[2]))
        elif runs and entry[0] == runs[-1][-1][1] + 1 and entry[2] >= runs[-1][-1][2]:
            runs[-1].append(entry)
        elif runs and _a_page_break_in(doc, runs[-1][-1], entry, entries[i + 1:i + 2]):
            passed = entry[1]
            continue
        else:
            runs.append([entry])
        passed = None
    return [(first, page_line) for run in runs if len(run) >= CONTENTS_RUN
            for first, page_line, _ in run]


def _a_page_break_in(doc: Document, last: tuple[int, int, int], entry: tuple[int, int, int],
                     following: list[tuple[int, int, int]]) -> bool:
    """True when ``entry``, right after the contents entry ``last`` (a blank line at
    most between), is a page's head and number that a page break set inside the
    contents (``1`` / ``模板介绍`` / ``3``, between entries on pages 14): its page is
    lower than ``last``'s, and the next entry, right under it (its number alone over
    its title, when the page's number stands there), goes on from ``last``'s. Each
    entry is (first line, page line, page)."""
    between = doc.lines[last[1] + 1:entry[0]]
    return bool(following) and entry[2] < last[2] and len(between) <= 1 \
        and all(line.blank for line in between) \
        and following[0][0] - entry[1] in (0, 1) and following[0][2] >= last[2]


def _a_contents(doc: Document, run: list[tuple[int, int, int]]) -> bool:
    """True when ``run``'s last ``CONTENTS_RUN`` entries are a contents' (first line,
    page's line, page): a listing's numbered lines, read as entries, are not (``10`` /
    ``\\keywords`` / ``11``, ``12`` / ``\\begin{document}`` / ``13``: each entry's number
    the one after the page before)."""
    last = run[-CONTENTS_RUN:]
    return len(last) == CONTENTS_RUN and not all(
        page_number(doc.lines[first].text) == page + 1
        for (_, _, page), (first, _, _) in itertools.pairwise(last))


def _entry_start(doc: Document, page_line: int) -> int | None:
    """The first line of the contents entry whose page stands at ``page_line``: its title
    (one line, or two when the second is the dot leader), after the entry's number alone
    or opening the title's line (a dotted number alone over the title is its number:
    no page is ``2.1``); None when the lines above are no such entry."""
    lines = doc.lines
    k = page_line
    for title_lines in (1, 2):
        first = k - title_lines
        if first < 0:
            return None
        title = lines[first:k]
        if any(line.blank or line.page_break_after or page_number(line.text) is not None
               for line in title):
            return None
        if title_lines == 2 and not DOT_LEADER.search(lines[k - 1].text):
            return None  # a title's second line is its leader
        above = lines[first - 1] if first else None
        label = above if above is not None and _LABEL_ALONE.match(above.text) \
            and not above.page_break_after else None
        if label is not None and _DOTTED_LABEL.match(label.text):
            return first - 1  # ``2.1`` / ``A Section``: the title's ``A`` is a word
        if _LABEL_AND_TITLE.match(title[0].text):
            return first
        if label is not None:
            return first - 1
    return None


_OPENING_NUMBER = re.compile(r"^\s*(\d{1,6})(?:\s|$)")
_HEADS_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})*")  # a chapter's or a section's, alone
_NUMBERED_TITLE = re.compile(r"^\s*(\d{1,3})\.?\s+(\S.*)$")
_ENTRY_PAGE = re.compile(r"(?:[\s.·⋅∙…]*\d{1,4})?[\s.·⋅∙…]*$")
MIN_TITLE_CHARS = 3  # a heading and the title it begins have this many letters at least
TITLE_SHARE = 0.5  # ...and the shorter of the two is this share of the longer at least


def _title_key(text: str) -> str:
    """A title as compared with the heading it names: NFKC, case-folded, its dot leader
    and page reference cut off, spaces removed."""
    return "".join(_ENTRY_PAGE.sub("", nfkc(text)).casefold().split())


def _numbered_titles(doc: Document, labels: dict[int, int] | None = None,
                     ) -> dict[int, list[tuple[int, str]]]:
    """For each number, the titles given it: lines that open with the number and go on
    with a title (a contents entry, ``4 Logos HHS Dutch . . . 5``; a head that carries
    its chapter's number), and the line under each of a contents' ``labels``, the
    entries' numbers alone on their lines (``1`` / ``Installation`` / ``2``,
    :func:`_contents_labels`). Each title's line and its key."""
    found: list[tuple[int, int, str]] = []  # (number, the title's line, the title)
    for line in doc.lines:
        opening = _NUMBERED_TITLE.match(line.text)
        if opening:
            found.append((int(opening.group(1)), line.index, opening.group(2)))
    for label_line, number in (labels or {}).items():  # a title under each, its page after
        found.append((number, label_line + 1, doc.lines[label_line + 1].text))
    titles: dict[int, list[tuple[int, str]]] = {}
    for number, index, title in found:
        key = _title_key(title)
        if sum(char.isalpha() for char in key) >= MIN_TITLE_CHARS:
            titles.setdefault(number, []).append((index, key))
    return titles


def _labels_a_heading(doc: Document, line: Line,
                      titles: dict[int, list[tuple[int, str]]]) -> bool:
    """True when ``line``'s number is the number of the heading right under it, on its
    page: a line elsewhere sets the two together (a contents entry ``2 The User
    Interface``, over ``2`` / ``The User Interface`` in the text). A section that starts
    on the page of its own number is no page number either way; a page's number at the
    foot has the next page's heading beyond a page break."""
    number = line.text.strip()
    if not number.isdecimal() or int(number) not in titles:
        return False
    index = line.index
    for _ in range(2):  # the heading: the next line, or the one after a blank line
        if doc.lines[index].page_break_after or index + 1 >= len(doc.lines):
            return False
        index += 1
        if not doc.lines[index].blank:
            break
    heading = _title_key(doc.lines[index].text)
    if sum(char.isalpha() for char in heading) < MIN_TITLE_CHARS:  # a blank line has none
        return False
    return any(other not in (line.index, index) and _begins_alike(title, heading)
               for other, title in titles[int(number)])


def _begins_alike(title: str, heading: str) -> bool:
    """True when one of two keys begins the other, and is at least half as long
    (``TITLE_SHARE``): a heading or an entry broken over two lines, not the first words
    of a paragraph (``3. ptptex.cls`` in a list, ``ptptex.cls is designed to be``)."""
    shorter, longer = sorted((title, heading), key=len)
    return longer.startswith(shorter) and len(shorter) >= TITLE_SHARE * len(longer)


def _repeated_near(doc: Document, line: Line, number: int) -> bool:
    """True when ``number`` stands alone on ``COLUMN_REPEATS - 1`` other lines, each at
    most ``MIN_LINES_BETWEEN_PAGES`` lines from the one before, no blank line or page
    break between: a page prints its number once, and a page is longer than that. A
    column of figures, each alone on its line, that repeat from line to line holds a
    contents' page references written a part a line (``I. Introduction`` / ``1`` /
    ``II. Formatting`` / ``1`` / ``II.1. Preprint`` / ``1``) or a table's. A page's
    number over the next page's chapter number (``1`` / ``1`` / ``Introduction``:
    PyMuPDF sets no blank line between the pages) is not such a column, nor a page's
    number over a table's cells (``1`` / ``Table 1.1: Mine`` / ``1`` / ``a`` / ``s`` /
    ``1``): between two figures of the column stands an entry's title, not fragments."""
    found = 0
    for step in (-1, 1):
        other = last = line.index
        titled = False  # a line of text since the last figure of the column
        while abs(other + step - last) <= MIN_LINES_BETWEEN_PAGES:
            following = other + step
            if not 0 <= following < len(doc.lines) or doc.lines[following].blank \
                    or doc.lines[min(other, following)].page_break_after:
                break
            other = following
            if page_number(doc.lines[other].text) != number:
                titled = titled or not _fragment(doc.lines[other])
            elif not titled:
                break
            else:
                found, last, titled = found + 1, other, False
    return found >= COLUMN_REPEATS - 1


def _counts_lines(doc: Document, line: Line, number: int) -> bool:
    """True when ``line``'s number counts on a line or so apart (each number at most
    ``MIN_LINES_BETWEEN_PAGES`` lines after the one before, on one page, no blank line
    between, alone or opening its line) from the number before it to the one after, or
    to the two after (a listing's first line): a listing's line numbers (``666
    \\newcommand``, ``667`` alone, ``668``) count faster than pages, which are longer than
    that. A page's number may close a count of footnotes (``6``, ``7`` over page ``8``),
    so a count that ends at it is not enough, nor one number after it (the next page's
    head). Where the same number opens a line near it too, the listing has its own, and
    this one is the page's."""
    def numbers_near(index: int, step: int) -> dict[int, int]:
        found: dict[int, int] = {}  # number -> the nearest line it opens
        other = index
        for _ in range(MIN_LINES_BETWEEN_PAGES):
            following = other + step
            if not 0 <= following < len(doc.lines) or doc.lines[following].blank \
                    or doc.lines[min(other, following)].page_break_after:
                break  # the text's edge, a blank line, or a page break between the two
            other = following
            opening = _OPENING_NUMBER.match(doc.lines[other].text)
            if opening:
                found.setdefault(int(opening.group(1)), other)
        return found

    def run(step: int) -> int:
        """How many numbers count on from this one, a step at a time (at most two)."""
        index, count = line.index, 0
        while count < 2:
            near = numbers_near(index, step)
            if number + step * (count + 1) not in near:
                break
            index = near[number + step * (count + 1)]
            count += 1
        return count

    if number in numbers_near(line.index, -1) or number in numbers_near(line.index, 1):
        return False
    after = run(1)
    return after == 2 or (after == 1 and run(-1) >= 1)


def _near_page_edge(doc: Document, pages: list[int], index: int) -> bool:
    """True when at most ``EDGE_LINES`` lines of text stand between line ``index`` and
    the top or the foot of its page (form feeds marking the pages)."""
    for step in (-1, 1):
        text = (other for other in _towards_the_edge(pages, index, step)
                if not doc.lines[other].blank)
        if sum(1 for _ in itertools.islice(text, EDGE_LINES + 1)) <= EDGE_LINES:
            return True
    return False


def _towards_the_edge(pages: list[int], index: int, step: int) -> Iterator[int]:
    """The lines between line ``index`` and the top (``step`` -1) or the foot (+1) of its
    page, nearest first."""
    other = index + step
    while 0 <= other < len(pages) and pages[other] == pages[index]:
        yield other
        other += step


def _chains(doc: Document, numbered: list[tuple[int, int, str, bool]],
            pages: list[int] | None) -> tuple[list[list[tuple[int, int]]], list[str]]:
    """The chains of rising numbers among the ``numbered`` lines, each with its style. A
    number beside a mark only continues a chain, one page on: it starts none, and
    skips no page. A chain counts in roman numerals or in figures, not in both: the
    front matter's ``i`` is not the body's page before ``2`` (a chapter's number)."""
    chains: list[list[tuple[int, int]]] = []  # each a list of (line index, number)
    styles: list[str] = []  # the style of each chain
    # per style (the line with digits masked) and numerals (roman or not): last number of
    # a chain -> indices into chains
    waiting: dict[tuple[str, bool], dict[int, list[int]]] = {}
    heads_a_title = functools.cache(lambda index: _title_under(doc, index) is not None)

    @functools.cache
    def title_of(index: int) -> str | None:
        below = _title_under(doc, index)
        return None if below is None else line_key(doc.lines[below].text)

    for index, number, style, beside_a_mark in numbered:
        roman = _in_roman(doc.lines[index].text)
        chain_id = _chain_to_extend(chains, waiting.setdefault((style, roman), {}), index,
                                    number, pages, beside_a_mark, heads_a_title, title_of)
        if chain_id is None and beside_a_mark:
            continue
        if chain_id is None:
            chain_id = len(chains)
            chains.append([])
            styles.append(style)
        chains[chain_id].append((index, number))
        waiting[style, roman].setdefault(number, []).append(chain_id)
    if pages is None:
        chains = [_past_a_far_first(chain) for chain in chains]
    return chains, styles


def _past_a_far_first(chain: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The chain, but for a first number far back: more than ``PACE_SPREAD`` times as many
    lines a page before the second as the rest of the chain's pages run, where the rest
    has a pace (``PACE_MIN_NUMBERS``). Without page marks, a chain takes a number far on
    only until it has a pace (:func:`_chain_to_extend`); its first step was taken
    before: a ``13`` in a thesis' list of acronyms, 577 lines before page 14's number on
    pages of 35 lines, is no page's, and would stretch the chain over the front matter's
    own numbering."""
    while len(chain) > PACE_MIN_NUMBERS and (chain[1][0] - chain[0][0]) \
            > PACE_SPREAD * _lines_a_page(chain[1:]) * (chain[1][1] - chain[0][1]):
        chain = chain[1:]
    return chain


def _numbering_chains(doc: Document, numbered: list[tuple[int, int, str, bool]],
                      pages: list[int] | None, minimum: int,
                      ) -> tuple[list[list[tuple[int, int]]], set[str] | None]:
    """The chains of the ``numbered`` lines that number pages, and the document's
    furniture where it was read (:func:`_repeated_lines`)."""
    chains, styles = _chains(doc, numbered, pages)
    by_style: dict[str, list[list[tuple[int, int]]]] = {}
    for chain, style in zip(chains, styles, strict=True):
        by_style.setdefault(style, []).append(chain)

    # sections numbered over their headings are no pages (a chain under the minimum is
    # none either way: only the others are read)
    def numbers_sections(position: int) -> bool:
        chain = chains[position]
        return _numbers_sections(doc, chain, pages) or (pages is None and _sections_of_a_paper(
            doc, chain, by_style[styles[position]], minimum))

    kept = [position for position, chain in enumerate(chains)
            if len(chain) < minimum or not numbers_sections(position)]
    chains, styles = [chains[position] for position in kept], \
        [styles[position] for position in kept]
    roman = frozenset(chain_id for chain_id, chain in enumerate(chains)
                      if _in_roman(doc.lines[chain[0][0]].text))
    furniture, text_pages = None, None  # read only where a chain may number the pages
    if pages is not None and any(len(chain) >= minimum for chain in chains):
        furniture = _repeated_lines(doc, minimum)
        text_pages = _text_pages(doc, pages, furniture)
    chains = _true_chains(chains, styles, pages, minimum, len(doc.lines), roman, text_pages)
    return chains, furniture


def _page_number_chains(doc: Document, removed: frozenset[int], minimum: int,
                        ) -> tuple[list[list[tuple[int, int]]], list[tuple[int, int]],
                                   list[int] | None]:
    """Every chain of rising page numbers at least ``minimum`` long, the second copies
    of their numbers (:func:`_second_copies`), and the page of each line where form
    feeds mark the pages (None where they do not).

    Where form feeds mark the pages, a chain takes one number a page, and its numbers
    rise with the pages (an extractor's extra form feed is forgiven). Where blank lines
    mark pages alike in length (:func:`_beside_blank_breaks`), the chains are made of
    the numbers beside a page break alone, as a page's number stands and a section's
    number (``1`` over ``INTRODUCTION``) or a listing's line numbers do not: those
    would make longer chains of their own, and break the page numbers' up. Where none
    there make a chain, the numbers beside the page's foot or heads mid-page join them
    (:func:`_beside_its_heads`): pymupdf writes a page's foot after its first column.
    """
    pages = _form_feed_pages(doc, removed)
    if pages is None and not doc.layout.policy.page_numbers_without_form_feeds:
        return [], [], None  # subtitles' cue numbers, verse numbers: nothing marks pages
    numbered = _numbered_lines(doc, removed, pages)
    edges = _beside_blank_breaks(doc, minimum) if pages is None and numbered else None
    if edges is None:
        chains, furniture = _numbering_chains(doc, numbered, pages, minimum)
    else:  # where blank lines mark pages, their numbers stand beside them
        at_edges = [found for found in numbered if found[0] in edges]
        chains, furniture = _numbering_chains(doc, at_edges, pages, minimum)
        # none there: the numbers beside a page's foot or heads written mid-page join them
        near = _beside_repeated_lines(doc, minimum) if not chains else {}
        numbered = [found for found in numbered if found[0] in edges or found[0] in near]
        if len(numbered) > len(at_edges):
            chains, furniture = _numbering_chains(doc, numbered, pages, minimum)
            chains = [chain for chain in chains if _beside_its_heads(chain, edges, near)]
    marked = pages if edges is None or not chains else _blank_line_pages(doc)
    return chains, _second_copies(doc, numbered, chains, marked, minimum, furniture), pages


def _text_pages(doc: Document, pages: list[int], furniture: set[str]) -> int:
    """How many pages have text of their own: a line that is not the document's
    ``furniture`` (:func:`_repeated_lines`), as a blank verso with only a draft's stamp
    (``[ June 3, 2018 at 15:29 – classicthesis v4.6 ]``) or its running head has none."""
    return len({pages[line.index] for line in doc.lines
                if not line.blank and line_key(line.text) not in furniture})


def _blank_line_pages(doc: Document) -> list[int]:
    """For each line, the page it stands on where blank lines mark the pages (pymupdf's,
    :func:`~cleaner.pages.blank_line_breaks`)."""
    model = Pages("blank lines", tuple(blank_line_breaks(doc)))
    return [model.page_of(line.index) for line in doc.lines]


def _second_copies(doc: Document, numbered: list[tuple[int, int, str, bool]],
                   chains: list[list[tuple[int, int]]], pages: list[int] | None,
                   minimum: int, furniture: set[str] | None = None) -> list[tuple[int, int]]:
    """The page's number printed a second time on its page, head and foot (``2`` over
    the page's head, ``2`` under its text): a number alone on its line that a chain found
    gives that page already, in its style, with nothing between it and the page's top
    or foot but lines of furniture (:func:`_at_the_edge`), where form feeds mark the
    pages (or pymupdf's blank lines: ``pages`` from :func:`_blank_line_pages`) and
    ``minimum`` pages at least print their number so. Fewer are a figure or an
    item's number that happens to match its page's; a footnote's mark has its note under
    it.

    Where the chain's copy stands over a title of its own (a line that no other page
    repeats: ``2`` over ``Using and installing LaTeX``), it is the number of a section
    that opens on the page of that number, and the copy at the edge is the page's: the
    chain takes that one instead (``chains`` is changed in place), and the section's
    number stays. So it does where the chain's copy stands among the page's text, away
    from its edges (an author's mark ``1`` over the institution it marks, the ``1`` of
    arXiv's stamp that pdfminer writes a character a line). A copy at the edge over a
    title of its own is a section's number itself, and neither. ``furniture``: the
    document's repeated lines, if read already."""
    if pages is None:
        return []
    taken = {index for chain in chains for index, _ in chain}
    copy_on_page = {pages[index]: (chain, position) for chain in chains
                    for position, (index, _) in enumerate(chain)}
    style_of = {index: style for index, _, style, _ in numbered}
    twins = []
    for index, number, style, _ in numbered:
        if index in taken or pages[index] not in copy_on_page:
            continue
        chain, position = copy_on_page[pages[index]]
        copy, copy_number = chain[position]
        if copy_number != number or style_of.get(copy) != style:
            continue
        if furniture is None:
            furniture = _repeated_lines(doc, minimum)
        if not _at_the_edge(doc, pages, index, taken, furniture) or \
                _over_a_title(doc, pages, index, furniture):
            continue  # among the page's text (a mark, a note), or over a section's title
        if _over_a_title(doc, pages, copy, furniture) or \
                not _at_the_edge(doc, pages, copy, taken, furniture):
            chain[position] = (index, number)  # a section's number, a mark, debris stays
            taken.add(index)
        else:
            twins.append((index, number))
    return twins if len(twins) >= minimum else []


def _repeated_lines(doc: Document, minimum: int) -> set[str]:
    """The keys (:func:`~cleaner.normalize.line_key`) of the lines of words that stand
    ``minimum`` times or more in the document: its furniture, as far as this stage
    can tell."""
    repeated = Counter(line_key(line.text) for line in doc.lines
                       if not line.blank and any(char.isalpha() for char in line.text))
    return {key for key, count in repeated.items() if count >= minimum}


def _over_a_title(doc: Document, pages: list[int], index: int, furniture: set[str]) -> bool:
    """True when the next line of text on line ``index``'s page is a title
    (:func:`_a_title`) that is not a line of ``furniture`` (a running head's title)."""
    below = next_text_line(doc, index, 1, ())
    return below is not None and pages[below] == pages[index] and _a_title(doc, below) \
        and line_key(doc.lines[below].text) not in furniture


def _at_the_edge(doc: Document, pages: list[int], index: int, numbers: set[int],
                 furniture: set[str]) -> bool:
    """True when nothing but blank lines, page numbers (``numbers``: ``ii`` over another
    ``ii`` at a page's top) and lines of ``furniture`` (keys of lines of words that recur
    on many pages: ``Version of May 27, 2020``) stands between line ``index`` and the
    top or the foot of its page."""
    return any(all(doc.lines[other].blank or other in numbers
                   or line_key(doc.lines[other].text) in furniture
                   for other in _towards_the_edge(pages, index, step))
               for step in (-1, 1))


def _numbers_sections(doc: Document, chain: list[tuple[int, int]],
                      pages: list[int] | None) -> bool:
    """True when every number of the chain stands right over a title of its page
    (:func:`_a_title`), another under each, and either most of them with a line of their
    page above them too, where form feeds mark the pages (``10`` over ``TABLES``, ``11``
    over ``MATH EQUATIONS`` on the pages running), or two of them go on to their
    section's first subsection (``6`` / ``Evaluation`` / ``6.1``,
    :func:`_opens_its_subsections`): the numbers of sections that each open on a page of
    their own number's count, a chain of page numbers once the pages' own numbers
    (``111:10`` in ACM's heads) went, or were never there. A page's number stands at its
    page's top or foot (a foot's number has the next page's heading under it, beyond the
    break), or, mid-page, beside the page's head or foot (``Sample Project`` / ``3`` /
    ``December 2008``: the same line under every number); not over a title of its own
    on every page, save where each page opens a part (``Declaration``, ``Contents``,
    ``Abstract`` in a thesis' front matter; where nothing marks the pages, a title of
    its own under every number is no evidence at all). (Most, not all, stand among their
    page's text: a page break moved when a paragraph cut by it was joined puts a section
    that opened mid-page at its page's top.)"""
    headings, among_text = set(), 0
    for index, _ in chain:
        above, below = next_text_line(doc, index, -1, ()), next_text_line(doc, index, 1, ())
        if below is None or (pages is not None and pages[below] != pages[index]) \
                or not _a_title(doc, below):
            return False
        headings.add(line_key(doc.lines[below].text))
        among_text += above is not None and pages is not None and pages[above] == pages[index]
    if len(headings) < len(chain):
        return False
    return 2 * among_text > len(chain) or sum(
        _opens_its_subsections(doc, index, number) for index, number in chain) >= 2


def _sections_of_a_paper(doc: Document, chain: list[tuple[int, int]],
                         others: list[list[tuple[int, int]]], minimum: int) -> bool:
    """True, where no form feed marks the pages, when every number of the chain is in
    figures over a title of its own, a line the text repeats stands over half of them or
    fewer (a slide's foot, ``LATEX-Kurse und Support``, stands over every ``3``; a
    listing's ``83 \\endgroup`` over a section's number by chance), and none of the ``others``
    (the chains of its style, ``minimum`` long) goes on from it, with its next number or
    the one after: a paper's sections with no subsections (``1`` / ``Introduction``,
    ``2`` / ``Contribution``), that a cleaning before left when it removed the pages'
    numbers. Pages that each open a part (``2`` / ``Acknowledgments``, ``3`` / ``Table
    of Contents``) go on into the body's pages, ``7`` over a paragraph's middle."""
    last_line, last_number = chain[-1]
    if any(len(other) >= minimum and other[0][0] > last_line
           and 0 < other[0][1] - last_number <= 2 for other in others):
        return False
    headings, above = set(), []
    for index, _ in chain:
        below = _title_under(doc, index)
        if not doc.lines[index].text.strip().isdecimal() or below is None:
            return False
        headings.add(line_key(doc.lines[below].text))
        above.append(next_text_line(doc, index, -1, ()))
    furniture = _repeated_lines(doc, minimum)
    under_furniture = sum(line_key(doc.lines[other].text) in furniture
                          for other in above if other is not None)
    return len(headings) == len(chain) and 2 * under_furniture <= len(chain)


def _opens_its_subsections(doc: Document, index: int, number: int) -> bool:
    """True when line ``index``, a section's number over its title, is followed within
    ``SUBSECTION_REACH`` lines by its first subsection's heading: ``6.1`` alone, or
    ``6.1 Index Placing Subsystem``, a title (not a contents entry, ``6.1 Foo . . . 12``).
    A page's number may stand over a chapter that opens on its page by chance, once;
    that two do is a section's number each."""
    if not doc.lines[index].text.strip().isdecimal():
        return False  # ``vi`` over ``Abstract``: the front matter has no subsections
    label = re.compile(rf"^\s*{number}\.1\.?(\s+\S.*)?$")
    title = next_text_line(doc, index, 1, ())
    assert title is not None  # the caller found the title under the number
    for other in range(title + 1, min(len(doc.lines), title + 1 + SUBSECTION_REACH)):
        text = doc.lines[other].text
        found = label.match(text)
        if found and (found.group(1) is None or _a_subsection_title(found.group(1).strip())):
            return True
    return False


def _a_subsection_title(text: str) -> bool:
    """True when the words after a subsection's number read as its title: short, an
    upper-case letter first, no sentence's end, dot leader or page reference last."""
    return title_shaped(text) and not text[-1].isdigit() and not DOT_LEADER.search(text)


def _a_title(doc: Document, index: int) -> bool:
    """True when line ``index`` reads as a section's title: a heading
    (:func:`~cleaner.sentence.is_heading`), or a short line in sentence case standing as
    a block of its own (``How to include bibliography``, ``Titles, addresses and so on``):
    an upper-case letter first, no sentence's end or open end last, a blank line, a page
    break or the text's end after it. A title has words: ``7`` is a figure."""
    line = doc.lines[index]
    text = line.text.strip()
    if not any(char.isalpha() for char in text):
        return False
    if is_heading(line.text):
        return True
    alone = line.page_break_after or index + 1 >= len(doc.lines) or doc.lines[index + 1].blank
    return alone and title_shaped(text)


def _removals(chains: list[list[tuple[int, int]]],
              twins: list[tuple[int, int]]) -> tuple[Removal, ...]:
    """One removal per line of every chain, and per second copy, in the document's order."""
    removals = [Removal((index,), "page_number", f"page number {number} in a sequence of "
                        f"{len(chain)}") for chain in chains for index, number in chain]
    removals += [Removal((index,), "page_number", f"page number {number}, printed a second "
                         "time on its page") for index, number in twins]
    return tuple(sorted(removals, key=lambda removal: removal.lines))


def _sequences(doc: Document, chains: list[list[tuple[int, int]]],
               ) -> list[list[tuple[int, int]]]:
    """The chains of one style run together in the document's order, where their
    numbers keep rising: the page numbers of a document, whatever pages lack theirs.
    Roman numerals are left out: a page's numeral is not told from a word's letters."""
    by_style: dict[str, list[tuple[int, int]]] = {}
    for chain in chains:
        text = doc.lines[chain[0][0]].text
        if any(char.isdigit() for char in text):
            by_style.setdefault(_style(text), []).extend(chain)
    sequences = []
    for numbers in by_style.values():
        numbers.sort()
        sequence = [numbers[0]]
        for found in numbers[1:]:
            if found[1] <= sequence[-1][1]:
                sequences.append(sequence)
                sequence = []
            sequence.append(found)
        sequences.append(sequence)
    return sequences
