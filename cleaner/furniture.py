"""Detect page furniture: running heads and feet, credit lines, scrape debris.

The candidates are the groups of repeated short lines (:mod:`cleaner.line_groups`),
as the duplicate stage left them: each group is one line and its variants
(``Page 3`` and ``Page 12``, ``(By United Press)`` and ``(Bv Unlted Prcss)``).

Frequency alone is never enough. A group is furniture when its copies stand
where furniture stands, judged on the page model (:mod:`cleaner.pages`):

- **page edges**: copies at the top or bottom of pages (through blank lines, page
  numbers, short lines of figures alone such as a date, a short mark that stands on
  most pages such as a binding margin's ``装``, and other candidates, at most
  ``EDGE_DEPTH`` deep) on a run of
  consecutive or alternating pages. A chapter's head on its 8 pages counts as
  much as a journal's name on all 40; even pages may carry the authors and odd
  pages the title;
- **once a page**: one copy on each of ``ONCE_A_PAGE_MIN`` pages in a row or more,
  a third of them at the edges (an extractor put the others under the page's first
  heading, or above a figure's text);
- **taking turns**: one copy on every other page of a run of ``ONCE_A_PAGE_MIN``
  pages or more, another line once on each page between and on none of theirs: the
  two heads of a spread, wherever an extractor that reads two columns one after the
  other put them (on the first page, only a copy at an edge goes);
- **beside the page's number**: right next to a page number found among the page's
  text, on ``minimum`` pages: a head printed on one row with the number, which an
  extractor set apart from the page's edges (pdfminer, under a column's first paragraph);
- **a number that counts the pages**: one copy a page, its number rising with
  the page (``Article number, page 3 of 12``), wherever it stands on the page;
  and, with no page marks at all, a line that says which page it is on
  (``page 3 of 12``, ``第3页 共12页``, ``3/9`` at either end of the line), the total the
  same and the page rising;
- where no form feeds mark the pages: copies far apart and regularly spaced (or
  numbered in step; a copy that ends the text stands under a last page of any
  length), among lines of running text, and interrupting a sentence of
  running text at least once, as a head does when pages run together, or carrying
  a number that counts the pages (where form feeds mark them, a head stands at
  their edges, and a line that stands nowhere near them is no head: a flowchart's
  box on three pages is spaced like one);
- **runs**: four or more identical copies, each a paragraph of its own, with
  nothing between them but blank lines and no text after them to the end of the
  document (a scraped page repeats its footer below itself; a run with text after
  it may be a refrain, and stays);
- **credit lines**: a short line that names a wire service or a jump, often in
  brackets, repeated: ``(By Associated Press)``, ``(Continued on Page 3)``,
  ``(下转第3版)``, but not a reference that names its publisher (a year in it, or inside
  a sentence: ``MIT Press, Cambridge``). ``keep_credit_lines`` keeps them;
- **inside furniture**: a short line without letters (a version ``3.3``, a date, a
  head's bullet) with furniture or a page number right above and right below it on its
  page, the same on ``boilerplate_min_repeats`` pages: an extractor set it on a line of
  its own inside a foot or a head;
- **stacked**: copies far apart that stand, most of them, right next to copies of
  furniture found by the rules above (a head above a foot, run together), where no
  form feeds mark the pages (where they do, the line under a head that went is
  judged at the page edge: a page's own title under it stays).

At least half of a group's copies must show the evidence. A head that is also
a real heading keeps the one copy that introduces its section (a copy away from the
page edges that does not interrupt a sentence, amid the text rather than right under
a page's number, with its section's prose under it) and its entries in the contents
(the copies before it); the others go. A head's copy on the document's first page
stays when it reads as a heading and the head skips the second page: a first page set
apart (an article's, a title page) carries no head, and the line is the document's
title; so do its copies on a cover and a title page when the heads begin pages later,
every copy on a first page with no text of its own (a title slide whose lines each
slide after it repeats as its foot), and a chapter's title one page before its heads,
when they stand on every other page after it (its name heading the left-hand pages).

Left alone, whatever their count: lines of one or two characters (figure
labels, matrix entries), short lines that stand in figures, most copies beside
ticks or a caption (axis labels, even where a figure ends each page), lines of
only punctuation or rules (``--------``, ``* * *``), markup tags (``<doc>``),
captions (``Figure 3.``), protected lines, page numbers (their own stage found
them), labels or form answers that
repeat in running text (``□适用√不适用``, ``Proof.``, ``Answer:``), the lines of
a passage repeated whole, ``PASSAGE_MIN_LINES`` or more in a row (a template's notes on
each chapter's first page), unless it stands on ``ONCE_A_PAGE_MIN`` pages in a row (a
slide's sidebar) and is no paragraph of prose (a diary's blind text), or
``FEW_PAGES_PASSAGE_LINES`` in a row, each on a few pages of a longer document (a
form's labels on each partner's page), lines of code
(``\\end{document}``, ``% a comment``), and items that each carry a section's number no
other copy carries (``D2.3 Prototype. (M24)``), or a chapter's label each its own
(``Kapitel 3``; once in the contents, once over the chapter), and a form's title
over each of its samples, at the top of a few pages and again amid the text of one
of them (:func:`_heading_again_amid_text`), and the last lines of a slide or two of many
built up in steps, on each step's page (:meth:`_Context.on_a_few_slides`).

>>> from cleaner.options import Options
>>> from cleaner.segment import segment
>>> text = "Page one text.\\nFooter\\fPage two text.\\nFooter\\fPage three.\\nFooter\\fEnd.\\n"
>>> [r.lines for r in detect(segment(text), (), Options()).removals]
[(1,), (3,), (5,)]
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, field

from . import glued_heads, line_groups
from .edits import Reason
from .findings import (
    Findings,
    Prior,
    Removal,
    lines_found_as,
    page_model,
    removed_lines,
)
from .matching import skipped_note
from .normalize import is_cjk, is_radical, median, ocr_key
from .options import Options
from .page_numbers import page_number
from .pages import (
    DOT_LEADER,
    MAX_PAGE_LINES,
    MIN_PAGE_LINES,
    PAGE_OF,
    STEADY_SHARE,
    TITLE_LINES,
    Pages,
    in_line_numbers,
    long_words,
    next_text_line,
    numbers_a_listings_line,
    stating_pages,
)
from .segment import Document, Line
from .sentence import (
    BULLETED,
    CAPTION,
    CJK_LABEL,
    CODE_LINE,
    LABELLED_ENTRY,
    can_continue,
    closes_a_sentence,
    closing_mark,
    continues,
    holds_words,
    is_heading,
    leaves_open,
    left_open_for,
    looks_like_prose,
    reads_as_heading,
    title_shaped,
)

NAME = "furniture"
FURNITURE_FRACTION = 0.5  # at least this share of a group's copies must show the evidence
EDGE_DEPTH = 2  # a head may stand below one other head line (a journal name, then a title)
WRAP_REACH = 3  # lines: an extractor may set one or two between a wrapped line's halves
LISTING_REACH = 6  # lines of text: a numbered listing's next number stands this close
FIGURE_REACH = 3  # lines: an axis label stands this close to its ticks or caption
LABEL_MAX_CHARS = 30  # an axis label is a few words; a head names a journal or a paper
FIGURE_SHARE = 0.75  # an axis label is in figures nearly every time; a head, where one opens a page
MAX_PAGE_STEP = 3  # alternating heads stand on every other page; extractors add breaks
MISPLACED_SHARE = 0.25  # of a head's copies, an extractor may set this share amid the text
DOMINANT_SHARE = 0.5  # a head on this share of the pages goes wherever it stands
REJUDGE_TIMES = 2  # a decided group is judged again on the copies it left this often at most
MIN_RUN = 4  # a run of this many identical lines is scrape debris; fewer may be a refrain
DEBRIS_MAX_LETTERS = 60  # scrape debris is a short line (a link, a name), not a sentence
UNMARKED_MIN_LETTERS = 5  # without pages, only lines this long count
MIDDLE_WORDS = 6  # a line this long in lower case, going on from the one before, is text
BYLINE_MAX_WORDS = 4  # an author's name over the paper: "Dr. Suzie Que", "John Doe"
MAX_GAP_RATIO = 3.0  # without pages, the widest gap between copies over the narrowest
PAGE_COUNT_MIN_COPIES = 4  # copies needed to tell a count of pages from one of sections
PAGE_LENGTH_SPREAD = 1.6  # a page's text against the usual page's, either way, in lines
FULL_LINE = 0.75  # of the median line: a page break cuts a paragraph of lines this long...
FULL_LINE_MIN_CHARS = 20  # ...and no shorter, where most lines are a table's cells or labels
FULL_LINE_REACH = 3  # ...one of its last this many lines, at least (formula lines are short)
WIDE_SHARE = 0.1  # this share of the lines are full width; a full line is FULL_LINE of that
FIGURES_LINE_MAX = 12  # characters: a page number or a date beside a head, not a table row
CONTENTS_REACH = 3  # lines: a contents entry on lines of its own has a leader this near
CONTENTS_PAGE_LEADERS = 3  # a page with this many lines ending on a dot leader lists contents
ENTRIES_IN_A_RUN = 3  # ...and a short contents without leaders, this many entries in a row
ONCE_A_PAGE_MIN = 5  # pages in a row with one copy each: a run no content makes
SPREAD_MIN_HEADS = 2  # a chapter's heads on every other page after its title: this many
MEETING_WORDS = 3  # a sentence written twice: the lines beside its copies meet them alike
PASSAGE_MIN_LINES = 8  # repeated lines in a row on a page: more than a head and a foot hold
FEW_PAGES_PASSAGE_LINES = 4  # ...or this many, on a few pages of a longer document
MARK_MIN_PAGES = 3  # a short line on this many pages at least may be a mark over a head
LIST_MAX_NUMBER = 30  # a numbered list's entries (a talk's contents) count up to this
STATED_PAGE_CHARS = 24  # a line that states its page of a total alone: ``Page 3 of 12``
SLIDE_SHARE = 0.5  # of the slides a talk numbers: its foot stands on more
BLOCK_LINE_WORDS = 4  # words: a line of a block's own text, not a label or a figure
FALLING_SHARE = 1 / 3  # of the times a group's figures change, they fall back this often...
FALLING_MIN = 2  # ...and this many times at least (once: two sections of one name, their
# contents entries first, then each section's heads)
_NUMBER = re.compile(r"\d+")
_LETTERS_WORD = re.compile(r"[^\W\d_]+")
_ENDS_ON_A_WORD = re.compile(r"[^\W\d_],?\s*$")  # a sentence goes on after it
_INNER_LEVEL = re.compile(r"\.\d")  # after a number: it is one level of a section's
_SECTION_NUMBER = re.compile(r"\d+(?:\.\d+)+")  # 5.2.1: a section's number, or a version's
_VERSION_OR_NUMBER = re.compile(r"\d+(?:\.\d+)*")  # 12, 0.4, 5.2.1: read as one number each
_OPENING_SECTION = re.compile(r"^\s*(\d{1,3})\.\s+\S")  # 5. Options: a section's number
_DIGITS_AT_ENDS = re.compile(  # a page number run into a head: 12, or 111:12 as ACM numbers
    r"^\s*(?:\d{1,6}:)?\d+\s+|\s+(?:\d{1,6}:)?\d+\s*$")
# A chapter's label or a section's number opening a line's letters: 第2章, chapter2, 8.
_LEADING_LABEL = re.compile(r"^(?:第[\d一二三四五六七八九十百]+[章节篇部]|chapter\d+|\d+)")
_SECTION_LABEL = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s*$")  # 3, 3.1, 3.1.: a section's
_APPENDIX_LABEL = re.compile(r"^\s*[A-Z]\s*$")  # A, B: an appendix's label, as 3 is a chapter's
_PAGE_AT_END = re.compile(r"(?<![\d.:/-])(\d{1,4})\s*$")  # a page's figure ending a line
# A contents entry's leader, its page's number after it or not: five dots and more, where
# an ellipsis at a sentence's end (``x1, . . . , xn.``, ``· · ·``) has three.
_CONTENTS_LEADER = re.compile(r"(?:[.·⋅∙]\s*){5,}\d{0,4}\s*$")
_PAGE_REFERENCE = re.compile(r"^\s*\d{1,4}\s*$")  # a contents entry's page
_ANY_PAGE_REFERENCE = re.compile(r"^\s*(?:\d{1,4}|[ivxlc]{1,8})\s*$")  # ...or the front matter's
_PAGES = r"\d{1,4}(?:\s*[–-]\s*\d{1,4})?"  # 23, 13–15: pages an index entry refers to
_INDEX_ENTRY = re.compile(rf"[^\W\d_][^,]*,\s*{_PAGES}(?:,\s*{_PAGES})*\s*$")  # name, 28, 35
_LEADING_NUMBER = re.compile(r"^\s*(\d+(?:\.\d+)*)")  # 22, 3.1: a line's first figures
_LISTING_NUMBER = re.compile(r"^\s*(\d{1,4})\s+\S")  # ``2 begin``: a listing's numbered line
_NUMBERED_SECTION = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+[^\W\d_]")  # 1 First section
_PART = re.compile(r"\S\s*\((\d{1,3})(?:/\d{1,3})?\)\s*$")  # Common Specials (2): a part
# Kapitel 3, Lecture 12, Capı́tulo 2 (an accent set apart from its letter, as extractors write it)
_CHAPTER_LABEL = re.compile(r"^\s*(?:[^\W\d_][\u0300-\u036f]*){3,}\s+(\d{1,4})\.?\s*$")
_CHAPTER_WORD = re.compile(r"^\s*(?:[^\W\d_][\u0300-\u036f]*){3,}\s*$")  # ``Hoofdstuk``
_CHAPTER_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")  # ...and ``1`` under it
_TICK = re.compile(r"[-+−]?\d+(?:[.,]\d+)?%?")  # a bare number: an axis tick, a table cell
_SECTION_OF_CHAPTER = re.compile(r"(\d+)\.\d+")  # 7.2: section 2 of chapter 7
# The whole line in brackets; OCR may lose one of the two.
_BRACKETED = re.compile(r"^\W{0,3}[(\[（【〔][^()\[\]（）【】〔〕]*[)\]）】〕]?\W{0,3}$"
                        r"|^[^()\[\]（）【】〔〕]*[)\]）】〕]\W{0,3}$")
_WIRE = re.compile(
    r"\b(?:press|wire|associated|news\s+service|special\s+to|correspondent|dispatch|"
    r"continued\s+(?:on|from)|turn\s+to)\b|下转|上接|转第|续第", re.IGNORECASE)
_SENTENCE_ENDS = ("。", "！", "？", "!", "?")  # a line that ends so is a sentence, not a head
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")  # a reference's year; a credit states none
CREDIT_MAX_CHARS = 60  # a credit or jump line is one short line, never a sentence of text
CREDIT_LETTER_SHARE = 0.5  # mostly letters: OCR debris and rules of dashes are not credits


@dataclass
class _Context:
    """What every group is judged against: the page model and the lines around."""

    doc: Document
    pages: Pages
    skip: set[int]  # removed lines, page numbers, and furniture found so far: as if gone
    group_of: dict[int, int]  # candidate line -> its group
    edges: dict[int, int]  # candidate line at a page edge -> its page
    minimum: int
    going: set[int] = field(default_factory=set)  # the furniture found so far
    anchors: set[int] = field(default_factory=set)  # ...but for lines found next to it
    page_numbers: frozenset[int] = frozenset()  # the page-number stage's lines
    running: list[int] = field(default_factory=list)  # lines of running text before each line
    _usual_length: float | None = None
    _text_width: int | None = None
    _pages_of_group: dict[int, set[int]] = field(default_factory=dict)
    _twice_on_a_page: set[int] = field(default_factory=set)
    _groups_on_page: dict[int, set[int]] = field(default_factory=dict)
    _texts: Counter[str] | None = None  # the candidates' texts, each with its count
    _number_of_page: dict[int, str] | None = None  # the page each page states, of a total
    _spelled: dict[str, list[int]] | None = None  # lines by their letters and figures

    def repeated_verbatim(self, index: int) -> bool:
        """True when line ``index`` is a candidate whose text another candidate repeats
        to the letter (figures and all)."""
        if self._texts is None:
            self._texts = Counter(self.doc.lines[line].text.strip() for line in self.group_of)
        return index in self.group_of and self._texts[self.doc.lines[index].text.strip()] > 1

    def spelled_alike(self, index: int) -> list[int]:
        """The lines of the same letters and figures as line ``index`` (itself too),
        however spaced and stopped (:func:`_spelled`)."""
        if self._spelled is None:
            self._spelled = {}
            for line in self.doc.lines:
                if not line.blank:
                    self._spelled.setdefault(_spelled(line.text), []).append(line.index)
        return self._spelled.get(_spelled(self.doc.lines[index].text), [])

    def once_a_page_on(self, number: int) -> set[int] | None:
        """The pages that the candidate lines of group ``number`` stand on, whether or
        not they went; None when two of them stand on one page."""
        self._index_pages()
        return None if number in self._twice_on_a_page else self._pages_of_group[number]

    def pages_of_group(self, number: int) -> set[int]:
        """The pages that the candidate lines of group ``number`` stand on, whether or
        not they went."""
        self._index_pages()
        return self._pages_of_group[number]

    def groups_on_page(self, page: int) -> set[int]:
        """The groups with a candidate line on ``page``, whether or not it went."""
        self._index_pages()
        return self._groups_on_page.get(page, set())

    def on_a_few_slides(self, group: list[int]) -> bool:
        """True when the copies of ``group`` are fewer than ``minimum`` once copies on
        pages that state the same page of a total (``25 / 26``, a line of its own) count
        as one (the first on each such page with the first, and so on), and those pages
        state fewer than half the totals' pages the document states: a slide built up in
        steps prints its text again on each step's page, all numbered alike (the
        page-number stage takes one of them), and what stands at their foot (the slide's
        last lines) recurs on a slide or two of many. A talk's own foot stands on most of
        its slides, built or not; a copy on a page that states none counts as itself."""
        if not self.pages.breaks:
            return False
        if self._number_of_page is None:
            self._number_of_page = {}
            for line in self.doc.lines:
                text = line.text.strip()
                stated = PAGE_OF.fullmatch(text) if len(text) <= STATED_PAGE_CHARS else None
                if stated:
                    self._number_of_page.setdefault(self.pages.page_of(line.index), text)
        copies: set[tuple[str, int] | int] = set()
        slides: set[str] = set()
        on_page: Counter[int] = Counter()
        for index in group:
            page = self.pages.page_of(index)
            label = self._number_of_page.get(page)
            if label is None:
                copies.add(index)
            else:
                copies.add((label, on_page[page]))
                slides.add(label)
                on_page[page] += 1
        all_slides = set(self._number_of_page.values())
        return len(copies) < self.minimum and len(slides) < SLIDE_SHARE * len(all_slides)

    def _index_pages(self) -> None:
        if not self._pages_of_group:
            for index, number in self.group_of.items():
                page = self.pages.page_of(index)
                pages = self._pages_of_group.setdefault(number, set())
                if page in pages:
                    self._twice_on_a_page.add(number)
                pages.add(page)
                self._groups_on_page.setdefault(page, set()).add(number)

    def pages_with_text(self) -> tuple[int, int]:
        """The first and the last page with a line of text (a form feed may end the
        document, or open it)."""
        lines = self.doc.lines
        first = next((line.index for line in lines if not line.blank), 0)
        last = next((line.index for line in reversed(lines) if not line.blank), 0)
        return self.pages.page_of(first), self.pages.page_of(last)

    def distance(self, first: int, last: int) -> int:
        """How many lines of running text (not blank, not a candidate, not removed before
        this stage) stand between two lines: the page's length, whatever goes as furniture."""
        return self.running[last] - self.running[first]

    def page_period(self, copies: list[int], pages: int = 1, short_pages: bool = False) -> bool:
        """True when the copies recur with a page's length between them (or ``pages``
        pages': a head of every other page): no nearer than ``MIN_PAGE_LINES`` lines of
        running text, and ``pages * MAX_PAGE_LINES`` or fewer between most of them (a
        heading of a document printed twice recurs a document apart).

        With ``short_pages`` (copies that number their pages one by one), a few may stand
        nearer: a page of figures or a table has few lines of running text, and the
        copies are a page apart when most of them are."""
        gaps = [self.distance(a, b) for a, b in itertools.pairwise(copies)]
        if not gaps:
            return False
        nearest = median(gaps) if short_pages else min(gaps)
        return nearest >= MIN_PAGE_LINES and median(gaps) <= pages * MAX_PAGE_LINES

    def neighbour(self, index: int, step: int) -> int | None:
        """The nearest line of running text before (step -1) or after (+1): not blank,
        not skipped, not a candidate (as if all furniture were gone), not a short line
        of figures alone (a page number the page-number stage could not count)."""
        position = index + step
        while 0 <= position < len(self.doc.lines):
            line = self.doc.lines[position]
            if not (line.blank or position in self.skip or position in self.group_of
                    or _figures_alone(line.text)):
                return position
            position += step
        return None

    def beside(self, index: int, step: int, going: set[int]) -> int | None:
        """The nearest non-blank line before (step -1) or after (+1), skipped lines aside
        but for the furniture found so far (``going``)."""
        position = index + step
        while 0 <= position < len(self.doc.lines):
            if not (self.doc.lines[position].blank
                    or (position in self.skip and position not in going)):
                return position
            position += step
        return None

    def interrupts(self, index: int) -> bool:
        """True when the copy stands between an open sentence and its continuation: the
        line before it leaves a sentence of running text open (:meth:`in_running_text`:
        a page break cuts a sentence of full lines, not a list of options' names or a
        function's signature), the line after goes on, and what stands between is a
        foot and a head at most (``2 * EDGE_DEPTH`` lines), none of them a bulleted
        item or an entry that opens on its label (``name: the element's name``):
        repeated lines among a function's parameters are the entry's own, not a head
        run into it, and a flowchart's boxes repeated on other pages are no head
        between two halves. Nor is the line before a bulleted item: ``• Email: …``
        leaves no sentence open for a section's heading under it (``3.2 示例文件``, the
        text under which, in Chinese, goes on from anything). The line after goes on in
        words, two at least, or the words that close the sentence (:func:`_goes_on`),
        not a table's cell (``a`` under a table's header row, which a footnote's address
        over it leaves open). A line of code (opening on a TeX command, a brace or a
        comment sign, a listing's line number aside) leaves no sentence open: ``typ=ab,``
        in four listings after ``2 \\usepackage[`` is the listings' own; and a copy right
        beside one (:meth:`in_a_listing`) cuts no sentence. Nor is a copy that ends the
        sentence itself (``clinically significant metastases.``, in lower case and
        closed), nor an index's entry between two others (``annotation, 23`` under
        ``figure, 22``, as under ``\\annotate macro, 28``: a name and its pages). A line
        that ends on a dot leader and its page (``cd=fullcolor: … . . . 25``) ends an
        entry of a contents or a change log, no sentence: ``cdfont=<Einstellung>
        (Option): Werte angepasst`` under it, in each version's list, is an entry too."""
        before, after = self.neighbour(index, -1), self.neighbour(index, 1)
        if before is None or after is None:
            return False
        lines = self.doc.lines
        between = [lines[position].text for position in range(before + 1, after)
                   if not (lines[position].blank or position in self.skip)]
        copy = lines[index].text
        return (len(between) <= 2 * EDGE_DEPTH
                and leaves_open(lines[before].text) and _goes_on(lines[after].text)
                and self.in_running_text(before) and not CODE_LINE.match(lines[before].text)
                and not _CONTENTS_LEADER.search(lines[before].text)
                and not self.in_a_listing(index)
                and not (can_continue(copy) and not leaves_open(copy))
                and not all(_INDEX_ENTRY.search(text)
                            for text in (lines[before].text, copy, lines[after].text))
                and not any(LABELLED_ENTRY.match(text) or BULLETED.match(text)
                            for text in (lines[before].text, *between)))

    def in_a_listing(self, index: int) -> bool:
        """True when the line of text right before or right after line ``index`` (blank
        and ``skip`` lines aside, repeated lines not) is a line of code: a listing's note
        (``vertical space`` over ``431 \\vspace*{\\baselineskip}``), or a head where a
        page breaks a listing, which cuts no sentence either."""
        beside = (next_text_line(self.doc, index, step, self.skip) for step in (-1, 1))
        return any(position is not None and CODE_LINE.match(self.doc.lines[position].text)
                   for position in beside)

    def in_running_text(self, index: int) -> bool:
        """True when the sentence that line ``index`` leaves open has a full line
        (``FULL_LINE`` of the usual length, ``FULL_LINE_MIN_CHARS`` at least: where most
        lines are a slide's labels or a table's cells, ``image_phash`` is none) among its
        last ``FULL_LINE_REACH`` lines:
        line ``index`` or one above it, back to a blank line or a line that ends a
        sentence, and none of them opens a caption (``Tabelle 6 Eine tabu-Tabelle,
        welcher``: a table's header row under it is the table's own)."""
        lines = self.doc.lines
        full = max(FULL_LINE * self.usual_length(), FULL_LINE_MIN_CHARS)
        seen_full = False
        for position in range(index, max(-1, index - FULL_LINE_REACH), -1):
            line = lines[position]
            if line.blank:
                break
            if CAPTION.match(line.text) and not line.text.rstrip().endswith((".", *_SENTENCE_ENDS)):
                return False  # a caption's sentence, open (a caption reads as closed)
            if (position < index and not leaves_open(line.text)) or CODE_LINE.match(line.text):
                break  # a listing's line of code is no line of the sentence
            seen_full = seen_full or len(line.text.strip()) >= full
        return seen_full

    def usual_length(self) -> float:
        """The median length of the document's lines of text, stripped."""
        if self._usual_length is None:
            self._usual_length = median([len(line.text.strip()) for line in self.doc.lines
                                         if not line.blank] or [0])
        return self._usual_length

    def text_width(self) -> int:
        """The length of a full line of the text: the ``WIDE_SHARE`` longest lines of text
        are at least this long, stripped."""
        if self._text_width is None:
            lengths = sorted(len(line.text.strip()) for line in self.doc.lines if not line.blank)
            self._text_width = lengths[int((1 - WIDE_SHARE) * len(lengths))] if lengths else 0
        return self._text_width

    def among_prose(self, index: int) -> bool:
        """True when a line of running text stands right before or after the copy."""
        return any(neighbour is not None and looks_like_prose(self.doc.lines[neighbour].text)
                   for neighbour in (self.neighbour(index, -1), self.neighbour(index, 1)))

    def alone(self, index: int) -> bool:
        """True when the copy is a paragraph of its own (blank lines, or nothing, around)."""
        lines = self.doc.lines
        for step in (-1, 1):
            position = index + step
            while 0 <= position < len(lines) and position in self.skip:
                position += step
            if 0 <= position < len(lines) and not lines[position].blank:
                return False
        return True


def _page_edges(doc: Document, pages: Pages, page: int, skip: Container[int],
                group_of: dict[int, int], marks: Container[str] = frozenset(),
                labels: Container[int] = frozenset()) -> dict[int, int]:
    """The candidate lines at the top and the bottom edge of ``page``.

    From the page's first line down, and from its last line up, the walk goes through
    blank lines, ``skip`` lines, short lines of figures alone, a capital letter alone
    (an appendix's label over its head, ``B`` / ``代码实现``, as a chapter's number
    stands over a chapter's) and the ``marks`` of most pages
    (:func:`_marks_on_most_pages`), and through up to ``EDGE_DEPTH`` candidates, to the
    first line of running text, to an entry of a numbered list (:func:`_numbered_entry`:
    a talk's contents, whose entries its nav bar repeats), to the first line of a
    numbered listing (:func:`_opens_a_numbered_listing`: an algorithm floated to the
    page's top, ``1 Function …``, its lines ``2`` and ``3`` under it), or to a line of the groups
    ``labels``, each copy an item's own (:func:`_each_its_own_item`: a table's
    ``dev:wp1prototype`` over the foot, the row over it the table's too). A copy below
    another copy of its own group is not at the edge: it is the heading under its own
    running head, also where the page's number stands between them and the page model put
    the break after the number (:func:`_over_a_page_number`). Nor is a line past two that
    are the halves of one line of code or of text, wrapped, one of them a candidate: one
    leaves a bracket or a comment open and the other closes it first (``1 Function
    FnRecursive(some args) /* algorithm as a recursive function`` over ``*/``): they are
    the page's text. (A listing's braces alone, ``{%`` over ``}%``, neither a candidate,
    are walked through as figures are.)
    """
    top, bottom = pages.span(page, len(doc.lines))
    if page > 0 and pages.source == "form feeds":
        top = _past_continuation(doc, top, skip, group_of)
    edges: dict[int, int] = {}
    for position, step in ((top, 1), (bottom, -1)):
        depth = 0
        groups_seen: set[int] = set()
        above = _over_a_page_number(doc, top, skip, group_of) \
            if step == 1 and pages.source == "page numbers" else None
        leaves, meets = (left_open_for, closing_mark) if step == 1 \
            else (closing_mark, left_open_for)
        left_by_lines: set[str] = set()  # brackets the lines walked leave to lines past them
        left_by_candidates: set[str] = set()  # ...and the candidates among them
        while 0 <= position < len(doc.lines) and depth < EDGE_DEPTH:
            line = doc.lines[position]
            if pages.page_of(position) != page:
                break
            candidate = position in group_of and position not in skip
            left_open = left_by_lines if candidate else left_by_candidates
            if left_open and meets(line.text) in left_open:
                break  # one line of code or text, wrapped, one half a candidate: page's text
            mark = leaves(line.text)
            if mark is not None:
                left_by_lines.add(mark)
                if candidate:
                    left_by_candidates.add(mark)
            if candidate:
                if group_of[position] in labels or _numbered_entry(doc, position, skip) \
                        or _opens_a_numbered_listing(doc, pages, position, skip):
                    break  # a label of its own, an entry of a numbered list or listing
                if group_of[position] not in groups_seen and (
                        depth or line.text.strip() != above
                        or not _opens_its_text(doc, position, skip)):
                    edges.setdefault(position, page)
                groups_seen.add(group_of[position])
                depth += 1
            elif not (line.blank or position in skip or _figures_alone(line.text)
                      or _APPENDIX_LABEL.match(line.text) or line.text.strip() in marks):
                break
            position += step
    return edges


def _opens_a_numbered_listing(doc: Document, pages: Pages, index: int,
                              skip: Container[int]) -> bool:
    """True when line ``index`` opens on ``1`` and lines that open on ``2`` and then
    ``3`` follow it on its page, each within ``LISTING_REACH`` lines of text of the one
    before (``1 Function FnRecursive(some args) /* … */`` over ``Data: Some input
    data``, four lines more, ``2 /* this is a comment … */`` and ``3 if this is true
    then``): the first line of a numbered listing, an algorithm that floats to the top
    of its page (or of a numbered contents, ``1 Raison d'être`` over ``2 Assumptions &
    Limitations``). A head numbered ``1``, its chapter's, has the page's text under it."""
    opening = _LISTING_NUMBER.match(doc.lines[index].text)
    if opening is None or opening.group(1) != "1":
        return False
    position, expected, reach = index, 2, 0
    while expected <= 3:
        found = next_text_line(doc, position, 1, skip)
        reach += 1
        if found is None or reach > LISTING_REACH or pages.page_of(found) != pages.page_of(index):
            return False
        number = _LISTING_NUMBER.match(doc.lines[found].text)
        if number is not None and int(number.group(1)) == expected:
            expected, reach = expected + 1, 0
        position = found
    return True


def _numbered_entry(doc: Document, index: int, skip: Container[int] = ()) -> bool:
    """True when line ``index`` stands under a number alone that goes on counting a list
    of lines: ``4`` right over it, ``3`` over the line before that (a talk's contents,
    ``3`` / ``后期工作与安排`` / ``4`` / ``问题与解决方案``, which the nav bar over every
    slide repeats), the entry before a title that opens on no figure
    (:func:`reads_as_heading`; not a year set a figure a line, ``1`` / ``0`` / ``2``, nor
    a contents entry that opens on its own number, ``5 Lösungen``, the figures around it
    its pages), the number ``LIST_MAX_NUMBER`` at most. A head's chapter number follows
    the page's number, not a count, and a draft's numbers in the margin count its lines
    of text (``175`` / ``AASTeX guidelines at http://…`` / ``176`` over the head);
    numbers that count the pages (``skip``: pdfminer sets ``1`` / ``第一章 绪论`` /
    ``2`` / ``第二章 …``) are no list's.

    >>> from cleaner.segment import segment
    >>> doc = segment("1\\nAims\\n2\\nProgress\\n3\\nLater work\\n")
    >>> [_numbered_entry(doc, index) for index in (1, 3, 5)]
    [False, True, True]
    >>> _numbered_entry(segment("11\\n5\\nUsage notes\\n"), 2)
    False
    >>> _numbered_entry(segment("7\\nThe text goes on, as a draft's lines do.\\n8\\nHead\\n"), 3)
    False
    >>> heads = segment("1\\n第一章 绪论\\n2\\n第二章 武学\\n")
    >>> [_numbered_entry(heads, 3, skip) for skip in ((), {0}, {2})]  # pages' numbers
    [True, False, False]
    >>> _numbered_entry(segment("175\\nResults\\n176\\nHead\\n"), 3)  # a draft's lines
    False
    >>> _numbered_entry(segment("1\\n0\\n2\\nCopyright\\n"), 3)  # a year, a figure a line
    False
    >>> _numbered_entry(segment("8\\n5 Lösungen\\n9\\nVersion vom 3. Mai\\n"), 3)
    False
    """
    def count(position: int | None) -> int | None:
        """The number alone on line ``position``, if it is no page's."""
        if position is None or position in skip:
            return None
        text = doc.lines[position].text.strip()
        return int(text) if text.isdigit() else None

    above = next_text_line(doc, index, -1, ())
    number = count(above)
    entry = next_text_line(doc, above, -1, ()) if above is not None else None
    if number is None or number > LIST_MAX_NUMBER or entry is None:
        return False
    title = doc.lines[entry].text.strip()
    return count(next_text_line(doc, entry, -1, ())) == number - 1 \
        and not title[0].isdigit() and reads_as_heading(title)


def _marks_on_most_pages(doc: Document, pages: Pages) -> frozenset[str]:
    """The lines too short for any line group (:func:`_too_short_to_count`) that stand on
    ``FURNITURE_FRACTION`` of the pages, ``MARK_MIN_PAGES`` at least: a binding margin's mark
    (``装``, ``订``, ``线``, one a line), a page's total split from its number (``共6 页``).
    A head may stand under them. A table's cells (``PU``, ``R``) stand on the pages of
    the table only, and a line of text is no mark."""
    pages_of: dict[str, set[int]] = {}
    for line in doc.lines:
        if _too_short_to_count(line.text):
            pages_of.setdefault(line.text.strip(), set()).add(pages.page_of(line.index))
    least = max(MARK_MIN_PAGES, FURNITURE_FRACTION * pages.count)
    return frozenset(text for text, on in pages_of.items() if len(on) >= least)


def _too_short_to_count(text: str) -> bool:
    """True when ``text`` is a word or two of fewer than ``line_groups.MIN_CHARS``
    letters and digits (a CJK character counting twice), and nothing else. A line with
    a mark of its own (an answer's blank ``．``, a formula's ``λ =``) is the text's."""
    letters = "".join(text.split())
    return 0 < line_groups.weighted_length(letters) < line_groups.MIN_CHARS and all(
        char.isalnum() or is_radical(char) for char in letters)


def _over_a_page_number(doc: Document, top: int, skip: Container[int],
                        group_of: dict[int, int]) -> str | None:
    """The text of the candidate right above the page's number that ends at line ``top``
    (blank lines aside), if one stands there: PyMuPDF sets a head, then the page's number
    (``1 Überschrift 1. Grades`` / ``5``), on top of the page, and pages told from their
    numbers end at the number, so the head tops the page before. A copy of that very
    text right under the number, the page's first candidate, with its section's text
    under it (:func:`_opens_its_text`), is the heading under its head; a page's head
    under the number and foot of the page before (an exam's ``Student nr. 127`` over
    ``Belangrijke informatie:``) has none. None when no page number, or no candidate
    over it, stands right above ``top``. A foot only alike to the next page's head (``©
    2022, A. Author`` over ``A. Author``) is another text, and the head stays a head."""
    position = top - 1
    while position >= 0 and doc.lines[position].blank:
        position -= 1
    if position < 0 or position not in skip or not _figures_alone(doc.lines[position].text):
        return None
    position -= 1
    while position >= 0 and doc.lines[position].blank:
        position -= 1
    if position >= 0 and position in group_of and position not in skip:
        return doc.lines[position].text.strip()
    return None


def _figures_alone(text: str) -> bool:
    """A short line without letters (``50``, ``2004-06``, ``– 12 –``): a page number the
    page-number stage could not count, a date beside a head; no running text."""
    core = text.strip()
    return len(core) <= FIGURES_LINE_MAX and not any(char.isalpha() for char in core)


def _past_continuation(doc: Document, top: int, skip: Container[int],
                       group_of: dict[int, int]) -> int:
    """Where the page that begins at line ``top`` begins once joined: after its first
    paragraph when that ends the sentence the page before left open (the join stage
    makes them one paragraph and puts the page break after it), else ``top``."""
    lines = doc.lines
    before, first = top - 1, top
    farthest = max(-1, top - 1 - MAX_PAGE_LINES)  # a page either way at most: bounded work
    limit = min(len(lines), top + MAX_PAGE_LINES)
    while before > farthest and (lines[before].blank or before in skip):
        before -= 1
    while first < limit and (lines[first].blank or first in skip):
        first += 1
    if before <= farthest or first >= limit or first in group_of or lines[first].protected \
            or not continues(lines[before].text, lines[first].text):
        return top
    end = first
    while end + 1 < min(len(lines), first + MAX_PAGE_LINES) and not lines[end + 1].blank \
            and not lines[end].page_break_after:
        end += 1
    return end + 1


def _in_figure(context: _Context, index: int) -> bool:
    """True when the copy stands in a figure: a caption (``Figure 3.``), or two bare
    numbers (axis ticks) next to each other or on either side of it, within
    ``FIGURE_REACH`` lines of it in its block, page numbers aside. An axis label recurs
    in every figure, and a figure may end a page; a head or a foot stands apart from the
    figures. Numbers with words between them are no axis: a head stacked as PyMuPDF
    sets it, the section's number, its title, the chapter's number, then the chapter's
    name (``5.2`` / ``选项的定义和处理`` / ``5`` / ``实现细节``); nor are a draft's line
    numbers, or the numbers of a listing's lines under that head (``100`` / ``\\@nameuse…``
    / ``101``: :func:`~cleaner.pages.numbers_a_listings_line`).
    """
    lines = context.doc.lines
    ticks = set()
    for step in (-1, 1):
        position = index + step
        while (0 <= position < len(lines) and abs(position - index) <= FIGURE_REACH
               and not lines[position].blank):
            if position not in context.skip:
                text = lines[position].text.strip()
                if CAPTION.match(text):
                    return True
                if _TICK.fullmatch(text) is not None and \
                        not in_line_numbers(context.doc, position) and \
                        not numbers_a_listings_line(context.doc, position):
                    ticks.add(position)
            position += step
    return any(position + 1 in ticks or (
        position == index - 1 and index + 1 in ticks
        and not _section_over_its_chapter(lines[position].text, lines[index + 1].text))
               for position in ticks)


def _section_over_its_chapter(over: str, under: str) -> bool:
    """True when ``over`` is a section's number and ``under`` its chapter's (``7.2`` and
    ``7``): a head stacked as PyMuPDF sets it, the section's title between the two
    (``7.2`` / ``定义选项`` / ``7`` / ``实现细节``), not an axis's label between its ticks."""
    section = _SECTION_OF_CHAPTER.fullmatch(over.strip())
    return section is not None and section[1] == under.strip()


def _page_runs(pages_of_copies: Sequence[int], minimum: int) -> set[int]:
    """The pages that belong to runs of at least ``minimum`` consecutive or alternating
    pages; two runs that step alike, each on every page or on every other one, with
    one step between them where a page lacks its copy (a landscape table, a full-page
    figure), are one run, of one page more. Chapters open every few pages, unevenly."""
    ordered = sorted(set(pages_of_copies))
    runs: list[list[int]] = []
    for page in ordered:
        if runs and page - runs[-1][-1] <= MAX_PAGE_STEP:
            runs[-1].append(page)
        else:
            runs.append([page])
    found = {page for run in runs if len(run) >= minimum for page in run}
    for before, after in itertools.pairwise(runs):
        steps = {b - a for run in (before, after) for a, b in itertools.pairwise(run)}
        if min(len(before), len(after)) >= 2 and len(steps) == 1 \
                and after[0] - before[-1] == 2 * min(steps) and len(before) + len(after) > minimum:
            found.update(before + after)
    return found


def _at_edges(group: list[int], context: _Context) -> list[int]:
    """The copies at page edges on a run of consecutive or alternating pages; none for a
    short line whose copies stand in figures nearly every time (``FIGURE_SHARE``,
    :func:`_in_figure`): an axis label that a figure at the foot of each page brings to
    the edge. A head stands beside a caption only where a figure or a table opens or
    closes its page, and is judged by its edges."""
    edge_copies = [index for index in group if index in context.edges]
    label = bool(edge_copies) and len(context.doc.lines[group[0]].text.strip()) <= LABEL_MAX_CHARS
    in_figures = sum(_in_figure(context, index) for index in group) if label else 0
    if in_figures >= max(1, FIGURE_SHARE * len(group)):
        return []
    pages = _page_runs([context.edges[index] for index in edge_copies], context.minimum)
    return [index for index in edge_copies if context.edges[index] in pages]


def _once_a_page(group: list[int], at_edges: list[int], context: _Context) -> list[int]:
    """All copies, when there is one on each page of a run of ``ONCE_A_PAGE_MIN``
    consecutive pages or more, and a third of them or more stand at the page edges:
    a head that an extractor put below the page's first heading on some pages, or a
    foot it put above a figure's text. Where the run is every page of the document
    with text, ``minimum`` copies at the edges are enough: pdftotext sets a foot among
    its page's text most of the time. Content does not recur once on every page. The
    first copy stays when it is a heading away from the edges: the title of the
    section whose pages the head then tops."""
    if not context.pages.breaks or len(group) < max(context.minimum, ONCE_A_PAGE_MIN) or \
            len(at_edges) < context.minimum:
        return []
    pages = [context.pages.page_of(index) for index in group]
    if any(b - a != 1 for a, b in itertools.pairwise(pages)):
        return []
    if len(at_edges) < len(group) / 3 and (pages[0], pages[-1]) != context.pages_with_text():
        return []
    first = group[0]
    if first not in at_edges and is_heading(context.doc.lines[first].text) and \
            not context.interrupts(first):
        return group[1:]  # a title that opens its section on the page before its heads
    return group


def _spread(group: list[int], context: _Context) -> list[int]:
    """All copies, when they stand once on every other page of a run of
    ``ONCE_A_PAGE_MIN`` pages or more, and one other line stands once on each page
    between and on none of theirs: the two heads (or feet) of a spread, the journal's
    name on even pages and the authors' on odd ones, which an extractor that reads two
    columns one after the other puts among the text. Content does not take turns with
    another line, page by page. A head is printed alike on every page: copies that differ
    in their letters' case are a word of the text (``solution``, ``Solution``, a class's
    option and its heading). On the first page, a copy away from its edges stays: the
    title the head repeats, or the head's chapter in the contents."""
    text = context.doc.lines[group[0]].text
    if not context.pages.breaks or len(group) < context.minimum or not _wordy(text) or \
            _letters(text) < UNMARKED_MIN_LETTERS:
        return []
    if len({" ".join(_NUMBER.sub("", context.doc.lines[index].text).split())
            for index in group}) > 1:
        return []
    pages = [context.pages.page_of(index) for index in group]
    if any(b - a != 2 for a, b in itertools.pairwise(pages)) or \
            2 * len(pages) - 1 < ONCE_A_PAGE_MIN:
        return []
    partners = set.intersection(*(context.groups_on_page(page + 1) for page in pages[:-1]))
    for number in sorted(partners):  # its own group stands on its pages: never a partner
        theirs = context.once_a_page_on(number)
        if theirs is not None and theirs.isdisjoint(pages):
            return [index for index, page in zip(group, pages, strict=True)
                    if page > 0 or index in context.edges]
    return []


def _each_its_own_number(group: list[int], doc: Document,
                         page_numbers: frozenset[int] = frozenset()) -> bool:
    """True when each copy carries a number no other copy carries: a chapter's label
    (:func:`_each_its_own_chapter`; ``page_numbers``, the page-number stage's lines, are
    none), a section's number (:func:`_each_its_own_section`), a part's
    (:func:`_each_its_own_part`) or an item's label (:func:`_each_its_own_item`)."""
    return (_each_its_own_chapter(group, doc, page_numbers) and not _names_the_author(group, doc)) \
        or _each_its_own_section(group, doc) or _each_its_own_part(group, doc) \
        or _each_its_own_item(group, doc)


def _names_the_author(group: list[int], doc: Document) -> bool:
    """True when the copies' word is the name a byline among the document's first lines
    ends on (``Doe 2`` under ``John Doe``), and their numbers count up one at a time:
    an MLA paper's head, its author's surname and the page's number, on every page. A
    byline is a line of two to four words, each capitalised, and the only line but the
    copies that holds the word: the paper's text does not use its author's surname as a
    word, where a chapter's word stands in the contents and the text too (``Weiteres
    Kapitel``, ``Zwei Kapitel sind zu wenig`` over ``Kapitel 1`` …), and a chapter's
    label names no author (``Lecture 3`` under ``Lecture Notes on Harbours``)."""
    labels = [_CHAPTER_LABEL.match(doc.lines[index].text) for index in group]
    if not all(labels):
        return False
    numbers = [int(label.group(1)) for label in labels if label]
    word = doc.lines[group[0]].text.split()[0]
    if any(after - before != 1 for before, after in itertools.pairwise(numbers)):
        return False
    bylines = [line.index for line in _opening_lines(doc) if _a_byline_of(line.text, word)]
    copies = set(group)
    return bool(bylines) and [line.index for line in doc.lines if line.index not in copies
                              and word in line.text.split()] == bylines[:1]


def _a_byline_of(text: str, surname: str) -> bool:
    """True when ``text`` is two to four words, each capitalised, the last ``surname``."""
    words = text.split()
    return 2 <= len(words) <= BYLINE_MAX_WORDS and words[-1] == surname and \
        all(word[0].isupper() for word in words)


def _each_its_own_item(group: list[int], doc: Document) -> bool:
    """True when every copy holds figures inside a word (:func:`_inside_a_word`), and no
    two copies the same: each labels its own item (``dev:wp1specs``, ``dev:wp2specs``
    under each work package's table). A head repeats its figures, and a page's number is
    a word of its own."""
    labels = []
    for index in group:
        text = doc.lines[index].text
        inside = tuple(match[0] for match in _NUMBER.finditer(text) if _inside_a_word(text, match))
        if not inside:
            return False
        labels.append(inside)
    return len(set(labels)) == len(labels)


def _each_its_own_part(group: list[int], doc: Document) -> bool:
    """True when the copies, all but one at most, end on a part's number in brackets
    (``Common Specials (2)``, ``(2/5)``), no number twice: a title continued over slides or
    pages, each part its own, and the one without a number is a title alike
    (``Uncommon Specials``). A head repeats its figures, or counts its pages bare."""
    numbers = [part.group(1) for part in (_PART.search(doc.lines[index].text) for index in group)
               if part]
    return len(numbers) >= max(2, len(group) - 1) and len(set(numbers)) == len(numbers)


def _each_its_own_chapter(group: list[int], doc: Document,
                          page_numbers: frozenset[int] = frozenset()) -> bool:
    """True when every copy is a word, a space and a number (``Kapitel 3``, ``Lecture
    12``), no number twice: each names its own chapter; or no number twice in a list
    of every chapter first (the contents), then again in the chapters it lists, or
    numbers that count up, then once more (:func:`_counts_up_twice_at_most`). A
    running head repeats its chapter's number on every page of it; a page's own number
    (``Page 3``) is the page-number stage's, and a page's label is written as one word
    (``MS-12``). A point after the number is the contents' (``Chapter 1.``), on
    fewer than half the copies. The word may stand alone with its number on the next
    line of text (``Hoofdstuk`` / ``1`` / ``Smaken en smaakpapillen``), where that
    number is none of the ``page_numbers`` (a one-word head over its page's number)."""
    numbers, with_a_point = [], 0
    for index in group:
        label = _CHAPTER_LABEL.match(doc.lines[index].text)
        if label is not None:
            numbers.append(int(label.group(1)))
            with_a_point += doc.lines[index].text.rstrip().endswith(".")
            continue
        if not _CHAPTER_WORD.match(doc.lines[index].text):
            return False
        below = next_text_line(doc, index, 1, ())
        if below is None or below in page_numbers \
                or not _CHAPTER_NUMBER.match(doc.lines[below].text):
            return False
        numbers.append(int(doc.lines[below].text))
    if with_a_point * 2 > len(numbers):
        return False  # ``Page 1.``, ``Page 2.``: a list's labels, no chapter repeats them
    listed = len(set(numbers))
    contents, chapters = numbers[:listed], numbers[listed:]
    return (len(set(contents)) == listed and len(set(chapters)) == len(chapters)) \
        or _counts_up_twice_at_most(numbers)


def _counts_up_twice_at_most(numbers: list[int]) -> bool:
    """True when ``numbers`` rise all the way, or rise, start again and rise to the end:
    the contents (some of the chapters, ``Chapter 1.`` alone on its line), then the
    chapters. A running head repeats its number on the pages of a chapter."""
    restarts = sum(1 for before, after in itertools.pairwise(numbers) if after <= before)
    return restarts <= 1


def _each_its_own_section(group: list[int], doc: Document) -> bool:
    """True when every copy carries a section's number (``D1.3``, ``2.4.1``, or one
    level opening the line with a point, ``5. MARGIN CHECK``) and no two the same: a
    list's items or sections' headings written alike (``D2.3 Prototype of model
    implementation. (M24)`` in each work package; a template's ``4. MARGIN CHECK`` to
    ``11. MARGIN CHECK``, a page each). A head repeats its section's number on every
    page of the section, and a page's number in a head takes no point (``5 Title``).
    The number may stand alone on the line over the copy, where an extractor split the
    heading (``2.1`` / ``引言``, in each chapter); the contents list it again, and their
    entries (:func:`_near_a_leader`) count as none, with a number or without."""
    numbers = [_section_numbers(doc, index) or _opening_section(doc, index)
               or _number_over(doc, index) for index in group
               if not _near_a_leader(doc, index)]
    return bool(numbers) and all(numbers) and len(set(numbers)) == len(numbers)


def _number_over(doc: Document, index: int) -> tuple[str, ...]:
    """The section's number (``2.1``, two levels or more) alone on the line of text
    right over line ``index``."""
    over = next_text_line(doc, index, -1, ())
    if over is None:
        return ()
    found = _SECTION_NUMBER.fullmatch(doc.lines[over].text.strip().rstrip("."))
    return (found.group(),) if found else ()


def _opening_section(doc: Document, index: int) -> tuple[str, ...]:
    """The section's number that opens line ``index`` with a point (``5. Options``)."""
    opening = _OPENING_SECTION.match(doc.lines[index].text)
    return (opening.group(1),) if opening else ()


def _section_numbers(doc: Document, index: int) -> tuple[str, ...]:
    """The sections' numbers in line ``index``, in order (``5.2.1``, ``D1.3``'s ``1.3``)."""
    return tuple(_SECTION_NUMBER.findall(doc.lines[index].text))


def _figures(doc: Document, index: int) -> list[int]:
    """The numbers in line ``index``, in order: where a head's page number may be. A
    number a point and a figure follow is a level of a section's number, and no page's
    (the ``5`` and ``2`` of ``5.2.1. Options``: subsections on three pages running); nor
    is a number inside a word, a letter of a script with spaces on each side of it (the
    ``1`` of ``dev:wp1specs``, a label in one work package's table a page: the tables
    count the packages). A page's number is a word of its own, or set against an
    ideograph (``第3页``)."""
    text = doc.lines[index].text
    return [int(match[0]) for match in _NUMBER.finditer(text)
            if not (_INNER_LEVEL.match(text, match.end()) or _inside_a_word(text, match))]


def _inside_a_word(text: str, match: re.Match[str]) -> bool:
    """True when the figures ``match`` found in ``text`` have a letter of a script with
    spaces right before and right after them (``wp1specs``)."""
    start, end = match.span()
    return start > 0 and end < len(text) and all(
        char.isalpha() and not is_cjk(char) for char in (text[start - 1], text[end]))


def _counting_pages(group: list[int], context: _Context) -> list[int]:
    """The copies whose number rises with the page they stand on, one copy a page."""
    numbers = [_figures(context.doc, index) for index in group]
    best: list[int] = []
    for position in range(max((len(found) for found in numbers), default=0)):
        chain: list[tuple[int, int]] = []  # (line, its number)
        for index, found in zip(group, numbers, strict=True):
            if len(found) <= position:
                continue
            value = found[position]
            page = context.pages.page_of(index)
            if chain:
                last, last_value = chain[-1]
                last_page = context.pages.page_of(last)
                steps = value - last_value
                if not (0 < page - last_page <= MAX_PAGE_STEP and steps == page - last_page):
                    if len(chain) > len(best):
                        best = [line for line, _ in chain]
                    chain = []
            chain.append((index, value))
        if len(chain) > len(best):
            best = [line for line, _ in chain]
    return best if len(best) >= context.minimum else []


def _beside_page_numbers(group: list[int], context: _Context) -> list[int]:
    """The copies that stand right beside a page number the page-number stage found (blank
    lines between at most), each beside a number of its own, when they are ``minimum`` or
    more: a head printed on one row with the page's number, which an extractor set on a
    line of its own next to it, away from the page's edges (pdfminer sets a two-column
    page's head and number under the first paragraph). Only a number with its page's text
    above and below it counts: a number at an edge has a chapter's label or a section's
    heading beside it on page after page (the next page's first line), and what stands at
    the edges is judged there."""
    beside: dict[int, int] = {}  # page number line -> the copy beside it
    for index in group:
        for step in (-1, 1):
            position = next_text_line(context.doc, index, step, ())
            if position in context.page_numbers and _among_its_text(position, context):
                beside[position] = index
    copies = sorted(set(beside.values()))
    return copies if len(copies) >= context.minimum else []


def _among_its_text(index: int, context: _Context) -> bool:
    """True when running text stands both above and below line ``index`` on its page: the
    line is nowhere near the page's edges."""
    page = context.pages.page_of(index)
    return all(neighbour is not None and context.pages.page_of(neighbour) == page
               for neighbour in (context.neighbour(index, -1), context.neighbour(index, 1)))


def _states_its_page(group: list[int], doc: Document) -> list[int]:
    """The copies that say which page they stand on (:func:`cleaner.pages.stating_pages`:
    ``page 3 of 12``, ``Title 3 / 14``), when they are most of the group. A foot that
    states its page of a total is furniture wherever the extractor put it, with or
    without page marks."""
    stated = stating_pages(group, doc)
    return stated if len(stated) >= FURNITURE_FRACTION * len(group) else []


def _numbered_in_step(group: list[int], doc: Document) -> bool:
    """True when some number in the copies rises by one to ``MAX_PAGE_STEP`` from copy to
    copy (heads on every other page; an extractor's extra page break), or by more once in
    a while (a page whose foot the extractor glued to its text). Copies one right under
    the other stand on one page: where that happens twice or more, the number counts
    notes (``2TO DO: …``, ``3TO DO: …``), not pages (once may be an empty page's head
    over the next page's)."""
    if sum(b - a == 1 for a, b in itertools.pairwise(group)) > 1:
        return False
    numbers = [_figures(doc, index) for index in group]
    width = len(numbers[0])
    numbers = [found for found in numbers if len(found) == width]
    if not width or len(numbers) < FURNITURE_FRACTION * len(group):
        return False
    for position in range(width):
        steps = [b[position] - a[position] for a, b in itertools.pairwise(numbers)]
        if (all(step > 0 for step in steps)
                and sum(step <= MAX_PAGE_STEP for step in steps) >= STEADY_SHARE * len(steps)):
            return True
    return False


def _unmarked(group: list[int], context: _Context) -> list[int]:
    """All copies, when they look like running heads or feet without help from the page
    model: the same line exactly (digits aside) at least ``minimum`` times, far apart
    and regularly spaced (or numbered in step, most of them far apart: a page of
    figures is short; the last copy aside when it ends the text, :func:`_ends_the_text`),
    among lines of running text, and interrupting a sentence at
    least once, numbered with the pages (:func:`_counts_pages`) or holding the
    document's title (:func:`_holding_the_title`: those copies alone). A page apart,
    or, for a head that holds the title, two pages apart (the odd pages' head of a
    spread, where a page of two columns is long): a line that only cuts a sentence now
    and then, that far apart, is a list's item or a heading. Copies whose
    section numbers differ are the headings of sections (``5.1.1. Options``,
    ``5.2.1. Options``), however they are spaced: a head carries its section's number
    on every page.

    A contents entry (a dot leader after it) is no copy of a head, and stays: the
    contents of a paper listed at its end are no page's foot; nor is a chapter's title
    under its label (:func:`_under_its_chapter_label`).

    This does not depend on the page model, so that a document whose page numbers
    are gone is judged as it was with them.
    """
    lines = context.doc.lines
    group = [index for index in group if not (_CONTENTS_LEADER.search(lines[index].text)
                                              or _under_its_chapter_label(index, context))]
    by_key: dict[str, list[int]] = {}
    for index in group:
        by_key.setdefault(ocr_key(lines[index].text), []).append(index)
    if not by_key:
        return []
    copies = max(by_key.values(), key=len)
    text = lines[copies[0]].text.strip()
    if len(copies) < context.minimum or not _head_shaped(text):
        return []
    in_step = _numbered_in_step(copies, context.doc)
    spaced = copies[:-1] if _ends_the_text(copies, context) else copies
    if not context.page_period(spaced, pages=2, short_pages=in_step):
        return []
    gaps = [context.distance(a, b) for a, b in itertools.pairwise(spaced)]
    regular = max(gaps) <= MAX_GAP_RATIO * min(gaps)
    if not (regular or in_step):
        return []
    if len({_section_numbers(context.doc, index) for index in copies}) > 1:
        return []  # each copy with a section's number of its own: sections, not a head
    if sum(context.among_prose(index) for index in copies) < FURNITURE_FRACTION * len(copies):
        return []
    if not context.page_period(spaced, short_pages=in_step):
        return _holding_the_title(copies, context.doc)  # every other page's head
    if _each_goes_on_from_the_text(copies, context):
        return []  # a sentence's middle line, said again in entries written alike
    if any(context.interrupts(index) for index in copies) or _counts_pages(copies, context):
        return group
    return _holding_the_title(copies, context.doc)


def _each_goes_on_from_the_text(copies: list[int], context: _Context) -> bool:
    """True when every copy goes on with the sentence that the line of text before it
    leaves open: a line of ``MIDDLE_WORDS`` words at least that opens in lower case
    (``can be done by invoking the macro as many times as needed``, under ``This macro
    allows … This`` in each macro's entry of a manual). Such a line is the middle of a
    sentence its entries say alike; a head interrupts a sentence and says nothing of
    its own in it. The line before is the nearest one, skipped lines aside (a page's
    number): under a head's first line, the same every time, the head's second line is
    no sentence's middle."""
    lines = context.doc.lines
    before = [context.beside(index, -1, set()) for index in copies]
    return all(at is not None and leaves_open(lines[at].text)
               and _opens_in_lower_case(lines[index].text)
               and len(lines[index].text.split()) >= MIDDLE_WORDS
               for index, at in zip(copies, before, strict=True))


def _opens_in_lower_case(text: str) -> bool:
    """True when ``text`` opens on a lower-case letter."""
    return text.lstrip()[:1].islower()


def _under_its_chapter_label(index: int, context: _Context) -> bool:
    """True when the line of text right over line ``index`` is a chapter's label that
    the document prints once (``Capitolo 2`` over ``Il barometro``): the copy is the
    chapter's title on its opening page, where no head stands; the head over the pages
    after it, and the contents' entry, repeat it. A head set under its chapter's label
    repeats the label on every page."""
    over = next_text_line(context.doc, index, -1, context.skip)
    return over is not None and _CHAPTER_LABEL.match(context.doc.lines[over].text) is not None \
        and not context.repeated_verbatim(over)


def _turns_with_heads(group: list[int], context: _Context) -> list[int]:
    """All copies, when they take turns with the copies of a head that went on evidence of
    its own (spaced like running heads, :func:`_unmarked`; not merely next to other
    furniture), ``minimum`` of them at least, one of theirs between every two of ours,
    and a page's text between each two, alike: the other head of a spread where nothing
    marks the pages (``Conference acronym ’XX, … Trovato et al.`` on even pages, between
    the odd pages' ``The Name of the Title Is Hope Conference acronym ’XX, …``; the title
    that head repeats, kept, takes the first turn). Content does not take turns with a
    running head, page after page."""
    if not _head_shaped(context.doc.lines[group[0]].text.strip()):
        return []
    partners: dict[int, list[int]] = {}
    for index in sorted(context.anchors):
        number = context.group_of.get(index)
        if number is not None and number != context.group_of[group[0]]:
            partners.setdefault(number, []).append(index)
    opening = _opening_lines(context.doc)
    title = opening[0].index if opening else -1  # the document's first line
    for theirs in partners.values():
        if title not in theirs and _repeats_the_first_line([title, *theirs], context.doc):
            theirs = [title, *theirs]  # the title, kept, stands where the head would
        if len(theirs) < context.minimum:
            continue
        turns = sorted([(index, True) for index in group] + [(index, False) for index in theirs])
        if any(a[1] == b[1] for a, b in itertools.pairwise(turns)):
            continue
        both = [index for index, _ in turns]
        gaps = [context.distance(a, b) for a, b in itertools.pairwise(both)]
        if context.page_period(both) and max(gaps) <= MAX_GAP_RATIO * min(gaps) and \
                sum(context.among_prose(index) for index in group) >= \
                FURNITURE_FRACTION * len(group):
            return group
    return []


def _head_shaped(text: str) -> bool:
    """True when ``text`` (stripped) may be a head where nothing marks the pages: words
    (:func:`_wordy`), ``UNMARKED_MIN_LETTERS`` letters at least, no sentence's end."""
    return _wordy(text) and not text.endswith(_SENTENCE_ENDS) and \
        _letters(text) >= UNMARKED_MIN_LETTERS


def _ends_the_text(copies: list[int], context: _Context) -> bool:
    """True when no line of running text follows the last copy, and three copies at
    least stand before it: the last page's foot, under what text the last page holds
    (a page seldom full), which is no guide to the spacing of the others."""
    return len(copies) > context.minimum and context.neighbour(copies[-1], 1) is None


def _holding_the_title(copies: list[int], doc: Document) -> list[int]:
    """The copies, when they hold every word (of four letters or more, two at least)
    of one of the document's first lines (``TITLE_LINES``) that is not one of them: a
    running head that repeats the title (``The Name of the Title Is Hope Conference
    acronym ’XX, …`` under the title ``The Name of the Title Is Hope``), as ACM's
    conference heads do with no page number beside them and no sentence run through;
    or when they repeat the document's first line, the title (:func:`_repeats_the_first_line`).
    A copy among the first lines is the title itself, and stays; so do the group's
    other variants (an index's ``amsfonts package . .``). A line that ends on a colon
    opens what follows it (``Updates in Version 1.2020 of the NCCN Guidelines …
    include:`` over each page of a list of updates): a heading, however it is
    repeated. Empty otherwise."""
    if doc.lines[copies[0]].text.rstrip().endswith(":"):
        return []
    opening = _opening_lines(doc)
    own = {doc.lines[index].text.strip().casefold() for index in copies}
    words = long_words(doc.lines[copies[0]].text)
    if not any(len(title) >= 2 and title <= words
               for title in (long_words(line.text) for line in opening
                             if line.text.strip().casefold() not in own)) and \
            not _repeats_the_first_line(copies, doc):
        return []
    first = {line.index for line in opening}
    return [index for index in copies if index not in first]


def _repeats_the_first_line(copies: list[int], doc: Document) -> bool:
    """True when the document's first line is one of the copies, each the same to the
    letter, two long words at least, over a line that closes no sentence: the title over
    its authors, which an ACM head repeats (PyMuPDF writes the odd pages' head on two
    lines, the title alone on the first); a page's head over the page's text is none,
    nor are ``Part 9 of the Report``, ``Part 10 …``."""
    opening = _opening_lines(doc)
    return len(opening) > 1 and opening[0].index in copies \
        and len({doc.lines[index].text.strip().casefold() for index in copies}) == 1 \
        and len(long_words(opening[0].text)) >= 2 and not closes_a_sentence(opening[1].text)


def _counts_pages(copies: list[int], context: _Context) -> bool:
    """True when a number run into the copies counts pages (``Chapter 4: Functions 9``
    … ``23``): it rises with every copy, by one to ``MAX_PAGE_STEP``, and the text
    between two copies is, per step, as long as the usual (the median) within
    ``PAGE_LENGTH_SPREAD`` either way, for most steps (``STEADY_SHARE``: a page of a
    figure, of a table, has few lines of running text), as pages are; the rest of the
    line is two words or more, not a bare ``Chapter 12``. A section's number rises once
    for a section of any length; a head's page rises once a page, whether or not a
    sentence runs over it."""
    lines = context.doc.lines
    if len(copies) < PAGE_COUNT_MIN_COPIES or \
            len(_NUMBER.sub(" ", lines[copies[0]].text).split()) < 2:
        return False
    numbers = [_figures(context.doc, index) for index in copies]
    width = len(numbers[0])
    if not width or any(len(found) != width for found in numbers):
        return False
    for position in range(width):
        steps = [b[position] - a[position] for a, b in itertools.pairwise(numbers)]
        if not all(0 < step <= MAX_PAGE_STEP for step in steps):
            continue
        per_page = [context.distance(a, b) / step
                    for (a, b), step in zip(itertools.pairwise(copies), steps, strict=True)]
        usual = median(per_page)
        alike = sum(usual / PAGE_LENGTH_SPREAD <= lines <= PAGE_LENGTH_SPREAD * usual
                    for lines in per_page)
        if usual >= MIN_PAGE_LINES and alike >= STEADY_SHARE * len(per_page):
            return True
    return False


def _in_runs(group: list[int], context: _Context) -> list[int]:
    """Copies in a run of ``MIN_RUN`` identical paragraphs with only blank lines between
    them, and no running text after the run to the end of the document: the debris a
    scraper leaves below a page. A run with text after it may be a refrain.

    Identical, not merely alike: numbered rows (``Step 1``, ``Step 2``) mask to one
    key but are a list. And each its own paragraph: figure labels stand in one block.
    And short (``DEBRIS_MAX_LETTERS``): a sentence said four times at the end is a
    refrain.
    """
    lines = context.doc.lines
    if _letters(lines[group[0]].text) > DEBRIS_MAX_LETTERS:
        return []
    found: list[int] = []
    run: list[int] = []
    for index in [*group, -1]:
        if (index >= 0 and run and context.alone(index)
                and lines[index].text.strip() == lines[run[-1]].text.strip()
                and _only_group_between(run[-1], index, context)):
            run.append(index)
            continue
        if len(run) >= MIN_RUN and context.neighbour(run[-1], 1) is None:
            found += run
        run = [index] if index >= 0 and context.alone(index) else []
    return found


def _only_group_between(first: int, last: int, context: _Context) -> bool:
    """True when only blank lines and skipped lines stand between two copies."""
    return all(context.doc.lines[position].blank or position in context.skip
               for position in range(first + 1, last))


def _letters(text: str) -> int:
    """How many letters ``text`` has, a CJK character counting as two (it is a word)."""
    return sum(1 + is_cjk(char) for char in text if char.isalpha())


def _wordy(text: str) -> bool:
    """Mostly letters, no quoted cells, no command or braces: words, not a row of a
    table, a formula or a line of code (``\\author``, ``32 {\\ClassError{x}``)."""
    visible = [char for char in text if not char.isspace()]
    if sum(text.count(quote) for quote in "'\"") >= 2 or line_groups.CODE.search(text):
        return False
    return sum(char.isalpha() for char in visible) >= CREDIT_LETTER_SHARE * len(visible)


def _credit_lines(group: list[int], context: _Context) -> list[int]:
    """The copies, when the line is a credit or jump line: short words that name a wire
    service or a jump (``Press``, ``Wire``, ``Continued on``, ``下转``), the line often in
    brackets. OCR variants that garble the name count when bracketed; a bracketed
    label alone (``(in thousands of dollars)``) is content. A copy that states a year or
    stands inside a sentence of running text, left open above it and by it, is a
    reference naming its publisher (``Chomsky, N. (1986). Barriers. MIT Press``; ``edited
    by`` / ``G. T. Rado and H. Suhl (Academic Press, New York,``), no credit: it stays,
    and counts for none. A jump line closes (``(Continued on Page 3.)``) where a page's
    column breaks off its sentence."""
    lines = context.doc.lines
    if not any(_WIRE.search(lines[index].text) for index in group):
        return []  # nothing named: no copy need be read in its sentence
    own = [index for index in group if not _YEAR.search(lines[index].text)
           and not _inside_a_sentence(index, context)]
    texts = Counter(lines[index].text.strip() for index in own)
    short = {text for text in texts if len(text) <= CREDIT_MAX_CHARS and _wordy(text)}
    named = {text for text in short if _WIRE.search(text)}
    bracketed = {text for text in short - named if _BRACKETED.match(text)}
    if not named or sum(texts[text] for text in named | bracketed) < (
            FURNITURE_FRACTION * len(group)):
        return []
    if _letters(lines[group[0]].text.strip()) < UNMARKED_MIN_LETTERS:
        return []
    return own


def _inside_a_sentence(index: int, context: _Context) -> bool:
    """True when the copy leaves its sentence open, and so does the line of running text
    right before it (repeated or not): the copy is a line of that sentence."""
    lines = context.doc.lines
    before = context.beside(index, -1, set())
    return before is not None and leaves_open(lines[index].text) and \
        leaves_open(lines[before].text) and context.in_running_text(before)


def _in_a_passage(group: list[int], context: _Context) -> bool:
    """True when the copies stand in a passage repeated whole, ``PASSAGE_MIN_LINES``
    lines or more (:func:`_passage`), on pages, and on no ``ONCE_A_PAGE_MIN``
    of them in a row: a block of text the author repeated (a chapter template's notes, a boxed
    reminder, a blind text), whose last lines a page's foot may bring to the edge and
    whose lines then peel off the edge one layer at a time. A head or a foot is a line
    or three beside each page's own text; a slide's sidebar is long, but stands on every
    slide of a run, while a paragraph repeated on every page (a diary's blind text)
    still runs its sentences from line to line (:func:`_runs_on`).

    A shorter passage, ``FEW_PAGES_PASSAGE_LINES``, is enough when each of its lines
    stands on fewer than ``ONCE_A_PAGE_MIN`` pages, and those not all the document's: a
    form's labels on each partner's page, a title page printed for each reader, a
    slide's lines on its builds. A letterhead on each page of a three-page letter is a
    foot, and so is a chapter's long title under the label ``Chapter 4`` that every
    chapter's pages carry."""
    if not context.pages.breaks:
        return False
    pages = sorted(context.pages_of_group(context.group_of[group[0]]))
    if _longest_run(pages) >= ONCE_A_PAGE_MIN and not _runs_on(group, context):
        return False
    passage = _passage(group, context)
    if len(passage) >= PASSAGE_MIN_LINES:
        return True
    return len(passage) >= FEW_PAGES_PASSAGE_LINES and \
        (pages[0], pages[-1]) != context.pages_with_text() and \
        all(len(context.pages_of_group(number)) < ONCE_A_PAGE_MIN for number in passage)


def _a_sentence_written_again(group: list[int], context: _Context) -> bool:
    """True when every copy is a line of one sentence with the same line beside it on its
    page (figures aside): the line under finishes the sentence the copy leaves open
    (``...column inches of floats of this`` over ``type.``), or the copy finishes the one
    the line over it leaves open (a footnote's ``plus de précisions).`` under its first
    line, numbered apart on each page), or the sentence runs through the copy from the
    same line over it to the same line under it (a change log's entry written three
    times, wrapped at other widths), or from the same line on one side to a line of each
    copy's own on the other: sibling sentences that end apart (a manual's ``Elle prend
    comme entrées`` / ``dans l'ordre le point déjà connu, puis…`` over ``le solide
    concerné.`` three times and ``l'élément appliquant la force`` once). The author wrote
    that sentence more than once, and removing the copies would leave the rest of it
    alone. A head stands beside each page's own text, which differs from page to page on
    both sides; a foot of two lines may be one sentence (a licence's note), and stands at
    the page edges, where this is not asked (:func:`_judge`); beside a head
    (:func:`_stacked`), the head's other line is gone."""
    over = _runs_on_alike(group, -1, context)
    if over == "closed":
        return True  # the side under need not be read
    under = _runs_on_alike(group, 1, context)
    if under == "closed":
        return True
    return {over, under} <= {"open", "apart"} and "open" in (over, under)


def _runs_on_alike(group: list[int], step: int, context: _Context) -> str | None:
    """``"closed"`` when each copy and the line beside it (over it, step -1; under, +1) on
    its page are one sentence that the later of the two closes, the earlier no heading,
    the same line beside each (:func:`_alike_where_they_meet`); ``"open"`` when the
    earlier ends on a word (``Corrected indentation for``, which reads as a heading
    alone) that the later goes on from; ``"apart"`` when the sentence goes on so at
    every copy but the lines beside them differ; else None."""
    lines, doc = context.doc.lines, context.doc
    beside: list[list[str]] = []
    closed = True
    for index in group:
        other = next_text_line(doc, index, step, context.skip)
        if other is None or context.pages.page_of(other) != context.pages.page_of(index):
            return None
        opening, closing = (lines[at].text for at in sorted((index, other)))
        if not (_ENDS_ON_A_WORD.search(opening) and can_continue(closing)):
            return None
        closed = closed and leaves_open(opening) and closes_a_sentence(closing)
        beside.append(_LETTERS_WORD.findall(lines[other].text.casefold()))
    if not _alike_where_they_meet(beside, step):
        return "apart"
    return "closed" if closed else "open"


def _alike_where_they_meet(beside: list[list[str]], step: int) -> bool:
    """True when the lines beside the copies (their words) are one line, or end alike
    (over the copies, step -1) or begin alike (under, +1) in ``MEETING_WORDS`` words
    or as many as the shortest holds, two at least: a sentence wrapped at another
    width (``Corrected indentation for``, ``indentation for``)."""
    if all(words == beside[0] for words in beside):
        return True
    reach = min(MEETING_WORDS, *map(len, beside))
    if reach < 2:
        return False
    return len({tuple(words[-reach:] if step < 0 else words[:reach]) for words in beside}) == 1


def _runs_on(group: list[int], context: _Context) -> bool:
    """True when most copies go on with the sentence of the line above them, or leave
    theirs for the line below to finish, on their page, both lines full (``FULL_LINE``
    of :meth:`_Context.text_width`): lines of a paragraph of prose, not a sidebar's title
    that wraps over short lines."""
    lines, doc = context.doc.lines, context.doc
    full = FULL_LINE * context.text_width()
    running = 0
    for index in group:
        page = context.pages.page_of(index)
        for step in (-1, 1):
            other = next_text_line(doc, index, step, context.skip)
            if other is None or context.pages.page_of(other) != page:
                continue
            before, after = sorted((index, other))
            if continues(lines[before].text, lines[after].text) and all(
                    len(lines[position].text.strip()) >= full for position in (before, after)):
                running += 1
                break
    return 2 * running > len(group)


def _longest_run(pages: Sequence[int]) -> int:
    """The most pages in a row among ``pages`` (sorted, each once)."""
    runs = [1] if pages else [0]
    for before, page in itertools.pairwise(pages):
        runs.append(runs[-1] + 1 if page == before + 1 else 1)
    return max(runs)


def _passage(group: list[int], context: _Context) -> list[int]:
    """The groups of the lines in a row, the copy's among them, that stand the same
    around most of the group's copies (the copy's group first, then those above it and
    those below, nearest first): repeated lines (candidates, gone or not) of the same
    groups in the same order, on the copy's page, blank and removed lines aside. Around
    a head, each page's own text; around a line of a repeated passage, the rest of it."""
    passage = [context.group_of[group[0]]]
    for step in (-1, 1):
        around = [_groups_beside(index, step, context) for index in group]
        common: tuple[int, ...] = ()
        for reach in range(1, PASSAGE_MIN_LINES):
            same = Counter(tuple(groups[:reach]) for groups in around
                           if len(groups) >= reach).most_common(1)
            if not same or 2 * same[0][1] <= len(group):
                break
            common = same[0][0]
        passage += common
    return passage


def _groups_beside(index: int, step: int, context: _Context) -> list[int]:
    """The groups of the candidate lines in a row before (step -1) or after (+1) line
    ``index`` on its page, through blank and removed lines, ``PASSAGE_MIN_LINES`` at most.
    A page number ends the row: a page's text stands on its one side, the furniture on
    the other (a head that an extractor set after its page's number, below the text)."""
    lines, page = context.doc.lines, context.pages.page_of(index)
    groups: list[int] = []
    position = index + step
    while (0 <= position < len(lines) and len(groups) < PASSAGE_MIN_LINES
           and context.pages.page_of(position) == page
           and position not in context.page_numbers):
        if position in context.group_of:
            groups.append(context.group_of[position])
        elif not (lines[position].blank or position in context.skip):
            break
        position += step
    return groups


def _away_from_edges(group: list[int], paged: list[int], context: _Context) -> list[int]:
    """The copies of a furniture group that stand away from the page edges and go too.

    A copy that interrupts a sentence is a head the extractor misplaced, and so is
    any copy of a head that stands on most pages (``DOMINANT_SHARE``): its page
    break was lost. A copy listed in the contents stays (:func:`_listed_in_contents`),
    and so does one on a page of the contents (:func:`_on_a_contents_page`).
    Of the others, a heading keeps one copy, the one that introduces its section. It
    reads as a heading (:func:`is_heading`, or numbered in sentence case:
    :func:`_numbered_heading`), cuts no sentence, and stands no later than the page of
    the first head at an edge: a section's heads begin on its first page. Of those, it
    is the first amid the text, not under a page's number (:func:`_under_a_page_number`:
    a head the walk from the edge did not reach) unless right under its own head
    (:func:`_under_its_head`), and of those before the first head at an edge, the first
    with its text right under it (:func:`_opens_its_text`; a contents entry has the
    next entry); else the first right under its own head (a chapter's title under its
    head on its first page, pkuthss' ``附录 A 更新记录``, after a contents entry no leader
    marks); else the first of them. Where none stands so early, the contents'
    entry names the section and no copy amid the text is kept; without an entry, the
    first heading however late. Copies amid the text before the one so found stay too:
    a section's head follows its heading, and a copy before it names the section in the
    contents. Where one group holds the heads of every chapter (their figure aside),
    each chapter's title under the first head of its very text stays
    (:func:`_titles_under_first_heads`), and so does each label over its entry in the
    contents (:func:`_entry_before_its_heads`). So does a copy under a section's number
    of its own, which no copy at the edges has over it (:func:`_number_over`: ``2.4`` /
    ``安装``, a section worded as the chapter ``安装`` that heads its pages; a head that
    repeats its section's number over each page, ``3.5`` / ``前文``, goes whole), or under
    a chapter's figure of its own (:func:`_numbers_over_heads`), unless the head stands
    on most pages: pdftotext sets such a head between a section's number and its title
    (``6.2`` / ``TUGboat, Volume 0 (9999), No. 0`` / ``Appendices``). Such a copy opens
    another section and is never the one kept for the heads' own; of another chapter's
    copies, the ones after its opening that top their page go as its heads
    (:func:`_heads_of_other_sections`). The rest go. Other lines stay. Without the
    interruption, only a copy printed as the copies at the edges are goes (figures
    aside): ``(HÜRT-6)``, a flowchart's reference to a page, is no copy of the page label
    ``HÜRT-2`` however alike their letters.
    """
    going: list[int] = []
    dominant = len(paged) >= DOMINANT_SHARE * context.pages.count
    printed = {_as_printed(context.doc.lines[index].text) for index in paged}
    entries = [index for index in group
               if index not in paged and _on_a_contents_page(index, context)]
    first_heads = _first_heads(paged, context)
    away = [index for index in group if index not in paged and index not in entries
            and not _listed_in_contents(context.doc, index)
            and not _entry_before_its_heads(index, first_heads, context)]
    interrupting = {index for index in away if context.interrupts(index)}
    numbers_over = _numbers_over_heads(group, paged, context)
    heads_numbers = {numbers_over[index] for index in paged}
    own_number = {index for index in away if not dominant and index not in interrupting
                  and numbers_over[index] not in heads_numbers}
    others_heads = _heads_of_other_sections(own_number, numbers_over, printed, context)
    heading = {index for index in away if is_heading(context.doc.lines[index].text)}
    headings = [index for index in away if index not in interrupting and index not in own_number
                and (index in heading or _numbered_heading(context.doc.lines[index].text))]
    first_head = min(paged, default=len(context.doc.lines))
    early = [index for index in headings
             if context.pages.page_of(index) <= context.pages.page_of(first_head)]
    under_its_head = [index for index in early if _under_its_head(index, paged, context)]
    amid_text = [index for index in early if index in under_its_head
                 or not _under_a_page_number(index, context)]
    opening = [index for index in amid_text if index < first_head
               and _opens_its_text(context.doc, index, context.skip)]
    kept = next(iter(opening or under_its_head or amid_text or early or entries or headings),
                None)
    titles = _titles_under_first_heads([index for index in away if index not in interrupting],
                                       first_heads, context)
    for index in away:
        if index == kept or index in titles:
            continue  # the copy that introduces its section
        if index in own_number:
            if index in others_heads:
                going.append(index)
            continue  # a section worded as its chapter, under a number of its own
        if kept is not None and index < kept and index in amid_text:
            continue  # before its section opens: an entry of the contents, not a head
        if index in interrupting or ((dominant or index in heading)
                                     and _as_printed(context.doc.lines[index].text) in printed):
            going.append(index)
    return going


def _numbers_over_heads(group: list[int], paged: list[int],
                        context: _Context) -> dict[int, tuple[str, ...]]:
    """The section's number over each copy of ``group`` (:func:`_number_over`), or, where
    every figure alone over the copies at the edges stands over two of them or more, the
    chapter's figure alone on the line over a copy: ``164`` / ``32`` / ``Endnotes`` over
    the pages of chapter 32, where chapter 37 of the same name has ``37`` over its
    copies. A figure over each head that changes from head to head is a page's number,
    whether found or not, and names no chapter; nor does one under another figure that
    is no page's number (``639`` / ``640`` / ``实现细节``: a listing's count, a head
    among its numbers)."""
    lines = context.doc.lines

    def figure_over(index: int) -> str | None:
        over = next_text_line(context.doc, index, -1, ())
        if over is None or not _CHAPTER_NUMBER.match(lines[over].text):
            return None
        above = next_text_line(context.doc, over, -1, ())
        if above is not None and above not in context.page_numbers and \
                _figures_alone(lines[above].text):
            return None
        return lines[over].text.strip()

    numbers = {index: _number_over(context.doc, index) for index in group}
    over = {index: figure_over(index) for index in group}
    figures = Counter(over[index] for index in paged if over[index] is not None)
    if figures and min(figures.values()) >= 2:  # each a chapter's, over two heads or more
        numbers.update({index: (figure,) for index, figure in over.items() if figure})
    return numbers


def _heads_of_other_sections(own_number: set[int], numbers_over: dict[int, tuple[str, ...]],
                             printed: set[str], context: _Context) -> set[int]:
    """The heads of another section of the same name among the copies ``own_number``:
    of the copies under one number, all but the one that opens its section (the first
    amid its page's text, else the first) that top their page under its number
    (:func:`_under_a_page_number`) and are printed as the heads at the edges are
    (``39`` / ``9`` / ``Cross referencing`` opens chapter 9, ``40`` / ``9`` / ``Cross
    referencing`` heads its next page, where chapter 37 of the same name heads the
    pages the group was found on)."""
    sections: dict[tuple[str, ...], list[int]] = {}
    for index in sorted(own_number):
        sections.setdefault(numbers_over[index], []).append(index)
    heads = set()
    for copies in sections.values():
        tops = [index for index in copies if _under_a_page_number(index, context)]
        opening = next((index for index in copies if index not in tops), copies[0])
        heads |= {index for index in tops if index != opening
                  and _as_printed(context.doc.lines[index].text) in printed}
    return heads


def _opens_its_text(doc: Document, index: int, skip: Container[int]) -> bool:
    """True when the next line of text under line ``index`` (blank and ``skip`` lines
    aside) is prose, not a heading: the section's text begins under its heading. An
    entry of the contents has the next entry under it (pdfminer sets an entry's title
    in a column of titles, its leader and page apart), or its page's number."""
    lines = doc.lines
    position = index + 1
    while position < len(lines) and (lines[position].blank or position in skip):
        position += 1
    return position < len(lines) and looks_like_prose(lines[position].text) \
        and not is_heading(lines[position].text)


def _first_heads(paged: list[int], context: _Context) -> dict[str, int]:
    """The first copy at an edge of each text among ``paged`` (figures and all)."""
    first: dict[str, int] = {}
    for index in sorted(paged):
        first.setdefault(context.doc.lines[index].text.strip(), index)
    return first


def _entry_before_its_heads(index: int, first_heads: dict[str, int], context: _Context) -> bool:
    """True when line ``index`` is a chapter's label (``第2 章``, ``Chapter 2``) over the
    contents entry that names it, its leader ending the next line of text, before the
    first head of its very text: the contents list the chapter (``第2 章`` over
    ``图表示例.......4``, as PyMuPDF sets thuthesis' contents), whose heads all chapters'
    share but for their figure. A head over a page of the contents is no label."""
    lines = context.doc.lines
    text = lines[index].text.strip()
    if not (CJK_LABEL.match(text) or _CHAPTER_LABEL.match(text)) or \
            index > first_heads.get(text, len(lines)):
        return False
    below = next_text_line(context.doc, index, 1, ())
    return below is not None and _ends_on_a_leader(lines[below].text)


def _titles_under_first_heads(away: list[int], first_heads: dict[str, int],
                              context: _Context) -> set[int]:
    """The copies ``away`` from the edges that stand under the first head of their very
    text (figures and all, ``first_heads``), a head's other line at most between (fewer
    than ``EDGE_DEPTH``): each chapter's title under its own head on the chapter's first
    page, where the heads of every chapter are one group (``第1 章`` / ``论文主要部分的写法``
    over ``第1 章`` / ``论文主要部分的写法``, then ``第2 章``, as PyMuPDF sets thuthesis).
    The caller leaves out the copies that cut a sentence: one that pdfminer set amid the
    chapter's first paragraph (thubeamer's manual) is misplaced, and goes."""
    lines = context.doc.lines
    titles = set()
    for index in away:
        head = first_heads.get(lines[index].text.strip())
        if head is not None and head < index and sum(
                not line.blank for line in lines[head + 1:index]) < EDGE_DEPTH:
            titles.add(index)
    return titles


def _under_its_head(index: int, paged: list[int], context: _Context) -> bool:
    """True when the line of text over line ``index`` is a copy of its group at the edge
    of the same page: a chapter's heading under its own head, on the chapter's first
    page (``4 Additional layout modules`` twice, the head in small type over it)."""
    above = next_text_line(context.doc, index, -1, context.skip)
    return above in paged and context.pages.page_of(above) == context.pages.page_of(index)


def _numbered_heading(text: str) -> bool:
    """True when ``text`` is a section's heading after its number, in sentence case
    (``3 Style files and user commands``), which :func:`is_heading` asks title case of."""
    return _NUMBERED_SECTION.match(text) is not None and reads_as_heading(text.strip())


def _on_a_contents_page(index: int, context: _Context) -> bool:
    """True when line ``index`` stands on a page of the contents: ``CONTENTS_PAGE_LEADERS``
    of its lines at least end on an entry's leader (``_CONTENTS_LEADER``). A head's copy
    amid such a page's text is the entry naming its section (pdfminer sets the entries'
    titles apart from their leaders and pages: ``4 Additional layout modules`` among
    ``4.3.1`` and ``4.3.2``), or the page's head set among the entries; either stays. Only
    where form feeds mark the pages."""
    if context.pages.source != "form feeds":
        return False  # pages told from their numbers run the front matter into one
    first, last = context.pages.span(context.pages.page_of(index), len(context.doc.lines))
    leaders = (_CONTENTS_LEADER.search(context.doc.lines[position].text)
               for position in range(first, last + 1))
    return sum(1 for found in leaders if found) >= CONTENTS_PAGE_LEADERS


def _under_a_page_number(index: int, context: _Context) -> bool:
    """True when a page number stands over line ``index`` with nothing between but blank
    lines and up to ``EDGE_DEPTH`` + 1 short lines that end no sentence (a head's other
    parts, ``2.5`` / ``升级`` / ``3``): the copy tops its page, as a head does."""
    lines = context.doc.lines
    between = 0
    position = index - 1
    while position >= 0 and between <= EDGE_DEPTH + 1:
        if position in context.page_numbers:
            return True
        text = lines[position].text.strip()
        if text:
            if len(text) > LABEL_MAX_CHARS or text.endswith((".", *_SENTENCE_ENDS)):
                return False
            between += 1
        position -= 1
    return False


def _listed_in_contents(doc: Document, index: int) -> bool:
    """True when line ``index`` is an entry of a table of contents set on lines of its own,
    as PyMuPDF sets it: a section's number alone right above it, its page's number alone
    right under it (``3`` / ``使用说明`` / ``6``), or under its leader, set on a line of its
    own (``5.9`` / ``封面绘制`` / ``. . . .`` / ``36``), and an entry's dot leader within
    ``CONTENTS_REACH`` lines (``代码自动补全. . . . .``). An entry without a number has the
    entry before's page over it instead, its own no lower (:func:`_pages_in_order`:
    ``xix`` / ``Avertissement`` / ``xxiii``), and stands near a leader or in a run of
    such entries (:func:`_in_a_run_of_entries`). The chapter's heading has its text
    under it, a head its page's text (or the page's own number under it, after the
    contents' last page: ``7`` / ``Sample Project`` / ``iii``), and a listing's numbered
    lines no leader."""
    lines = doc.lines
    if not 0 < index < len(lines) - 1:
        return False
    above, below = lines[index - 1].text, lines[index + 1].text
    if DOT_LEADER.fullmatch(below.strip()) and index + 2 < len(lines):
        below = lines[index + 2].text  # the leader alone: the page under it
    if _SECTION_LABEL.match(above) is not None and _PAGE_REFERENCE.match(below) is not None:
        return _near_a_leader(doc, index)
    return _pages_in_order(above, below) and (
        _near_a_leader(doc, index) or _in_a_run_of_entries(doc, index))


def _pages_in_order(above: str, below: str) -> bool:
    """True when ``above`` and ``below`` are each a page's reference alone, the one under
    no lower, or the front matter's in roman numerals over the body's in figures
    (``xli`` / ``Introduction générale`` / ``1``): two entries' pages. Figures over
    numerals go back (the contents' last page, ``7``, over the head of a page ``iii``)."""
    if not (_ANY_PAGE_REFERENCE.match(above) and _ANY_PAGE_REFERENCE.match(below)):
        return False
    first, second = page_number(above), page_number(below)
    if first is None or second is None:
        return False
    if above.strip().isdigit() != below.strip().isdigit():
        return below.strip().isdigit()
    return first <= second


def _in_a_run_of_entries(doc: Document, index: int) -> bool:
    """True when line ``index`` stands between two entries' pages (:func:`_pages_in_order`),
    in a run of ``ENTRIES_IN_A_RUN`` such lines or more, every other line, the pages not
    all one apart: entries of a contents set a part a line, a short one that prints no
    leaders (``xix`` / ``Avertissement`` / ``xxiii`` / ``Acronymes`` / ``xxv`` /
    ``Symboles`` / ``xxix``). A talk's contents in its nav bar numbers its sections one
    by one (``1`` / ``研究背景`` / ``2`` / ``问题与解决方案`` / ``3``), and a head on a page
    of its number alone, a blank verso, stands between two numbers once."""
    lines = doc.lines

    def entry_at(position: int) -> bool:
        return 0 < position < len(lines) - 1 and not lines[position].blank \
            and not _ANY_PAGE_REFERENCE.match(lines[position].text) \
            and _pages_in_order(lines[position - 1].text, lines[position + 1].text)

    starts = range(index - 2 * (ENTRIES_IN_A_RUN - 1), index + 1, 2)
    for start in starts:
        run = range(start, start + 2 * ENTRIES_IN_A_RUN - 1, 2)
        if all(entry_at(position) for position in run):
            pages = [page_number(lines[position - 1].text) for position in run]
            pages.append(page_number(lines[run[-1] + 1].text))
            if any(later != earlier + 1 for earlier, later in itertools.pairwise(pages)
                   if earlier is not None and later is not None):
                return True
    return False


def _other_head_runs_past(title: int, context: _Context) -> bool:
    """True when a group of another line stands at an edge of the page after line
    ``title``'s, of the page before and of the third page before (or went from there),
    and not on its page nor on the second page before: the spread's other head, which
    ran on every other page before the chapter and runs on past its title, on the same
    side as the heads that name the chapter (the thesis' name over one page in two, the
    chapter's over the others, and the chapter opening on the chapter's side:
    seuthesis). A head on every page but the chapter's stands beside its heads, not
    across from them. A head on the chapter's side has the other head beside it too,
    but the chapter's title (worded otherwise) on the page right before it carries no
    head; a paper's first head of one side (``Trovato et al.`` on page 2) has the title
    under the other's words on the page before, and no head before that. Not when a
    line of the same letters and figures stands before it or on its page (but the
    contents' entries): that is the title, and this copy its first head (pdfminer
    spells nwejm's heading ``8 Mathematics-specific commands`` and its heads ``8.
    Mathematics-specificcommands``; a section opening amid a page has its head on top
    of it, and hitszthesis prints heads over its chapters' first pages too)."""
    page = context.pages.page_of(title)
    own = context.group_of[title]
    _, last = context.pages.span(page, len(context.doc.lines))
    if any(index <= last and index != title and not _near_a_leader(context.doc, index)
           for index in context.spelled_alike(title)):
        return False
    heads = _groups_at_edges({page - 3, page - 2, page - 1, page, page + 1}, context,
                             gone_too=True)
    return bool((heads[page - 3] & heads[page - 1] & heads[page + 1])
                - heads[page - 2] - heads[page] - {own})


def _spelled(text: str) -> str:
    """``text``'s letters and figures alone, in lower case, a chapter's label or number
    before them aside: a heading as its head repeats it, however the extractor spaced
    and stopped it, and whether or not it ran the label in (``第2 章模板使用``)."""
    letters = "".join(char for char in text.casefold() if char.isalnum())
    return _LEADING_LABEL.sub("", letters) or letters  # a label alone stays itself


def _near_a_leader(doc: Document, index: int) -> bool:
    """True when a contents entry's dot leader ends a line within ``CONTENTS_REACH`` lines
    of line ``index``, its page's number after it or not: it is an entry of the
    contents, or its title."""
    near = doc.lines[max(0, index - CONTENTS_REACH):index + CONTENTS_REACH + 1]
    return any(_ends_on_a_leader(line.text) for line in near)


def _ends_on_a_leader(text: str) -> bool:
    """True when a contents entry's dot leader ends ``text``, its page's number after it
    or not."""
    return DOT_LEADER.search(text.rstrip()) is not None or \
        _CONTENTS_LEADER.search(text) is not None


def _heading_again_amid_text(group: list[int], paged: list[int], context: _Context) -> bool:
    """True when the copies stand on fewer than ``ONCE_A_PAGE_MIN`` pages and one of
    them, a heading that interrupts no sentence, stands amid the text of a page whose
    edge holds another copy, after the page of the first copy at an edge: a form's title
    printed over each of its samples (a thesis guide's ``STATEMENT BY AUTHOR``, two to a
    page), which a page's first lines bring to the edge; not one under a section's number
    of its own (``2.4`` / ``安装`` amid the pages that the chapter's name ``安装`` heads: a
    section worded as its chapter, no sample's title). A head stands once on a page
    (twice on most pages of an exam set two pages to a sheet, where none of this
    holds); the heading that its section's heads repeat comes before them, or on their
    first page, and keeps its copy (:func:`_away_from_edges`). Only where form feeds
    mark the pages: pages told otherwise may end on the head of the next."""
    if context.pages.source != "form feeds":
        return False  # pages told from their numbers put a head on either side of one
    pages = Counter(context.pages.page_of(index) for index in group)
    twice = sum(1 for count in pages.values() if count > 1)
    if len(pages) >= ONCE_A_PAGE_MIN or 2 * twice >= len(pages):
        return False
    edge_pages = {context.pages.page_of(index) for index in paged}
    return any(index not in paged and context.pages.page_of(index) in edge_pages
               and context.pages.page_of(index) > min(edge_pages)
               and is_heading(context.doc.lines[index].text) and not context.interrupts(index)
               and not _number_over(context.doc, index) for index in group)


def _as_printed(text: str) -> str:
    """A line as printed, figures and runs of space aside."""
    return " ".join(_NUMBER.sub("0", text).split())


def _opens_its_section(group: list[int], context: _Context) -> int | None:
    """The copy that is the heading opening the section whose running head the others
    are: a heading worded otherwise than the head, which all the other copies repeat to
    the letter (``Appendix A Copying Information`` on the appendix's first page,
    ``Appendix A: Copying Information`` at the top of the next eight). A head is
    printed the same on every page; the one copy that differs is the title the head
    was made from, and the head repeats it on the pages after it. So it need not come
    first, but most copies come after it: a contents line may come before it, or the
    head over its own page, where an extractor sets a heading low on the page after the
    head (``1. First section`` over the page, ``1 First section`` near its foot). Of
    two copies, each its own, the first is the heading. A heading reads as one, or is
    numbered as a section is, in sentence case (``1 First (numbered) section``), or is
    the document's title among its first lines, the head its letters in another case
    (``The amsfonts package``, the head ``THE AMSFONTS PACKAGE``), or anywhere in small
    letters under a head in capitals (:func:`_in_small_letters`), even where it seems to
    cut a sentence; a copy that holds the head whole is the head with a word run into it.
    Where the copies differ only in the page's number run into them, the one without it
    may be the title (:func:`_without_its_page`)."""
    lines = context.doc.lines
    keys = [_DIGITS_AT_ENDS.sub("", lines[index].text.strip()) for index in group]
    copies = Counter(keys)
    if len(copies) == 1:
        bare = _without_its_page(group, context)
        if bare is None:
            return None
        usual, place = keys[0], group.index(bare)
    elif len(copies) == 2:
        (usual, most), (odd, fewest) = copies.most_common()
        if fewest != 1:
            return None
        place = 0 if most == 1 else keys.index(odd)
    else:
        return None
    heading = group[place]
    text = lines[heading].text.strip()
    if place > len(group) - 1 - place:
        return None
    if _in_small_letters(text, usual.strip()):
        return heading
    if context.interrupts(heading) or _run_into(usual.strip(), text) or not (
            is_heading(text) or (_NUMBERED_SECTION.match(text) and not text.endswith("."))
            or (text.casefold() == usual.strip().casefold()
                and _among_the_first_lines(context.doc, heading))):
        return None
    return heading


def _figures_come_and_go(group: list[int], doc: Document) -> bool:
    """True when the figures of ``group``'s copies, in the document's order, fall back
    at least ``FALLING_SHARE`` of the times they change, and ``FALLING_MIN`` times at
    least: a margin note that names the version a command changed in (yquant's
    ``Updated in 0.4``, ``Updated in 0.1.1``, ``Updated in 0.7``). A head's figures
    stay (a volume, a year) or rise with the pages (a page's number, a chapter's, a
    section's), and fall back once where two sections bear one name (``9 Cross
    referencing`` and ``37 Cross referencing``: the contents' two entries, then each
    section's heads). Copies are compared with those that hold as many numbers as most
    do (``2.1 Cadre de travail 15`` over its pages, not the section's heading ``2.1
    Cadre de travail``).

    >>> from cleaner.segment import segment
    >>> doc = segment("".join(f"Updated in {version}\\n" for version in ("0.4", "0.1.1", "0.7",
    ...                                                                "0.2", "0.6")))
    >>> _figures_come_and_go([0, 1, 2, 3, 4], doc), _figures_come_and_go([1, 2, 3, 4], doc)
    (True, False)
    >>> doc = segment("Chapter 1 12\\nChapter 1 13\\nChapter 2 14\\nChapter 2 15\\n")
    >>> _figures_come_and_go([0, 1, 2, 3], doc)
    False
    >>> doc = segment("9 Cross referencing\\n37 Cross referencing\\n9 Cross referencing\\n"
    ...               "37 Cross referencing\\n37 Cross referencing\\n")
    >>> _figures_come_and_go([0, 1, 2, 3, 4], doc)
    False
    >>> doc = segment("2.1 Cadre 15\\n2.1 Cadre\\n2.1 Cadre 16\\n2.1 Cadre\\n2.1 Cadre 17\\n")
    >>> _figures_come_and_go([0, 1, 2, 3, 4], doc)
    False
    """
    figures = [tuple(tuple(int(part) for part in number.split("."))
                     for number in _VERSION_OR_NUMBER.findall(doc.lines[index].text))
               for index in group]
    usual = Counter(len(found) for found in figures if found).most_common(1)
    if not usual:
        return False
    alike = [found for found in figures if len(found) == usual[0][0]]
    changes = [(before, after) for before, after in itertools.pairwise(alike) if before != after]
    falls = sum(after < before for before, after in changes)
    return falls >= FALLING_MIN and falls >= FALLING_SHARE * len(changes)


def _in_small_letters(text: str, head: str) -> bool:
    """True when ``text`` is ``head``'s words in small letters where the head prints
    capitals only (``jurabase`` under heads ``JURABASE``): the title the head was set
    from. A head is printed alike on every page, and so is one an extractor misplaced
    into a sentence; a copy in other letters is none, wherever it stands.

    >>> _in_small_letters("jurabase", "JURABASE"), _in_small_letters("Jurabase", "JURABASE")
    (True, True)
    >>> _in_small_letters("JURABASE", "JURABASE"), _in_small_letters("Jurabase", "Jurabase")
    (False, False)
    """
    return head.isupper() and not text.isupper() and text.casefold() == head.casefold()


def _without_its_page(group: list[int], context: _Context) -> int | None:
    """The one copy that ends on no figure where every other ends on its page's, rising
    from copy to copy: the chapter's title on its first page, which pypdf prints without
    the number it runs into the heads after it (``6 Gleitumgebungen für Abbildungen und
    Tabellen`` over heads ``… Tabellen 29``, ``… Tabellen 30``), when it is a heading as
    :func:`_opens_its_section` asks. Not one with a number alone on the line over or
    under it: the head, its page's number set on a line of its own."""
    lines = context.doc.lines
    ends = [_PAGE_AT_END.search(lines[index].text) for index in group]
    bare = [index for index, end in zip(group, ends, strict=True) if end is None]
    pages = [int(end.group(1)) for end in ends if end is not None]
    if len(bare) != 1 or len(pages) < 2 or \
            any(later <= earlier for earlier, later in itertools.pairwise(pages)):
        return None
    beside = (next_text_line(context.doc, bare[0], step, ()) for step in (-1, 1))
    if any(position is not None and _figures_alone(lines[position].text)
           for position in beside):
        return None  # its page's number on a line of its own beside it: a head
    return bare[0]


def _opening_lines(doc: Document) -> list[Line]:
    """The document's first ``TITLE_LINES`` lines of text, where its title stands."""
    return list(itertools.islice((line for line in doc.lines if not line.blank), TITLE_LINES))


def _among_the_first_lines(doc: Document, index: int) -> bool:
    """True when line ``index`` is one of the document's first lines of text
    (:func:`_opening_lines`)."""
    return any(line.index == index for line in _opening_lines(doc))


def _in_the_title_block(doc: Document, index: int) -> bool:
    """True when line ``index`` is one of the document's first lines of text
    (:func:`_opening_lines`) and no line of text before it closes a sentence: the
    journal's line, the pages, the title, the authors; not a paragraph after them."""
    for line in _opening_lines(doc):
        if line.index == index:
            return True
        if closes_a_sentence(line.text):
            return False
    return False


def _goes_on(text: str) -> bool:
    """True when ``text`` may go on with a sentence left open (:func:`can_continue`) in
    words, two at least (``temperature gradient and ∇ad = d log T``), or closes it
    (``harbour.``): a cell of a table (``a``, ``zweite``) goes on with nothing.

    >>> _goes_on("einer Z[l]-Spalte"), _goes_on("harbour."), _goes_on("a")
    (True, True, False)
    """
    return can_continue(text) and (holds_words(text) or closes_a_sentence(text))


def _run_into(head: str, text: str) -> bool:
    """True when ``text`` is ``head`` whole with a word run into it (``…JGR-PlanetsResults``),
    not with a page's number, a dot leader or a mark (``3.2 示例文件 .``, a contents line).

    >>> _run_into("JGR-Planets", "JGR-PlanetsResults"), _run_into("3.2 示例文件", "3.2 示例文件 .")
    (True, False)
    >>> _run_into("Guide to Harbours", "Guide to Harbours 12")
    False
    """
    return head in text and any(char.isalpha() for char in text.replace(head, "", 1))


def _titles_the_document(group: list[int], context: _Context) -> int | None:
    """The group's copy on the document's first page, when it is the document's own:

    - on a first page with no text but such copies, a title slide whose lines the
      slides after it repeat as their foot (:func:`_a_title_page`);
    - a heading, when the group skips the next page: a first page set apart carries no
      head (a title page, an article's first page), and the line is the title the head
      repeats (``The Name of the Title Is Hope`` over the authors, the title again on
      every other page after). A head on every page from the first (``SAMPLE
      DOCUMENT``, as APA heads its title page too) has a copy on the second page, and
      goes; so does a copy with the page's number at an end (``Guide to Harbours 1``):
      the first page's head;
    - one among the document's first lines worded otherwise than the heads, which
      repeat one another to the letter (``by Rebecca Turner`` in the title block,
      ``Rebecca Turner`` over every page after it; a mark more, or a letter OCR
      misread, is the same head: :func:`~cleaner.normalize.ocr_key`);
    - one among the first page's own text, heading or not
      (:func:`_in_the_first_pages_text`);
    - where nothing marks the pages, the document's first line, when every copy repeats
      it as the title (:func:`_repeats_the_first_line`)."""
    if not context.pages.breaks and _repeats_the_first_line(group, context.doc):
        return group[0]  # no page known: the first line, whose copies repeat the title
    first_page = context.pages_with_text()[0]
    pages = [context.pages.page_of(index) for index in group]
    on_first = [index for index, page in zip(group, pages, strict=True) if page == first_page]
    text = context.doc.lines[on_first[0]].text if len(on_first) == 1 else ""
    if not text:
        return None
    if _a_title_page(first_page, context):
        return on_first[0]
    if _DIGITS_AT_ENDS.search(text):
        return None
    if first_page + 1 not in pages and is_heading(text):
        return on_first[0]
    heads = {context.doc.lines[index].text.strip() for index in group if index != on_first[0]}
    if len(heads) == 1 and ocr_key(text) != ocr_key(next(iter(heads))) and \
            _among_the_first_lines(context.doc, on_first[0]):
        return on_first[0]
    return on_first[0] if _in_the_first_pages_text(on_first[0], group, context) else None


def _on_its_title_pages(group: list[int], context: _Context) -> set[int]:
    """The group's copies on the document's first two pages, one on each, both shaped as
    headings or titles, without a number at an end, when the group skips the two pages
    after them: a cover and a title page, each printing the title or the author that the
    heads repeat after the front matter (dithesis' ``Η κλάσση LATEX dithesis`` on both,
    then over the pages after the abstract and the contents). A head on every page from
    the first has a copy on the third page, one on every other page on the fourth.
    Where the pages are known from their numbers, the cover and the title page, which
    print none, stand on the first page with the first numbered one
    (:func:`_on_pages_without_number`). Empty otherwise."""
    first = context.pages_with_text()[0]
    pages = [context.pages.page_of(index) for index in group]
    unnumbered = _on_pages_without_number(group, pages, first, context)
    if unnumbered or first + 2 in pages or first + 3 in pages:
        return unnumbered
    copies = [[index for index, page in zip(group, pages, strict=True) if page == wanted]
              for wanted in (first, first + 1)]
    if any(len(on_page) != 1 for on_page in copies):
        return set()
    titles = {on_page[0] for on_page in copies}
    return titles if _shaped_as_titles(titles, context.doc) else set()


def _on_pages_without_number(group: list[int], pages: list[int], first: int,
                             context: _Context) -> set[int]:
    """The group's first copies, when they stand within two of the longest pages of the
    text's start and the next copy farther on than two of them, each shaped as a heading
    or a title, without a number at an end, and no form feeds mark the pages: the pages
    are known from their numbers, and the first runs from the text's start to the first
    number found, over a cover, a title page and the front matter, which print none.
    Those copies are the title that the heads repeat, on the cover and the title page,
    where the heads skip the front matter (dithesis through PyMuPDF: the title on both,
    then 116 lines on over the head of page 11, which goes). A journal's head on an
    article's first page has its next copy a page on, and goes. Empty otherwise."""
    if context.pages.source == "form feeds" or first + 1 >= context.pages.count \
            or first not in pages:  # most groups: no copy on the first page to measure
        return set()
    lines = len(context.doc.lines)
    longest = max(last - start for start, last in (
        context.pages.span(page, lines) for page in range(first + 1, context.pages.count)))
    start = context.pages.span(first, lines)[0]
    front = {index for index, page in zip(group, pages, strict=True)
             if page == first and index - start <= 2 * longest}
    if not front:
        return set()
    following = next((index for index in group if index > max(front)), None)
    if following is not None and following - max(front) <= 2 * longest:
        return set()
    return front if _shaped_as_titles(front, context.doc) else set()


def _shaped_as_titles(copies: set[int], doc: Document) -> bool:
    """True when every copy reads as a heading or a title, without a number at an end
    (a page's number run into a head)."""
    return all((is_heading(text) or title_shaped(text)) and not _DIGITS_AT_ENDS.search(text)
               for text in (doc.lines[index].text for index in copies))


def _a_title_page(page: int, context: _Context) -> bool:
    """True when every line of words on ``page`` recurs to the letter elsewhere (a
    candidate another repeats: :meth:`_Context.repeated_verbatim`), or went before this
    stage: a title slide, whose lines the slides after it repeat as their foot (the
    talk's title, its author, its date), with no text of its own but its number, and
    no more lines than a title and its authors take (``TITLE_LINES``). Its lines are
    the title, once. Lines alike but for their figures are a page's own (a table's
    rows, minutes of each session). And ``minimum`` pages at least hold text of their
    own, as slides do: a document of one passage repeated on every page has no title
    slide."""
    def words(at: int) -> list[int]:
        first, last = context.pages.span(at, len(context.doc.lines))
        return [index for index in range(first, last + 1)
                if any(char.isalpha() for char in context.doc.lines[index].text)]

    lines = words(page)
    if not 0 < len(lines) <= TITLE_LINES or not all(
            context.repeated_verbatim(index) or index in context.skip for index in lines):
        return False
    own = sum(any(index not in context.group_of and index not in context.skip
                  for index in words(at)) for at in range(context.pages.count) if at != page)
    return own >= context.minimum


def _in_the_first_pages_text(copy: int, group: list[int], context: _Context) -> bool:
    """True when ``copy``, on the document's first page, stands among that page's text,
    away from its edges and cutting no sentence, while the other copies stand at an edge
    of their pages, but for a quarter of them at most (``MISPLACED_SHARE``) that an
    extractor set among a page's text (pdftotext, among a column's lines): the line the
    heads repeat, printed once in the first page's own text (an ACM paper's venue,
    ``Conference acronym 'XX, June 03-05, 2018, Woodstock, NY``, in its copyright note; a
    journal's name in CJE's note on the first page). More heads set among the text may
    make the first page's copy one too, unless it stands inside a block of its page's
    lines (:func:`_inside_a_block`) and none of them does: pdftotext set two of six heads
    of ACM's sigconf sample as blocks of their own, and the note's copy is one of the
    note's lines. In the title block (:func:`_in_the_title_block`) it cuts no sentence
    however its neighbours end: the title over the author's byline over an address in
    lower case, pypdf's lines run on, are no sentence."""
    others = [index for index in group if index != copy]
    misplaced = [index for index in others if index not in context.edges]
    return copy not in context.edges and \
        (_in_the_title_block(context.doc, copy) or not context.interrupts(copy)) and \
        (len(misplaced) <= MISPLACED_SHARE * len(others)
         or (_inside_a_block(context.doc, copy)
             and not any(_inside_a_block(context.doc, index) for index in misplaced)))


def _inside_a_block(doc: Document, index: int) -> bool:
    """True when line ``index`` has a line of text right before it and right after it on
    its page, no blank line between: one of a block's lines, where an extractor that sets
    blocks apart set it, not a block of its own."""
    return 0 < index < len(doc.lines) - 1 and \
        not doc.lines[index - 1].blank and not doc.lines[index + 1].blank and \
        not doc.lines[index - 1].page_break_after and not doc.lines[index].page_break_after


def _but_its_title(going: list[int], group: list[int], context: _Context) -> list[int]:
    """The copies ``going``, but for the title that opens the section the head names
    (:func:`_opens_its_section`), the document's title the head repeats
    (:func:`_titles_the_document`, and on a cover and a title page:
    :func:`_on_its_title_pages`), a copy dated otherwise than the heads
    (:func:`_dated_otherwise`), and an entry of the contents (:func:`_among_entries`)."""
    titles = {_opens_its_section(going, context), _titles_the_document(group, context),
              _opens_before_its_heads(going, group, context)}
    titles |= _dated_otherwise(going, context.doc) | _on_its_title_pages(group, context)
    titles |= {index for index in going if _among_entries(index, context)}
    return [index for index in going if index not in titles]


def _among_entries(index: int, context: _Context) -> bool:
    """True when line ``index`` stands in a run of the contents' entries as one of them:
    it and the lines of text right over and under it end on a page's figure, in order
    (none lower than the one before), and one of the two on an entry's leader
    (``_CONTENTS_LEADER``). A head with its page's number run into it repeats such an
    entry to the letter (njuvisual through pypdf: ``第 4 节 实现细节 4`` between
    ``3.3 导出图像 . . . 4`` and ``第 5 节 版本历史 11``, and over page 4's text); a
    head over a page of the contents has the last page's entries over it, and pages
    further on."""
    lines = context.doc.lines
    if _PAGE_AT_END.search(lines[index].text) is None or PAGE_OF.search(lines[index].text):
        return False  # ``iPoWr page 1 of 6``: a foot, its page and the pages in all
    over, under = (next_text_line(context.doc, index, step, context.skip) for step in (-1, 1))
    if over is None or under is None:
        return False
    texts = [lines[position].text for position in (over, index, under)]
    pages = [_PAGE_AT_END.search(text) for text in texts]
    if not all(pages):
        return False
    above, this, below = (int(found.group(1)) for found in pages if found)
    return above <= this <= below and \
        any(_CONTENTS_LEADER.search(text) is not None for text in (texts[0], texts[2]))


def _opens_before_its_heads(going: list[int], group: list[int],
                            context: _Context) -> int | None:
    """The first copy, when it is a title on the page right before the others, and they
    stand on every other page after it (``SPREAD_MIN_HEADS`` at least): a chapter's
    title on its opening page, then its name as the head of each left-hand page; or two
    pages before them, on their side, where the other head runs past it
    (:func:`_other_head_runs_past`) or it stands amid its page and they at the edges
    (:func:`_amid_its_page_before_heads`). A title reads as a heading, is shaped as a
    title, or is numbered in sentence case on the page right before its heads, a
    chapter's opening page, where the heads repeat its number (``22 Marking text for
    notes``; two pages before, such a copy may be the first head, the title broken over
    two lines; a number that changes from head to head is the page's, which pypdf runs
    into the head, ``6 CAPITOLO 3. I comandi …``, ``8 CAPITOLO 3. …``). A head
    on every page leaves its title no mark of its own, and goes with it, unless the
    heads change on the title's page (:func:`_opens_a_chapter`): it opens a chapter
    whose pages the one before's head no longer tops (``Literatur`` over a
    bibliography).
    The text cannot tell a head over a chapter's first page from the chapter's title
    there; LaTeX's classes print no head on a chapter's opening page, and a head kept
    costs a line where a title lost costs the chapter its name."""
    if len(going) <= SPREAD_MIN_HEADS:
        return None
    pages = [context.pages.page_of(index) for index in going]
    steps = [later - earlier for earlier, later in itertools.pairwise(pages)]
    title = going[0]
    text = context.doc.lines[title].text.strip()
    spread = all(step == 2 for step in steps[1:]) and (
        steps[0] == 1 or (steps[0] == 2 and (_other_head_runs_past(title, context)
                                             or _amid_its_page_before_heads(going, group,
                                                                            context))))
    every_page = all(step == 1 for step in steps) and _opens_a_chapter(going, group, context)
    numbered = steps[0] == 1 and _numbered_heading(text) \
        and _leading_number(text) in {_leading_number(context.doc.lines[head].text)
                                      for head in going[1:]}  # its chapter's, not its page's
    if not (spread or every_page) or context.interrupts(title) \
            or not (is_heading(text) or title_shaped(text) or numbered):
        return None
    return title


def _leading_number(text: str) -> str | None:
    """The number that opens ``text`` (``22`` of ``22 Marking text for notes``)."""
    found = _LEADING_NUMBER.match(text)
    return found.group(1) if found else None


def _amid_its_page_before_heads(going: list[int], group: list[int], context: _Context) -> bool:
    """True when the first copy going stands away from its page's edges and every other
    one at an edge, it opens its section's text (:func:`_opens_its_section_text`), and
    no copy that stays (but the contents' entries) comes before it: a section's title
    amid the page two before its first head, the heads naming the section on that side
    of each spread after it (``34.3 Options`` over its first subsection, then at the top
    of the next two odd pages). Where a copy before it stays, that copy is the title,
    and this one a head that the walk from the edge missed."""
    title = going[0]
    return title not in context.edges and all(index in context.edges for index in going[1:]) \
        and not any(index < title and index not in going
                    and not _near_a_leader(context.doc, index) for index in group) \
        and _opens_its_section_text(title, context)


def _opens_its_section_text(index: int, context: _Context) -> bool:
    """True when line ``index`` has its section's prose under it (:func:`_opens_its_text`)
    or its first subsection, numbered under its own number (``34.3 Options`` over
    ``34.3.1 Tools to set options``, or ``34.3`` / ``Options`` over ``34.3.1``): a
    title that opens its text, not a foot over a figure's labels."""
    doc = context.doc
    if _opens_its_text(doc, index, context.skip):
        return True
    number = _section_numbers(doc, index)[:1] or _number_over(doc, index)
    below = next_text_line(doc, index, 1, context.skip)
    return bool(number) and below is not None and \
        doc.lines[below].text.strip().startswith(number[0] + ".")


def _opens_a_chapter(going: list[int], group: list[int], context: _Context) -> bool:
    """True when the first copy of heads that top every page opens their chapter, where
    form feeds mark the pages: it is the group's first copy and alone on its page, on the
    third page or later, over no heading it begins with (:func:`_over_its_heading`), and
    the heads change on its page (:func:`_heads_change`)."""
    title = going[0]
    page = context.pages.page_of(title)
    return context.pages.source == "form feeds" \
        and page >= context.pages_with_text()[0] + 2 \
        and [index for index in group if context.pages.page_of(index) <= page] == [title] \
        and not _over_its_heading(title, context) and _heads_change(going, context)


def _over_its_heading(index: int, context: _Context) -> bool:
    """True when the next line of text under line ``index`` is a heading whose words the
    line begins with: a head over the chapter's own heading (``Chapter 2. The Second
    Chapter`` over ``Chapter 2`` / ``The Second Chapter``)."""
    below = next_text_line(context.doc, index, 1, context.skip)
    if below is None:
        return False
    heading = " ".join(context.doc.lines[below].text.split())
    return " ".join(context.doc.lines[index].text.split()).startswith(heading)


def _heads_change(going: list[int], context: _Context) -> bool:
    """True when the page before the first copy's carries at an edge a line of another
    group that none of the copies' pages carries: the chapter before had a head of its
    own, and this one's begins on its title's page (``Literatur`` over the bibliography's
    first page, then over each page after it)."""
    pages = {context.pages.page_of(index) for index in going}
    before = context.pages.page_of(going[0]) - 1
    heads = _groups_at_edges({before, *pages}, context)
    ended = heads[before] - {context.group_of.get(going[0])}
    running = set().union(*(heads[page] for page in pages))
    return bool(ended - running)


def _groups_at_edges(pages: set[int], context: _Context,
                     gone_too: bool = False) -> dict[int, set[int]]:
    """The groups of the candidates at an edge of each of ``pages`` (and, ``gone_too``,
    of the furniture that went from them), page by page."""
    heads: dict[int, set[int]] = {page: set() for page in pages}
    lines = itertools.chain(context.edges.items(), (
        (index, context.pages.page_of(index)) for index in context.going)) if gone_too \
        else context.edges.items()
    for index, page in lines:
        if page in heads and index in context.group_of:
            heads[page].add(context.group_of[index])
    return heads


def _dated_otherwise(going: list[int], doc: Document) -> set[int]:
    """The copies whose figures alone differ from the rest's, each its own, when most
    copies repeat one another to the letter: an entry's date (``12 janvier``) among a
    diary's tabs (``1 janvier`` on every page). A head prints the same figures on every
    page, or figures that count the pages, each copy its own (``第 4 节 实现细节 5``,
    ``… 6``: no one text is most of them)."""
    texts = [doc.lines[index].text.strip() for index in going]
    copies = Counter(texts)
    usual, most = copies.most_common(1)[0]
    if most < 2 or 2 * most <= len(going):
        return set()
    return {index for index, text in zip(going, texts, strict=True)
            if copies[text] == 1 and _as_printed(text) == _as_printed(usual)}


@dataclass(frozen=True)
class _Verdict:
    copies: list[int]
    reason: Reason
    evidence: str  # the evidence's stable name: page_edges, numbered_with_pages, ...
    detail: str  # and in words, with counts


def _judge(group: list[int], context: _Context, options: Options) -> _Verdict | None:
    """Why ``group`` is furniture and which copies go, or None when it is not.

    Where the format repeats lines by design (verse, subtitles: :mod:`cleaner.formats`),
    only pages marked by form feeds are evidence. The lines of a passage repeated whole
    (:func:`_in_a_passage`) and lines of code (opening on a TeX command, a brace or a
    comment sign: the end of an example file printed on three pages) are never furniture,
    nor copies whose figures go up and down (:func:`_figures_come_and_go`: margin notes),
    nor, away from the page edges, a sentence written again
    (:func:`_a_sentence_written_again`), nor (set aside before any judge,
    :func:`_judge_all`) chapter labels that never repeat
    their number and items each with a section's number of their own.
    """
    enough = max(context.minimum, FURNITURE_FRACTION * len(group))
    policy = context.doc.layout.policy
    if _in_a_passage(group, context) or CODE_LINE.match(context.doc.lines[group[0]].text):
        return None
    if _each_half_of_a_wrapped_line(group, context):
        return None
    if not policy.furniture_without_form_feeds and context.pages.source != "form feeds":
        return None
    if _figures_come_and_go(group, context.doc):
        return None  # a margin note's versions (``Updated in 0.4``, ``… 0.1.1``), no head
    at_edges = _at_edges(group, context)
    if len(at_edges) < enough and _a_sentence_written_again(group, context):
        return None  # a foot of two lines, one sentence, stands at the page edges
    counting = _counting_pages(group, context) if context.pages.breaks else []
    numbered = _beside_page_numbers(group, context)
    paged = sorted(set(at_edges) | set(counting) | set(numbered))
    if len(paged) >= enough:
        if len(at_edges) >= max(len(counting), len(numbered)):
            evidence, detail = "page_edges", f"{len(at_edges)} at page edges"
        elif len(counting) >= len(numbered):
            evidence, detail = "numbered_with_pages", f"numbered with {len(counting)} pages"
        else:
            evidence, detail = "beside_page_number", f"{len(numbered)} beside their page's number"
        if _heading_again_amid_text(group, paged, context):
            return None
        going = sorted(paged + _away_from_edges(group, paged, context))
        left = [index for index in group if index not in going]
        if left and min(left) > min(paged) and len(_spread(group, context)) == len(group):
            going = group  # a spread's heads: the copy set among the text after them too
        return _Verdict(_but_its_title(going, group, context), "boilerplate_line", evidence,
                        detail)
    once = _once_a_page(group, at_edges, context)
    if once:
        return _Verdict(_but_its_title(once, group, context), "boilerplate_line",
                        "once_a_page", f"one on each of {len(once)} pages, "
                                       f"{len(at_edges)} at their edges")
    spread = _spread(group, context)
    if spread:
        return _Verdict(_but_its_title(spread, group, context), "boilerplate_line", "takes_turns",
                        "one on every other page, another line on each page between")
    if not policy.furniture_without_form_feeds:
        return None
    stated = _states_its_page(group, context.doc)
    if len(stated) >= enough:
        return _Verdict(stated, "boilerplate_line", "numbered_with_pages",
                        f"states its page, {len(stated)} pages")
    unmarked = _unmarked(group, context) if context.pages.source != "form feeds" else []
    if len(unmarked) >= enough:
        return _Verdict(_but_its_title(unmarked, group, context), "boilerplate_line",
                        "spaced_like_running_heads", "spaced like running heads")
    turns = _turns_with_heads(group, context) if context.pages.source != "form feeds" else []
    if len(turns) >= enough:
        return _Verdict(_but_its_title(turns, group, context), "boilerplate_line",
                        "takes_turns", "takes turns with a running head, a page apart")
    runs = _in_runs(group, context)
    if len(runs) >= enough:
        return _Verdict(group, "boilerplate_line", "in_runs", f"{len(runs)} in runs")
    credits = _credit_lines(group, context)
    if len(credits) >= enough and not options.keep_credit_lines:
        return _Verdict(credits, "credit_line", "credit_line", "a credit line")
    return None


def _each_half_of_a_wrapped_line(group: list[int], context: _Context) -> bool:
    """True when most copies are half of one line of code or of text, wrapped
    (:func:`_wrapped_with`: ``1 Function FnRecursive(some args) /* algorithm as a
    recursive function`` over ``*/``, an algorithm's first line at the top of each page
    its example floats to). A head is whole on its line."""
    halves = sum(_wrapped_with(index, 1, context) or _wrapped_with(index, -1, context)
                 for index in group)
    return halves > FURNITURE_FRACTION * len(group)


def _wrapped_with(index: int, step: int, context: _Context) -> bool:
    """True when line ``index`` leaves a bracket or a comment open that a line under it
    closes first (step 1), or closes first one that a line over it leaves open (-1):
    one of the next ``WRAP_REACH`` lines of text on its page, those between them
    neither closing another (under) nor leaving one open (over). pdfminer sets an
    algorithm's ``2 {`` between ``… /* algorithm as a recursive function`` and ``*/``."""
    lines = context.doc.lines
    mine = (left_open_for if step == 1 else closing_mark)(lines[index].text)
    theirs = closing_mark if step == 1 else left_open_for
    position = index
    for _ in range(WRAP_REACH if mine is not None else 0):
        found = next_text_line(context.doc, position, step, context.skip)
        if found is None or context.pages.page_of(found) != context.pages.page_of(index):
            return False
        other = theirs(lines[found].text)
        if other is not None:
            return other == mine
        position = found
    return False


def _stacked(group: list[int], context: _Context) -> _Verdict | None:
    """The copies, when most stand right next to furniture and recur as often as it
    does: the second line of a head, or a head right above a foot, that an extractor
    ran together with the text.

    Next to furniture that other evidence found (``anchors``), not to lines found this
    way (else the text above a foot would go a line at a time), and a page or two
    apart at most, as the copies of that furniture stand (``MAX_PAGE_STEP`` times its
    median spacing): a flowchart's box that three pages of forty end on stays. A first
    copy that stands before that furniture begins, beside none of it and not among the
    document's first lines (the first page's head, a draft's mark), is the document's
    own line that the heads repeat (the venue in an ACM paper's copyright note,
    ``Conference acronym ’XX, …``), and stays (one that cuts a sentence is judged a head
    before: :func:`_unmarked`); the heads are spaced a page apart without it (the note
    stands at the first page's foot, a few lines over the second page's head). A copy
    beside no furniture, at no page's edge, cutting no sentence and past the document's
    first lines (where the first page's head stands) is amid the text, and stays: ``For
    example,`` opens a sentence over a figure's labels on six pages of a manual, three
    times under the head."""
    if not context.doc.layout.policy.furniture_without_form_feeds or \
            context.pages.source == "form feeds":
        return None
    text = context.doc.lines[group[0]].text
    if _letters(text) < UNMARKED_MIN_LETTERS or not _wordy(text) or \
            _a_sentence_written_again(group, context):
        return None
    partners: Counter[int] = Counter()
    beside = []
    for index in group:
        found = [context.beside(index, step, context.going) for step in (-1, 1)]
        anchors = [position for position in found if position in context.anchors]
        if anchors:
            beside.append(index)
            partners[context.group_of[anchors[0]]] += 1
    if len(beside) < max(context.minimum, FURNITURE_FRACTION * len(group)):
        return None
    partner = partners.most_common(1)[0][0]
    copies = sorted(index for index in context.anchors if context.group_of[index] == partner)
    first = group[0]
    own = first not in beside and first < copies[0] and \
        not _among_the_first_lines(context.doc, first)
    going = group[1:] if own else group  # the document's own line is no page's head
    if len(going) < 2 or not context.page_period(going, pages=2):
        return None
    period = median([b - a for a, b in itertools.pairwise(copies)] or [0])  # in lines
    spacing = median([b - a for a, b in itertools.pairwise(going)])
    if spacing > MAX_PAGE_STEP * period:
        return None
    placed = [index for index in going if index in beside or index in context.edges
              or context.interrupts(index) or _among_the_first_lines(context.doc, index)]
    return _Verdict(placed, "boilerplate_line", "next_to_furniture",
                    f"{len(beside)} next to other furniture")


def _decide(doc: Document, pages: Pages, removed: frozenset[int], page_numbers: frozenset[int],
            groups: list[list[int]], options: Options) -> dict[int, _Verdict]:
    """The verdict on every group that is furniture, by group number.

    Layer by layer, as a reader peels them: once a running head is known to go, the
    line under it stands at the page edge, and is judged so, so that the clean text,
    judged afresh, shows nothing more. The edges are indexed once and updated page by
    page as lines go, and a group is judged again only when a line next to one of its
    copies went: each layer costs what it changes, not the whole document again.
    """
    group_of = {index: number for number, group in enumerate(groups) for index in group}
    context = _Context(doc, pages, set(removed | page_numbers), group_of, {},
                       options.boilerplate_min_repeats, page_numbers=page_numbers)
    context.running = list(itertools.accumulate(
        (not (line.blank or line.index in context.skip or line.index in group_of)
         for line in doc.lines), initial=0))
    marks = _marks_on_most_pages(doc, pages) if pages.breaks else frozenset()
    labels = {number for number, group in enumerate(groups) if _each_its_own_item(group, doc)}
    edges_of_page = {page: _page_edges(doc, pages, page, context.skip, group_of, marks, labels)
                     for page in (range(pages.count) if pages.breaks else ())}
    for page_edges in edges_of_page.values():
        context.edges.update(page_edges)
    waiting = set(range(len(groups)))
    verdicts: dict[int, _Verdict] = {}
    judged_again: Counter[int] = Counter()
    heads_spaced = 0  # rounds that found heads spaced like running heads
    near_going: set[int] = set()  # groups with a copy next to a line that goes
    while waiting:
        found = _judge_all(groups, waiting, context, options, _judge)
        if not found:
            found = _judge_all(groups, near_going - set(verdicts), context, options,
                               lambda group, context, _: _stacked(group, context))
        if not found:
            return verdicts
        for number, verdict in found.items():  # a group judged again adds the copies it lost
            earlier = verdicts.get(number)
            verdicts[number] = verdict if earlier is None else dataclasses.replace(
                earlier, copies=sorted({*earlier.copies, *verdict.copies}))
        going = {index for number, verdict in found.items() for index in verdict.copies
                 if not (options.keep_one_boilerplate and index == groups[number][0])}
        context.skip |= going
        context.going |= going
        context.anchors |= {index for number, verdict in found.items()
                            if verdict.evidence != "next_to_furniture"
                            for index in verdict.copies} & going
        touched = _next_to(going, context)
        if any(verdict.evidence == "spaced_like_running_heads" for verdict in found.values()) \
                and heads_spaced < REJUDGE_TIMES:  # the other head of a spread takes turns
            heads_spaced += 1  # with it, however far (:func:`_turns_with_heads`)
            touched |= set(range(len(groups))) - set(verdicts)
        for page in {pages.page_of(index) for index in going} if pages.breaks else ():
            for index in edges_of_page[page]:
                del context.edges[index]
            edges_of_page[page] = _page_edges(doc, pages, page, context.skip, group_of, marks,
                                              labels)
            context.edges.update(edges_of_page[page])
            touched |= {group_of[index] for index in edges_of_page[page]}
        near_going |= touched
        # A group decided before is judged again on the copies it left when their place
        # changed (a copy under a head that went now stands at the edge), a bounded number
        # of times (each judgement costs the group's size), but for the copy that
        # keep_one_boilerplate keeps.
        judged_again.update(number for number in touched if number in verdicts)
        waiting = {number for number in touched if number not in verdicts or (
            not options.keep_one_boilerplate and judged_again[number] <= REJUDGE_TIMES)}
    return verdicts


def _next_to(going: set[int], context: _Context) -> set[int]:
    """The groups of the candidate lines nearest to the lines that go, on either side
    (through blank and gone lines, and up to ``EDGE_DEPTH`` candidates): the only ones
    whose place changed."""
    lines = context.doc.lines
    touched: set[int] = set()
    for index in going:
        for step in (-1, 1):
            position, depth = index + step, 0
            while 0 <= position < len(lines) and depth <= EDGE_DEPTH:
                if position in context.group_of and position not in context.skip:
                    touched.add(context.group_of[position])
                    depth += 1
                elif not lines[position].blank and position not in context.skip:
                    break
                position += step
    return touched


def _judge_all(groups: list[list[int]], numbers: set[int], context: _Context, options: Options,
               judge: Callable[[list[int], _Context, Options], _Verdict | None],
               ) -> dict[int, _Verdict]:
    """Verdicts on the groups ``numbers`` that are furniture, their copies that went aside.
    Whatever the ``judge``, labels that each carry their own number (``Kapitel 3``,
    ``Problem 2`` under its page's head: :func:`_each_its_own_number`) are none, and so
    are the lines of a slide or two of many, built up in steps
    (:meth:`_Context.on_a_few_slides`)."""
    found = {}
    for number in sorted(numbers):
        group = [index for index in groups[number] if index not in context.skip]
        if len(group) >= options.boilerplate_min_repeats and \
                not _each_its_own_number(group, context.doc, context.page_numbers):
            verdict = judge(group, context, options)
            if verdict is not None and not context.on_a_few_slides(group) \
                    and not _titles_blocks(verdict.copies, context):
                found[number] = verdict
    return found


def _titles_blocks(copies: list[int], context: _Context) -> bool:
    """True when more than half the ``copies`` go on, on their page, with the same line
    of words as another copy, or follow one (:func:`_own_line_beside`): the title of a
    block printed on each of a few pages (``STATEMENT BY AUTHOR`` over each of four
    sample statements in a thesis manual's figures), not a running head, whose pages
    each go on with their own text. Copies whose pages are alike in all else (a page
    printed twice, its head and all) are no blocks' titles; without pages, nothing is
    told."""
    if not context.pages.breaks:
        return False
    going = set(copies)
    rest: dict[int, tuple[str, ...]] = {}  # each page's text but for the copies, read once
    for step in (-1, 1):
        by_line: dict[str, list[int]] = {}
        for index in copies:
            by_line.setdefault(_own_line_beside(index, step, context), []).append(index)
        titles = 0
        for line, alike in by_line.items():
            if not line or len(alike) < 2:
                continue
            for page in {context.pages.page_of(index) for index in alike} - rest.keys():
                rest[page] = _rest_of_page(page, going, context)
            if len({rest[context.pages.page_of(index)] for index in alike}) > 1:
                titles += len(alike)
        if 2 * titles > len(copies):
            return True
    return False


def _rest_of_page(page: int, copies: set[int], context: _Context) -> tuple[str, ...]:
    """The text of ``page`` but for the ``copies``, blank and removed lines (its page's
    number among them)."""
    lines = context.doc.lines
    first, last = context.pages.span(page, len(lines))
    return tuple(lines[position].text.strip() for position in range(first, last + 1)
                 if not (lines[position].blank or position in context.skip
                         or position in copies))


def _own_line_beside(index: int, step: int, context: _Context) -> str:
    """The next line after line ``index`` (step 1) or before it (-1) on its page, blank
    and removed lines aside, folded, where it is a line of words that repeats too seldom
    to be a candidate: ``BLOCK_LINE_WORDS`` at least, mostly letters. Empty otherwise: a
    head's second line, a sidebar's, a blind text's, repeat as candidates of their own."""
    position = context.beside(index, step, set())
    if position is None or position in context.group_of \
            or context.pages.page_of(position) != context.pages.page_of(index):
        return ""
    text = context.doc.lines[position].text
    if len(text.split()) < BLOCK_LINE_WORDS or not _wordy(text):
        return ""
    return " ".join(text.split()).casefold()


def detect(doc: Document, prior: Prior, options: Options) -> Findings:
    """Every copy of every furniture line (the first left in place with
    ``keep_one_boilerplate``)."""
    page_numbers = lines_found_as(prior, "page_number")
    removed = removed_lines(prior)
    repeated = line_groups.find(doc, removed | page_numbers, options)
    groups = [list(group) for group in repeated.groups]
    pages = page_model(doc, prior)
    verdicts = _decide(doc, pages, removed, page_numbers, groups, options)
    removals: list[Removal] = []
    left: list[Removal] = []
    trims: list[glued_heads.Trim] = []
    heads: list[glued_heads.Head] = []
    page_furniture = set(page_numbers).union(*(verdict.copies for verdict in verdicts.values()))
    for number, verdict in sorted(verdicts.items()):
        group = groups[number]
        head = glued_heads.head_text(doc, verdict.copies)
        message = (f"{'credit' if verdict.reason == 'credit_line' else 'boilerplate'} line "
                   f"repeated {len(group)} times ({verdict.detail}): {head[:60]}")
        glued, longer = glued_heads.run_into_text(doc, head, verdict.copies, verdict.reason,
                                                  message, verdict.evidence,
                                                  set(removed) | page_furniture, page_furniture)
        trims += glued
        copies = [index for index in verdict.copies if index not in longer]
        heads.append(glued_heads.Head(head, copies, verdict.evidence))
        # keep_one_boilerplate keeps the line's first copy, as _decide does: where that
        # copy is no furniture it stays anyway, and no other copy is kept
        first = next((index for index in group if index not in longer), None)
        kept = first if options.keep_one_boilerplate else None
        for index in copies:
            found = Removal((index,), verdict.reason, message,
                            kept_lines=(kept, kept) if kept is not None else None,
                            evidence=verdict.evidence)
            (left if index == kept else removals).append(found)
    going = {index for removal in removals for index in removal.lines}
    inside = _figures_inside(doc, pages, going | page_numbers, removed - page_numbers, options)
    going.update(index for removal in inside for index in removal.lines)
    removals = sorted(removals + inside, key=lambda removal: removal.lines)
    trimmed = frozenset(trim.line for trim in trims)
    trims += _glued(doc, heads, removed | page_numbers | going, page_numbers | going, trimmed)
    return Findings(NAME, removals=tuple(removals), left=tuple(left),
                    notes=skipped_note("lines", repeated.skipped_buckets, options.max_bucket),
                    trims=tuple(sorted(trims, key=lambda trim: trim.line)))


def _figures_inside(doc: Document, pages: Pages, furniture: set[int], gone: frozenset[int],
                    options: Options) -> list[Removal]:
    """The short lines without letters (``3.3``, ``2004-06``, ``•``) that stand inside a
    block of furniture, a head, a foot or a page number right above and right below them
    on their page (blank lines and lines gone before aside), the same on
    ``boilerplate_min_repeats`` pages or more: a version, a date or a head's bullet that
    an extractor set on a line of its own in the middle of a foot or a head. So does a
    section's number (``3.2``, ``5``) or an appendix's letter (``B``) that stands first on
    its page, the head's words right under it: the number of the head that pdftotext
    sets as ``3.2`` / ``示例文件`` / ``3`` / ``使用说明`` (``B`` / ``代码实现``), or of a
    chapter's head over a page cut mid-sentence.
    Such a line between a line of text and a head, between one page's foot and the next
    page's head, or on fewer pages, stays."""
    inside: dict[str, list[int]] = {}
    for line in doc.lines:
        label = _APPENDIX_LABEL.match(line.text) is not None
        if line.blank or line.protected or line.index in furniture or line.index in gone or \
                not (_figures_alone(line.text) or label):
            continue
        page = pages.page_of(line.index)
        above, below = (next_text_line(doc, line.index, step, gone) for step in (-1, 1))
        first = above is None or pages.page_of(above) != page
        if below is not None and below in furniture and pages.page_of(below) == page and (
                (above in furniture and not first) or (
                    first and (label or _SECTION_LABEL.match(line.text) is not None)
                    and _letters(doc.lines[below].text) > 0)):
            inside.setdefault(line.text.strip(), []).append(line.index)
    return [Removal((index,), "boilerplate_line",
                    f"a line without letters inside a block of furniture, on {len(copies)} pages: "
                    f"{text}",
                    evidence="inside_furniture")
            for text, copies in inside.items() if len(copies) >= options.boilerplate_min_repeats
            for index in copies]


def _glued(doc: Document, heads: list[glued_heads.Head], gone: frozenset[int],
           furniture: frozenset[int], trimmed: frozenset[int]) -> list[glued_heads.Trim]:
    """The ``heads`` run into lines of text elsewhere (:mod:`cleaner.glued_heads`), on
    lines not ``trimmed`` already."""
    if not heads or not doc.layout.policy.furniture_without_form_feeds:
        return []
    running = list(itertools.accumulate(
        (not (line.blank or line.index in gone) for line in doc.lines), initial=0))
    return glued_heads.find(doc, heads, set(gone), set(furniture), running.__getitem__,
                            trimmed)
