"""Detect boilerplate lines: running headers, footers and credit lines.

A short line (at most ``boilerplate_max_chars`` letters and digits) that recurs
``boilerplate_min_repeats`` times or more is a *candidate*. Copies are compared
after :func:`cleaner.normalize.line_key` (digits masked), and OCR variants that
score at least ``similarity`` count as the same line.

Frequency alone is not enough: labels, form answers and table headers repeat
because they are content. A candidate is removed only when most of its copies
stand where page furniture stands:

- beside a page break (a form feed, or a page-number line that was removed);
- in a run of four or more identical copies, with no other text between them.

Left alone: lines of only punctuation or rules (``--------``, ``* * *``), lines
that are only markup tags (``<doc>``), figure and table captions (``Figure 3.``
masks to the same key as ``Figure 4.``), protected lines (code, tables,
Markdown structure), and candidates whose copies sit in running text. At least
``boilerplate_min_repeats`` copies, and at least half of them, must show the
evidence.

>>> from cleaner.segment import segment
>>> text = "Page one text.\\nFooter\\fPage two text.\\nFooter\\fPage three.\\nFooter\\f"
>>> [r.lines for r in detect(segment(text), frozenset(), min_repeats=3, max_chars=80,
...                          threshold=90, keep_one=False)]
[(1,), (3,), (5,)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .edits import Removal
from .matching import find_clusters
from .normalize import content_length, line_key, paragraph_key
from .segment import Document
from .sentence import CAPTION

MIN_RUN = 4
MIN_FUZZY_KEY = 8  # shorter keys must match exactly
FURNITURE_FRACTION = 0.5
_TAG_ONLY = re.compile(r"^\s*(?:</?[\w:.-]+(?:\s[^<>]*)?/?>\s*)+$")


def _candidate(text: str, max_chars: int) -> bool:
    length = content_length(text)
    return (0 < length <= max_chars and not _TAG_ONLY.match(text)
            and not CAPTION.match(text))


def _page_edges(doc: Document, breaks: frozenset[int], gone: set[int]) -> set[int]:
    """Lines that stand at a page edge: the first line on either side of a page break.

    A page break is a form feed or a removed page-number line (``breaks``); in a
    document that has them, its start and end are page edges too. Blank lines
    and lines already judged removed (``gone``) are looked through.
    """
    starts: list[tuple[int, int]] = []  # where to look back from, and forward from
    for line in doc.lines:
        if line.page_break_after:
            starts.append((line.index, line.index + 1))
        elif line.index in breaks:
            starts.append((line.index - 1, line.index + 1))
    if starts:  # a document with pages begins and ends at a page edge
        starts += [(-1, 0), (len(doc.lines) - 1, len(doc.lines))]
    edges: set[int] = set()
    for back, forward in starts:
        for position, step in ((back, -1), (forward, 1)):
            while 0 <= position < len(doc.lines) and (doc.lines[position].blank
                                                      or position in gone):
                position += step
            if 0 <= position < len(doc.lines):
                edges.add(position)
    return edges


def _groups(doc: Document, indices: Sequence[int], threshold: float) -> list[list[int]]:
    """Line indices grouped by key, OCR variants of one line merged."""
    by_key: dict[str, list[int]] = {}
    for index in indices:
        by_key.setdefault(line_key(doc.lines[index].text), []).append(index)
    keys = list(by_key)
    # Variants are compared without punctuation, so that rules of dots or dashes
    # (a table of contents) do not make different lines look alike.
    long_keys = [key for key in keys if len(paragraph_key(key)) >= MIN_FUZZY_KEY]
    merged: dict[str, str] = {}
    clusters = find_clusters([paragraph_key(key) for key in long_keys], threshold=threshold,
                             containment=False)
    for cluster in clusters:
        for member in cluster:
            merged[long_keys[member]] = long_keys[cluster[0]]
    groups: dict[str, list[int]] = {}
    for key in keys:
        groups.setdefault(merged.get(key, key), []).extend(by_key[key])
    return [sorted(group) for group in groups.values()]


def _in_run(doc: Document, group: Sequence[int], plain_before: list[int]) -> list[bool]:
    """For each copy: is it part of a run of ``MIN_RUN`` identical copies?

    Copies are neighbours when only blank lines or removed lines stand between
    them (``plain_before[i]`` counts the lines still there before line ``i``).
    Identical, not merely alike: numbered rows (``Step 1``, ``Step 2``) mask to one
    key but are a list. And at least four: a refrain or a table row repeated is content.
    """
    texts = [doc.lines[index].text.strip() for index in group]
    flags = [False] * len(group)
    start = 0
    for k in range(1, len(group) + 1):
        if (k == len(group) or plain_before[group[k]] - plain_before[group[k - 1]] != 1
                or texts[k] != texts[k - 1]):
            if k - start >= MIN_RUN:
                flags[start:k] = [True] * (k - start)
            start = k
    return flags


def _plain_before(doc: Document, gone: set[int]) -> list[int]:
    """For each line, how many non-blank lines before it are still there."""
    counts = []
    seen = 0
    for line in doc.lines:
        counts.append(seen)
        if not line.blank and line.index not in gone:
            seen += 1
    return counts


def _evidence(doc: Document, group: Sequence[int], edges: set[int],
              plain_before: list[int], min_repeats: int) -> str | None:
    """Why ``group`` is page furniture, or None when it is not.

    At least ``min_repeats`` copies, and at least half of all copies, must stand
    at page edges or in runs.
    """
    in_run = _in_run(doc, group, plain_before)
    at_edge = [index in edges for index in group]
    furniture = sum(run or edge for run, edge in zip(in_run, at_edge, strict=True))
    if furniture < max(min_repeats, FURNITURE_FRACTION * len(group)):
        return None
    reasons = []
    if any(at_edge):
        reasons.append(f"{sum(at_edge)} at page edges")
    if any(in_run):
        reasons.append(f"{sum(in_run)} in runs")
    return ", ".join(reasons)


def detect(doc: Document, removed: frozenset[int], *, min_repeats: int, max_chars: int,
           threshold: float, keep_one: bool) -> list[Removal]:
    """Return a removal for every copy of every boilerplate line.

    Groups are judged with the boilerplate found so far set aside, until no more
    is found: a header is judged beside the page break once the footer between
    them is gone. That makes cleaning idempotent: a second run sees the document
    as the last round here saw it.
    """
    indices = [line.index for line in doc.lines
               if not line.blank and not line.protected and line.index not in removed
               and _candidate(line.text, max_chars)]
    pending = [group for group in _groups(doc, indices, threshold) if len(group) >= min_repeats]
    gone = set(removed)
    found: list[tuple[list[int], str]] = []
    while pending:
        edges = _page_edges(doc, removed, gone)
        plain_before = _plain_before(doc, gone)
        judged = [(group, _evidence(doc, group, edges, plain_before, min_repeats))
                  for group in pending]
        newly = [(group, evidence) for group, evidence in judged if evidence is not None]
        if not newly:
            break
        found.extend(newly)
        for group, _ in newly:
            gone.update(group)
        pending = [group for group, evidence in judged if evidence is None]
    removals: list[Removal] = []
    for group, evidence in found:
        message = (f"boilerplate line repeated {len(group)} times ({evidence}): "
                   f"{doc.lines[group[0]].text.strip()[:60]}")
        kept = group[0] if keep_one else None
        for index in group:
            if index != kept:
                removals.append(Removal((index,), "boilerplate_line", message,
                                        kept_lines=(kept, kept) if kept is not None else None))
    removals.sort(key=lambda removal: removal.lines)
    return removals
