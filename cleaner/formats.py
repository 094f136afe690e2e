"""Know the format before judging: what kind of text a document is, from its content.

Repetition means different things in different texts. A chorus, a psalm's
response, a subtitle line, a formula in every article of a statute: those are
written to repeat. So before any stage judges a repeat, the document's *format*
is recognised from its lines, and the format says what may be judged at all
(:class:`Policy`):

- ``subtitles``: cue numbers and timestamps (``00:01:02,500 --> …``). Numbers are
  cue ids, lines repeat across cues: nothing is judged but a scraper's notice.
- ``verse``: stanzas of short lines (lyrics, poems, psalms, plays in verse).
  Stanza breaks are meaningful and refrains repeat: no joins, no copies judged by
  where they stand, and furniture or page numbers only on pages that form feeds
  mark. Blocks that each end on a number rising by one are pages, not stanzas
  (:func:`counts_its_pages`), and so are lines that name their page in words
  (:func:`names_its_pages`).
- ``statute``: numbered articles (``第十二条``, ``Article 12``) whose clauses repeat
  formulas: copies are judged only as blocks printed twice, never one paragraph
  near another.
- ``prose``: everything else, judged in full.

The *layout* says what a paragraph is: a block of lines between blank lines
(hard-wrapped prose, verse), or one line (``line_paragraphs``: a novel or a
statute that writes each paragraph on a line of its own, with no blank lines).

>>> from cleaner.segment import segment
>>> cues = "".join(f"{n}\\n00:00:0{n},000 --> 00:00:0{n},900\\nHello.\\n\\n" for n in range(1, 4))
>>> recognise(segment(cues)).format
'subtitles'
>>> stanzas = "".join(f"Ask me why, I'll say I love you {n} times\\nAnd I'm always thinking "
...                   f"of you, day {n}\\n\\n" for n in range(20))
>>> recognise(segment(stanzas)).format
'verse'
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Literal

from .normalize import cjk_count, is_cjk, median
from .segment import Document
from .sentence import holds_words

Format = Literal["prose", "verse", "subtitles", "statute"]

_TIMESTAMP = re.compile(r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->")
_ARTICLE = re.compile(r"^\s*(?:第[一二三四五六七八九十百千零〇\d]+条|(?:Article|Art\.|§)\s*\d+)")
_WORD = re.compile(r"[^\W\d_]{2,}")
_LETTER = re.compile(r"[^\W\d_]")
_SPACE = re.compile(r"\s")
_CODE_ENDS = frozenset("{}%\\&#@*/")  # marks that end lines of code, not of verse
PRINTED_OVER = 2  # lines standing k times outnumber those standing once this much
MIN_FORMAT_LINES = 40  # text lines, at least, that tell a format other than prose
FORMAT_LINES = 20_000  # text lines read to tell the format: more tell nothing new
MIN_CUES = 3  # this many timestamp lines make a subtitle file
MIN_ARTICLES = 5  # this many numbered articles make a statute
STANZA_SHARE = 0.5  # lines in blocks of two or more lines: verse and line paragraphs need it
VERSE_CAPITALS = 0.75  # Latin verse starts nearly every line with a capital; prose 15-40 %
VERSE_MAX_MARGIN = 90  # nine verse lines in ten are at most this wide
VERSE_MAX_WIDTH = 70  # median width of a verse line (display columns, CJK counting two)
SHORT_LINE_WIDTH = 45  # lines this short, ragged and rarely ending a sentence are verse
RAGGED_SHARE = 0.6  # at most this share of inner lines reach the right margin: not wrapped
MARGIN = 0.75  # a line this close to the widest lines reaches the margin
SENTENCE_LINE_SHARE = 0.6  # lines ending a sentence this often are each a paragraph
VERSE_SENTENCE_SHARE = 0.5  # at most half the lines end a sentence: else prose in short lines
PHRASE_ENDS = 0.6  # verse lines end a phrase with a mark this often; wrapped columns 20-30 %
CJK_PHRASE_WIDTH = 30  # a CJK verse line is a phrase of up to about fifteen characters
PARAGRAPH_LINE_WIDTH = 40  # ...when they are this wide (a short line is a heading or verse)
MIN_INDENTED = 10  # blocks: fewer do not show a habit of indenting paragraphs
INDENTED_SHARE = 0.6  # most paragraphs open indented: a habit, not a quotation or two
COUNTED_SHARE = 0.8  # blocks are pages when this share of them count themselves...
MIN_COUNTED_PAGES = 4  # ...this many at least
COUNT_EDGE_LINES = 3  # ...in one of a block's last this many lines (its first aside)
_FIGURES = re.compile(r"\d+")
_PAGE_ALONE = ("#", "# / #", "#/#")  # a page's number, or its page of the total (a slide's)
_PAGE_OF_TOTAL_AT_END = re.compile(r"(?:^|\s)(\d{1,4})\s*/\s*(\d{1,4})\s*$")  # ... 3 / 16
_SENTENCE_ENDS = tuple("。！？.!?…”\"」』")
PAGE_WORD_CJK = "[页頁\u2eda]"  # 页, 頁, or the radical an extractor writes for 页 (⻚)
# A line that names its page in words: ``Page 3``, ``p. 3 of 12``, ``3 von 5``, ``第3页``,
# ``第3页 共6页``.
_PAGE_LABEL = re.compile(
    rf"^\W*(?:(?:page|seite|p\.|pg\.?)\s*(\d{{1,4}})(?:\s*(?:of|/|von)\s*\d{{1,4}})?"
    rf"|(\d{{1,4}})\s*(?:of|von)\s*\d{{1,4}}"
    rf"|第\s*(\d{{1,4}})\s*{PAGE_WORD_CJK}(?:\s*[/,，]?\s*共\s*\d{{1,4}}\s*{PAGE_WORD_CJK})?)"
    rf"\W*$",
    re.IGNORECASE)


@dataclass(frozen=True)
class Policy:
    """What a format lets the stages judge."""

    page_numbers_without_form_feeds: bool  # bare numbers may count pages no form feed marks
    furniture_without_form_feeds: bool  # furniture may be judged on pages not marked by \\f
    copies_by_position: bool  # a copy may go for where it stands (beside, near, in a block)
    single_copies: bool  # one paragraph near its copy may go (not only repeated blocks)
    joins: bool  # paragraphs broken by a page or column break are joined


POLICIES: dict[Format, Policy] = {
    "prose": Policy(True, True, True, True, True),
    "statute": Policy(True, True, True, False, True),
    "verse": Policy(False, False, False, False, False),
    "subtitles": Policy(False, False, False, False, False),
}


@dataclass(frozen=True)
class Layout:
    """The format of a document, whether each line is a paragraph, and why."""

    format: Format
    line_paragraphs: bool
    why: str
    margin: int = 0  # the width most text lines stay within: where wrapped lines end
    paragraph_indent: bool = False  # paragraphs open with an indent (``　　``), so an
    # indented block starts a paragraph and never continues the one before


    @property
    def policy(self) -> Policy:
        return POLICIES[self.format]


def width(text: str) -> int:
    """Display columns: a CJK character counts two."""
    stripped = text.strip()
    return len(stripped) + cjk_count(stripped)


def wrapped(widths: list[int]) -> bool:
    """True when a paragraph with lines of these widths is one line, or prose wrapped at a
    margin (each line but the last as wide as the widest, nearly, and that one wide), not
    verse or a list of short lines. Told from the paragraph alone, so that removing other
    lines changes nothing."""
    if len(widths) == 1:
        return True
    widest = max(widths)
    return widest >= PARAGRAPH_LINE_WIDTH and all(value >= MARGIN * widest
                                                  for value in widths[:-1])


def _text_line(text: str) -> bool:
    """A line of words (two Latin words or four CJK characters, mostly letters), not
    figure debris, numbers or rules."""
    visible = len(text) - _SPACE.subn("", text)[1]
    letters = _LETTER.subn("", text)[1]
    return letters >= 0.5 * visible and (cjk_count(text) >= 4 or _WORD.subn("", text)[1] >= 2)


@dataclass(frozen=True)
class _Shape:
    """Measures of the text lines in blocks of two or more lines."""

    stanza_share: float  # of all non-blank lines, those in multi-line blocks
    median_width: float
    ragged: float  # share of inner lines that reach the right margin
    sentence_ends: float  # share of lines that end a sentence
    latin_starts: float  # share of lines starting with a Latin letter
    capitals: float  # of those, the share that is upper case
    punctuated: float  # share of lines that end with a punctuation mark
    cjk: float  # share of lines that are mostly CJK


def _unique_text_lines(doc: Document) -> list[list[int]]:
    """For each block (up to ``FORMAT_LINES`` text lines), its text lines whose text stands
    once in the document (or, in a document printed k times, k times: as often as most
    lines do).

    The format is read from these alone: cleaning removes repeated lines (furniture,
    copies, the later prints of a document) and page numbers, never the one print of a
    line of text, so the clean text shows the same format and a second run judges as
    the first.
    """
    counts = Counter(line.text.strip() for line in doc.lines if not line.blank)
    if not counts:
        return [[] for _ in doc.blocks]
    kinds = Counter(counts.values())  # how many distinct lines stand once, twice, ...
    prints, most = kinds.most_common(1)[0]
    if most < PRINTED_OVER * kinds[1]:
        prints = 1  # a document printed several times shows it plainly, or not at all
    found: list[list[int]] = []
    verdicts: dict[str, bool] = {}
    taken = 0
    for block in doc.blocks:  # the first FORMAT_LINES of them tell the format
        lines = []
        for index in range(block.first, block.last + 1):
            text = doc.lines[index].text.strip()
            if counts[text] == prints and verdicts.setdefault(text, _text_line(text)):
                lines.append(index)
        found.append(lines)
        taken += len(lines)
        if taken >= FORMAT_LINES:
            break
    return found


def _shape(blocks: list[list[int]], doc: Document) -> _Shape | None:
    lines = doc.lines
    total = sum(map(len, blocks))
    stanzas = [block for block in blocks if len(block) > 1]
    texts = [lines[index].text for block in stanzas for index in block]
    if not texts or not total:
        return None
    widths = sorted(width(text) for text in texts)
    margin = widths[max(0, int(0.9 * len(widths)) - 1)]
    inner = [width(lines[index].text) for block in stanzas for index in block[:-1]]
    starts = [text.strip()[:1] for text in texts]
    latin = [char for char in starts if char.isalpha() and not is_cjk(char)]
    return _Shape(
        stanza_share=len(texts) / total,
        median_width=median(widths),
        ragged=sum(value >= MARGIN * margin for value in inner) / max(1, len(inner)),
        sentence_ends=sum(text.rstrip().endswith(_SENTENCE_ENDS) for text in texts) / len(texts),
        latin_starts=len(latin) / len(texts),
        capitals=sum(char.isupper() for char in latin) / max(1, len(latin)),
        punctuated=sum(_ends_a_phrase(text) for text in texts) / len(texts),
        cjk=sum(2 * cjk_count(text) >= len(text.strip()) for text in texts) / len(texts),
    )


def _margin(texts: list[str]) -> int:
    """The width that nine text lines in ten stay within."""
    widths = sorted(width(text) for text in texts)
    return widths[max(0, int(0.9 * len(widths)) - 1)] if widths else 0


def indented(text: str) -> bool:
    """True when a line opens with a paragraph indent: two spaces, a tab or an ideographic
    space."""
    return text.startswith(("  ", "\t", "\u3000"))


def _paragraph_indent(blocks: list[list[int]], doc: Document) -> bool:
    """True when most blocks (of at least ``MIN_INDENTED``) open with an indent."""
    firsts = [doc.lines[block[0]].text for block in blocks if block]
    return len(firsts) >= MIN_INDENTED and \
        sum(map(indented, firsts)) >= INDENTED_SHARE * len(firsts)


def _ends_a_phrase(text: str) -> bool:
    """True when ``text`` ends with a mark of punctuation that may close a phrase of verse
    (``,`` ``;`` ``!`` ``—`` ``)``...), not with one that closes a line of code (``{``,
    ``}``, ``%``, ``\\``: a TeX or C listing's short lines end so, a poem's never)."""
    last = text.rstrip()[-1:]
    return unicodedata.category(last).startswith("P") and last not in _CODE_ENDS


def recognise(doc: Document) -> Layout:
    """The format and layout of ``doc``, from its lines alone."""
    blocks = _unique_text_lines(doc)
    layout = _recognise(doc, blocks)
    return dataclasses.replace(layout, paragraph_indent=_paragraph_indent(blocks, doc))


def _recognise(doc: Document, blocks: list[list[int]]) -> Layout:
    lines = [line.text for line in doc.lines if not line.blank]
    margin = _margin([doc.lines[index].text for block in blocks for index in block])
    if sum(bool(_TIMESTAMP.match(text)) for text in lines) >= MIN_CUES:
        return Layout("subtitles", False, "timestamped cues", margin)
    articles = sum(bool(_ARTICLE.match(text)) for text in lines) >= MIN_ARTICLES
    if sum(map(len, blocks)) < MIN_FORMAT_LINES:  # too few to tell: judged in full
        return Layout("statute" if articles else "prose", False,
                      "too few lines of text to tell more", margin)
    shape = _shape(blocks, doc)
    if shape is None or shape.stanza_share < STANZA_SHARE:
        return Layout("statute" if articles else "prose", False, "paragraphs between blank lines",
                      margin)
    line_paragraphs = (shape.sentence_ends >= SENTENCE_LINE_SHARE
                       and shape.ragged <= RAGGED_SHARE
                       and shape.median_width >= PARAGRAPH_LINE_WIDTH)
    if articles:
        return Layout("statute", line_paragraphs, "numbered articles", margin)
    capitalised = (shape.latin_starts >= 0.5 and shape.capitals >= VERSE_CAPITALS
                   and shape.median_width <= VERSE_MAX_WIDTH)
    short_lines = margin <= VERSE_MAX_MARGIN  # verse has no long lines; a story has
    # Short ragged lines are verse when each ends a phrase (a punctuation mark), or is a
    # short CJK phrase; a newspaper's narrow columns end mid-sentence, mostly on a letter.
    short_and_ragged = (shape.median_width <= SHORT_LINE_WIDTH and shape.ragged <= RAGGED_SHARE
                        and shape.sentence_ends <= VERSE_SENTENCE_SHARE
                        and (shape.punctuated >= PHRASE_ENDS
                             or (shape.cjk >= 0.5 and shape.median_width <= CJK_PHRASE_WIDTH)))
    if not line_paragraphs and short_lines and (capitalised or short_and_ragged):
        if counts_its_pages(doc, in_words=False) or states_its_pages(lines):
            return Layout("prose", False, "pages that count themselves", margin)
        if names_its_pages(lines):
            return Layout("prose", False, "pages that name themselves", margin)
        return Layout("verse", False, "stanzas of short lines", margin)
    why = "a paragraph on each line" if line_paragraphs else "paragraphs between blank lines"
    return Layout("prose", line_paragraphs, why, margin)


def names_its_pages(lines: list[str]) -> bool:
    """True when lines of their own name their pages in words (``Page 3``, ``3 von 5``,
    ``第3 页``), ``MIN_COUNTED_PAGES`` at least, the page rising by one from each to the
    next on ``COUNTED_SHARE`` of the steps: a typeset document's pages (an exam, a
    worksheet), whose short lines are questions, captions and headings. A poem's lines
    name no page; a bare number may count its stanzas (:func:`counts_its_pages`).

    >>> names_its_pages([line for n in range(1, 6) for line in ("A line", f"第{n} 页")])
    True
    >>> names_its_pages([line for n in range(1, 6) for line in ("A line", f"{n}")])
    False
    >>> names_its_pages(["Page 1", "Page 1", "Page 2", "Page 2", "Page 3"])
    False
    >>> names_its_pages([f"{n} von 4" for n in range(1, 5)]), names_its_pages(["p. 1", "p. 2"])
    (True, False)
    """
    pages = [int(next(filter(None, label.groups()))) for label in map(_PAGE_LABEL.match, lines)
             if label is not None]
    steps = [later - earlier for earlier, later in itertools.pairwise(pages)]
    return len(pages) >= MIN_COUNTED_PAGES and \
        sum(step == 1 for step in steps) >= COUNTED_SHARE * len(steps)


def states_its_pages(lines: list[str]) -> bool:
    """True when lines end on their page of one total (a slide's foot, ``报告标题 3 / 16``,
    as pypdf runs it into one line with nothing to mark the pages), ``MIN_COUNTED_PAGES``
    pages at least, each the one before or the next (a slide's builds state its page
    again) on ``COUNTED_SHARE`` of the steps. A poem's lines state no page; a fraction
    (``3/4``) has no total that the others share.

    >>> states_its_pages([line for n in range(1, 6) for line in ("一行", f"标题 {n} / 5")])
    True
    >>> states_its_pages([f"Title {n} / 9" for n in (1, 4, 2, 8, 3)])
    False
    >>> builds = [f"Title {n} / 9" for n in (1, 2, 2, 3, 3, 3, 4, 5)]  # a slide's builds
    >>> states_its_pages(builds), states_its_pages(builds[:3] + ["mix 1/2", "add 3/4"] + builds[3:])
    (True, True)
    """
    stated = [(int(found.group(1)), int(found.group(2)))
              for found in map(_PAGE_OF_TOTAL_AT_END.search, lines) if found is not None]
    if not stated:
        return False
    total = Counter(total for _, total in stated).most_common(1)[0][0]
    pages = [page for page, of in stated if of == total and page <= total]
    steps = [later - earlier for earlier, later in itertools.pairwise(pages)]
    return len(set(pages)) >= MIN_COUNTED_PAGES and \
        sum(step in (0, 1) for step in steps) >= COUNTED_SHARE * len(steps)


def counts_its_pages(doc: Document, in_words: bool = True) -> bool:
    """True when the blocks between blank lines are pages, however short: of them,
    ``COUNTED_SHARE`` and ``MIN_COUNTED_PAGES`` at least carry a line that counts them,
    rising by one from block to block, at their foot: a number alone that ends the
    block (pymupdf writes a page's number, then a blank line), or its page of the total
    (a slide's ``3 / 16``), or (``in_words``) among their last ``COUNT_EDGE_LINES``, the
    same line in words (two at least) but for its number (a slide's foot,
    ``15. Mai 2019 | TEX/LATEX | M. Peischl | 3``), not by the number that opens it
    (``3. 设常数 k > 0 …``: an exam's question). The block's first line is never its foot:
    a numbered item, a paragraph or a headline (``Item 3: …``, ``HEADLINE NUMBER 3``)
    opens its block, and a poem's number opens its poem. A song may count its stanzas in
    words (``… day 3``), so verse is told from pages by numbers alone.

    >>> from cleaner.segment import segment
    >>> def pages(page: str) -> str:
    ...     return "".join(page.format(n) for n in range(1, 6))
    >>> counts_its_pages(segment(pages("A line\\nAnother line\\n{}\\n\\n")))
    True
    >>> counts_its_pages(segment(pages("{}\\nA line\\nAnother line\\n\\n")))
    False
    >>> counts_its_pages(segment(pages("A line\\n{}\\nAnother line\\n\\n")), in_words=False)
    False
    >>> counts_its_pages(segment(pages("A line\\nAnother line\\n{} / 5\\n\\n")), in_words=False)
    True
    >>> slides = segment(pages("A line\\nMay 2019 | A. Oneill | {}\\n(320×180 bp)\\n\\n"))
    >>> counts_its_pages(slides), counts_its_pages(slides, in_words=False)
    (True, False)
    """
    counted: dict[str, list[tuple[int, ...]]] = {}
    for block in doc.blocks:
        texts = [doc.lines[index].text for index in range(block.first, block.last + 1)]
        for text in dict.fromkeys(texts[1:][-COUNT_EDGE_LINES:]):  # the first opens
            figures = tuple(int(found) for found in _FIGURES.findall(text))
            key = " ".join(_FIGURES.sub("#", text).split())
            alone = key in _PAGE_ALONE and text == texts[-1]  # the page's number ends the page
            if figures and (alone or (in_words and holds_words(key))):
                counted.setdefault(key, []).append(figures)
    blocks = len(doc.blocks)
    for key, copies in counted.items():
        if len(copies) < max(MIN_COUNTED_PAGES, COUNTED_SHARE * blocks):
            continue
        width = len(copies[0])
        opens = key.startswith("#") and key not in _PAGE_ALONE  # an item's label: no count
        for position in range(1 if opens else 0, width):
            steps = [later[position] - earlier[position]
                     for earlier, later in itertools.pairwise(copies)
                     if len(earlier) == len(later) == width]
            if sum(step == 1 for step in steps) >= COUNTED_SHARE * (len(copies) - 1):
                return True
    return False
