"""Detect boilerplate lines: running headers, footers and credit lines.

A short line (at most ``boilerplate_max_chars`` letters and digits) that recurs
``boilerplate_min_repeats`` times or more is a *candidate*. Copies are compared
after :func:`cleaner.normalize.line_key` (digits masked), and OCR variants that
score at least ``similarity`` count as the same line.

Frequency alone is not enough: labels, form answers and table headers repeat
because they are content. A candidate is removed only when most of its copies
stand where page furniture stands:

- beside a page break (a form feed, or a page-number line that was removed), on
  a good share of the pages;
- in a run of four or more identical copies, with no other text between them.

Left alone: lines of only punctuation or rules (``--------``, ``* * *``), lines
that are only markup tags (``<doc>``), figure and table captions (``Figure 3.``
masks to the same key as ``Figure 4.``), protected lines (code, tables,
Markdown structure), and candidates whose copies sit in running text. At least
``boilerplate_min_repeats`` copies, and at least half of them, must show the
evidence.

Page numbers found by the stage before (removed or, by option, left in place)
are never candidates: they mark page breaks.

>>> from cleaner.options import Options
>>> from cleaner.segment import segment
>>> text = "Page one text.\\nFooter\\fPage two text.\\nFooter\\fPage three.\\nFooter\\f"
>>> [r.lines for r in detect(segment(text), (), Options()).removals]
[(1,), (3,), (5,)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .findings import Findings, Prior, Removal, lines_found_as, removed_lines
from .matching import find_clusters, skipped_note
from .normalize import content_length, line_key, paragraph_key
from .options import Options
from .segment import Document
from .sentence import CAPTION

NAME = "boilerplate"
MIN_RUN = 4  # a run of this many identical lines is scrape debris; fewer may be a refrain
MIN_FUZZY_KEY = 8  # shorter keys must match exactly: two short words differ by one letter
FURNITURE_FRACTION = 0.5  # at least this share of a line's copies must show the evidence
PAGE_SHARE = 0.4  # edge copies must stand on this share of the pages
_TAG_ONLY = re.compile(r"^\s*(?:</?[\w:.-]+(?:\s[^<>]*)?/?>\s*)+$")


def _candidate(text: str, max_chars: int) -> bool:
    length = content_length(text)
    return (0 < length <= max_chars and not _TAG_ONLY.match(text)
            and not CAPTION.match(text))


def _page_edges(doc: Document, breaks: frozenset[int],
                skipped: frozenset[int] | set[int]) -> tuple[set[int], int]:
    """Candidate lines at a page edge, and how many pages the document has.

    A page break is a form feed or a removed page-number line (``breaks``); a
    paged document's start and end are page edges too. From each break the
    search goes through blank lines and ``skipped`` lines (removed lines and
    candidates), up to the first line of running text: a header below a footer
    stands at the edge, and cleaning, which removes only such lines, never moves
    a line to an edge. Every line is walked at most once in each direction.
    """
    starts: list[tuple[int, int]] = []  # where to look back from, and forward from
    for line in doc.lines:
        if line.page_break_after:
            starts.append((line.index, line.index + 1))
        elif line.index in breaks:
            starts.append((line.index - 1, line.index + 1))
    pages = len(starts) + 1
    if starts:
        starts += [(-1, 0), (len(doc.lines) - 1, len(doc.lines))]
    edges: set[int] = set()
    walked: dict[int, set[int]] = {-1: set(), 1: set()}  # each line is walked once a way
    for back, forward in starts:
        for position, step in ((back, -1), (forward, 1)):
            while 0 <= position < len(doc.lines) and position not in walked[step]:
                walked[step].add(position)
                if position in skipped:
                    edges.add(position)
                elif not doc.lines[position].blank:
                    break
                position += step
    return edges, pages


def _groups(doc: Document, indices: Sequence[int], threshold: float,
            max_bucket: int) -> tuple[list[list[int]], int]:
    """Line indices grouped by key, OCR variants of one line merged."""
    by_key: dict[str, list[int]] = {}
    for index in indices:
        by_key.setdefault(line_key(doc.lines[index].text), []).append(index)
    keys = list(by_key)
    # Variants are compared without punctuation, so that rules of dots or dashes
    # (a table of contents) do not make different lines look alike.
    folded = {key: paragraph_key(key) for key in keys}
    long_keys = [key for key in keys if len(folded[key]) >= MIN_FUZZY_KEY]
    merged: dict[str, str] = {}
    clusters = find_clusters([folded[key] for key in long_keys], threshold=threshold,
                             containment=False, max_bucket=max_bucket)
    for cluster in clusters.groups:
        for member in cluster:
            merged[long_keys[member]] = long_keys[cluster[0]]
    groups: dict[str, list[int]] = {}
    for key in keys:
        groups.setdefault(merged.get(key, key), []).extend(by_key[key])
    return [sorted(group) for group in groups.values()], clusters.skipped_buckets


def _in_run(doc: Document, group: Sequence[int], plain_before: list[int]) -> list[bool]:
    """For each copy: is it part of a run of ``MIN_RUN`` identical copies?

    Copies are neighbours when only blank lines, removed lines or candidate lines
    stand between them (``plain_before[i]`` counts the lines of running text
    before line ``i``), so that what cleaning removes does not create new runs.
    Identical, not merely alike: numbered rows (``Step 1``, ``Step 2``) mask to one
    key but are a list. And at least four: a refrain or a table row repeated is content.
    """
    texts = [doc.lines[index].text.strip() for index in group]
    flags = [False] * len(group)
    start = 0
    for k in range(1, len(group) + 1):
        if (k == len(group) or plain_before[group[k]] != plain_before[group[k - 1]]
                or texts[k] != texts[k - 1]):
            if k - start >= MIN_RUN:
                flags[start:k] = [True] * (k - start)
            start = k
    return flags


def _plain_before(doc: Document, skipped: frozenset[int] | set[int]) -> list[int]:
    """For each line, how many lines of running text (non-blank, not skipped) precede it."""
    counts = []
    seen = 0
    for line in doc.lines:
        counts.append(seen)
        if not line.blank and line.index not in skipped:
            seen += 1
    return counts


def _evidence(doc: Document, group: Sequence[int], edges: set[int], pages: int,
              plain_before: list[int], min_repeats: int) -> str | None:
    """Why ``group`` is page furniture, or None when it is not.

    Copies at page edges count when they stand on a good share of the pages
    (``PAGE_SHARE``): a running header is on most pages, a table header row
    repeated where a table goes on is on a few. At least ``min_repeats`` copies,
    and at least half of all copies, must show the evidence.
    """
    in_run = _in_run(doc, group, plain_before)
    at_edge = [index in edges for index in group]
    if sum(at_edge) < max(min_repeats, PAGE_SHARE * pages):
        at_edge = [False] * len(group)
    furniture = sum(run or edge for run, edge in zip(in_run, at_edge, strict=True))
    if furniture < max(min_repeats, FURNITURE_FRACTION * len(group)):
        return None
    reasons = []
    if any(at_edge):
        reasons.append(f"{sum(at_edge)} at page edges")
    if any(in_run):
        reasons.append(f"{sum(in_run)} in runs")
    return ", ".join(reasons)


def detect(doc: Document, prior: Prior, options: Options) -> Findings:
    """Every copy of every boilerplate line (the first left in place with
    ``keep_one_boilerplate``)."""
    removed = removed_lines(prior)
    page_numbers = lines_found_as(prior, "page_number")
    indices = [line.index for line in doc.lines
               if not line.blank and not line.protected and line.index not in removed
               and line.index not in page_numbers
               and _candidate(line.text, options.boilerplate_max_chars)]
    grouped, skipped = _groups(doc, indices, options.similarity, options.max_bucket)
    groups = [group for group in grouped if len(group) >= options.boilerplate_min_repeats]
    candidates = {index for group in groups for index in group}
    skip = removed | page_numbers | candidates
    edges, pages = _page_edges(doc, page_numbers, skip)
    plain_before = _plain_before(doc, skip)
    removals: list[Removal] = []
    left: list[Removal] = []
    for group in groups:
        evidence = _evidence(doc, group, edges, pages, plain_before,
                             options.boilerplate_min_repeats)
        if evidence is None:
            continue
        message = (f"boilerplate line repeated {len(group)} times ({evidence}): "
                   f"{doc.lines[group[0]].text.strip()[:60]}")
        kept = group[0] if options.keep_one_boilerplate else None
        for index in group:
            found = Removal((index,), "boilerplate_line", message,
                            kept_lines=(kept, kept) if kept is not None else None)
            (left if index == kept else removals).append(found)
    removals.sort(key=lambda removal: removal.lines)
    return Findings(NAME, removals=tuple(removals), left=tuple(left),
                    notes=skipped_note("lines", skipped, options.max_bucket))
