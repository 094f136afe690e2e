"""Detect duplicate paragraphs: exact, near (OCR noise) and truncated copies.

A paragraph is a block of lines, without what earlier stages removed.
Paragraphs shorter than ``min_paragraph_chars`` are never judged here, nor is a
lone heading: headings and labels repeat as content, and short repeated lines
are the furniture stage's business. Paragraphs holding protected lines (code,
tables, Markdown structure) are never removed.

Copies are found by :mod:`cleaner.matching` and decided in one pass that does
not depend on the order in which copies go, so that cleaning the clean text
finds nothing more:

- the copies of a paragraph form a group (any copy linked to any other);
- its members are ranked: whole copies before truncated ones (a copy that is
  contained in another member), then by ``keep``: ``auto`` ranks first the copies
  that continue a sentence left open by the text before them
  (:func:`cleaner.sentence.leaves_open`), then the rest in order; ``first`` and
  ``last`` do what they say;
- in rank order, a member stays unless it is a copy of a member that stays.
  So a chain of near matches (A like B, B like C, A not like C) keeps A and C.

The furniture stage, which runs first, asks :func:`block_copies` what this
stage will remove, so that it judges furniture on the text without the copies;
this stage then finds the same. Joins change paragraphs: the join stage judges
the paragraphs it makes against every other, with :func:`deduplicate`.

A near or truncated copy is a copy only when :func:`cleaner.kinship.judge`
finds nothing but noise and truncation between it and the other: ``Section 3.
About us`` and ``Section 4. About us`` differ by one character and are
different text, and so are ``Principal Fund means …`` and ``Interest Fund
means …``. Such pairs are *siblings*: both stay, and the findings list them so
that ``--explain`` and the report can say so. Short paragraphs (under twice
``min_paragraph_chars``) are matched fuzzily only when both read as sentences,
not as titles.

>>> from cleaner.options import Options
>>> from cleaner.segment import segment
>>> text = "A paragraph long enough to be judged.\\n\\nOther.\\n\\n" * 2
>>> [(r.lines, r.reason, r.kept_lines) for r in detect(segment(text), (), Options()).removals]
[((4,), 'duplicate_paragraph', (0, 0))]
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass

from .edits import Reason
from .findings import Findings, Prior, Removal, Resemblance, lines_found_as, removed_lines
from .kinship import Difference, judge, vocabulary_of
from .matching import UnionFind, find_matches, skipped_note
from .normalize import paragraph_key
from .options import KeepPolicy, Options
from .segment import Document
from .sentence import SENTENCE_MARKS, is_heading, leaves_open

NAME = "duplicates"
CONTEXT_LINES = 200  # how far back the keep policy looks for the sentence a copy continues
_SENTENCE_MARK = re.compile(f"[{re.escape(''.join(sorted(SENTENCE_MARKS)))}]")
REASON_OF: dict[str, Reason] = {"exact": "duplicate_paragraph", "near": "near_duplicate_paragraph",
                                "contained": "contained_paragraph"}

Block = tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One or more kept blocks that the clean text holds as one paragraph, and its key."""

    blocks: tuple[Block, ...]
    key: str
    reads_as_sentence: bool

    @property
    def lines(self) -> tuple[int, ...]:
        return tuple(index for block in self.blocks for index in block)

    @property
    def first(self) -> int:
        return self.blocks[0][0]

    @property
    def span(self) -> tuple[int, int]:
        return self.blocks[0][0], self.blocks[-1][-1]


def paragraphs_of(doc: Document, units: Sequence[Sequence[Block]], options: Options,
                  not_compared: frozenset[int]) -> list[Paragraph]:
    """The units that may be judged: long enough, free of protected lines, and not a lone
    heading (a heading that repeats is the furniture stage's to judge).
    ``not_compared`` lines (page numbers left in place) are left out of the text that
    is compared."""
    found = []
    for unit in units:
        lines = [index for block in unit for index in block]
        if any(doc.lines[index].protected for index in lines):
            continue
        if len(lines) == 1 and is_heading(doc.lines[lines[0]].text):
            continue
        key = paragraph_key(doc.joined_text(index for index in lines
                                            if index not in not_compared))
        if len(key) < options.min_paragraph_chars:
            continue
        text = doc.joined_text(lines)
        found.append(Paragraph(tuple(unit), key, _SENTENCE_MARK.search(text) is not None))
    return found


def _opens_before(doc: Document, firsts: list[int], skip: frozenset[int]) -> dict[int, bool]:
    """For each line in ``firsts`` (sorted), whether the kept text before it leaves a
    sentence open: the text of the nearest block before it, ``skip`` lines skipped.

    Looks back at most ``CONTEXT_LINES`` lines: a copy with no text near it has no
    context to fit. Copies that follow each other share the walk back, so a run of a
    million copies costs no more than one.
    """
    found: dict[int, bool] = {}
    reached: dict[int, int] = {}  # first line -> the last line of the text before it (-1: none)
    for first in firsts:
        index = first - 1
        while index >= 0 and (doc.lines[index].blank or index in skip):
            if index in reached:
                index = reached[index]
                break
            index -= 1
        reached[first] = index
        if index < 0 or first - index > CONTEXT_LINES:
            found[first] = False
            continue
        start = index
        while start - 1 >= 0 and not doc.lines[start - 1].blank and start - 1 not in skip:
            start -= 1
        found[first] = leaves_open(doc.joined_text(range(start, index + 1)))
    return found


def _alike_enough(longer: Paragraph, shorter: Paragraph, min_chars: int) -> bool:
    """A short paragraph is matched fuzzily only when both read as sentences, not titles."""
    if len(shorter.key) >= 2 * min_chars:
        return True
    return longer.reads_as_sentence and shorter.reads_as_sentence


@dataclass(frozen=True)
class _Link:
    """Two distinct keys whose paragraphs are copies of each other: how, and how closely."""

    reason: Reason
    score: float
    contained: int | None  # the key whose paragraphs are truncated copies of the other's
    difference: Difference | None = None  # what differs, for a near or truncated copy


@dataclass
class _Copies:
    """The paragraphs' distinct keys, each key's paragraphs, the links between keys, and
    the pairs that looked alike but are siblings."""

    key_of: list[int]
    paragraphs_of: list[list[int]]
    links: dict[int, dict[int, _Link]]
    skipped_buckets: int
    siblings: list[Resemblance]


def _copies(doc: Document, paragraphs: list[Paragraph], options: Options) -> _Copies:
    """Which paragraphs are copies of which: equal keys, and verified key pairs whose
    differences are noise (:mod:`cleaner.kinship`); the others are siblings."""
    matches = find_matches([paragraph.key for paragraph in paragraphs],
                           threshold=options.similarity, containment=True,
                           min_contained=options.min_paragraph_chars,
                           max_bucket=options.max_bucket)
    key_of = [0] * len(paragraphs)
    for key, items in enumerate(matches.items):
        for item in items:
            key_of[item] = key
    links: dict[int, dict[int, _Link]] = {}
    siblings: list[Resemblance] = []
    vocabulary = vocabulary_of(doc.text)
    for match in matches.pairs:
        longer = paragraphs[matches.items[match.longer][0]]
        shorter = paragraphs[matches.items[match.shorter][0]]
        if not _alike_enough(longer, shorter, options.min_paragraph_chars):
            continue
        relation = match.similarity.relation
        difference = judge(doc.joined_text(longer.lines), doc.joined_text(shorter.lines),
                           vocabulary=vocabulary, truncated=True)
        if not difference.copy:
            siblings.append(Resemblance(
                shorter.lines, longer.span, match.similarity.score,
                f"looks like the paragraph at line {longer.first + 1} "
                f"({match.similarity.score:.0f}) but is a sibling, kept: "
                f"{difference.describe()}"))
            continue
        cut = relation == "contained" or "truncation" in difference.kinds
        link = _Link(REASON_OF[relation], match.similarity.score,
                     match.shorter if cut else None, difference)
        links.setdefault(match.longer, {})[match.shorter] = link
        links.setdefault(match.shorter, {})[match.longer] = link
    return _Copies(key_of, matches.items, links, matches.skipped_buckets, siblings)


def _groups(copies: _Copies) -> list[list[int]]:
    """Paragraphs that are copies of each other, directly or through others."""
    union_find = UnionFind(len(copies.paragraphs_of))
    for key, neighbours in copies.links.items():
        for other in neighbours:
            union_find.union(key, other)
    groups: dict[int, list[int]] = {}
    for key, items in enumerate(copies.paragraphs_of):
        if len(items) > 1 or key in copies.links:
            groups.setdefault(union_find.find(key), []).extend(items)
    return [sorted(group) for group in groups.values()]


def _ranked(doc: Document, members: list[int], paragraphs: list[Paragraph],
            truncated: list[bool], keep: KeepPolicy, skip: frozenset[int]) -> list[int]:
    """The members of a group of copies, the one to keep first."""
    if keep == "last":
        return sorted(members, key=lambda m: (truncated[m], -paragraphs[m].first))
    if keep == "first":
        return sorted(members, key=lambda m: (truncated[m], paragraphs[m].first))
    around = skip.union(*(paragraphs[m].lines for m in members))
    opens = _opens_before(doc, sorted(paragraphs[m].first for m in members), around)
    return sorted(members, key=lambda m: (truncated[m], not opens[paragraphs[m].first],
                                          paragraphs[m].first))


def _message(link: _Link, kept: Paragraph) -> str:
    where = f"line {kept.first + 1}"
    differs = f"; differs by {link.difference.describe()}" if link.difference else ""
    return {
        "duplicate_paragraph": f"duplicate of the paragraph at {where}",
        "near_duplicate_paragraph": f"near-duplicate ({link.score:.0f}) of the paragraph at "
                                    f"{where}{differs}",
        "contained_paragraph": f"truncated copy ({link.score:.0f}) of the paragraph at "
                               f"{where}{differs}",
    }[link.reason]


EXACT = _Link("duplicate_paragraph", 100.0, None)


@dataclass(frozen=True)
class Deduplicated:
    """What :func:`deduplicate` decided: removals, siblings kept, buckets skipped."""

    removals: list[Removal]
    siblings: list[Resemblance]
    skipped_buckets: int


def deduplicate(doc: Document, paragraphs: list[Paragraph], skip: frozenset[int],
                options: Options) -> Deduplicated:
    """Removals for every paragraph that is a copy of one that stays.

    ``skip`` lines are left out when the keep policy looks for the sentence a copy
    continues.
    """
    copies = _copies(doc, paragraphs, options)
    truncated = [any(link.contained == copies.key_of[m]
                     for link in copies.links.get(copies.key_of[m], {}).values())
                 for m in range(len(paragraphs))]
    removals: list[Removal] = []
    for members in _groups(copies):
        kept_of_key: dict[int, int] = {}  # key -> the paragraph with that key that stays
        rank: dict[int, int] = {}
        for member in _ranked(doc, members, paragraphs, truncated, options.keep, skip):
            rank[member] = len(rank)
            key = copies.key_of[member]
            if key in kept_of_key:
                original, link = kept_of_key[key], EXACT
            else:
                linked = [(kept_of_key[other], link)
                          for other, link in copies.links.get(key, {}).items()
                          if other in kept_of_key]
                if not linked:
                    kept_of_key[key] = member
                    continue
                original, link = min(linked, key=lambda pair: rank[pair[0]])
            kept = paragraphs[original]
            removals.append(Removal(paragraphs[member].lines, link.reason, _message(link, kept),
                                    link.score, kept.span))
    return Deduplicated(removals, copies.siblings, copies.skipped_buckets)


def block_copies(doc: Document, removed: frozenset[int], page_numbers: frozenset[int],
                 options: Options) -> Deduplicated:
    """What this stage decides once ``removed`` lines are gone.

    The furniture stage asks this before the stage runs, most often with the lines the
    stage will then see gone: the last answer is remembered (for the same document,
    compared by identity, and the same arguments), so it is not worked out twice.
    """
    global _last_answer
    key = (removed, page_numbers, options)
    if _last_answer is not None and _last_answer[0]() is doc and _last_answer[1] == key:
        return _last_answer[2]
    blocks = [[block] for block in doc.kept_blocks(removed)]
    candidates = paragraphs_of(doc, blocks, options, page_numbers)
    found = deduplicate(doc, candidates, removed | page_numbers, options)
    _last_answer = (weakref.ref(doc), key, found)
    return found


# The last answer of block_copies: a weak reference to its document (never kept alive
# by this), the arguments, the answer.
_last_answer: tuple[weakref.ref[Document], tuple[frozenset[int], frozenset[int], Options],
                    Deduplicated] | None = None


def detect(doc: Document, prior: Prior, options: Options) -> Findings:
    """Removals for every duplicate copy of a paragraph (a block of lines)."""
    found = block_copies(doc, removed_lines(prior), lines_found_as(prior, "page_number"),
                         options)
    return Findings(NAME, removals=tuple(sorted(found.removals, key=lambda r: r.lines)),
                    siblings=tuple(found.siblings),
                    notes=skipped_note("paragraphs", found.skipped_buckets, options.max_bucket))
