"""Render: turn findings into edits of the original, apply them, and undo them.

This is the one place where spans are decided, so that no removal leaves a
hole and no two edits overlap:

- a removed run of lines takes its own line breaks; it also takes the blank
  lines after it when a blank line already separates it from the text before
  (so ``A, blank, H, blank, B`` becomes ``A, blank, B``, and ``A, H, blank, B``
  keeps A and B in separate blocks);
- a removal never takes a form feed: page breaks stay where they were, so a
  second run sees the same pages (only a join across pages removes one);
- a run with no kept line after it takes the line break *before* it instead,
  so the end of the file keeps its style (final newline or none);
- a join replaces the line break and blank lines after the first half by the
  joiner, and every removed run between the halves takes its blank lines too;
- blank lines at the very start and end of the document are removed when
  ``strip_blank_lines`` is on.

>>> edits = [Edit("blank_lines", "leading_blank_lines", "", 0, 1, "\\n", "", 1, 1)]
>>> apply_edits("\\nabc", edits)
'abc'
>>> restore("abc", edits)
'\\nabc'
"""

from __future__ import annotations

from collections.abc import Sequence

from .edits import REASONS, Edit, Join, Removal
from .segment import Document


def _after_blank_lines(doc: Document, index: int, *, through_page_breaks: bool) -> int:
    """The first line at or after ``index`` that is not blank.

    Without ``through_page_breaks`` it stops at a blank line that ends in a form
    feed, so that a removal never takes a page break with it.
    """
    while index < len(doc.lines) and doc.lines[index].blank:
        if doc.lines[index].page_break_after and not through_page_breaks:
            break
        index += 1
    return index


def resolve(doc: Document, removals: Sequence[Removal], joins: Sequence[Join], *,
            strip_blank_lines: bool) -> list[Edit]:
    """Decide the span of every finding; return edits sorted and non-overlapping."""
    lines = doc.lines
    owner: list[Removal | None] = [None] * len(lines)
    for removal in removals:
        for index in removal.lines:
            if owner[index] is None and not lines[index].blank:
                owner[index] = removal
    kept = [not line.blank and owner[line.index] is None for line in lines]
    if not any(kept):
        return []

    next_kept = [-1] * (len(lines) + 1)
    for index in range(len(lines) - 1, -1, -1):
        next_kept[index] = index if kept[index] else next_kept[index + 1]
    join_after = {join.before: join for join in joins}

    edits: list[Edit] = []
    first_nonblank = next(line.index for line in lines if not line.blank)
    last_nonblank = max(line.index for line in lines if not line.blank)
    if strip_blank_lines and lines[first_nonblank].start > 0:
        edits.append(_edit(doc, "leading_blank_lines", "blank lines before the text",
                           0, lines[first_nonblank].start, "", 0, first_nonblank - 1))

    open_join: Join | None = None  # the join whose gap we are in
    blank_kept_since_text = True  # a kept blank line (or the start) lies behind us
    previous_nonblank = -1
    previous_kept = -1
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.blank:
            blank_kept_since_text = True
            index += 1
            continue
        owner_of_line = owner[index]
        if owner_of_line is None:
            open_join = join_after.get(index)
            blank_kept_since_text = False
            if open_join is not None:
                target = next((i for i in range(index + 1, len(lines)) if not lines[i].blank),
                              open_join.after)
                start = line.start + len(line.text.rstrip()) - (1 if open_join.drop_hyphen else 0)
                edits.append(_edit(doc, open_join.reason, open_join.message, start,
                                   lines[target].start, open_join.joiner, index, open_join.after))
                index = target
            else:
                index += 1
            previous_nonblank = previous_kept = line.index
            continue
        removal = owner_of_line
        last = index
        while last + 1 < len(lines) and owner[last + 1] is removal:
            last += 1
        if next_kept[last + 1] == -1:
            start = lines[previous_nonblank].content_end
            end = lines[last].content_end
            following = last + 1
        else:
            start = line.start
            following = _after_blank_lines(doc, last + 1, through_page_breaks=True)
            if open_join is not None or (previous_kept == -1 and strip_blank_lines):
                # A join takes everything up to its second half; before the first kept
                # line, blank lines would be stripped anyway.
                end = lines[following].start
            elif lines[last].page_break_after:  # the form feed stays: the page break is real
                end = lines[last].content_end
                following = last + 1
            elif blank_kept_since_text:
                following = _after_blank_lines(doc, last + 1, through_page_breaks=False)
                end = lines[following].start if following < len(lines) else len(doc.text)
            else:
                end = lines[last].end
                following = last + 1
        edits.append(_removal_edit(doc, removal, start, end, index, last))
        previous_nonblank = last
        index = following

    if strip_blank_lines and lines[last_nonblank].end < len(doc.text):
        edits.append(_edit(doc, "trailing_blank_lines", "blank lines after the text",
                           lines[last_nonblank].end, len(doc.text), "",
                           last_nonblank + 1, len(lines) - 1))
    edits.sort(key=lambda edit: (edit.start, edit.end))
    check_edits(doc.text, edits)
    return edits


def _edit(doc: Document, reason: str, message: str, start: int, end: int, replacement: str,
          first: int, last: int) -> Edit:
    return Edit(REASONS[reason], reason, message, start, end, doc.text[start:end], replacement,
                first + 1, max(first, last) + 1)


def _removal_edit(doc: Document, removal: Removal, start: int, end: int,
                  first: int, last: int) -> Edit:
    kept_start = kept_end = kept_line = None
    if removal.kept_lines is not None:
        kept_first, kept_last = removal.kept_lines
        kept_start = doc.lines[kept_first].start
        kept_end = doc.lines[kept_last].content_end
        kept_line = kept_first + 1
    return Edit(REASONS[removal.reason], removal.reason, removal.message, start, end,
                doc.text[start:end], "", first + 1, last + 1, removal.score,
                kept_start, kept_end, kept_line)


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
