"""Render: turn findings into edits of the original, apply them, and undo them.

This is the one place where spans are decided, so that no removal leaves a
hole and no two edits overlap. Removed lines are first grouped into *runs*
(consecutive lines that one finding removes); each run then takes one span:

- a run takes its own line breaks; it also takes the blank lines after it when a
  blank line already separates it from the text before (so ``A, blank, H,
  blank, B`` becomes ``A, blank, B``, and ``A, H, blank, B`` keeps A and B in
  separate blocks);
- a run never takes a form feed: page breaks stay where they were, so a second
  run sees the same pages (a join across pages moves its form feeds after the
  paragraph); only pages printed a second time go with their page breaks;
- a run with no kept line after it takes the line break *before* it instead, so
  the end of the file keeps its style (final newline or none);
- a join replaces the line break and blank lines after the first half by the
  joiner, and every run between the halves takes its blank lines too;
- blank lines at the very start and end of the document are removed when
  ``strip_blank_lines`` is on.

>>> edits = [Edit("blank_lines", "leading_blank_lines", "", 0, 1, "\\n", "", 1, 1)]
>>> apply_edits("\\nabc", edits)
'abc'
>>> restore("abc", edits)
'\\nabc'
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from .edits import KIND_OF, Edit, Reason, Sibling
from .findings import Findings, Join, Removal, Resemblance
from .glued_heads import Trim
from .segment import Document


@dataclass(frozen=True)
class _Run:
    """Consecutive non-blank lines ``first..last`` that ``removal`` removes."""

    removal: Removal
    first: int
    last: int


class _Layout:
    """Where the kept, non-blank and blank lines are, to look up around a run."""

    def __init__(self, doc: Document, kept: list[bool]) -> None:
        lines = doc.lines
        self.doc = doc
        self.previous_kept = [-1] * len(lines)  # the nearest kept line before each line
        self.previous_nonblank = [-1] * len(lines)
        self.blanks_before = [0] * (len(lines) + 1)  # blank lines before each line
        last_kept = last_nonblank = -1
        for index, line in enumerate(lines):
            self.previous_kept[index], self.previous_nonblank[index] = last_kept, last_nonblank
            self.blanks_before[index + 1] = self.blanks_before[index] + line.blank
            if kept[index]:
                last_kept = index
            if not line.blank:
                last_nonblank = index
        self.last_kept = last_kept

    def next_nonblank(self, index: int, *, through_page_breaks: bool) -> int:
        """The first line at or after ``index`` that is not blank (or the line count).

        Without ``through_page_breaks`` it stops at a blank line that ends in a form
        feed, so that a removal never takes a page break with it.
        """
        lines = self.doc.lines
        while index < len(lines) and lines[index].blank:
            if lines[index].page_break_after and not through_page_breaks:
                break
            index += 1
        return index

    def start_of(self, index: int) -> int:
        """Where line ``index`` starts (the end of the text past the last line)."""
        lines = self.doc.lines
        return lines[index].start if index < len(lines) else len(self.doc.text)


def _runs(owner: list[Removal | None]) -> list[_Run]:
    """Group removed lines into runs of consecutive lines with one owner."""
    runs: list[_Run] = []
    for index, removal in enumerate(owner):
        if removal is None:
            continue
        if runs and runs[-1].removal is removal and runs[-1].last == index - 1:
            runs[-1] = _Run(removal, runs[-1].first, index)
        else:
            runs.append(_Run(removal, index, index))
    return runs


def _run_span(run: _Run, layout: _Layout, join_before: set[int],
              strip_blank_lines: bool) -> tuple[int, int]:
    """The span a run of removed lines takes, by the cases in the module docstring."""
    lines = layout.doc.lines
    if run.last >= layout.last_kept:  # nothing kept after: take the line break before
        return lines[layout.previous_nonblank[run.first]].content_end, lines[run.last].content_end
    start = lines[run.first].start
    previous_kept = layout.previous_kept[run.first]
    pages_too = run.removal.takes_page_breaks  # pages printed again: breaks and all
    if previous_kept in join_before or (previous_kept == -1 and strip_blank_lines):
        # A join takes everything up to its second half; before the first kept line,
        # blank lines would be stripped anyway.
        return start, layout.start_of(layout.next_nonblank(run.last + 1,
                                                           through_page_breaks=True))
    if lines[run.last].page_break_after and not pages_too:  # the page break is real: it stays
        return start, lines[run.last].content_end
    blank_since_text = (previous_kept == -1
                        or layout.blanks_before[run.first] > layout.blanks_before[previous_kept])
    if blank_since_text:
        return start, layout.start_of(layout.next_nonblank(run.last + 1,
                                                           through_page_breaks=pages_too))
    return start, lines[run.last].end


def _join_edit(doc: Document, join: Join, layout: _Layout) -> Edit:
    """The first half's line break and the blank lines after it become the joiner."""
    line = doc.lines[join.before]
    start = line.start + len(line.text.rstrip()) - (1 if join.drop_hyphen else 0)
    end = layout.start_of(layout.next_nonblank(join.before + 1, through_page_breaks=True))
    return _edit(doc, join.reason, join.message, start, end, join.joiner, join.before, join.after)


def _page_breaks_moved(doc: Document, joins: Sequence[Join], kept: list[bool]) -> list[Edit]:
    """The form feeds that joins take from between the halves of a paragraph, put back
    after the paragraph they cut: one insertion at the end of each joined paragraph.

    So the clean text has as many page breaks as the original, each page its number,
    and a second run judges page furniture on the same pages."""
    firsts = [block.first for block in doc.blocks]

    def last_kept(index: int) -> int:
        block = doc.blocks[bisect.bisect_right(firsts, index) - 1]
        return max(line for line in range(index, block.last + 1) if kept[line])

    ends = {join.before: last_kept(join.after) for join in joins}
    last_kept_line = max((index for index, keep in enumerate(kept) if keep), default=-1)
    continued = set(ends.values())
    edits = []
    for join in sorted(joins, key=lambda join: join.before):
        if join.before in continued:
            continue  # a later half of a chain: its chain's first join counts it
        feeds, line = 0, join.before
        while line in ends:  # along the chain of joins that make one paragraph
            following = next(found for found in joins if found.before == line)
            feeds += doc.text.count("\f", doc.lines[line].content_end,
                                    doc.lines[following.after].start)
            line = ends[line]
        if feeds and line < last_kept_line:  # at the end of the text, no page follows
            at = doc.lines[line].content_end
            edits.append(_edit(doc, "page_break_moved", f"{feeds} page break"
                               f"{'s' * (feeds > 1)} from inside the paragraph put after it",
                               at, at, "\f" * feeds, line, line))
    return edits


def _blank_edges(doc: Document) -> list[Edit]:
    """Edits that remove the blank lines before the first and after the last text line,
    but for blank lines that are protected (in a fence, or switched off)."""
    nonblank = [line.index for line in doc.lines if not line.blank]
    first, last = nonblank[0], nonblank[-1]
    edits: list[Edit] = []
    if doc.lines[first].start > 0 and not any(line.protected for line in doc.lines[:first]):
        edits.append(_edit(doc, "leading_blank_lines", "blank lines before the text",
                           0, doc.lines[first].start, "", 0, first - 1))
    if doc.lines[last].end < len(doc.text) and \
            not any(line.protected for line in doc.lines[last + 1:]):
        edits.append(_edit(doc, "trailing_blank_lines", "blank lines after the text",
                           doc.lines[last].end, len(doc.text), "", last + 1, len(doc.lines) - 1))
    return edits


def resolve(doc: Document, findings: Sequence[Findings], *,
            strip_blank_lines: bool) -> list[Edit]:
    """Decide the span of every finding; return edits sorted and non-overlapping."""
    owner: list[Removal | None] = [None] * len(doc.lines)
    for found in findings:
        for removal in found.removals:
            for index in removal.lines:
                if owner[index] is None and not doc.lines[index].blank:
                    owner[index] = removal
    kept = [not line.blank and owner[line.index] is None for line in doc.lines]
    if not any(kept):
        return []
    layout = _Layout(doc, kept)
    joins = [join for found in findings for join in found.joins]
    join_before = {join.before for join in joins}
    edits = [_join_edit(doc, join, layout) for join in joins]
    edits += _page_breaks_moved(doc, joins, kept)
    for run in _runs(owner):
        start, end = _run_span(run, layout, join_before, strip_blank_lines)
        edits.append(_removal_edit(doc, run.removal, start, end, run.first, run.last))
    edits += _trim_edits(doc, [trim for found in findings for trim in found.trims
                               if kept[trim.line]])
    if strip_blank_lines:
        edits += _blank_edges(doc)
    edits.sort(key=lambda edit: (edit.start, edit.end))
    check_edits(doc.text, edits)
    return edits


def siblings(doc: Document, findings: Sequence[Findings]) -> list[Sibling]:
    """The paragraphs kept as siblings of others, as spans of the original."""
    found = []
    for resemblance in sorted((sibling for stage in findings for sibling in stage.siblings),
                              key=lambda sibling: sibling.lines):
        found.append(_sibling(doc, resemblance))
    return found


def _sibling(doc: Document, resemblance: Resemblance) -> Sibling:
    first, last = resemblance.lines[0], resemblance.lines[-1]
    other_first, other_last = resemblance.other
    return Sibling(doc.lines[first].start, doc.lines[last].content_end, doc.number(first),
                   doc.number(last), doc.lines[other_first].start,
                   doc.lines[other_last].content_end, doc.number(other_first), resemblance.score,
                   resemblance.message, resemblance.reason)


def _edit(doc: Document, reason: Reason, message: str, start: int, end: int, replacement: str,
          first: int, last: int) -> Edit:
    return Edit(KIND_OF[reason], reason, message, start, end, doc.text[start:end], replacement,
                doc.number(first), doc.number(max(first, last)))


def _removal_edit(doc: Document, removal: Removal, start: int, end: int,
                  first: int, last: int) -> Edit:
    kept_start = kept_end = kept_line = None
    if removal.kept_lines is not None:
        kept_first, kept_last = removal.kept_lines
        kept_start = doc.lines[kept_first].start
        kept_end = doc.lines[kept_last].content_end
        kept_line = doc.number(kept_first)
    return Edit(KIND_OF[removal.reason], removal.reason, removal.message, start, end,
                doc.text[start:end], "", doc.number(first), doc.number(last), removal.score,
                kept_start, kept_end, kept_line, removal.evidence or None)


def _trim_edits(doc: Document, trims: list[Trim]) -> list[Edit]:
    """The edits of ``trims``, two on one line never overlapping: a later one starts
    where the one before it ends (a head run into a line and the page's number after it,
    the spaces between them taken by the first), and is dropped when nothing is left."""
    edits = []
    end_of_line: dict[int, int] = {}  # line -> where the last trim kept on it ends
    for trim in sorted(trims, key=lambda trim: (trim.line, trim.start)):
        start = max(trim.start, end_of_line.get(trim.line, 0))
        if start < trim.end:
            edits.append(_trim_edit(doc, dataclasses.replace(trim, start=start)))
            end_of_line[trim.line] = trim.end
    return edits


def _trim_edit(doc: Document, trim: Trim) -> Edit:
    """The part of a line that goes (characters ``trim.start:trim.end`` of its text);
    the rest of the line stays."""
    line = doc.lines[trim.line]
    removal = Removal((trim.line,), trim.reason, trim.message, evidence=trim.evidence)
    return _removal_edit(doc, removal, line.start + trim.start, line.start + trim.end,
                         trim.line, trim.line)


def check_edits(text: str, edits: Sequence[Edit]) -> None:
    """Raise ValueError unless edits are in bounds, sorted, non-overlapping and true to text."""
    position = 0
    for edit in edits:
        if not position <= edit.start <= edit.end <= len(text):
            raise ValueError(f"edit {edit.reason} at {edit.start}:{edit.end} overlaps or is "
                             "out of bounds")
        if text[edit.start:edit.end] != edit.removed:
            raise ValueError(f"edit {edit.reason} at {edit.start}:{edit.end} does not match text")
        position = edit.end


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """The text with every edit applied (edits sorted, non-overlapping)."""
    pieces: list[str] = []
    position = 0
    for edit in edits:
        pieces.append(text[position:edit.start])
        pieces.append(edit.replacement)
        position = edit.end
    pieces.append(text[position:])
    return "".join(pieces)


def restore(clean_text: str, edits: Sequence[Edit]) -> str:
    """Rebuild the original text from the clean text and the edits that made it.

    Raises ValueError when the edits do not fit the clean text.
    """
    pieces: list[str] = []
    clean_position = 0
    original_position = 0
    for edit in sorted(edits, key=lambda edit: (edit.start, edit.end)):
        unchanged = edit.start - original_position
        if unchanged < 0:
            raise ValueError("edits overlap")
        pieces.append(clean_text[clean_position:clean_position + unchanged])
        clean_position += unchanged
        if clean_text[clean_position:clean_position + len(edit.replacement)] != edit.replacement:
            raise ValueError(f"clean text does not hold the replacement of edit at {edit.start}")
        clean_position += len(edit.replacement)
        pieces.append(edit.removed)
        original_position = edit.end
    pieces.append(clean_text[clean_position:])
    return "".join(pieces)
