"""Segment: split text into lines and blocks that keep their offsets.

A *line* is the text between line breaks: ``\\n``, ``\\r\\n``, ``\\r``, and the
form feed ``\\f`` that extraction tools put at a page break, often in the middle
of a line. Form feeds that mostly come three in a row or inside words, or all stand
between two words of a line, are no page breaks: extractors write them for glyphs
they cannot map (a mathematics symbol, a ligature), and there they are characters of
their line, kept as they are. A *block* is a run of non-blank lines, ended by a blank
line or a page break. Every line knows where it starts, where its content ends and
where its line break ends in the original text, so that every later stage speaks in
spans of the original.

Some lines are *protected*: no detector removes or joins them. In every format
that is fenced code (```` ``` ```` or ``~~~``; a line that holds its fence's marks again
further on opens none, in Markdown a backtick's only), pipe tables (a line between
bars, or two in a row that open on one), and the lines between a line ``cleaner: off``
and a line ``cleaner: on`` (in any comment form); in Markdown also headings, list
items, block quotes, front matter, HTML lines and code blocks indented by four spaces.

>>> doc = segment("a\\r\\n\\r\\nb")
>>> [(line.text, line.start, line.content_end, line.end) for line in doc.lines]
[('a', 0, 1, 3), ('', 3, 3, 5), ('b', 5, 6, 6)]
>>> [(block.first, block.last) for block in doc.blocks]
[(0, 0), (2, 2)]
"""

from __future__ import annotations

import bisect
import functools
import re
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .formats import Layout

_LINE_BREAK = re.compile(r"\r\n|\n|\r|\f")
_LINE_BREAK_BUT_FEEDS = re.compile(r"\r\n|\n|\r")
# Form feeds three or more in a row look like glyphs (two are a blank page between two),
# in a line or a column of lines (``\f\n\f\n\f``: a drawing's glyphs, one a line), as
# does one before a small letter in a word (the "fi" of ``speci\fc``, ``\fle``)...
_FEED_RUNS_OF_THREE = re.compile(r"\f(?:\n?\f){2,}")
_GLYPH_FEEDS = re.compile(_FEED_RUNS_OF_THREE.pattern + r"|(?<=[^\W\d_]|[ \t])\f(?=[a-z])")
MIN_GLYPH_FEEDS = 10  # ...and this many such, over half the feeds, make them all glyphs
_FEED_RUN = re.compile(r"\f+")
_GLYPH = re.compile(r"[\x00-\x08\x0e-\x1f]")  # a control character no text means: a glyph
_BLANKS = (" ", "\t")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_TABLE = re.compile(r"^\s*\|")
_TABLE_EDGE = re.compile(r"^\s*(?:\||\+[-=+:]*-)")  # a table's row, or its border
_MD_HEADING = re.compile(r"^ {0,3}#{1,6}(\s|$)")
_MD_LIST = re.compile(r"^\s*([-*+]|\d{1,9}[.)])\s+\S")
_MD_QUOTE = re.compile(r"^ {0,3}>")
_MD_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_MD_HTML = re.compile(r"^ {0,3}</?[A-Za-z!][^>]*>")
_MD_INDENTED = re.compile(r"^(?: {4}|\t)\s*\S")


@dataclass(frozen=True, slots=True)
class Line:
    """One line: ``text`` is ``original[start:content_end]``; ``end`` is after its break.

    The text is sliced from the original when asked for, so that a document of a
    million lines is not held twice.
    """

    index: int
    start: int
    content_end: int
    end: int
    blank: bool
    protected: bool
    page_break_after: bool
    source: str = field(repr=False, compare=False)

    @property
    def text(self) -> str:
        """The line's content, without its line break."""
        return self.source[self.start:self.content_end]


@dataclass(frozen=True, slots=True)
class Block:
    """A run of non-blank lines, from line index ``first`` to ``last`` inclusive."""

    first: int
    last: int


LineIndices = tuple[int, ...]  # the indices of some lines, in order: a paragraph as kept


@dataclass(frozen=True)
class Document:
    """The original text with its lines and blocks."""

    text: str
    lines: tuple[Line, ...]
    blocks: tuple[Block, ...]
    markdown: bool

    @functools.cached_property
    def layout(self) -> Layout:
        """The document's format and what a paragraph is in it (:mod:`cleaner.formats`),
        recognised once, from the lines alone."""
        from .formats import recognise

        return recognise(self)

    @functools.cached_property
    def _line_feeds(self) -> array[int]:
        """Where each line feed stands: line numbers count them (and nothing else)."""
        return array("q", (found.start() for found in re.finditer("\n", self.text)))

    def number(self, index: int) -> int:
        """The 1-based number of line ``index`` as editors, ``grep -n`` and ``diff`` count
        lines: by line feeds. A form feed, a line break here, starts no new line there."""
        return bisect.bisect_left(self._line_feeds, self.lines[index].start) + 1

    def kept_blocks(self, removed: frozenset[int]) -> list[LineIndices]:
        """The lines of each block that ``removed`` leaves, for blocks that keep any.

        This is what the clean text holds as paragraphs: removing a line from the
        middle of a block closes the gap, and removing a whole block leaves its
        neighbours apart.
        """
        found = []
        for block in self.blocks:
            kept = tuple(index for index in range(block.first, block.last + 1)
                         if index not in removed)
            if kept:
                found.append(kept)
        return found

    def joined_text(self, indices: Iterable[int]) -> str:
        """The text of the lines ``indices``, joined by newlines."""
        return "\n".join(self.lines[index].text for index in indices)


def feeds_break_pages(text: str) -> bool:
    """Whether the form feeds of ``text`` stand between its pages. They do, unless
    most of them, ten at least, stand three or more in a row or in a column, one a line,
    as an extractor writes the pieces of a mathematics symbol or of a drawing it cannot
    map (no run of pages is that empty), or inside a word before a small letter, where
    a font put its ligature ``fi`` (a page that breaks a word starts on a new line); or
    unless every one before the text's end stands three or more in a row, however few
    (PyMuPDF's one bracket of seven pieces in a paper: pages would each end with a feed
    of their own); or unless every one stands between two words of a line
    (:func:`_all_between_words`).

    >>> feeds_break_pages("one\\ftwo\\f\\fthree"), feeds_break_pages("\\f\\f\\f(x)\\n" * 4)
    (True, False)
    >>> feeds_break_pages("It speci\\fes the \\fle.\\n" * 5)
    False
    >>> feeds_break_pages("B(r) =\\n\\f\\f\\f\\f\\nn\\nX\\n"), feeds_break_pages("one\\f\\f\\f")
    (False, True)
    >>> column = "H\\n\\f\\n\\f\\n\\f\\nA\\n"  # a drawing's glyphs, one a line
    >>> feeds_break_pages(column * 4), feeds_break_pages("Page\\f" * 6 + column * 2)
    (False, True)
    """
    if "\f" not in text or _all_between_words(text):
        return False
    body = text.rstrip()  # blank pages after the text are pages, however many
    in_runs: int = sum(run.count("\f") for run in _FEED_RUNS_OF_THREE.findall(body))
    if in_runs and in_runs == body.count("\f"):  # no feed of its own ends a page
        return False
    glyphs: int = sum(run.count("\f") for run in _GLYPH_FEEDS.findall(body))
    return glyphs < MIN_GLYPH_FEEDS or 2 * glyphs <= text.count("\f")


def _all_between_words(text: str) -> bool:
    """Whether every run of form feeds in ``text`` stands inside a line with a space or
    a tab on each side (two feeds or more: on one side, :func:`_amid_a_line`), as pypdf
    writes a bracket it cannot map (``x ∈ Rn \\f\\f\\f nX``), or next to another
    control character, lines and feeds between aside, as pypdf writes the glyphs of a
    drawing it cannot map, one a line (``\\x0f\\n\\x0e\\n\\f\\n``). A page's
    feed stands at a line break (pdftotext and pdfminer end a page's text with one), or
    between two pages' texts where a script joined them (``Footer\\fTwo``).

    >>> _all_between_words("x \\f\\f y\\nz \\f w"), _all_between_words("x \\f y\\n\\fz")
    (True, False)
    >>> glyphs = "Namen:\\n\\x0f\\n\\x0e\\n\\f\\n\\nKliop"
    >>> _all_between_words(glyphs), _all_between_words("a\\n\\fb")
    (True, False)
    >>> [_all_between_words(text) for text in ("Rn\\f\\f gj(x)\\n", "a\\f b", "a \\f\\f\\nb")]
    [True, False, False]
    >>> table = "Code\\n\\x08\\x08\\n\\f\\n\\f\\n\\f\\f\\n\\x10\\x10\\nChar"  # a column of glyphs
    >>> _all_between_words(table), _all_between_words("a\\n\\f\\n\\f\\nb")
    (True, False)
    """
    return all(_amid_a_line(text, run)
               or _GLYPH.match(_past_line_breaks(text, run.start() - 1, -1))
               or _GLYPH.match(_past_line_breaks(text, run.end(), 1))
               for run in _FEED_RUN.finditer(text))


def _amid_a_line(text: str, run: re.Match[str]) -> bool:
    """Whether a run of form feeds stands inside a line with a space or a tab on each
    side, or, two feeds or more, on one side (PyMuPDF's bracket in ``𝑥∈ℜ𝑛\\f\\f 𝑔𝑗(𝑥)``)."""
    before, after = text[run.start() - 1:run.start()], text[run.end():run.end() + 1]
    if before in _BLANKS and after in _BLANKS:
        return True
    return len(run.group()) >= 2 and (before in _BLANKS or after in _BLANKS) and \
        {before, after}.isdisjoint(("", "\n", "\r"))  # inside the line, not at its end


def _past_line_breaks(text: str, position: int, step: int) -> str:
    """The first character from ``position`` on (step 1) or back (step -1) that is
    neither a line feed nor a form feed (a column of glyphs, one a line, may hold
    several feeds: a table of control characters); empty at the text's edge."""
    while 0 <= position < len(text) and text[position] in "\n\f":
        position += step
    return text[position] if 0 <= position < len(text) else ""


def _line_breaks(text: str) -> re.Pattern[str]:
    return _LINE_BREAK if feeds_break_pages(text) else _LINE_BREAK_BUT_FEEDS


def _split_lines(text: str) -> list[tuple[int, int, int]]:
    """Return ``(start, content_end, end)`` for every line of ``text``."""
    spans: list[tuple[int, int, int]] = []
    position = 0
    for match in _line_breaks(text).finditer(text):
        spans.append((position, match.start(), match.end()))
        position = match.end()
    if position < len(text):
        spans.append((position, len(text), len(text)))
    return spans


def _protected_lines(texts: list[str], markdown: bool) -> list[bool]:
    """Mark fenced code, tables, (in Markdown) structural lines, and the lines the user
    turned cleaning off for, as protected."""
    protected = _switched_off(texts)
    fence: str | None = None
    code_before = False  # inside a Markdown code block indented by four spaces
    in_front_matter = markdown and bool(texts) and texts[0].strip() == "---"
    for index, text in enumerate(texts):
        if in_front_matter:
            protected[index] = True
            if index > 0 and text.strip() in {"---", "..."}:
                in_front_matter = False
            continue
        fence_match = _FENCE.match(text)
        if fence is not None:
            protected[index] = True
            if fence_match and fence_match.group(1)[0] == fence[0] and \
                    len(fence_match.group(1)) >= len(fence) and not text.strip(" `~"):
                fence = None
            continue
        if fence_match and _opens_a_fence(text, fence_match, markdown):
            fence = fence_match.group(1)
            protected[index] = True
            continue
        markdown_structure = markdown and any(
            pattern.match(text) for pattern in (_MD_HEADING, _MD_LIST, _MD_QUOTE, _MD_SETEXT,
                                                _MD_HTML))
        indented_code = markdown and bool(_MD_INDENTED.match(text)) and (
            index == 0 or not texts[index - 1].strip() or code_before)
        code_before = indented_code or (code_before and not text.strip())
        protected[index] = (protected[index] or _a_table_row(texts, index) or markdown_structure
                            or indented_code)
    return protected


def _a_table_row(texts: list[str], index: int) -> bool:
    """Whether line ``index`` is a row of a pipe table: it opens on a bar and closes on
    one (``| 3.3 |``, a cell), or a line right over or under it opens on one too
    (another row, the header's rule) or is an ASCII table's border (``+---+``). A bar
    that only opens its line is a page's foot (``| 3``), no table."""
    text = texts[index]
    if not _TABLE.match(text):
        return False
    return (text.rstrip().endswith("|") and len(text.strip()) > 1) or any(
        0 <= near < len(texts) and _TABLE_EDGE.match(texts[near])
        for near in (index - 1, index + 1))


def _opens_a_fence(text: str, fence: re.Match[str], markdown: bool) -> bool:
    """Whether a line that begins with a fence's characters opens one: the rest of the line
    (its info string) holds none of them, as CommonMark asks of backticks (````` ```a``` `````
    is inline code). Outside Markdown tildes too: a row of LaTeX's ties
    (``~~~~ & ~ &~~~~\\\\``) in a listing is no fence, and would protect every line under it.
    """
    mark = fence.group(1)[0]
    return mark not in text[fence.end():] or (markdown and mark == "~")


def _switched_off(texts: list[str]) -> list[bool]:
    """The lines from a ``cleaner: off`` line to the next ``cleaner: on`` line (or the
    end), both marker lines included, in any comment form the format has
    (``<!-- cleaner: off -->``, ``# cleaner: off``, ``% cleaner: off``).

    >>> _switched_off(["a", "<!-- cleaner: off -->", "b", "# cleaner: on", "c"])
    [False, True, True, True, False]
    """
    switched: list[bool] = []
    off = False
    for text in texts:
        marker = _SWITCH.match(text) if "cleaner" in text else None
        if marker is not None and marker.group(1).lower() == "off":
            off = True
        switched.append(off)
        if marker is not None and marker.group(1).lower() == "on":
            off = False
    return switched


_SWITCH = re.compile(r"^\W*cleaner:\s*(off|on)\W*$", re.IGNORECASE)


def line_starts(text: str) -> list[int]:
    """The offset at which each line of ``text`` starts, lines ending at line feeds only
    (as ``grep -n``, diffs and the review page count them).

    >>> line_starts("a\\nbc\\n\\nd")
    [0, 2, 5, 6]
    """
    starts = [0]
    position = text.find("\n")
    while position >= 0:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    if starts[-1] == len(text) and len(starts) > 1:
        starts.pop()  # the text ends with a line feed: no empty line after it
    return starts


def count_lines(text: str) -> int:
    """How many lines :func:`segment` would find in ``text``, without building them."""
    breaks = _line_breaks(text)
    unfinished = bool(text) and breaks.fullmatch(text[-1]) is None
    return len(breaks.findall(text)) + unfinished


# Python's whitespace, but for the information separators: an extractor writes a glyph it
# cannot map as one (PyMuPDF's ``\x1d`` for Scratch's green flag), a character of the text.
_SEPARATORS = "\x1c\x1d\x1e\x1f"


def _blank(text: str) -> bool:
    """True when ``text`` holds nothing but whitespace; an information separator
    (``\\x1c`` to ``\\x1f``), which Python counts as whitespace, is a glyph.

    >>> _blank(" \\t"), _blank("\\x1d")
    (True, False)
    """
    return not text.strip() and not any(char in _SEPARATORS for char in text)


def segment(text: str, *, markdown: bool = False) -> Document:
    """Split ``text`` into lines and blocks; change nothing."""
    spans = _split_lines(text)
    texts = [text[start:content_end] for start, content_end, _ in spans]
    protected = _protected_lines(texts, markdown)
    lines = tuple(
        Line(index, start, content_end, end, _blank(texts[index]), protected[index],
             text[content_end:end] == "\f", text)
        for index, (start, content_end, end) in enumerate(spans)
    )
    del texts
    blocks: list[Block] = []
    first: int | None = None
    for line in lines:
        if line.blank:
            if first is not None:
                blocks.append(Block(first, line.index - 1))
                first = None
            continue
        if first is None:
            first = line.index
        if line.page_break_after:  # a paragraph does not go on across a page break
            blocks.append(Block(first, line.index))
            first = None
    if first is not None:
        blocks.append(Block(first, len(lines) - 1))
    return Document(text, lines, tuple(blocks), markdown)
