"""Detect duplicate paragraphs: exact, near (OCR noise) and truncated copies.

A paragraph is a block of lines (what earlier stages removed is not part of
it). Paragraphs shorter than ``min_paragraph_chars`` are never judged here:
headings and one-word lines repeat as content, and short repeated lines are the
boilerplate detector's business. Blocks holding protected lines (code, tables,
Markdown structure) are never removed.

Copies are clustered by :mod:`cleaner.matching`. One copy per cluster stays:

- only a copy nearly as long as the longest is eligible, so a truncated copy
  never wins over the whole paragraph;
- ``keep="auto"`` keeps the first eligible copy that continues a sentence left
  open by the text before it (:func:`cleaner.sentence.leaves_open`), else the
  first; ``first`` and ``last`` do what they say.

Every other copy is removed only if it matches the kept copy itself, so a chain
of near matches never drifts into removing a different paragraph.

A near or truncated copy must state the same numbers as the kept copy:
``Section 3. About us`` and ``Section 4. About us`` differ by one character and
are different text. Short paragraphs (under twice ``min_paragraph_chars``) are
matched fuzzily only when both read as sentences, not as titles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .edits import Removal
from .matching import MAX_BUCKET, compare, find_clusters
from .normalize import paragraph_key
from .options import KeepPolicy
from .segment import Document
from .sentence import SENTENCE_MARKS, leaves_open

ELIGIBLE_LENGTH = 0.9
CONTEXT_LINES = 200
_NUMBER = re.compile(r"\d+")
_SENTENCE_MARK = re.compile(f"[{re.escape(''.join(sorted(SENTENCE_MARKS)))}]")
REASON_OF = {"exact": "duplicate_paragraph", "near": "near_duplicate_paragraph",
             "contained": "contained_paragraph"}


@dataclass(frozen=True, slots=True)
class Paragraph:
    """The kept lines of one block, and its key."""

    lines: tuple[int, ...]
    key: str
    reads_as_sentence: bool


def paragraphs(doc: Document, removed: frozenset[int]) -> list[Paragraph]:
    """Every block that may be judged, with the lines earlier stages left in it."""
    found = []
    for block in doc.blocks:
        block_lines = doc.lines[block.first:block.last + 1]
        if any(line.protected for line in block_lines):
            continue
        kept = tuple(line.index for line in block_lines if line.index not in removed)
        if kept:
            text = "\n".join(doc.lines[index].text for index in kept)
            found.append(Paragraph(kept, paragraph_key(text),
                                   _SENTENCE_MARK.search(text) is not None))
    return found


def text_before(doc: Document, first_line: int, skip: frozenset[int]) -> str:
    """The kept text of the block just before ``first_line`` (skipping ``skip`` lines).

    Looks back at most ``CONTEXT_LINES`` lines: a copy with no text near it has
    no context to fit (and a run of a million copies costs no more than one).
    """
    index = first_line - 1
    limit = max(-1, first_line - 1 - CONTEXT_LINES)
    while index > limit and (doc.lines[index].blank or index in skip):
        index -= 1
    if index <= limit:
        return ""
    lines = [doc.lines[index].text]
    while index - 1 >= 0 and not doc.lines[index - 1].blank and index - 1 not in skip:
        index -= 1
        lines.append(doc.lines[index].text)
    return "\n".join(reversed(lines))


def _choose(doc: Document, members: Sequence[Paragraph], keep: KeepPolicy,
            removed: frozenset[int]) -> Paragraph:
    longest = max(len(member.key) for member in members)
    eligible = [member for member in members if len(member.key) >= ELIGIBLE_LENGTH * longest]
    if keep == "last":
        return eligible[-1]
    if keep == "auto":
        skip = removed.union(*(member.lines for member in members))
        for member in eligible:
            if leaves_open(text_before(doc, member.lines[0], skip)):
                return member
    return eligible[0]


def _fuzzy_match_allowed(kept: Paragraph, copy: Paragraph, relation: str,
                         min_chars: int) -> bool:
    """A near or contained copy must state the kept copy's numbers; a short one, be a sentence."""
    kept_numbers, copy_numbers = _NUMBER.findall(kept.key), _NUMBER.findall(copy.key)
    if relation == "near" and kept_numbers != copy_numbers:
        return False
    if relation == "contained" and not set(copy_numbers) <= set(kept_numbers):
        return False
    if min(len(kept.key), len(copy.key)) >= 2 * min_chars:
        return True
    return kept.reads_as_sentence and copy.reads_as_sentence


def _copies_of(kept: Paragraph, members: Sequence[Paragraph], *, threshold: float,
               min_chars: int) -> list[Removal]:
    """Removals for the members that match ``kept`` itself."""
    kept_span = (kept.lines[0], kept.lines[-1])
    where = f"line {kept.lines[0] + 1}"
    removals = []
    for member in members:
        if member is kept:
            continue
        match = compare(kept.key, member.key, threshold=threshold, min_contained=min_chars)
        if match is None or (match.relation != "exact"
                             and not _fuzzy_match_allowed(kept, member, match.relation,
                                                          min_chars)):
            continue
        message = {
            "exact": f"duplicate of the paragraph at {where}",
            "near": f"near-duplicate ({match.score:.0f}) of the paragraph at {where}",
            "contained": f"truncated copy ({match.score:.0f}) of the paragraph at {where}",
        }[match.relation]
        removals.append(Removal(member.lines, REASON_OF[match.relation], message,
                                match.score, kept_span))
    return removals


def detect(doc: Document, removed: frozenset[int], *, threshold: float, min_chars: int,
           keep: KeepPolicy, max_bucket: int = MAX_BUCKET) -> tuple[list[Removal], int]:
    """Removals for every duplicate copy of a paragraph, and the number of skipped buckets.

    Members of a cluster that do not match the kept copy are still deduplicated
    among themselves when they are exact copies of each other.
    """
    candidates = [paragraph for paragraph in paragraphs(doc, removed)
                  if len(paragraph.key) >= min_chars]
    clusters = find_clusters([paragraph.key for paragraph in candidates], threshold=threshold,
                             containment=True, min_contained=min_chars, max_bucket=max_bucket)
    removals: list[Removal] = []
    for cluster in clusters.groups:
        members = [candidates[index] for index in cluster]
        kept = _choose(doc, members, keep, removed)
        found = _copies_of(kept, members, threshold=threshold, min_chars=min_chars)
        gone = {kept.lines} | {removal.lines for removal in found}
        left: dict[str, list[Paragraph]] = {}
        for member in members:
            if member.lines not in gone:
                left.setdefault(member.key, []).append(member)
        for same in left.values():
            if len(same) > 1:
                found += _copies_of(_choose(doc, same, keep, removed), same,
                                    threshold=threshold, min_chars=min_chars)
        removals += found
    removals.sort(key=lambda removal: removal.lines)
    return removals, clusters.skipped_buckets
