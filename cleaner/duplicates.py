"""Detect copies made by accident: a block printed twice, a cut-off or merged copy.

Repetition alone is never the reason to remove a paragraph: authors repeat on
purpose (a refrain, a chorus, a formula in every article). A paragraph is
removed only when something shows that an accident made it, and the removal
names that evidence:

- ``printed_twice_in_a_row``: it belongs to a run of paragraphs that is followed
  at once by the same run (``A B C A B C``): a page, a block or a whole document
  printed twice. The first run stays, unless it is the one cut off (its last
  paragraph stops short where the second run's goes on). A single paragraph
  printed twice in a row counts only when it is long prose (``LONG_WORDS``), and
  not when it stands three times or more in a row (a refrain, a filler text), nor
  when a sibling of it stands right beside the two (a series of variants); nor
  do two runs that each stand under a heading of their own, worded otherwise
  (:func:`cleaner.runs.headed_apart`: sections written alike), or each hold a
  paragraph of prose of their own (:func:`cleaner.runs.worded_apart`: an example
  shown in steps, each explained), nor a run whose paragraphs each stand a third
  time right around the two, in no fixed order (a form's fields:
  :func:`_among_more_copies`);
- ``cut_off_beside_complete``: the start of a paragraph printed right before it,
  or its end printed right after it (within ``ADJACENT`` paragraphs);
- ``merged_copy``: a paragraph that runs together the text of two or more of its
  neighbours (``MERGE_WINDOW``), which stand complete beside it, no heading between,
  and that no other paragraph says to the letter (a filler's paragraphs set twice);
- ``misplaced_nearby``: a long prose paragraph (``LONG_WORDS``) that stands twice,
  the second time within ``NEARBY`` paragraphs of the first (three times or more is
  a refrain; two whose neighbours are alike too are passages written to one
  template, two with a heading between are sections of their own, and two each right
  under a short term of its own, worded otherwise, are a list's entries: they stay);
  the copy that continues a sentence left open before it stays (``keep``), else the
  first;
- ``notice_at_both_ends``: the same notice with a web address among the first and
  the last ``NOTICE_SPAN`` paragraphs (a download site's, pasted by a scraper), no
  nearer each other than the file's ends: every copy goes.

No paragraph that says one sentence or line of its own three times or more (a filler
text, ``Dies ist Blindtext.`` again and again; a listing's column), or one word over and
over (``long long long …``), is removed by these rules, nor a copy of it: its copies, its
start and its end are alike by design.

What the document's format allows (:mod:`cleaner.formats`) comes first: verse and
subtitles repeat by design, so only a notice is judged there; a statute's articles
share formulas, so only blocks printed twice are judged, never one paragraph near
another. Every other repeat stays and is listed as kept (``repeated_paragraph``),
with the reason it was not removed.

A paragraph is a block of lines (or a line, where each line is a paragraph),
without what earlier stages removed. Paragraphs holding protected lines (code,
tables, Markdown structure) are never removed. Two alike paragraphs are copies
only when :func:`cleaner.kinship.judge` finds nothing but noise and truncation
between them; otherwise they are siblings: both stay, and the findings list them.

>>> from cleaner.options import Options
>>> from cleaner.segment import segment
>>> block = ("The harbour master reported that the northern pier needs repair.\\n\\n"
...          "The cost will be shared with the fishing cooperative, he said.\\n\\n")
>>> [(r.lines, r.evidence) for r in detect(segment(block * 2), (), Options()).removals]
[((4,), 'printed_twice_in_a_row'), ((6,), 'printed_twice_in_a_row')]
>>> refrain = "And still she sat, and still she reeled, and still she wished for company."
>>> story = "".join(f"Part {n} of the tale goes on here.\\n\\n{refrain}\\n\\n" for n in range(3))
>>> detect(segment(story), (), Options()).removals
()
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import runs
from .edits import Reason
from .findings import (
    Findings,
    Prior,
    Removal,
    Resemblance,
    left_lines,
    lines_found_as,
    page_model,
    removed_lines,
)
from .formats import MARGIN, width, wrapped
from .matching import Match, UnionFind, find_matches, skipped_note
from .normalize import cjk_count, latin_words, paragraph_key, words
from .options import KeepPolicy, Options
from .pages import Pages
from .segment import Document

if TYPE_CHECKING:
    from .kinship import Difference
from .sentence import (
    CLOSERS,
    SENTENCE_END,
    SENTENCE_MARKS,
    can_continue,
    is_heading,
    leaves_open,
    reads_as_heading,
)

NAME = "duplicates"
CONTEXT_LINES = 200  # how far back the keep policy looks for the sentence a copy continues
LONG_WORDS = 20  # a single paragraph judged by where it stands has this many words...
BLOCK_WORDS = 20  # ...a block of two or more paragraphs printed twice, this many in all
FRAGMENT_WORDS = 8  # a cut-off piece of a paragraph has at least this many words
FRAGMENT_CHARS = 10  # a piece of a merged copy: this many letters at least
NEARBY = 8  # paragraphs: a long paragraph again this close is misplaced
TERM_WORDS = 3  # ...unless each stands under a term of its own, a line this short
CAPTION_PARAGRAPHS = 1  # a copy past this many paragraphs (a caption) still stands in a row
MERGE_WINDOW = 6  # paragraphs around a merged copy where its pieces stand
MERGE_COVER = 0.85  # share of a merged copy that its neighbours' pieces must cover
OWN_WORDS = 4  # ...and no stretch between them this many words long: its own words
LETTERS_PER_WORD = 5  # an English word is about five letters (and a CJK word two characters)
MATCH_CHARS = 10  # letters of a cut-off end looked for in the complete paragraph
PRINT_ROUNDS = 3  # a copy removed brings the copies around it together: look again, so often
EXPLAINED_CHARS = 2_000_000  # up to this size every pair alike is told sibling or copy
NOTICE_SPAN = 10  # paragraphs at each end of the file where a scraper's notice stands
OWN_REPEATS = 3  # a paragraph that says one sentence of its own this often is a filler text
SENTENCE_WORDS = 3  # ...a sentence of this many words at least (``Dies ist Blindtext.``)
FILLER_WORD_REPEATS = 8  # ...or one word said this often (``long long long …``)...
FILLER_WORD_SHARE = 0.75  # ...that makes this share of its words at least
MEASURED_WIDTH = 20  # a print's lines this wide show where it was broken into lines...
MEASURED_LINES = 4  # ...when it has this many of them
LINE_ALIKE = 80  # a line of one print stands in the other when as alike as this (fuzz.ratio)
LINE_SLACK = 0.1  # ...and as long, but for this share (a line set wider holds a narrower one)...
LINE_SHIFT = 3  # ...this many lines at most from where its place in the paragraph puts it
_SENTENCE_SPLIT = re.compile(f"(?<=[{re.escape(''.join(sorted(SENTENCE_END)))}])\\s+")
_SENTENCE_MARK = re.compile(f"[{re.escape(''.join(sorted(SENTENCE_MARKS)))}]")
_WEB_ADDRESS = re.compile(r"https?://|www\.|[\w-]+\.(?:com|net|org|cn|fm|info|io|cc|tw|hk)\b"
                          r"|[\w.-]+@[\w-]+\.\w+", re.IGNORECASE)
REASON_OF: dict[str, Reason] = {"exact": "duplicate_paragraph", "near": "near_duplicate_paragraph",
                                "contained": "contained_paragraph"}


def key_words(key: str) -> float:
    """About how many words a key (letters and digits, no spaces) holds: a CJK character is
    half a word, five other letters are one."""
    cjk = cjk_count(key)
    return cjk / 2 + (len(key) - cjk) / LETTERS_PER_WORD


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of the text as it stands once earlier removals are gone: its lines,
    its key, its place among all paragraphs, and whether it is judged as a copy at all."""

    lines: tuple[int, ...]
    key: str
    position: int
    judged: bool  # long enough, free of protected lines, not a lone heading
    reads_as_sentence: bool

    @property
    def first(self) -> int:
        return self.lines[0]

    @property
    def span(self) -> tuple[int, int]:
        return self.lines[0], self.lines[-1]


def _reads_as_sentence(text: str) -> bool:
    """Sentence punctuation inside, or a sentence's end at the end: not a title."""
    core = text.rstrip().rstrip("".join(CLOSERS))
    return _SENTENCE_MARK.search(text) is not None or core.endswith(tuple(SENTENCE_END))


def paragraphs_of(doc: Document, removed: frozenset[int], not_compared: frozenset[int],
                  options: Options, furniture: frozenset[int] = frozenset()) -> list[Paragraph]:
    """Every paragraph the clean text will hold once ``removed`` is gone, in order: blocks
    joined as the join rules join them (:func:`cleaner.joins.chains`; ``furniture`` lines
    left in place are never joined), or lines where each line is a paragraph.
    ``not_compared`` lines (page numbers left in place) are left out of the text that is
    compared."""
    from . import joins

    units: Iterable[Sequence[int]]
    if doc.layout.line_paragraphs:
        units = ((line.index,) for line in doc.lines
                 if not line.blank and line.index not in removed)
    elif options.join_broken_paragraphs and doc.layout.policy.joins:
        units = ([index for block in chain for index in block]
                 for chain in joins.chains(doc, removed, furniture)[0])
    else:
        units = doc.kept_blocks(removed)
    found: list[Paragraph] = []
    for lines in units:
        compared = [index for index in lines if index not in not_compared]
        text = doc.joined_text(compared)
        key = paragraph_key(text)
        judged = (bool(compared) and len(key) >= options.min_paragraph_chars
                  and not any(doc.lines[index].protected for index in lines)
                  and not (len(lines) == 1 and is_heading(text)))
        found.append(Paragraph(tuple(lines), key, len(found), judged, _reads_as_sentence(text)))
    return found


@dataclass(frozen=True)
class _Link:
    """Two distinct keys whose paragraphs are copies of each other: how, and how closely.
    ``truncated`` is the key that is the other's start or end cut short (``at_start``:
    its start)."""

    reason: Reason
    score: float
    truncated: int | None = None
    at_start: bool = False
    difference: Difference | None = None


EXACT = _Link("duplicate_paragraph", 100.0)


@dataclass
class _Copies:
    """The judged paragraphs' distinct keys and the pairs of keys the matcher found alike.

    Whether an alike pair is a copy or a sibling (:func:`cleaner.kinship.judge`) is asked
    only when some evidence of an accident is on the table (:meth:`link`), and
    remembered: a pair far apart is never removed, so it needs no verdict, and a
    document whose look-alikes stand far apart costs no alignment at all."""

    doc: Document
    key_of: dict[int, int]  # paragraph position -> key number
    keys: list[str]
    first_of_key: list[Paragraph]  # a paragraph with each key: its text is the key's text
    repeated_text: dict[str, bool]  # short paragraphs' keys: True when a key repeats
    roots: list[int]  # for each key, its group of alike keys (linked directly or not)
    alike: dict[int, dict[int, Match]]  # key -> alike key -> the match
    skipped_buckets: int
    siblings: list[Resemblance] = field(default_factory=list)
    parallel: set[int] = field(default_factory=set)  # kept near: their neighbours alike too
    refrains: set[int] = field(default_factory=set)  # kept: three times or more in a row
    sections: set[int] = field(default_factory=set)  # kept: under headings of their own
    steps: set[int] = field(default_factory=set)  # kept: each with its own prose between
    entries: set[int] = field(default_factory=set)  # kept near: under terms of their own
    fillers: set[int] = field(default_factory=set)  # kept: each says a sentence thrice, or a word
    variants: set[int] = field(default_factory=set)  # kept: a sibling stands beside them
    fields: set[int] = field(default_factory=set)  # kept: among more copies, no fixed order
    measures: set[int] = field(default_factory=set)  # kept: set again to another width
    _verdicts: dict[tuple[int, int], _Link | None] = field(default_factory=dict)
    _forms: dict[tuple[int, int], bool] = field(default_factory=dict)
    in_form_later: set[int] = field(default_factory=set)  # listed as siblings already

    def link(self, a: int, b: int) -> _Link | None:
        """How the paragraphs at positions ``a`` and ``b`` are copies, or None (not alike,
        or siblings)."""
        key_a, key_b = self.key_of.get(a), self.key_of.get(b)
        if key_a is None or key_b is None:
            return None
        if key_a == key_b:
            return EXACT
        match = self.alike.get(key_a, {}).get(key_b)
        if match is None:
            return None
        pair = (match.longer, match.shorter)
        if pair not in self._verdicts:
            self._verdicts[pair] = self._judge(match)
        return self._verdicts[pair]

    def sibling(self, a: int, b: int) -> bool:
        """True when the paragraphs at positions ``a`` and ``b`` are alike as a whole (not
        one held in the other) but what differs between them is content (judged, and
        listed as siblings)."""
        key_a, key_b = self.key_of.get(a), self.key_of.get(b)
        if key_a is None or key_b is None:
            return False
        match = self.alike.get(key_a, {}).get(key_b)
        return match is not None and match.similarity.relation == "near" \
            and self.link(a, b) is None

    def in_form(self, a: Paragraph, b: Paragraph) -> bool:
        """True when two paragraphs of one key differ in a word one capitalises and the
        other does not, a command one stars, a sign one has (``N-`` / ``N``) or an option
        set with other symbols: siblings, listed as such (:func:`cleaner.kinship.in_form`)."""
        from .kinship import in_form  # imported only when two texts of a key differ

        pair = (a.position, b.position)
        if pair not in self._forms:
            text_a, text_b = self.doc.joined_text(a.lines), self.doc.joined_text(b.lines)
            difference = None if text_a == text_b else in_form(text_a, text_b)
            self._forms[pair] = difference is not None
            if difference is not None:
                self.in_form_later.add(self._sibling(a, b, 100.0, difference).position)
        return self._forms[pair]

    def _sibling(self, a: Paragraph, b: Paragraph, score: float,
                 difference: Difference) -> Paragraph:
        """List two alike paragraphs as siblings, at the later of the two, as looking like
        the earlier; the later is returned."""
        later, earlier = sorted((a, b), key=lambda paragraph: -paragraph.first)
        self.siblings.append(Resemblance(
            later.lines, earlier.span, score,
            f"looks like the paragraph at line {self.doc.number(earlier.first)} "
            f"({score:.0f}) but is a sibling, kept: {difference.describe()}"))
        return later

    def linked(self, key: int) -> Iterable[int]:
        """The keys alike to ``key`` (copies or not)."""
        return self.alike.get(key, {})

    def _judge(self, match: Match) -> _Link | None:
        from .kinship import judge, vocabulary_of  # imported only when a pair is judged

        longer, shorter = self.first_of_key[match.longer], self.first_of_key[match.shorter]
        difference = judge(self.doc.joined_text(longer.lines),
                           self.doc.joined_text(shorter.lines),
                           vocabulary=vocabulary_of(self.doc.text), truncated=True)
        if not difference.copy:
            self._sibling(longer, shorter, match.similarity.score, difference)
            return None
        relation = match.similarity.relation
        cut = relation == "contained" or "truncation" in difference.kinds
        return _Link(REASON_OF[relation], match.similarity.score,
                     match.shorter if cut else None,
                     cut and _at_start(self.keys[match.longer], self.keys[match.shorter]),
                     difference)


def _alike_enough(longer: Paragraph, shorter: Paragraph, min_chars: int) -> bool:
    """A short paragraph is matched fuzzily only when both read as sentences, not titles."""
    if len(shorter.key) >= 2 * min_chars:
        return True
    return longer.reads_as_sentence and shorter.reads_as_sentence


def _at_start(longer: str, shorter: str) -> bool:
    """True when ``shorter`` is the start of ``longer`` rather than its end."""
    from rapidfuzz import fuzz

    return fuzz.ratio(shorter, longer[:len(shorter)]) >= fuzz.ratio(shorter, longer[-len(shorter):])


def _copies(doc: Document, paragraphs: list[Paragraph], options: Options) -> _Copies:
    """The judged paragraphs' keys, and the pairs of keys alike enough to be copies
    (judged as copies or siblings later, on demand)."""
    judged = [paragraph for paragraph in paragraphs if paragraph.judged]
    matches = find_matches([paragraph.key for paragraph in judged],
                           threshold=options.similarity, containment=True,
                           min_contained=options.min_paragraph_chars,
                           max_bucket=options.max_bucket)
    key_of: dict[int, int] = {}
    for key, items in enumerate(matches.items):
        for item in items:
            key_of[judged[item].position] = key
    first_of_key = [judged[items[0]] for items in matches.items]
    alike: dict[int, dict[int, Match]] = {}
    union_find = UnionFind(len(matches.keys))
    for match in matches.pairs:
        if _alike_enough(first_of_key[match.longer], first_of_key[match.shorter],
                         options.min_paragraph_chars):
            alike.setdefault(match.longer, {})[match.shorter] = match
            alike.setdefault(match.shorter, {})[match.longer] = match
            union_find.union(match.longer, match.shorter)
    short: dict[str, bool] = {}
    for paragraph in paragraphs:
        if not paragraph.judged and paragraph.key:
            short[paragraph.key] = paragraph.key in short
    roots = [union_find.find(key) for key in range(len(matches.keys))]
    return _Copies(doc, key_of, matches.keys, first_of_key, short, roots, alike,
                   matches.skipped_buckets)


@dataclass
class _Decision:
    """What the evidence decided so far: each removed paragraph's position, with the
    position of the copy it repeats and why."""

    gone: dict[int, tuple[int, _Link, str, str]] = field(default_factory=dict)
    never: set[int] = field(default_factory=set)  # paragraphs whose copies show no accident

    def remove(self, position: int, original: int, link: _Link, evidence: str,
               why: str) -> None:
        if position not in self.never and original not in self.never:
            self.gone.setdefault(position, (original, link, evidence, why))


def _notices(doc: Document, paragraphs: list[Paragraph], copies: _Copies,
             decision: _Decision) -> None:
    """The same notice, with a web address, among the first and the last paragraphs: a
    download site's notice that a scraper pasted at both ends. Every copy goes.

    In a short file the first and the last paragraphs meet: copies that stand nearer
    each other than the file's ends (a footnote with the authors' addresses, in a
    sample printed twice) are not at its ends, and stay for the other rules to judge."""
    span = min(NOTICE_SPAN, len(paragraphs) // 2)
    head, tail = paragraphs[:span], paragraphs[len(paragraphs) - span:]
    pairs = [(a, b) for a in head for b in tail
             if a.key and (a.key == b.key or copies.link(a.position, b.position) is not None)]
    runs: list[list[tuple[Paragraph, Paragraph]]] = []
    for a, b in pairs:
        if runs and runs[-1][-1][0].position == a.position - 1 \
                and runs[-1][-1][1].position == b.position - 1:
            runs[-1].append((a, b))
        else:
            runs.append([(a, b)])
    last = len(paragraphs) - 1
    for run in runs:
        if not any(_WEB_ADDRESS.search(doc.joined_text(paragraph.lines))
                   for pair in run for paragraph in pair):
            continue
        outside = run[0][0].position + (last - run[-1][1].position)
        if run[0][1].position - run[-1][0].position < outside:
            continue  # nearer each other than the ends: a document printed twice
        for a, b in run:
            link = copies.link(a.position, b.position) or EXACT
            why = "a notice with a web address at the top and at the end of the file"
            decision.remove(a.position, b.position, link, "notice_at_both_ends", why)
            decision.remove(b.position, a.position, link, "notice_at_both_ends", why)


def _merged(doc: Document, paragraphs: list[Paragraph], copies: _Copies, decision: _Decision,
            headings: _Headings, pages: Pages | None = None) -> bool:
    """Paragraphs that run together the text of two or more neighbours, which also stand
    complete beside them: a scraper glued them into one. Only a long prose paragraph
    longer than both its neighbours is looked at, longest first; pieces come from
    paragraphs that stay. Neighbours and windows are counted among the paragraphs that
    stay (a copy already removed is not a neighbour: the clean text does not have it, and
    a second run must judge the same). Neighbours that follow each other across page
    breaks only may be one paragraph cut by the page: a paragraph holding them repeats
    it, and stays. A paragraph that is a sibling of one of its sources (alike, but what
    differs is content: ``ISCRAM 2018`` where the source has ``2017``) is that source's
    variant, written to its pattern, and stays; so does one that another paragraph says
    to the letter (:func:`_stands_whole_elsewhere`). True when one was found."""
    live = _staying(paragraphs, decision)
    candidates = [paragraph for index, paragraph in enumerate(live)
                  if all(len(other.key) < len(paragraph.key)
                         for other in live[max(0, index - 1):index + 2] if other is not paragraph)
                  and _holds_two(paragraph, _window(live, index))]
    found = False
    counted = len(decision.gone)  # ``live`` is counted again only when one more has gone
    where = {other.position: index for index, other in enumerate(live)}
    for paragraph in sorted(candidates, key=lambda paragraph: -len(paragraph.key)):
        if paragraph.position in decision.gone or not _long_prose(paragraph, doc):
            continue
        if len(decision.gone) != counted:
            live, counted = _staying(paragraphs, decision), len(decision.gone)
            where = {other.position: index for index, other in enumerate(live)}
        index = where[paragraph.position]
        pieces = _pieces(paragraph.key, [other for other in _window(live, index)
                                         if other is not paragraph])
        pieces = [piece for piece in pieces if key_words(piece[3]) >= FRAGMENT_WORDS]
        covered = sum(end - start for start, end, _, _ in pieces)
        sources = {position for _, _, position, _ in pieces}
        if len(sources) >= 2 and covered >= MERGE_COVER * len(paragraph.key) \
                and not _one_cut(doc, paragraphs, sorted(sources), pages) \
                and not headings.between(paragraph.position, min(
                    sources, key=lambda source: abs(source - paragraph.position))) \
                and not _says_its_own(paragraph.key, pieces) \
                and not any(copies.sibling(paragraph.position, source) for source in sources) \
                and not _goes_on_from(doc, live, index) \
                and not _stands_whole_elsewhere(paragraph, live, copies):
            original = max(sources, key=lambda position: len(paragraphs[position].key))
            decision.remove(paragraph.position, original,
                            _Link("contained_paragraph",
                                  round(100 * covered / len(paragraph.key), 1)),
                            "merged_copy", f"runs together {len(sources)} paragraphs that "
                            "stand complete beside it")
            found = True
    return found


def _stands_whole_elsewhere(paragraph: Paragraph, live: list[Paragraph],
                            copies: _Copies) -> bool:
    """Whether another paragraph that stays says ``paragraph`` to the letter: a passage
    the author wrote twice, neighbours and all (a blind text's paragraphs again in one
    order), not one a scraper glued together, which its glue makes unlike any other."""
    key = copies.key_of.get(paragraph.position)
    return key is not None and any(
        other is not paragraph and copies.key_of.get(other.position) == key for other in live)


def _says_its_own(key: str, pieces: list[tuple[int, int, int, str]]) -> bool:
    """Whether ``key`` holds, before, between or after the neighbours' ``pieces``, a
    stretch of ``OWN_WORDS`` words or more that none of them has: a block quotation that
    repeats the paragraph before it under a sentence of its own (``This is a sample long
    quotation.``) is the author's; a scraper's glue adds a word or two at most."""
    bounds = sorted((start, end) for start, end, _, _ in pieces)
    gap_starts = [0, *(end for _, end in bounds)]  # the key's start, then each piece's end
    gap_ends = [*(start for start, _ in bounds), len(key)]  # each piece's start, the end
    return any(key_words(key[start:end]) >= OWN_WORDS
               for start, end in zip(gap_starts, gap_ends, strict=True))


def _goes_on_from(doc: Document, live: list[Paragraph], index: int) -> bool:
    """Whether the paragraph at ``index`` of ``live`` goes on with a sentence the one
    before it leaves open (a line number between, or a page's, aside, any paragraph
    without a letter): the second half of a clause that a line number cut
    (``Where a citizen ... engaged in fraud or deception`` / ``prior to Application Day
    which ...``). Removed, it would leave that sentence open; it repeats its
    neighbours' words because the author wrote it to their pattern (a statute's
    clauses)."""
    before = next((text for text in (doc.joined_text(other.lines)
                                     for other in reversed(live[:index]))
                   if any(char.isalpha() for char in text)), None)
    return before is not None and leaves_open(before) and \
        can_continue(doc.joined_text(live[index].lines))


def _second_half(doc: Document, live: list[Paragraph], index: int) -> bool:
    """Whether the paragraph at ``index`` of ``live`` is the second half of one that a page
    (or a blank line) cut: the paragraph before it ends its last sentence open (``… ist
    selbst schuld. Der``). Its text is only the end of that paragraph (``Text gibt
    lediglich …``), and a paragraph after it that holds that end and more is no print of
    it: the whole, first half and second, may say something else."""
    return index > 0 and leaves_open(doc.joined_text(live[index - 1].lines))


def _one_cut(doc: Document, paragraphs: list[Paragraph], sources: list[int],
             pages: Pages | None) -> bool:
    """Whether the ``sources`` (positions, in order) are the pieces of one paragraph that
    something cut: each stands on a later page than the one before it, or goes on with a
    sentence the one before leaves open (a listing's blank line or its wrapped line's
    arrow between, ``… Proin viverra massa`` / ``→ rutrum felis …``). Neither piece
    stands complete beside a paragraph that holds them: that paragraph says the whole."""
    texts = {position: doc.joined_text(paragraphs[position].lines) for position in sources}
    return all(
        (pages is not None and pages.page_of(paragraphs[later].first)
         > pages.page_of(paragraphs[earlier].lines[-1]))
        or (leaves_open(texts[earlier]) and can_continue(_from_its_first_word(texts[later])))
        for earlier, later in itertools.pairwise(sources))


def _from_its_first_word(text: str) -> str:
    """``text`` without the marks before its first letter or digit (a listing's arrow
    that carries a wrapped line on, ``, → rutrum``)."""
    start = next((index for index, char in enumerate(text) if char.isalnum()), len(text))
    return text[start:]


@dataclass
class _Headings:
    """Which paragraphs read as headings, counted once, when first asked: a paragraph
    that reads as one (:func:`~cleaner.sentence.reads_as_heading`) and that the next does
    not go on with (``The chair noted that the treasurer wrote that`` is a sentence's
    start)."""

    doc: Document
    paragraphs: list[Paragraph]

    @functools.cached_property
    def _before(self) -> list[int]:
        """How many headings stand before each position."""
        texts = [self.doc.joined_text(paragraph.lines).strip() for paragraph in self.paragraphs]
        marks = (reads_as_heading(text) and not (
            position + 1 < len(texts) and can_continue(texts[position + 1]))
            for position, text in enumerate(texts))
        return list(itertools.accumulate(marks, initial=0))

    def between(self, one: int, other: int) -> bool:
        """Whether a heading stands between the paragraphs at positions ``one`` and
        ``other``: the two stand in sections of their own (a thesis' abstract, then under
        ``ACKNOWLEDGEMENTS`` the same filler text). A scraper glues neighbours, and a
        misplaced copy lands among them; neither adds a heading."""
        low, high = sorted((one, other))
        return self._before[high] > self._before[low + 1]


def _staying(paragraphs: list[Paragraph], decision: _Decision) -> list[Paragraph]:
    """The paragraphs not yet removed, in order."""
    return [paragraph for paragraph in paragraphs if paragraph.position not in decision.gone]


def _window(live: list[Paragraph], index: int) -> list[Paragraph]:
    """The paragraphs that stay around ``live[index]``: ``MERGE_WINDOW`` each side."""
    return live[max(0, index - MERGE_WINDOW):index + MERGE_WINDOW + 1]


def _holds_two(paragraph: Paragraph, window: list[Paragraph]) -> bool:
    """A quick look before the pieces are measured: two neighbours at least whose start or
    end the paragraph holds."""
    key = paragraph.key
    return sum(other is not paragraph and len(other.key) >= FRAGMENT_CHARS and (
        other.key[:FRAGMENT_CHARS] in key or other.key[-FRAGMENT_CHARS:] in key)
        for other in window) >= 2


def _pieces(key: str, others: list[Paragraph]) -> list[tuple[int, int, int, str]]:
    """Where the other paragraphs' texts (whole, or their start or end) stand in ``key``,
    without overlaps, longest first: ``(start, end, position, piece)``."""
    found: list[tuple[int, int, int, str]] = []
    for other in others:
        if len(other.key) < FRAGMENT_CHARS or (other.key[:FRAGMENT_CHARS] not in key
                                               and other.key[-FRAGMENT_CHARS:] not in key):
            continue
        for piece in (_longest_part(key, other.key, start=True),
                      _longest_part(key, other.key, start=False)):
            if len(piece) >= FRAGMENT_CHARS:
                at = key.find(piece)
                found.append((at, at + len(piece), other.position, piece))
    chosen: list[tuple[int, int, int, str]] = []
    for start, end, position, piece in sorted(found, key=lambda found: found[0] - found[1]):
        if all(end <= other[0] or start >= other[1] for other in chosen):
            chosen.append((start, end, position, piece))
    return chosen


def _longest_part(key: str, other: str, *, start: bool) -> str:
    """The longest start (or end) of ``other`` that ``key`` contains."""
    low, high = 0, len(other)
    while low < high:
        middle = (low + high + 1) // 2
        part = other[:middle] if start else other[-middle:]
        if part in key:
            low = middle
        else:
            high = middle - 1
    return other[:low] if start else other[len(other) - low:]


def _cut_off(doc: Document, paragraphs: list[Paragraph], copies: _Copies,
             decision: _Decision) -> bool:
    """A paragraph's start printed right before it, or its end (cut in mid-sentence)
    printed right after it; and further cut-off copies of it right next to those.
    Paragraphs already removed do not stand between. True when one was found."""
    left = [paragraph for paragraph in paragraphs if paragraph.position not in decision.gone]
    found = False
    for at, complete in enumerate(left):
        if complete.position in decision.gone or not complete.judged:
            continue
        for step in (-1, 1):
            position = at + step
            while 0 <= position < len(left):
                fragment = left[position]
                link = copies.link(fragment.position, complete.position)
                if (link is None or fragment.position in decision.gone
                        or link.truncated != copies.key_of[fragment.position]
                        or link.at_start != (step < 0)
                        or _weight(fragment, doc) < FRAGMENT_WORDS):
                    break
                if step > 0 and position == at + 1 and not _cut_mid_sentence(
                        doc.joined_text(complete.lines), fragment.key):
                    break  # an end that is a whole sentence may be an echo: the author's
                where = "before" if step < 0 else "after"
                decision.remove(fragment.position, complete.position, link,
                                "cut_off_beside_complete",
                                f"cut off, printed right {where} the complete paragraph")
                found = True
                position += step
    return found


def _cut_mid_sentence(complete: str, piece: str) -> bool:
    """True when the key ``piece`` (of a piece of the text ``complete`` ends with) starts
    inside one of its sentences, not where a sentence starts. Compared as keys, so that
    a mark more or less does not matter. A line that stops short of the margin (a
    heading over its paragraph) ends what it says, as a full stop does."""
    whole = paragraph_key(complete)
    start = (len(whole) - len(piece) if whole.endswith(piece)
             else whole.rfind(piece[:MATCH_CHARS]) if piece else -1)
    if start <= 0:
        return False
    lines = complete.split("\n")
    margin = MARGIN * max(width(line) for line in lines)
    starts = {0}  # where sentences start, in key characters
    letters = 0
    for line in lines:
        for char in line:
            if char in SENTENCE_END:
                starts.add(letters)
            elif paragraph_key(char):
                letters += 1
        if width(line) < margin:
            starts.add(letters)
    return start not in starts


def _label(paragraph: Paragraph, roots: list[int], copies: _Copies) -> object:
    """What a paragraph is, for finding runs printed twice: its group of copies, or its
    text (short paragraphs), or None."""
    key = copies.key_of.get(paragraph.position)
    if key is not None:
        return ("copy", roots[key])
    return ("text", paragraph.key) if paragraph.key and not paragraph.judged else None


def _printed_twice(doc: Document, paragraphs: list[Paragraph], copies: _Copies,
                   decision: _Decision, options: Options) -> bool:
    """Runs of paragraphs followed at once by the same run (:mod:`cleaner.runs`): the
    later print goes (the earlier, when it is the one cut off, or with ``keep="last"``).
    A paragraph followed by its own start is not a print of it (a cut-off piece or a
    merged copy: the stages before and after judge those); nor is a paragraph that ends
    with the text of the second half of one cut in two (:func:`_second_half`) and says
    more a print of that half: the half's paragraph, first half and second, may say
    something else. True when one was found."""
    left = [paragraph for paragraph in paragraphs if paragraph.position not in decision.gone]
    labels = [_label(paragraph, copies.roots, copies) for paragraph in left]
    keys = [paragraph.key for paragraph in left]

    def same(later: int, earlier: int) -> bool:
        return (_copy_pair(left[earlier], left[later], copies)
                and not _part_of(left[later], left[earlier], copies)
                and not (left[later].key.endswith(left[earlier].key)
                         and left[later].key != left[earlier].key
                         and _second_half(doc, left, earlier))
                and (_cut_short(left[earlier], left[later], copies)  # then the earlier goes
                     or _nothing_more(left[later], left[earlier], paragraphs)))

    def enough(pairs: list[tuple[int, int]]) -> bool:
        if runs.headed_apart(pairs, len(left), lambda at: doc.joined_text(left[at].lines)):
            # each copy under a heading of its own: two sections written alike
            copies.sections.update(left[at].position for pair in pairs for at in pair)
            return False
        if runs.worded_apart(pairs, len(left), lambda at: doc.joined_text(left[at].lines)):
            # each copy with a paragraph of prose of its own: an example shown in steps
            copies.steps.update(left[at].position for pair in pairs for at in pair)
            return False
        if _three_times_to_the_letter(pairs, left, doc):
            # one text (a paragraph or a run of them) three times or more in a row, to
            # the letter: a refrain, a filler text, a table's column of the same cells,
            # a sample list's item (an accident prints a paragraph twice; a page
            # scanned again and again is garbled differently each time)
            copies.refrains.update(left[at].position for pair in pairs for at in pair)
            return False
        if _beside_a_variant(pairs, left, copies):
            # A A' A: a series of variants (a sample bibliography's entries, a test's
            # cases), whose author wrote each; no layout error prints a sibling beside
            copies.variants.update(left[at].position for pair in pairs for at in pair)
            return False
        if _set_in_another_measure(pairs, left, doc):
            # one text broken into lines of another width: typeset again (a fact
            # sheet's page in one column, then in two), not a print made twice
            copies.measures.update(left[at].position for pair in pairs for at in pair)
            return False
        if _among_more_copies(pairs, keys):
            # A A A D A D D A: a few paragraphs that recur in no fixed order (a form's
            # fields, a signature block's lines); two in one order twice is chance
            copies.fields.update(left[at].position for pair in pairs for at in pair)
            return False
        return _block_enough([left[later] for later, _ in pairs],
                             doc.layout.policy.single_copies, doc)

    def cut(later: int, earlier: int) -> bool:
        return _starts(left[later].key, left[earlier].key)

    prints = list(runs.find(labels, same, enough, cut))
    for found in prints:
        pairs = found.pairs + ([found.stops_short] if found.stops_short else [])
        first = [left[earlier] for _, earlier in pairs]
        later = [left[later] for later, _ in pairs]
        stops_short = found.stops_short is not None or any(
            _cut_short(a, b, copies) for a, b in zip(first, later, strict=True))
        _remove_print(first, later, stops_short or options.keep == "last", stops_short,
                      copies, decision)
    return bool(prints)


def _three_times_to_the_letter(pairs: list[tuple[int, int]], left: list[Paragraph],
                               doc: Document) -> bool:
    """True when the run the ``pairs`` (later, earlier: indices into ``left``) pair up
    stands three times or more in a row, to the letter, and is one paragraph: the pairs
    whose texts are the same to the letter are all one period apart, the paragraphs they
    cover are three periods long or more, and a period of more than one paragraph is one
    paragraph an extractor cut into lines (each piece leaves its sentence open, the next
    goes on with it: ``– Second level list. Itemize creates lists`` / ``and description
    creates unnumbered lists.``, a sample list's item three times). A near copy after
    them is no print. A block of whole paragraphs three times is a scrape's accident.
    A copy cut in two, right before the run or right after it, counts as one
    (:func:`_halves_beside`): a list of one item four times, the first and the last
    across a page break, holds the item four times; and so does a copy to the letter
    past one paragraph, a caption or a heading (:func:`_copies_past_a_caption`: a
    thesis template's filler twice, a figure's caption, the filler twice again); past
    two paragraphs of text, a copy is judged apart (misplaced near its twin).

    >>> from cleaner.segment import segment
    >>> doc = segment("a list item that goes on\\n\\nand ends.\\n\\nIt ends.\\n\\nIt ends too.\\n")
    >>> left = [Paragraph((2 * n,), key, n, True, True) for n, key in enumerate("abababc")]
    >>> three = [(2, 0), (3, 1), (4, 2), (5, 3), (6, 4)]
    >>> _three_times_to_the_letter(three, left, doc)
    True
    >>> _three_times_to_the_letter(three[:2], left, doc)  # twice: no refrain
    False
    >>> left = [Paragraph((2 * n + 4,), key, n, True, True) for n, key in enumerate("abababc")]
    >>> _three_times_to_the_letter(three, left, doc)
    False
    """
    exact = [(later, earlier) for later, earlier in pairs
             if left[later].key == left[earlier].key]
    periods = {later - earlier for later, earlier in exact}
    if len(periods) != 1:
        return False
    period = periods.pop()
    covered = sorted({at for pair in exact for at in pair})
    halves = _halves_beside(left, covered[0], covered[-1], period)
    beyond = _copies_past_a_caption(left, covered[0], covered[-1], period)
    if len(covered) + halves + beyond * period < 3 * period:
        return False
    texts = [doc.joined_text(left[at].lines) for at in covered[:period]]
    return all(leaves_open(before) and can_continue(after)
               for before, after in itertools.pairwise(texts))


def _copies_past_a_caption(left: list[Paragraph], first: int, last: int, period: int) -> int:
    """How many of the two sides of the run from ``left[first]`` to ``left[last]`` (indices
    into ``left``) have a copy of its period, to the letter, past ``CAPTION_PARAGRAPHS``
    paragraphs at most (a figure's caption, a heading): a filler said again under a
    figure, not a print made twice.

    >>> left = [Paragraph((n,), key, n, True, True) for n, key in enumerate("ababcab")]
    >>> _copies_past_a_caption(left, 0, 3, 2), _copies_past_a_caption(left, 0, 1, 2)
    (1, 0)
    """
    keys = [paragraph.key for paragraph in left[first:first + period]]

    def copy_at(start: int) -> bool:
        return start >= 0 and start + period <= len(left) and \
            [paragraph.key for paragraph in left[start:start + period]] == keys
    after = any(copy_at(last + 1 + gap) for gap in range(1, CAPTION_PARAGRAPHS + 1))
    before = any(copy_at(first - period - gap) for gap in range(1, CAPTION_PARAGRAPHS + 1))
    return after + before


def _among_more_copies(pairs: list[tuple[int, int]], keys: list[str]) -> bool:
    """True when a run of two paragraphs or more printed twice (``pairs``: later, earlier,
    indices into ``keys``) has each of its paragraphs a third time, to the letter, within
    one period of the two prints, out of their order: ``A A A D A D D A`` (a form's
    fields, ``(signature, date)`` and a name under each role). Such paragraphs recur by
    the form's design; that two of them follow each other twice is chance. A run printed
    three times in order is one print walked (:mod:`cleaner.runs`); a page printed twice
    holds paragraphs of its own; one paragraph three times is judged apart
    (:func:`_three_times_to_the_letter`), and a copy garbled is no third copy.

    >>> _among_more_copies([(4, 2), (5, 3)], list("aaadadda"))
    True
    >>> _among_more_copies([(3, 0), (4, 1), (5, 2)], list("xyzxyzq"))
    False
    >>> _among_more_copies([(2, 0), (3, 1)], list("adadq"))
    False
    >>> _among_more_copies([(1, 0)], list("aaa"))  # one paragraph: judged apart
    False
    """
    if len(pairs) < 2:
        return False
    covered = {at for pair in pairs for at in pair}
    period = pairs[0][0] - pairs[0][1]
    start, stop = max(0, min(covered) - period), min(len(keys), max(covered) + period + 1)
    around = {keys[at] for at in range(start, stop) if at not in covered}
    return all(keys[later] in around for later, _ in pairs)


def _halves_beside(left: list[Paragraph], first: int, last: int, period: int) -> int:
    """How many of the two sides of the run from ``left[first]`` to ``left[last]`` (indices
    into ``left``) have a copy, to the letter, cut in two (by a page break, mostly) right
    beside it: the two paragraphs before it, run together, say what the paragraph a
    period on says; the two after it, what the paragraph a period back says."""
    def halves(at: int, whole: int) -> bool:
        return at >= 0 and at + 1 < len(left) and \
            len(left[at].key) >= FRAGMENT_CHARS and len(left[at + 1].key) >= FRAGMENT_CHARS \
            and left[at].key + left[at + 1].key == left[whole].key
    return halves(first - 2, first - 1 + period) + halves(last + 1, last + 1 - period)


def _set_in_another_measure(pairs: list[tuple[int, int]], left: list[Paragraph],
                            doc: Document) -> bool:
    """True when two prints of a run (``pairs``: later, earlier, indices into ``left``) are
    broken into other lines: of the later print's lines ``MEASURED_WIDTH`` wide or more,
    ``MEASURED_LINES`` at least, fewer than half stand as a line of the earlier print
    (nearly: ``LINE_ALIKE``, as long but for ``LINE_SLACK``, near where its place in the
    paragraph puts it). A print made again (a page scanned twice, a file pasted twice)
    repeats its lines as they were set, garbled or not; a text broken into lines of
    another width was typeset twice, by its author (a fact sheet's page set in one
    column, then again in two). Paragraphs of one line each (a scrape's) repeat their
    lines, and are judged by the rules that follow.

    >>> from cleaner.segment import segment
    >>> words = "alpha beta gamma delta epsilon zeta theta kappa lambda omicron".split() * 5
    >>> wide = [" ".join(words[at:at + 8]) for at in range(0, 48, 8)]
    >>> narrow = [" ".join(words[at:at + 4]) for at in range(0, 48, 4)]
    >>> doc = segment("\\n".join(wide + [""] + narrow + [""] + wide) + "\\n")
    >>> prints = [Paragraph(tuple(range(0, 6)), "", 0, True, True),
    ...           Paragraph(tuple(range(7, 19)), "", 1, True, True),
    ...           Paragraph(tuple(range(20, 26)), "", 2, True, True)]
    >>> _set_in_another_measure([(1, 0)], prints, doc)
    True
    >>> _set_in_another_measure([(2, 0)], prints, doc)
    False
    """
    from rapidfuzz import fuzz

    measured = coinciding = 0
    for later, earlier in pairs:
        earlier_lines = [paragraph_key(doc.lines[index].text) for index in left[earlier].lines]
        later_lines = [doc.lines[index].text for index in left[later].lines]
        for at, text in enumerate(later_lines):
            if width(text) < MEASURED_WIDTH:
                continue
            measured += 1
            key = paragraph_key(text)
            near = round(at * len(earlier_lines) / len(later_lines))
            coinciding += any(
                abs(len(key) - len(other)) <= LINE_SLACK * max(len(key), len(other))
                and fuzz.ratio(key, other) >= LINE_ALIKE
                for other in earlier_lines[max(0, near - LINE_SHIFT):near + LINE_SHIFT + 1])
    return measured >= MEASURED_LINES and coinciding * 2 < measured


def _beside_a_variant(pairs: list[tuple[int, int]], left: list[Paragraph],
                      copies: _Copies) -> bool:
    """True when one paragraph printed twice in a row (``pairs``: later, earlier, indices
    into ``left``) has a sibling of its own right before the first copy or right after
    the second: alike, but what differs is content (``New York)`` / ``New York, 1965)``).
    Such a row is a series of variants that its author wrote, not a print repeated."""
    if len(pairs) != 1:
        return False
    later, earlier = pairs[0]
    key = copies.key_of.get(left[earlier].position)
    if key is None:
        return False
    for neighbour, copy in ((earlier - 1, earlier), (later + 1, later)):
        if not 0 <= neighbour < len(left):
            continue
        other = copies.key_of.get(left[neighbour].position)
        if other is not None and other != key and other in copies.alike.get(key, {}) \
                and copies.link(left[copy].position, left[neighbour].position) is None:
            return True
    return False


def _nothing_more(later: Paragraph, earlier: Paragraph, paragraphs: list[Paragraph]) -> bool:
    """True when the later paragraph holds no text of its own beyond the earlier one:
    what it has more (a piece glued to a garbled copy) stands in a paragraph near it.
    A paragraph that goes on beyond its copy says something more, and is no print; so
    does one whose more stands near only in another paragraph like it, the earlier's
    text and the same more (a filler's variant written again under the next heading)."""
    extra = len(later.key) - len(earlier.key)
    if extra < FRAGMENT_CHARS:
        return True
    if later.key.endswith(earlier.key):
        rest = later.key[:extra]
    elif later.key.startswith(earlier.key):
        rest = later.key[len(earlier.key):]
    else:
        return False
    near = paragraphs[max(0, later.position - MERGE_WINDOW):later.position + MERGE_WINDOW + 1]
    return any(rest in other.key and earlier.key not in other.key for other in near
               if other.position not in (later.position, earlier.position))


def _remove_print(first: list[Paragraph], later: list[Paragraph], earlier_goes: bool,
                  cut: bool, copies: _Copies, decision: _Decision) -> None:
    """Remove one of two prints of a run (``first`` and the ``later`` one right after)."""
    going, staying = (first, later) if earlier_goes else (later, first)
    why = "a run of paragraphs printed twice in a row" if len(first) > 1 else (
        "printed twice in a row")
    if cut:
        why += "; the first copy stops short"
    for paragraph, kept in zip(going, staying, strict=True):
        link = copies.link(paragraph.position, kept.position) or (
            _Link("contained_paragraph", 100.0) if paragraph.key != kept.key else EXACT)
        decision.remove(paragraph.position, kept.position, link, "printed_twice_in_a_row", why)


def _weight(paragraph: Paragraph, doc: Document) -> float:
    """How many words a judged paragraph holds (0 for one not judged)."""
    return words(doc.joined_text(paragraph.lines)) if paragraph.judged else 0.0


def _long_prose(paragraph: Paragraph, doc: Document) -> bool:
    """A paragraph long enough to be judged by where it stands alone: ``LONG_WORDS`` words
    of sentences, on one line or wrapped at a margin (not a stanza of verse quoted in
    prose, whose copies the author means)."""
    return (paragraph.reads_as_sentence and _weight(paragraph, doc) >= LONG_WORDS
            and wrapped([width(doc.lines[index].text) for index in paragraph.lines]))


def _starts(longer: str, shorter: str) -> bool:
    """True when ``shorter`` is the start of ``longer``, cut short (a few letters at least)."""
    return len(shorter) >= FRAGMENT_CHARS and len(longer) > len(shorter) and \
        longer.startswith(shorter)


def _copy_pair(a: Paragraph, b: Paragraph, copies: _Copies) -> bool:
    """True when two paragraphs of one label are copies of each other (short paragraphs:
    the same text), not merely in one group through others, and neither capitalises a
    word the other does not (``\\cad`` / ``\\Cad``: two commands), stars a command,
    has a sign (``N-`` / ``N``) or sets an option otherwise."""
    if a.judged and b.judged:
        copy = copies.link(a.position, b.position) is not None
    else:
        copy = a.key == b.key
    return copy and not (a.key == b.key and copies.in_form(a, b))


def _block_enough(run: list[Paragraph], single: bool, doc: Document) -> bool:
    """A run printed twice is evidence when it is two paragraphs or more with
    ``BLOCK_WORDS`` words, or (where single copies may be judged) one long prose one
    printed twice (``run`` is the later print)."""
    if len({paragraph.key for paragraph in run}) > 1:
        # figure debris (axis ticks of many panels) has no paragraph in it
        return any(paragraph.judged for paragraph in run) and \
            sum(words(doc.joined_text(paragraph.lines)) for paragraph in run) >= BLOCK_WORDS
    return single and _long_prose(run[0], doc)


def _part_of(part: Paragraph, whole: Paragraph, copies: _Copies) -> bool:
    """True when ``part`` is a truncated copy of ``whole`` (its start or its end)."""
    link = copies.link(part.position, whole.position)
    return link is not None and link.truncated == copies.key_of.get(part.position) and \
        part.key != whole.key


def _cut_short(a: Paragraph, b: Paragraph, copies: _Copies) -> bool:
    """True when ``a`` is the start of ``b`` cut short (the print stopped there)."""
    link = copies.link(a.position, b.position)
    return (link is not None and link.truncated == copies.key_of.get(a.position)
            and link.at_start)


def _misplaced(doc: Document, paragraphs: list[Paragraph], copies: _Copies,
               decision: _Decision, headings: _Headings, options: Options,
               skip: frozenset[int]) -> None:
    """A long prose paragraph that stands twice in the document, the second time within
    ``NEARBY`` paragraphs of the first: one copy is misplaced. The copy that fits its
    context stays (``keep``). Three copies or more, at intervals, are a refrain.

    Only paragraphs that repeat nothing count in the distance (long or short: a long
    one with no alike paragraph anywhere), so that removing copies between two others
    does not bring them nearer: a second run judges the same.
    """
    alike_copies = Counter(copies.roots[key] for key in copies.key_of.values())
    plain = [0]
    for paragraph in paragraphs:
        key = copies.key_of.get(paragraph.position)
        repeats = (alike_copies[copies.roots[key]] > 1 if key is not None
                   else copies.repeated_text.get(paragraph.key, False))
        plain.append(plain[-1] + (not repeats))
    left = Counter(copies.roots[key] for position, key in copies.key_of.items()
                   if position not in decision.gone)  # copies that other evidence leaves
    last_kept: dict[int, Paragraph] = {}
    for paragraph in paragraphs:
        key = copies.key_of.get(paragraph.position)
        if key is None or paragraph.position in decision.gone or left[copies.roots[key]] != 2:
            continue  # three copies or more at intervals are a refrain
        earlier = [last_kept[key]] if key in last_kept else []
        earlier += [last_kept[other] for other in copies.linked(key) if other in last_kept]
        going = None
        for other in sorted(earlier, key=lambda other: -other.position):
            if (other.position in decision.gone
                    or plain[paragraph.position] - plain[other.position + 1] > NEARBY
                    or not (_long_prose(paragraph, doc) and _long_prose(other, doc))):
                continue
            link = copies.link(paragraph.position, other.position)
            if link is None or link.truncated is not None:
                continue
            if _in_parallel_passages(other, paragraph, copies):
                copies.parallel.update({paragraph.position, other.position})
                continue
            if headings.between(other.position, paragraph.position):
                copies.sections.update({paragraph.position, other.position})
                continue
            if _under_terms_of_their_own(other, paragraph, paragraphs, doc):
                copies.entries.update({paragraph.position, other.position})
                continue
            kept, going = _keep_one(doc, other, paragraph, options.keep, skip)
            distance = paragraph.position - other.position
            decision.remove(going.position, kept.position, link, "misplaced_nearby",
                            f"the same long paragraph again {distance} paragraph"
                            f"{'s' * (distance != 1)} away")
            if going is other:
                del last_kept[copies.key_of[other.position]]
            break
        if going is not paragraph:
            last_kept[key] = paragraph


def _in_parallel_passages(first: Paragraph, second: Paragraph, copies: _Copies) -> bool:
    """True when the paragraphs right before the two copies, or right after them, are
    alike too: the two stand in passages that follow one template (two functions'
    entries in a reference manual, each with the same ``Returns:`` paragraph). A
    paragraph printed out of place has other neighbours there than where it belongs."""
    for step in (-1, 1):  # positions past either end have no key
        key_a = copies.key_of.get(first.position + step)
        key_b = copies.key_of.get(second.position + step)
        if key_a is not None and key_b is not None and (
                key_a == key_b or key_b in copies.linked(key_a)):
            return True
    return False


def _under_terms_of_their_own(first: Paragraph, second: Paragraph,
                              paragraphs: list[Paragraph], doc: Document) -> bool:
    """True when each copy stands right under a term of its own, worded otherwise: a
    line of ``TERM_WORDS`` words at most, with letters and no sentence in it (an option's
    name over what it does, ``titlepage`` over one and ``notitlepage`` over the other,
    the same words under both). Those are a list's entries, written alike; a paragraph
    printed out of place lands under whatever stood there."""
    terms = [paragraphs[copy.position - 1] for copy in (first, second) if copy.position > 0]
    texts = [doc.joined_text(term.lines).strip() for term in terms]
    return len(terms) == 2 and terms[0].key != terms[1].key and all(
        len(term.lines) == 1 and not term.reads_as_sentence and len(text.split()) <= TERM_WORDS
        and any(char.isalpha() for char in text) for term, text in zip(terms, texts, strict=True))


def _keep_one(doc: Document, first: Paragraph, second: Paragraph, keep: KeepPolicy,
              skip: frozenset[int]) -> tuple[Paragraph, Paragraph]:
    """Which of two copies stays and which goes: ``first``/``last`` as told; ``auto`` the
    one that continues a sentence left open before it, else the first."""
    if keep == "last":
        return second, first
    if keep == "auto" and _opens_before(doc, second.first, skip | set(first.lines)) \
            and not _opens_before(doc, first.first, skip | set(second.lines)):
        return second, first
    return first, second


def _opens_before(doc: Document, first: int, skip: frozenset[int] | set[int]) -> bool:
    """Whether the kept text right before line ``first`` leaves a sentence open (at most
    ``CONTEXT_LINES`` back: a copy with no text near it has no context to fit)."""
    index = first - 1
    while index >= 0 and first - index <= CONTEXT_LINES and (
            doc.lines[index].blank or index in skip):
        index -= 1
    if index < 0 or first - index > CONTEXT_LINES:
        return False
    start = index
    while start - 1 >= 0 and not doc.lines[start - 1].blank and start - 1 not in skip:
        start -= 1
    return leaves_open(doc.joined_text(range(start, index + 1)))


def _message(doc: Document, link: _Link, evidence_why: str, kept: Paragraph) -> str:
    where = f"line {doc.number(kept.first)}"
    differs = f"; differs by {link.difference.describe()}" if link.difference else ""
    what = {
        "duplicate_paragraph": f"copy of the paragraph at {where}",
        "near_duplicate_paragraph": f"near copy ({link.score:.0f}) of the paragraph at "
                                    f"{where}{differs}",
        "contained_paragraph": f"part copy ({link.score:.0f}) of the paragraph at {where}"
                               f"{differs}",
    }[link.reason]
    return f"{what}: {evidence_why}"


def _kept_repeats(paragraphs: list[Paragraph], copies: _Copies, decision: _Decision,
                  why_kept: str) -> list[Resemblance]:
    """Every repeat that stays (no evidence of an accident), with the copy it repeats; and
    every pair alike that no evidence asked about: a sibling (judged, where the document
    is small enough: ``EXPLAINED_CHARS``) or a look-alike kept."""
    first_of: dict[int, Paragraph] = {}
    found = []
    for paragraph in paragraphs:
        key = copies.key_of.get(paragraph.position)
        if key is None or paragraph.position in decision.gone \
                or paragraph.position in copies.in_form_later:
            continue
        if key not in first_of:
            first_of[key] = paragraph
            continue
        original = first_of[key]
        found.append(Resemblance(paragraph.lines, original.span, 100.0,
                                 f"repeats the paragraph at line "
                                 f"{copies.doc.number(original.first)}; kept: "
                                 f"{_why(paragraph, copies, why_kept)}", "repeated_paragraph"))
    explained = len(copies.doc.text) <= EXPLAINED_CHARS
    for key, others in copies.alike.items():
        for match in others.values():
            longer, shorter = first_of.get(match.longer), first_of.get(match.shorter)
            if key != match.longer or longer is None or shorter is None:
                continue
            if explained and copies.link(longer.position, shorter.position) is None:
                continue  # a sibling: judged and listed as one
            found.append(Resemblance(
                shorter.lines, longer.span, match.similarity.score,
                f"resembles the paragraph at line {copies.doc.number(longer.first)} "
                f"({match.similarity.score:.0f}); kept: {_why(shorter, copies, why_kept)}",
                "repeated_paragraph"))
    return found


def _why(paragraph: Paragraph, copies: _Copies, why_kept: str) -> str:
    """Why a repeat stayed: ``why_kept``, or, for a copy near its twin, that the two are
    broken into lines of another width (:func:`_set_in_another_measure`), stand in
    passages alike (:func:`_in_parallel_passages`), under headings of their own, or in a
    row three times or more."""
    if paragraph.position in copies.measures:
        return ("it and its copy are broken into lines of another width: one text set "
                "twice, to two measures, by its author (a page shown in one column and in "
                "two), not a print made twice, which repeats its lines as they were set")
    if paragraph.position in copies.parallel:
        return ("its neighbours repeat the neighbours of the other copy: a passage "
                "written to one template, not a paragraph printed out of place")
    if paragraph.position in copies.entries:
        return ("it and its copy each stand right under a term of their own: a list's "
                "entries written alike, not a paragraph printed out of place")
    if paragraph.position in copies.sections:
        return ("it and its copy each stand under a heading of their own: sections "
                "written alike, not a run printed twice")
    if paragraph.position in copies.steps:
        return ("it and its copy each stand beside a paragraph of prose of their own: an "
                "example shown in steps, each explained, not a run printed twice, which "
                "repeats its prose too")
    if paragraph.position in copies.refrains:
        return ("it stands three times or more in a row: a refrain or a filler text, "
                "not a paragraph printed twice")
    if paragraph.position in copies.fields:
        return ("it and the paragraph after or before it stand again right around, in "
                "no fixed order: a form's fields, not a run printed twice")
    if paragraph.position in copies.variants:
        return ("it stands twice in a row beside a variant of itself whose content "
                "differs: a series of variants written alike, not a paragraph printed "
                "twice")
    if paragraph.position in copies.fillers:
        return ("it says one sentence or line of its own three times or more, or one word "
                "over and over: a filler text or a refrain, whose copies and pieces are "
                "alike by design")
    return why_kept


def _says_itself_thrice(text: str) -> bool:
    """True when one sentence of ``SENTENCE_WORDS`` words or more stands ``OWN_REPEATS``
    times or more in ``text`` (``Dies ist Blindtext. Er erfüllt einzig den Zweck, die
    Seite zu füllen.`` again and again), or one of its lines does (a listing's column
    of keys' properties, ``.tl_set:N`` / ``.initial:n`` for each key): a filler text, a
    refrain or a pattern. Its start, its end and its copies are alike by design, and
    show no accident.

    >>> _says_itself_thrice("It is filler. It is filler. Yes. It is filler.")
    True
    >>> _says_itself_thrice("It is filler. It is filler. Now it ends.")
    False
    """
    said = Counter(paragraph_key(sentence) for sentence in _SENTENCE_SPLIT.split(text)
                   if words(sentence) >= SENTENCE_WORDS)
    lines = Counter(paragraph_key(line) for line in text.splitlines() if line.strip())
    return max([*said.values(), *lines.values(), 0]) >= OWN_REPEATS


def _filler(text: str) -> bool:
    """True when ``text`` is a filler text: it says a sentence or a line of its own three
    times or more (:func:`_says_itself_thrice`) or one word over and over
    (:func:`_one_word_over_and_over`)."""
    return _says_itself_thrice(text) or _one_word_over_and_over(text)


def _one_word_over_and_over(text: str) -> bool:
    """True when one word stands ``FILLER_WORD_REPEATS`` times or more in ``text`` and
    makes ``FILLER_WORD_SHARE`` of its words (figures aside): a filler text
    (``A long long long … long quotation.``, a class's sample of a display quotation, given
    twice for two commands). Its lines, its start and its copies are alike by design.

    >>> _one_word_over_and_over("long " * 13 + "quotation. (Sarfraz & Razzak 2002: 246)")
    True
    >>> _one_word_over_and_over("The tide, the tide and the tide again: the harbour.")
    False
    """
    found = Counter(word.casefold() for word in latin_words(text))
    if not found:
        return False
    most = found.most_common(1)[0][1]
    return most >= FILLER_WORD_REPEATS and most >= FILLER_WORD_SHARE * found.total()


def _why_kept(doc: Document) -> str:
    layout = doc.layout
    if not layout.policy.copies_by_position:
        return f"repetition is part of {layout.format} ({layout.why})"
    if not layout.policy.single_copies:
        return ("a statute repeats its formulas; only a block printed twice is judged "
                "a copy")
    return "no sign of an accident (not printed twice in a row, not cut off, not near it)"


@dataclass(frozen=True)
class Deduplicated:
    """What :func:`deduplicate` decided: removals, siblings and repeats kept, buckets
    skipped."""

    removals: list[Removal]
    siblings: list[Resemblance]
    skipped_buckets: int


def deduplicate(doc: Document, paragraphs: list[Paragraph], skip: frozenset[int],
                options: Options, pages: Pages | None = None) -> Deduplicated:
    """Removals for every paragraph that evidence shows to be an accidental copy.

    ``skip`` lines are left out when the keep policy looks for the sentence a copy
    continues.
    """
    copies = _copies(doc, paragraphs, options)
    copies.fillers.update(paragraph.position for paragraph in paragraphs
                          if paragraph.judged and _filler(doc.joined_text(paragraph.lines)))
    decision = _Decision(never=copies.fillers)
    headings = _Headings(doc, paragraphs)
    policy = doc.layout.policy
    _notices(doc, paragraphs, copies, decision)
    if policy.copies_by_position:
        for _ in range(PRINT_ROUNDS):  # a copy removed may bring two others together
            found = _cut_off(doc, paragraphs, copies, decision)
            found = _printed_twice(doc, paragraphs, copies, decision, options) or found
            found = _merged(doc, paragraphs, copies, decision, headings, pages) or found
            if not found:
                break
        if policy.single_copies:
            _misplaced(doc, paragraphs, copies, decision, headings, options, skip)
    removals = []
    for position, (original, link, evidence, why) in sorted(decision.gone.items()):
        while original in decision.gone and decision.gone[original][0] != position:
            original = decision.gone[original][0]  # a copy of a copy: name the one kept
        kept = paragraphs[original]
        removals.append(Removal(paragraphs[position].lines, link.reason,
                                _message(doc, link, why, kept), link.score,
                                None if original in decision.gone else kept.span, evidence))
    repeats = _kept_repeats(paragraphs, copies, decision, _why_kept(doc))  # judges siblings too
    siblings = copies.siblings + repeats
    return Deduplicated(removals, siblings, copies.skipped_buckets)


def detect(doc: Document, prior: Prior, options: Options) -> Findings:
    """Removals for every paragraph that is an accidental copy of another."""
    removed, page_numbers = removed_lines(prior), lines_found_as(prior, "page_number")
    paragraphs = paragraphs_of(doc, removed, page_numbers, options, left_lines(prior))
    found = deduplicate(doc, paragraphs, removed | page_numbers, options,
                        page_model(doc, prior))
    return Findings(NAME, removals=tuple(sorted(found.removals, key=lambda r: r.lines)),
                    siblings=tuple(found.siblings),
                    notes=skipped_note("paragraphs", found.skipped_buckets, options.max_bucket))
