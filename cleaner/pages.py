"""The page model: where the pages of an extracted document begin and end.

Built once, by the page-number stage, and used by every stage after it (the
furniture stage judges lines by where they stand on their page; joins are
stricter across a page break). The breaks come from the first source that has any:

- form feeds (``\\f``), which pdftotext and pdfminer put between pages;
- page-number lines that count up (found by :mod:`cleaner.page_numbers`): the
  page ends at the number, wherever it stands, or at the line a number the sequence
  skips is run into (:mod:`cleaner.glued_numbers`);
- blank lines, when they are few and far apart and the pages between them alike in
  length (:func:`alike_in_length`): pymupdf ends each page with one blank line and
  has no others (but for a table's empty cells, whose runs of pages of a line or two
  are amid one page: :func:`_past_short_runs`). Ordinary prose, with a blank line
  between paragraphs, never looks like that, nor a few blank lines at any distance
  (pypdf's, or those a cleaning before left where it removed the pages' numbers);
  where they are near (slides), when the blocks between them count themselves at
  their foot, unless page numbers mark pages. Where
  they mark as many pages as the page numbers found do, or more (a number lost, or
  taken for a figure's tick), they come first: pages merged would put heads in the
  middle of a page, and a number at a page's top ends no page. Between two page
  numbers that count up by one at the same edge of their pages, one of them ends a
  page, and the others stand amid it (:func:`_one_between_numbers`);
- lines that state their page of a total (``Page 3 of 12``, ``Title 3 / 14``), the
  same total on half its pages or more, where nothing else marks them: a slide's foot
  that pypdf runs on into the next slide (:func:`stated_page_breaks`);
- running heads that carry the page's number (``2 A. One and A. Two`` on even pages,
  ``Guide to the class 3`` on odd ones), where an extractor joins pages with nothing
  between them (pypdf): lines whose words recur with a number at one end, the numbers
  counting up the document one page at a time (:func:`numbered_head_breaks`); or one
  such line alone when it is a closed sentence with the page's number after it, a
  journal's foot (``… CC-BY 4.0. 3``), not a heading; or heads that each stand right
  beside a copy of one fixed line (the page's foot run into the next page's head) and
  name the document as its first lines print it. The page begins at the line.

A document with none of these has no page model (``source == "none"``); the
furniture stage then relies on other evidence.

>>> from cleaner.segment import segment
>>> pages = build(segment("one\\ntwo\\fthree\\nfour\\ffive\\n"), frozenset())
>>> pages.source, [(b.before, b.after) for b in pages.breaks], pages.page_of(3)
('form feeds', [(1, 2), (3, 4)], 1)
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Container
from dataclasses import dataclass, field
from typing import Literal

from .formats import PAGE_WORD_CJK, counts_its_pages
from .normalize import median
from .segment import Document, Line
from .sentence import closes_a_sentence, is_heading, leaves_open

PageSource = Literal["form feeds", "page numbers", "blank lines", "stated pages", "numbered heads",
                     "none"]
MIN_PAGE_LINES = 20  # blank lines this far apart (in text lines, the median) are page breaks...
MAX_PAGE_LINES = 200  # ...unless they are farther apart than a page is long
# A contents entry's leader to its page (``. . . .``, ``.....``, ``⋅⋅⋅``, ``……``), not an
# ellipsis (``comprising...``).
DOT_LEADER = re.compile(r"(?:(?:\.\s+){2,}\.|\.{4,}|(?:[·⋅∙]\s*){3,}|…{2,})\s*$")
EDGE_LINES = 3  # where blank lines mark pages, a page number is this near a break
MIN_BLANK_BREAKS = 2  # one gap is a section break; a page period needs two to measure
BLANK_PAGE_SPREAD = 2.5  # blank lines mark pages alike in length: this far from the median...
ALIKE_SHARE = 0.8  # ...the longest, or this share of the pages (one may hold a long listing)
SHORT_PAGE_LINES = 5  # fewer lines of text than this, twice in a row: no pages, a table's rows
LINE_COLUMN = 10  # numbers counting one a line, this many: a draft's line numbers
COLUMN_GAP = 1  # ...with at most this many blank lines between two of them
LISTING_NUMBERS = 3  # numbers each over one line, counting one a line: a listing's lines
HEAD_MAX_CHARS = 120  # a running head is one line of a page's width, not a paragraph
HEAD_MIN_LETTERS = 5  # ...and words, not a row of figures
MIN_HEAD_COPIES = 3  # a head's words recur this often (a section's title twice: contents)
MIN_HEAD_CHAIN = 4  # numbered heads in a chain: fewer may be three numbered sections
MAX_HEAD_STEP = 3  # a chain may skip pages without a head (a chapter's first, a plate)
MIN_HEAD_GAP = 3  # lines: a page is longer than this
HEAD_SPAN = 0.5  # the chain runs through this share of the document's lines
ALTERNATING = 0.5  # this share of a chain's steps at least go from one head to another
CHAPTER_RUNS = 3  # ...or the words change chapter by chapter, in this many runs at least
MIN_HEAD_RUN = 3  # ...of this many pages each, counted one at a time
FIXED_MIN_LETTERS = 3  # a foot run into the next page's head: a date (Nov. 2002) or more
WORD_LETTERS = 4  # a head's words that name a document: not "of", "et", "al."
TITLE_LINES = 12  # a document's title and authors stand among its first lines of text
# A line that begins or ends with a number: "12 Author and Author", "Title of paper 13",
# "111:3" as ACM numbers an article's pages, "Journal name / 7".
_NUMBERED_LINE = re.compile(r"^\s*(?:\d{1,6}:)?(\d{1,4})\s+(\S.*?)\s*$"
                            r"|^\s*(\S.*?)\s+(?:\d{1,6}:)?(\d{1,4})\s*$")
_WORD = re.compile(rf"[^\W\d_]{{{WORD_LETTERS},}}")
# A line with a number between words, the first such: "ACRONYM 3 September 19, 2015".
_NUMBER_AMID = re.compile(r"^\s*(\S.*?)\s+(\d{1,4})\s+(\S.*?)\s*$")
STEADY_SHARE = 0.8  # share of steps between numbered copies that must be a page or a few
MIN_STATED_PAGES = 4  # lines that state their page: fewer may be a form's fields
# The page a line is on, of a total: "page 3 of 12", "page 3 of 1–12", "第3页 共12页", and
# "3/9" or "3 / 9" at the start or the end of the line (an exam's sheet, a slide's foot).
PAGE_OF = re.compile(
    r"\bpage\s+(\d{1,4})\s+of\s+(?:\d{1,4}\s*[–-]\s*)?(\d{1,4})\b"
    rf"|第\s*(\d{{1,4}})\s*{PAGE_WORD_CJK}\s*[/,，]?\s*共\s*(\d{{1,4}})\s*{PAGE_WORD_CJK}"
    r"|^\s*(\d{1,4})\s*/\s*(\d{1,4})(?=\s|$)|(?<=\s)(\d{1,4})\s*/\s*(\d{1,4})\s*$",
    re.IGNORECASE)


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

    def span(self, page: int, lines: int) -> tuple[int, int]:
        """The first and the last line of ``page``, in a document of ``lines`` lines.

        >>> pages = Pages("form feeds", (Break(1, 2), Break(3, 4)))
        >>> pages.span(0, 6), pages.span(1, 6), pages.span(2, 6)
        ((0, 1), (2, 3), (4, 5))
        """
        first = self.breaks[page - 1].after if page else 0
        last = self.breaks[page].before if page < len(self.breaks) else lines - 1
        return first, last


def form_feed_breaks(doc: Document, removed: frozenset[int]) -> list[Break]:
    """The form feeds, but for those that end a page whose every line of text a stage
    before removed (a page printed again, a slide's earlier build): that page is gone,
    and its neighbours stand next to each other. An empty page is a page."""
    breaks = []
    text = kept = False
    for line in doc.lines:
        if not line.blank:
            text, kept = True, kept or line.index not in removed
        if line.page_break_after:
            if kept or not text:
                breaks.append(Break(line.index, line.index + 1))
            text = kept = False
    return breaks


def _bare_number(text: str, most_digits: int) -> int | None:
    """The number a line holds alone, in ASCII figures, ``most_digits`` at most; else None."""
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) <= most_digits else None


def in_line_numbers(doc: Document, index: int) -> bool:
    """True when line ``index`` is a number in a column of ``LINE_COLUMN`` or more, each
    one more than the line's above (``1``, ``2``, ``3`` going down), on one page: the
    line numbers of a draft numbered in the margin, which an extractor writes as a
    column, pdfminer with a blank line (``COLUMN_GAP`` at most) between them. A figure's
    ticks are fewer, or step by more; a page number does not go on from the column."""
    def number(line: Line) -> int | None:
        return _bare_number(line.text, 4)

    def counted(value: int, step: int) -> int:
        """How many numbers go on from ``value``, the line's, in the direction of ``step``;
        walked no farther than a column needs, so that a long one costs no more."""
        here, position, expected, seen, gap = doc.lines[index], index, value, 0, 0
        while seen < LINE_COLUMN and 0 <= position + step < len(doc.lines):
            following = doc.lines[position + step]
            if (here if step > 0 else following).page_break_after:
                break  # a column stands on one page
            position, here = position + step, following
            if here.blank:
                gap += 1
                if gap > COLUMN_GAP:
                    break
                continue
            expected, gap = expected + step, 0
            if number(here) != expected:
                break
            seen += 1
        return seen

    value = number(doc.lines[index])
    return value is not None and counted(value, -1) + 1 + counted(value, 1) >= LINE_COLUMN


def numbers_a_listings_line(doc: Document, index: int) -> bool:
    """True when line ``index`` is a number that counts a listing's lines as PyMuPDF
    writes them, each number over its line (``100`` / ``\\@nameuse{…}`` / ``101`` /
    ``}%``): ``LISTING_NUMBERS`` numbers or more in a run, each one more than the one two
    lines over it, a line of text between. A figure's ticks stand next to one another or
    step by more."""
    def number(position: int) -> int | None:
        return _bare_number(doc.lines[position].text, 5) if 0 <= position < len(doc.lines) \
            else None

    value = number(index)
    if value is None:
        return False
    run = 1
    for step in (-2, 2):
        position, expected = index, value
        while run < LISTING_NUMBERS and number(position + step) == expected + step // 2 \
                and not doc.lines[position + step // 2].blank:
            position, expected, run = position + step, expected + step // 2, run + 1
    return run >= LISTING_NUMBERS


def blank_line_breaks(doc: Document, short: bool = False) -> list[Break]:
    """Runs of blank lines as page breaks, when they are few and far apart: far in lines
    of text, which a draft's line numbers in the margin are not (:func:`in_line_numbers`;
    pymupdf writes them as a column of their own, some fifty lines a page). With
    ``short``, near too, when the blocks between them count themselves
    (:func:`~cleaner.formats.counts_its_pages`): a slide is a page of a few lines."""
    return _far_apart(_blank_runs(doc), doc, short)


def _blank_runs(doc: Document) -> tuple[list[Break], float]:
    """The runs of blank lines inside the text, as breaks, and the usual number of lines
    of text between two (a margin's column of line numbers aside); no breaks when fewer
    than ``MIN_BLANK_BREAKS``."""
    runs: list[tuple[int, int]] = []
    for line in doc.lines:
        if line.blank:
            if runs and runs[-1][1] == line.index - 1:
                runs[-1] = (runs[-1][0], line.index)
            else:
                runs.append((line.index, line.index))
    inner = [run for run in runs if run[0] > 0 and run[1] < len(doc.lines) - 1]
    if len(inner) < MIN_BLANK_BREAKS:
        return [], 0
    column = list(itertools.accumulate(
        (line.text.strip().isdigit() and in_line_numbers(doc, line.index) for line in doc.lines),
        initial=0))
    edges = [-1, *(index for run in inner for index in run), len(doc.lines)]
    spans = [edges[k + 1] - edges[k] - 1 - (column[edges[k + 1]] - column[edges[k] + 1])
             for k in range(0, len(edges), 2)]
    return [Break(first - 1, last + 1) for first, last in inner], median(spans)


def _far_apart(runs: tuple[list[Break], float], doc: Document, short: bool) -> list[Break]:
    """The breaks of :func:`_blank_runs` when the pages between them are of a page's
    length (:func:`blank_line_breaks`)."""
    breaks, usual = runs
    if not breaks or usual > MAX_PAGE_LINES or (
            usual < MIN_PAGE_LINES and not (short and counts_its_pages(doc))):
        return []
    return breaks


def alike_in_length(doc: Document, breaks: list[Break]) -> bool:
    """True when the pages that ``breaks`` make are alike in length, as pages are: the
    longest at most ``BLANK_PAGE_SPREAD`` times the median, or ``ALIKE_SHARE`` of them
    within that of the median either way (a long listing's page, a short title page
    aside). A few blank lines that a text leaves between its parts stand at any
    distance: pypdf's, or those a cleaning left where it removed the page's furniture."""
    ends = [-1, *(found.before for found in breaks), len(doc.lines) - 1]
    spans = [b - a for a, b in itertools.pairwise(ends)]
    usual = median(spans)
    alike = sum(usual / BLANK_PAGE_SPREAD <= span <= BLANK_PAGE_SPREAD * usual for span in spans)
    return max(spans) <= BLANK_PAGE_SPREAD * usual or alike >= ALIKE_SHARE * len(spans)


def _past_short_runs(doc: Document, breaks: list[Break]) -> list[Break]:
    """The blank-line ``breaks``, but none beside a page of fewer than
    ``SHORT_PAGE_LINES`` lines of text that stands next to another such: a run of
    pages of a line or two is a table whose empty cells pymupdf wrote as blank lines
    (``\\t`` / ``sinnvoll`` / ``nicht sinnvoll`` / ``\\t``, five rows), amid one page.
    A short page alone (a chapter's last lines) is a page."""
    ends = [-1, *(found.before for found in breaks), len(doc.lines) - 1]
    short = [sum(not doc.lines[index].blank for index in range(a + 1, b + 1))
             < SHORT_PAGE_LINES for a, b in itertools.pairwise(ends)]
    in_a_run = [is_short and ((page > 0 and short[page - 1])
                              or (page + 1 < len(short) and short[page + 1]))
                for page, is_short in enumerate(short)]
    return [found for position, found in enumerate(breaks)  # page ``position`` is before it
            if not (in_a_run[position] or in_a_run[position + 1])]


def _numbered_head(text: str) -> tuple[int, str] | None:
    """The number and the words of a line that may be a running head with its page's
    number at one end (the words case-folded, the end the number stands at kept apart:
    ``3 Title`` and ``Title 3`` are two heads); None for any other line.

    >>> _numbered_head("111:2 • Trovato et al."), _numbered_head("Journal of Heat / 7")
    ((2, '<• trovato et al.'), (7, '>journal of heat /'))
    >>> _numbered_head("3.1 Methods"), _numbered_head("Chapter 12"), _numbered_head("12 a b")
    (None, None, None)
    >>> head = "Harbour Guide " + "x" * 103 + " 12"  # 120 characters: one line at most
    >>> _numbered_head("4 Harbour Reports"), _numbered_head(head)[0], _numbered_head(head + "0")
    ((4, '<harbour reports'), 12, None)
    """
    if len(text) > HEAD_MAX_CHARS:
        return None
    match = _NUMBERED_LINE.match(text)
    if match is None:
        return None
    number, words = (match.group(1), match.group(2)) if match.group(1) else \
        (match.group(4), match.group(3))
    if len(words.split()) < 2 or sum(char.isalpha() for char in words) < HEAD_MIN_LETTERS:
        return None
    side = "<" if match.group(1) else ">"
    return int(number), side + " ".join(words.casefold().split())


def numbered_head_breaks(doc: Document, removed: frozenset[int] = frozenset()) -> list[Break]:
    """Page breaks before running heads that number their pages, when nothing else marks
    the pages.

    A head is a line whose words recur (``MIN_HEAD_COPIES``), with a number at one end.
    The heads are chained as page numbers are, in document order, each number one more
    than the last (or a few more: pages without a head), a few lines apart at least. A
    chain is the pages' when it is ``MIN_HEAD_CHAIN`` long or more, runs through
    ``HEAD_SPAN`` of the document, and goes from one head to another on most steps
    (``ALTERNATING``): the author's name over even pages, the title over odd ones. One
    line counting up alone may be content (``Results for participant 3``); two that take
    turns to count the same pages are the two heads of a spread. One line alone marks
    the pages when it is a foot, not a heading (:func:`_a_foot_that_counts`); heads
    that change their words chapter by chapter mark them too (:func:`_chapter_by_chapter`),
    and so does a line whose number stands amid its fields, where no head counts with
    a number at an end (:func:`_counting_amid`).
    """
    found: dict[int, tuple[int, str]] = {}
    for line in doc.lines:
        if not (line.blank or line.protected or line.index in removed):
            head = _numbered_head(line.text)
            if head is not None:
                found[line.index] = head
    copies = Counter(words for _, words in found.values())
    chains: list[list[tuple[int, int, str]]] = []  # each (line, number, words), in order
    ends: dict[int, list[int]] = {}  # a chain's last number -> the chains ending so
    for index, (number, words) in found.items():
        if copies[words] < MIN_HEAD_COPIES:
            continue
        chain_id = None
        for step in range(1, MAX_HEAD_STEP + 1):  # the chain this head goes on from, if any
            waiting = ends.get(number - step)
            if waiting and index - chains[waiting[-1]][-1][0] >= MIN_HEAD_GAP:
                chain_id = waiting.pop()
                break
        if chain_id is None:
            chain_id = len(chains)
            chains.append([])
        chains[chain_id].append((index, number, words))
        ends.setdefault(number, []).append(chain_id)
    for chain in sorted(chains, key=len, reverse=True):
        if len(chain) < MIN_HEAD_CHAIN:
            break
        turns = sum(a[2] != b[2] for a, b in itertools.pairwise(chain))
        if chain[-1][0] - chain[0][0] >= HEAD_SPAN * len(doc.lines) and \
                (turns >= ALTERNATING * (len(chain) - 1) or _a_foot_that_counts(chain, doc)):
            return [Break(index - 1, index) for index, _, _ in chain if index > 0]
    chain = _chapter_by_chapter(chains, doc) or _beside_a_fixed_line(doc, found, removed) \
        or _counting_amid(doc, removed)
    return [Break(index - 1, index) for index, _, _ in chain if index > 0]


def _chapter_by_chapter(chains: list[list[tuple[int, int, str]]], doc: Document,
                        ) -> list[tuple[int, int, str]]:
    """The heads of the chains whose words change chapter by chapter
    (:func:`_a_books_heads`), when together they run through ``HEAD_SPAN`` of the
    document, one after another (a chapter without heads, or whose head breaks the
    count, ends a chain: a part's title page); empty when there are none."""
    books = sorted((chain for chain in chains if _a_books_heads(chain)),
                   key=lambda chain: chain[0][0])
    if not books or any(earlier[-1][0] > later[0][0] for earlier, later in
                        itertools.pairwise(books)) or \
            books[-1][-1][0] - books[0][0][0] < HEAD_SPAN * len(doc.lines):
        return []
    return [head for chain in books for head in chain]


def _a_books_heads(chain: list[tuple[int, int, str]]) -> bool:
    """True when a chain is a book's heads, its chapter's title and its page's number
    (``Kapitel 3 Die Posterklasse 58`` to ``62``, then ``Kapitel 4 …``):
    ``MIN_HEAD_CHAIN`` heads or more, each head in one run of copies in a row only,
    ``CHAPTER_RUNS`` runs or more of ``MIN_HEAD_RUN`` copies that count their pages one
    at a time, a page apart. A heading that counts its sections (``Results for
    participant 3``) is one run, and numbered sections count one a section."""
    runs = [list(run) for _, run in itertools.groupby(chain, key=lambda head: head[2])]
    counting = [run for run in runs if len(run) >= MIN_HEAD_RUN]
    return (len(chain) >= MIN_HEAD_CHAIN and len({run[0][2] for run in runs}) == len(runs)
            and len(counting) >= CHAPTER_RUNS
            and all(b[1] - a[1] == 1 for run in counting for a, b in itertools.pairwise(run))
            and _a_page_apart(chain))


def _a_page_apart(chain: list[tuple[int, int, str]]) -> bool:
    """True when a chain's lines stand a page apart: ``MIN_PAGE_LINES`` lines between
    two, the median."""
    return median([b[0] - a[0] for a, b in itertools.pairwise(chain)]) >= MIN_PAGE_LINES


def _counting_amid(doc: Document, removed: frozenset[int]) -> list[tuple[int, int, str]]:
    """The copies of one line that counts the pages with a number amid its words
    (``ACRONYM 3 September 19, 2015``, pypdf's foot of a proposal: its acronym, its
    page, its date), when they mark the pages: ``MIN_HEAD_CHAIN`` copies or more, most of
    the line's (``STEADY_SHARE``), each number one more than the last or a few more, a
    page apart (``MIN_PAGE_LINES``, the median) through ``HEAD_SPAN`` of the document; and
    the words around the number are fields set in a row, neither a heading (``Chapter 3
    Summary`` after each chapter counts chapters) nor a sentence closed (``It was day 3
    of the crossing.`` opening each entry of a diary). A line that states its page of a
    total (``Article number, page 3 of 12``) marks pages as :func:`stated_page_breaks`
    says, or none: where its pages skip one, the pages between are not known. Empty when
    no line counts so."""
    forms: dict[str, list[tuple[int, int, str]]] = {}
    for line in doc.lines:
        amid = None if line.blank or line.protected or line.index in removed or \
            len(line.text) > HEAD_MAX_CHARS or PAGE_OF.search(line.text) \
            else _NUMBER_AMID.match(line.text)
        if amid is not None:
            form = " ".join(f"{amid.group(1)} # {amid.group(3)}".casefold().split())
            forms.setdefault(form, []).append((line.index, int(amid.group(2)), form))
    for copies in forms.values():
        if len(copies) < MIN_HEAD_CHAIN:
            continue
        amid = _NUMBER_AMID.match(doc.lines[copies[0][0]].text)
        assert amid is not None  # each copy was found so
        words = f"{amid.group(1)} {amid.group(3)}"
        if sum(char.isalpha() for char in words) < HEAD_MIN_LETTERS or is_heading(words) \
                or closes_a_sentence(words):
            continue
        for chain in _counting_runs(copies):
            if len(chain) >= max(MIN_HEAD_CHAIN, STEADY_SHARE * len(copies)) and \
                    chain[-1][0] - chain[0][0] >= HEAD_SPAN * len(doc.lines) and \
                    _a_page_apart(chain):
                return chain
    return []


def stated_page_breaks(doc: Document, removed: frozenset[int] = frozenset()) -> list[Break]:
    """Page breaks at lines that state their page of a total (``Page 3 of 12``, ``Title
    3 / 14``: :func:`stating_pages`), when nothing else marks the pages: pypdf joins a
    slide's foot to the next slide's head with nothing between them. They mark the pages
    when they state the same total, on half its pages at least, ``MIN_STATED_PAGES`` or
    more, each page the next (or the same, a slide's build): where one is lost (glued to
    a line, or on every other page only), the pages between two of them are not known,
    and a head on every page would seem to skip one. Where the extractor put them last
    on their pages (fewer lines of text after the last than before the first), each
    ends its page; else each opens its page.
    """
    by_total: dict[int, list[int]] = {}
    for line in doc.lines:
        if line.blank or line.protected or line.index in removed or \
                len(line.text) > HEAD_MAX_CHARS:
            continue
        match = PAGE_OF.search(line.text)
        if match is not None:
            by_total.setdefault(page_and_total(match)[1], []).append(line.index)
    for total, indices in sorted(by_total.items(), key=lambda item: -len(item[1])):
        stated = stating_pages(indices, doc)
        pages = [page_and_total(match)[0] for index in stated
                 if (match := PAGE_OF.search(doc.lines[index].text))]
        if len(stated) >= max(MIN_STATED_PAGES, total / 2) and \
                all(later - earlier in (0, 1) for earlier, later in itertools.pairwise(pages)):
            text = [line.index for line in doc.lines if not line.blank]
            before = bisect.bisect_left(text, stated[0])
            after = len(text) - bisect.bisect_right(text, stated[-1])
            if after < before:
                return [Break(index, index + 1) for index in stated if index + 1 < len(doc.lines)]
            return [Break(index - 1, index) for index in stated if index > 0]
    return []


def stating_pages(indices: list[int], doc: Document) -> list[int]:
    """The lines among ``indices`` that say which page they stand on, ``page 3 of 12``
    (``第3页 共12页``, ``3/9 Groep 1`` or ``Title 3 / 14`` with the figures at either end
    of the line, ``Page 3 of 1–12`` as an ACM draft's foot gives the article's pages): the
    same total in every one, the page rising from line to line, by one mostly (by two, on
    one side of a spread: ``iPoWr page 3 of 21`` on odd pages, ``page 4 of 21 iPoWr`` on
    even ones), and never past the total; or staying, on fewer steps than it rises: a
    slide built up in steps prints its foot, number and all, on each step's page (``…
    2011 – 2012 25 / 26`` four times). Lines that state no page are left out; where the
    others do not count so, none is returned."""
    stated = [(index, PAGE_OF.search(doc.lines[index].text)) for index in indices]
    found = [(index, *page_and_total(match)) for index, match in stated if match]
    if len({total for _, _, total in found}) != 1:
        return []
    pages = [page for _, page, _ in found]
    steps = [b - a for a, b in itertools.pairwise(pages)]
    builds = steps.count(0)
    steps = [step for step in steps if step]
    if not steps or builds >= len(steps) or not all(0 < step <= MAX_HEAD_STEP for step in steps):
        return []
    usual = Counter(steps).most_common(1)[0][0]  # a page at a time, or a spread's side's
    if usual > 2 or sum(step == usual for step in steps) < STEADY_SHARE * len(steps) or \
            pages[-1] > found[0][2]:
        return []
    return [index for index, _, _ in found]


def page_and_total(match: re.Match[str]) -> tuple[int, int]:
    """The page and the total that a match of ``PAGE_OF`` states, whichever way it is
    written."""
    figures = [int(group) for group in match.groups() if group is not None]
    return figures[0], figures[1]


def _beside_a_fixed_line(doc: Document, found: dict[int, tuple[int, str]],
                         removed: frozenset[int]) -> list[tuple[int, int, str]]:
    """The longest chain of numbered heads that stand, each, right after (or right
    before) a copy of one same fixed line: a page's foot run into the next page's head
    (``Nov. 2002`` over ``NRC: LaTeX User Guide for Journals 7``, a journal's citation
    line over ``111:4 • Trovato et al.``). The numbers count up a page at a time
    (``MAX_HEAD_STEP`` at most), the copies a page apart (``MIN_PAGE_LINES``, the
    median) through ``HEAD_SPAN`` of the document, and the heads' words take two forms
    at most (the two heads of a spread), each at least twice: numbered section headings
    after a fixed line (``Back to top`` over ``3 History``) differ in their words, and
    mark no pages. And the heads name the document (:func:`_names_the_document`): one
    numbered line after a fixed one may still be a heading that opens each page
    (``Results for participant 3`` under a journal's foot). Empty when there is no such
    chain."""
    fixed: dict[str, list[int]] = {}
    for line in doc.lines:
        text = line.text.strip()
        if not (line.blank or line.protected or line.index in removed or line.index in found
                or len(text) > HEAD_MAX_CHARS
                or sum(char.isalpha() for char in text) < FIXED_MIN_LETTERS):
            fixed.setdefault(text, []).append(line.index)
    best: list[tuple[int, int, str]] = []
    for copies in fixed.values():
        if len(copies) < MIN_HEAD_CHAIN:
            continue
        for step in (1, -1):
            beside = (next_text_line(doc, index, step, removed) for index in copies)
            heads = [(index, *found[index]) for index in beside if index in found]
            for chain in _counting_runs(heads):
                if len(chain) > len(best) and 2 * len(chain) >= len(copies) and \
                        _heads_of_pages(chain, doc):
                    best = chain
    return best


def _heads_of_pages(chain: list[tuple[int, int, str]], doc: Document) -> bool:
    """True when a chain of numbered lines beside a fixed line reads as a page's heads:
    ``MIN_HEAD_CHAIN`` long, through ``HEAD_SPAN`` of the document, a page apart (the
    median), in two forms at most, each twice or more, that name the document."""
    forms = Counter(words for _, _, words in chain)
    return (len(chain) >= MIN_HEAD_CHAIN and len(forms) <= 2 and min(forms.values()) >= 2
            and chain[-1][0] - chain[0][0] >= HEAD_SPAN * len(doc.lines)
            and _a_page_apart(chain)
            and _names_the_document(chain, doc))


def _names_the_document(chain: list[tuple[int, int, str]], doc: Document) -> bool:
    """True when each of the heads' forms names the document as its first lines print
    it (``TITLE_LINES``, before the chain's second head, heads aside): two lines in a
    row there hold half the head's words (``WORD_LETTERS`` letters or more), and two
    at least where it has two. A running head repeats the title, or the authors, of
    what it heads (``NRC: LaTeX User Guide for Journals 7`` under the title ``LaTeX
    User Guide for Journals``, ``111:2 • Trovato et al.`` under ``Ben Trovato and
    G.K.M. Tobin``); a heading that opens a page names what the page is about."""
    forms = {words for _, _, words in chain}
    opening = [long_words(text) for text in _opening_lines(chain, doc)]
    windows = [first | second for first, second in itertools.pairwise([set(), *opening])]
    for form in forms:
        wanted = long_words(form)
        needed = max(min(2, len(wanted)), (len(wanted) + 1) // 2)
        if not wanted or not any(len(wanted & window) >= needed for window in windows):
            return False
    return True


def _opening_lines(chain: list[tuple[int, int, str]], doc: Document) -> list[str]:
    """The document's first ``TITLE_LINES`` lines of text before the chain's second head,
    the heads aside: where a title and its authors stand."""
    forms = {words for _, _, words in chain}
    return [line.text for line in doc.lines[:chain[1][0]]
            if not (line.blank or _head_form(line.text) in forms)][:TITLE_LINES]


def _head_form(text: str) -> str | None:
    """The words of a numbered head (:func:`_numbered_head`); None for another line."""
    head = _numbered_head(text)
    return head[1] if head else None


def long_words(text: str) -> set[str]:
    """The words of ``text`` of ``WORD_LETTERS`` letters or more, case-folded."""
    return {word.casefold() for word in _WORD.findall(text)}


def next_text_line(doc: Document, index: int, step: int, removed: Container[int]) -> int | None:
    """The nearest line before (step -1) or after (+1) that is neither blank nor removed."""
    position = index + step
    while 0 <= position < len(doc.lines):
        if not (doc.lines[position].blank or position in removed):
            return position
        position += step
    return None


def _counting_runs(heads: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """The heads cut into runs whose numbers rise by one to ``MAX_HEAD_STEP`` each time."""
    runs: list[list[tuple[int, int, str]]] = []
    for head in heads:
        if runs and 0 < head[1] - runs[-1][-1][1] <= MAX_HEAD_STEP:
            runs[-1].append(head)
        else:
            runs.append([head])
    return runs


def _a_foot_that_counts(chain: list[tuple[int, int, str]], doc: Document) -> bool:
    """True when a chain of one line alone is no heading but a sentence, or the end of
    one, closed, with the page's number set after it (``Accepted in Quantum 2017-05-09,
    click title to verify. 3``, ``and comments shall be mailed to <…>. 2``), as a
    journal prints its foot, and its copies stand a page apart (``MIN_PAGE_LINES``
    lines, the median). A line that counts alone and reads as a heading (``Results for
    participant 3``) may open a section each time, and a sentence whose number is its
    own (``It was the morning of day 3``) may open an entry: neither marks pages. A
    line left open marks them when it names the author as the document's first lines
    print him (``1 Kuhn, Feb. 14, 2013`` under ``Matthew R. Kuhn``): a byline and date."""
    if len({words for _, _, words in chain}) != 1 or \
            not _a_page_apart(chain):
        return False
    match = _NUMBERED_LINE.match(doc.lines[chain[0][0]].text)
    assert match is not None  # the chain's lines are numbered heads
    words = match.group(2) or match.group(3)
    return not is_heading(words) and (
        not leaves_open(words) or _names_its_author(words, chain, doc))


def _names_its_author(words: str, chain: list[tuple[int, int, str]], doc: Document) -> bool:
    """True when the capitalised words of a head (``WORD_LETTERS`` letters or more:
    ``Kuhn`` of ``Kuhn, Feb. 14, 2013``) are names the document's first lines print
    (:func:`_opening_lines`; the heads aside, or the first head would name itself): a
    byline. A diary's ``and so it was the morning of day 3`` has none."""
    names = {word for word in _WORD.findall(words) if word[0].isupper()}
    printed = {word for text in _opening_lines(chain, doc) for word in _WORD.findall(text)}
    return bool(names) and names <= printed


def _one_a_page(doc: Document, ends: list[Break], page_numbers: frozenset[int]) -> list[Break]:
    """The breaks that page numbers make, but one where nothing stands between two of
    them but blank lines and page numbers: a page's number at its foot, then the next
    page's at its head (``15`` / ``16`` / ``Spatially entangled ...``), is one break,
    not a page between two."""
    kept: list[Break] = []
    for found in ends:
        if kept and all(doc.lines[index].blank or index in page_numbers
                        for index in range(kept[-1].after, found.after)):
            kept[-1] = Break(kept[-1].before, found.after)
            continue
        kept.append(found)
    return kept


def _one_between_numbers(doc: Document, breaks: list[Break],
                         page_numbers: frozenset[int]) -> list[Break]:
    """The blank-line ``breaks``, but those between two page numbers that count up by one
    (``3``, then ``4``) and stand at the same edge of their pages, both at the top
    (within ``EDGE_LINES`` lines of text after a break) or both at the foot: the
    breaks between the two numbers' own breaks stand amid one page, which has one break
    (pymupdf's blank lines around a matrix's rows end no page)."""
    afters = [found.after for found in breaks]
    numbered = []
    for index in sorted(page_numbers):
        edge = _edge_of(doc, breaks, afters, index)
        if edge is not None:
            numbered.append((edge, _page_value(doc.lines[index].text)))
    amid: set[int] = set()
    for ((first, side), value), ((second, next_side), next_value) in itertools.pairwise(numbered):
        if value is not None and next_value == value + 1 and side == next_side:
            amid.update(range(first + 1, second))
    return [found for position, found in enumerate(breaks) if position not in amid]


def _edge_of(doc: Document, breaks: list[Break], afters: list[int],
             index: int) -> tuple[int, str] | None:
    """The break (its position in ``breaks``; ``afters``, their first lines) that line
    ``index`` stands beside, and the edge of its page: ``top``, among the first
    ``EDGE_LINES`` lines of text after the break, or ``foot``, among the last
    before it; None for a line beside none, or beside one at the top and another at the
    foot (a page too short to tell)."""
    before = bisect.bisect_right(afters, index) - 1  # the last break the line comes after
    top = before >= 0 and _near(doc, breaks[before].after, index)
    foot = before + 1 < len(breaks) and _near(doc, index + 1, breaks[before + 1].before + 1)
    if top == foot:
        return None
    return (before, "top") if top else (before + 1, "foot")


def _near(doc: Document, start: int, end: int) -> bool:
    """True when fewer than ``EDGE_LINES`` lines from ``start`` up to ``end`` (not
    included) are lines of text."""
    found = 0
    for position in range(start, min(end, len(doc.lines))):
        found += not doc.lines[position].blank
        if found >= EDGE_LINES:
            return False
    return True


def _page_value(text: str) -> int | None:
    """The number a page-number line gives (``4``, ``- 4 -``, ``Page 4``); None for a
    line with no figures or more than one number (``4/12``)."""
    numbers = re.findall(r"\d+", text)
    return int(numbers[0]) if len(numbers) == 1 else None


def build(doc: Document, page_numbers: frozenset[int],
          removed: frozenset[int] = frozenset(), run_in: frozenset[int] = frozenset(),
          ) -> Pages:
    """The page model of ``doc``, given the lines found to be page numbers, the lines
    that end with a page's number run into them (``run_in``: the page ends there), and
    the lines removed before (a page printed twice)."""
    breaks = form_feed_breaks(doc, removed)
    if breaks:
        return Pages("form feeds", tuple(breaks))
    blank_runs = _blank_runs(doc)
    far_apart = _far_apart(blank_runs, doc, short=False)
    breaks = _past_short_runs(doc, far_apart)
    if not alike_in_length(doc, breaks):
        breaks = []
    if page_numbers and len(page_numbers) > len(breaks) + 1:  # pages each marks, not breaks
        ends = [Break(index - 1, index + 1) for index in page_numbers]
        ends += [Break(index, index + 1) for index in run_in]
        return Pages("page numbers", tuple(_one_a_page(
            doc, sorted(ends, key=lambda found: found.after), page_numbers)))
    if not far_apart:  # slides: short pages that count themselves
        breaks = _far_apart(blank_runs, doc, short=True)
    if breaks:
        return Pages("blank lines", tuple(_one_between_numbers(doc, breaks, page_numbers)))
    if doc.layout.policy.page_numbers_without_form_feeds:
        breaks = stated_page_breaks(doc, removed)
        if breaks:
            return Pages("stated pages", tuple(breaks))
        breaks = numbered_head_breaks(doc, removed)
        if breaks:
            return Pages("numbered heads", tuple(breaks))
    return Pages("none")
