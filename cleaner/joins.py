"""Detect paragraphs cut in two by a page or column break, and join them.

Two blocks are one paragraph when the first leaves its sentence open and the
second can continue it (:mod:`cleaner.sentence`, the same test the duplicate
keep policy uses). Joins see through what earlier stages removed: a running
header, a page number or a misplaced duplicate between the halves is gone
before the halves are judged. Verse and subtitles are never joined: their line
breaks mean something (:mod:`cleaner.formats`).

- CJK text joins with no space; Latin text with one space.
- A Latin word hyphenated across the break (``in-`` / ``struments``) loses its
  hyphen, unless the document itself spells that word with a hyphen elsewhere
  (``self-contained``): the document's own words are the evidence.
- Across a form feed the first half must be *plainly* open (a comma, a hyphen,
  an opening bracket) or the second start with a lower-case letter. (Form feeds
  only, of the page model: page breaks known from page numbers or blank lines
  are gone from the clean text, and a second run must judge the same.)

Never joined: headings and captions, a block that ends its sentence, a block
that opens with the paragraph indent the document gives every paragraph, list
items, formula or figure debris on either side (:func:`looks_like_prose`),
protected lines (code, tables, Markdown structure), lines that an earlier stage
found and left in place by option (a page number, the one copy of a running
head that ``keep_one_boilerplate`` keeps), a block that starts as the paragraph
before it starts (the text starts over: that one is a print cut short; a second half
joined to that paragraph starts nothing), a line that occurs more than once in what
cleaning keeps (a half sentence is unique text; a repeated line is furniture or a
label), and lines inside one block (line wrapping is not a break).

>>> from cleaner.options import Options
>>> from cleaner.segment import segment
>>> text = "全市新团员离队入团仪式示范活动上,161名初中学生宣誓\\n\\n入团,相比以往。"
>>> [j.joiner for j in detect(segment(text), (), Options()).joins]
['']
>>> detect(segment("强化理想信念教育\\n\\n入团,相比以往。"), (), Options()).joins
()
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from .findings import Findings, Join, Prior, left_lines, removed_lines
from .formats import indented
from .glued_heads import Trim
from .normalize import is_cjk, paragraph_key
from .options import Options
from .segment import Document, Line, LineIndices
from .sentence import CODE_LINE, can_continue, leaves_open, looks_like_prose, plainly_open

NAME = "joins"
_HYPHENATED_WORD = re.compile(r"(\w+)[-\u2010](\w+)")
_HYPHEN_AT_END = re.compile(r"(\w+)[-\u2010\u00ad]$")
_LEADING_WORD = re.compile(r"^(\w+)")
SAME_START = 40  # letters: a block that starts as the one before it starts does not go on
SAME_START_SCORE = 90  # the same words, give or take an OCR misreading or two

@dataclass
class _Evidence:
    """What joins look up in the whole document, computed once and only when needed."""

    doc: Document
    removed: frozenset[int]
    furniture: frozenset[int] = frozenset()  # lines found as furniture and left in place
    trimmed: dict[int, str] = field(default_factory=dict)  # line -> its text once trims go
    cut_words: frozenset[int] = frozenset()  # lines a page number was run into a word of
    _repeated: Counter[str] | None = None
    _hyphenated: set[str] | None = field(default=None)

    def repeated(self, line: Line) -> bool:
        """True when the line stands more than once in what is kept."""
        if self._repeated is None:
            self._repeated = Counter(line.text.strip() for line in self.doc.lines
                                     if not line.blank and line.index not in self.removed)
        return self._repeated[line.text.strip()] > 1

    def text(self, index: int) -> str:
        """Line ``index``'s text as cleaning keeps it: a head or a page number run into
        it gone."""
        return self.trimmed.get(index, self.doc.lines[index].text)

    def spelled_with_hyphen(self, word: str) -> bool:
        """True when the document writes ``word`` (``self-contained``) with its hyphen."""
        if self._hyphenated is None:
            self._hyphenated = {f"{a}-{b}".casefold()
                                for a, b in _HYPHENATED_WORD.findall(self.doc.text)}
        return word in self._hyphenated


def _across_form_feed(doc: Document, before: LineIndices, after: LineIndices) -> bool:
    """True when a form feed lies between the last line of ``before`` and ``after``."""
    return any(doc.lines[index].page_break_after for index in range(before[-1], after[0]))


def _opening(paragraph: list[LineIndices], evidence: _Evidence) -> str:
    """The first lines of ``paragraph`` (its blocks), ``SAME_START`` letters and more:
    where it starts. A block that joins made the paragraph's second half starts
    nothing, however its words begin (a filler text's ``gleichgültig, ob ich
    schreibe`` after ``Ist es``): cleaned again, that block is inside the paragraph."""
    opening: list[str] = []
    for index in (index for block in paragraph for index in block):
        opening.append(evidence.text(index))
        if len(paragraph_key("\n".join(opening))) > SAME_START:
            break
    return "\n".join(opening)


def _starts_over(before: str, after: str) -> bool:
    """True when ``after`` begins with the words ``before`` begins with (give or take a
    misread letter): the text starts again (a page printed twice, the first print cut
    short)."""
    from rapidfuzz import fuzz

    start_before, start_after = paragraph_key(before)[:SAME_START], paragraph_key(after)
    return len(start_before) == SAME_START and fuzz.ratio(
        start_before, start_after[:SAME_START]) >= SAME_START_SCORE


def _join(doc: Document, paragraph: list[LineIndices], after: LineIndices,
          evidence: _Evidence) -> Join | None:
    """The join of the blocks of ``paragraph`` (one, or more that joins made one) to the
    next kept block ``after``, or None."""
    before = paragraph[-1]
    last, first = doc.lines[before[-1]], doc.lines[after[0]]
    if last.protected or first.protected or {last.index, first.index} & evidence.furniture:
        return None
    last_text, first_text = evidence.text(last.index), evidence.text(first.index)
    if doc.layout.paragraph_indent and indented(first_text):
        return None  # the document opens its paragraphs so: this one starts afresh
    if not (looks_like_prose(last_text) and looks_like_prose(first_text)):
        return None  # the cheaper test first: figure debris, a letter alone
    if CODE_LINE.match(last_text) or CODE_LINE.match(first_text):
        return None  # a listing's line (``27 \\RequirePackage{amsbsy}``): code, no sentence
    text_before = "\n".join(evidence.text(index) for index in before)
    text_after = "\n".join(evidence.text(index) for index in after)
    if not leaves_open(text_before) or not can_continue(text_after):
        return None
    if evidence.repeated(last) or evidence.repeated(first):
        return None
    if _starts_over(_opening(paragraph, evidence), text_after):
        return None  # the first is a print of the second cut short, not its first half
    head = text_after.lstrip()
    if _across_form_feed(doc, before, after) and not (plainly_open(text_before)
                                                       or head[:1].islower()):
        return None
    tail = last_text.rstrip()
    where = f"line {doc.number(first.index)}"
    if is_cjk(tail[-1:]) or is_cjk(head[:1]):
        return Join(last.index, first.index, "", False, "broken_paragraph",
                    f"paragraph continues at {where}")
    if last.index in evidence.cut_words and tail[-1:].isalpha() and head[:1].islower():
        return Join(last.index, first.index, "", False, "hyphenated_word",
                    f"word rejoined across the break at {where} (its hyphen went with "
                    f"the page number run into it)")
    hyphen = _HYPHEN_AT_END.search(tail)
    word = _LEADING_WORD.match(head)
    if hyphen and word and head[:1].islower():
        spelled = f"{hyphen.group(1)}-{word.group(1)}".casefold()
        keep = evidence.spelled_with_hyphen(spelled)
        return Join(last.index, first.index, "", not keep, "hyphenated_word",
                    f"word {'kept as ' + spelled if keep else 'rejoined'} across the break "
                    f"at {where}")
    return Join(last.index, first.index, " ", False, "broken_paragraph",
                f"paragraph continues at {where}")


def chains(doc: Document, removed: frozenset[int], furniture: frozenset[int] = frozenset(),
           trims: Sequence[Trim] = (),
           ) -> tuple[list[list[LineIndices]], list[Join]]:
    """The paragraphs the clean text will hold once ``removed`` is gone, and the joins.

    Each paragraph is a list of kept blocks that joins make one; most hold one block.
    ``furniture`` lines (found, and left in place by option) are never joined; lines
    with ``trims`` (a head or a page number run into them) are judged as they are kept.
    """
    evidence = _Evidence(doc, removed, furniture, *_trimmed(doc, trims))
    found: list[list[LineIndices]] = []
    joins: list[Join] = []
    blocks = doc.kept_blocks(removed)
    for position, block in enumerate(blocks):
        if position:
            join = _join(doc, found[-1], block, evidence)
            if join is not None:
                joins.append(join)
                found[-1].append(block)
                continue
        found.append([block])
    return found, joins


def _trimmed(doc: Document, trims: Sequence[Trim]) -> tuple[dict[int, str], frozenset[int]]:
    """Each trimmed line's text once its trims go, and the lines whose trim is a page
    number run into a word (``distri8``): pdftotext drops a hyphen at a line's end and
    joins the next line to it, and the next line was the page's number; pypdf runs the
    number into the word as it stood (``expres–17–``)."""
    texts: dict[int, str] = {}
    cut: set[int] = set()
    for trim in sorted(trims, key=lambda trim: -trim.start):  # from the line's end
        text = texts.get(trim.line, doc.lines[trim.line].text)
        texts[trim.line] = text[:trim.start] + text[trim.end:]
        if trim.reason == "page_number" and text[trim.start - 1:trim.start].isalpha() and \
                not text[trim.start:trim.end][:1].isspace():
            cut.add(trim.line)
    return texts, frozenset(cut)


def detect(doc: Document, prior: Prior, options: Options) -> Findings:
    """A join for every pair of kept blocks that form one broken paragraph.

    Nothing is joined where the format gives line breaks a meaning of their own
    (verse, subtitles: :mod:`cleaner.formats`).
    """
    if not options.join_broken_paragraphs or not doc.layout.policy.joins:
        return Findings(NAME)
    trims = [trim for found in prior for trim in found.trims]
    _, joins = chains(doc, removed_lines(prior), left_lines(prior), trims)
    return Findings(NAME, joins=tuple(joins))
