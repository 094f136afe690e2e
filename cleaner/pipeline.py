"""The pipeline: segment, run every stage once in order, render. Pure: no I/O.

The stages are data, in :data:`STAGES`: each is a function
``detect(doc, prior, options) -> Findings`` that sees what the stages before it
found, with their reasons, and decides with the later stages in mind rather
than by running again. So one pass is the whole of cleaning, and cleaning the
clean text finds nothing more (a property the test suite checks).

>>> paragraph = ("The committee met on Tuesday, heard the treasurer, and voted to repair "
...              "the northern pier before the winter storms of March.\\n")
>>> result = clean(paragraph + "\\n" + paragraph)
>>> result.text == paragraph
True
>>> [(edit.reason, edit.evidence) for edit in result.edits]
[('duplicate_paragraph', 'printed_twice_in_a_row')]
>>> list(STAGES)
['prints', 'page_numbers', 'furniture', 'duplicates', 'joins']
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from . import duplicates, furniture, joins, page_numbers, prints
from .edits import Edit, Sibling
from .findings import Findings, Stage, removed_lines
from .options import Options
from .render import apply_edits, resolve, siblings
from .segment import count_lines, segment

STAGES: dict[str, Stage] = {
    prints.NAME: prints.detect,
    page_numbers.NAME: page_numbers.detect,
    furniture.NAME: furniture.detect,
    duplicates.NAME: duplicates.detect,
    joins.NAME: joins.detect,
}


@dataclass(frozen=True)
class Stats:
    """What cleaning did, in numbers."""

    lines_in: int
    lines_out: int
    chars_in: int
    chars_out: int
    by_kind: dict[str, int] = field(default_factory=dict)
    by_reason: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class CleanResult:
    """The clean text, the edits that made it from the original, and counts."""

    text: str
    edits: tuple[Edit, ...]
    stats: Stats
    warnings: tuple[str, ...] = ()  # what the user must know (the text was left alone)
    siblings: tuple[Sibling, ...] = ()  # paragraphs that looked like copies, kept
    notes: tuple[str, ...] = ()  # limits reached (--max-bucket): shown with -v

    @property
    def changed(self) -> bool:
        """True when cleaning changed anything."""
        return bool(self.edits)


def _selected(found: Findings, options: Options) -> Findings:
    """``found`` with what ``options`` do not apply (``select``, ``ignore``) left in
    place: a removal stays recognised (in ``left``), a join or a trim is dropped."""
    if not (options.select or options.ignore):
        return found
    removals = tuple(removal for removal in found.removals if options.applies(removal.reason))
    left = found.left + tuple(removal for removal in found.removals
                              if not options.applies(removal.reason))
    return dataclasses.replace(
        found, removals=removals, left=left,
        joins=tuple(join for join in found.joins if options.applies(join.reason)),
        trims=tuple(trim for trim in found.trims if options.applies(trim.reason)))


def clean(text: str, options: Options | None = None, *,
          progress: Callable[[str], None] | None = None,
          first: Sequence[tuple[str, Stage]] = ()) -> CleanResult:
    """Clean ``text``; return the clean text and every edit, with its span in ``text``.

    ``options.format == "auto"`` is treated as plain text here; :func:`cleaner.clean_file`
    decides it from the file name. ``progress``, if given, is called with the name
    of each stage as it starts. ``first`` are stages that run before ``STAGES``, with
    evidence from outside the text (corpus mode's furniture of many files).
    """
    options = options or Options()
    doc = segment(text, markdown=options.format == "markdown")
    findings: list[Findings] = []
    for name, detect in [*first, *STAGES.items()]:
        if progress is not None:
            progress(name)
        findings.append(_selected(detect(doc, tuple(findings), options), options))
    notes = tuple(dict.fromkeys(note for found in findings for note in found.notes))
    removed = removed_lines(findings)
    if removed and all(line.blank or line.index in removed for line in doc.lines):
        return _unchanged(text, "cleaning would remove every line; the text is left as it is")
    edits = tuple(edit for edit in resolve(doc, findings,
                                           strip_blank_lines=options.strip_blank_lines)
                  if options.applies(edit.reason))
    clean_text = apply_edits(text, edits)
    stats = Stats(
        lines_in=len(doc.lines), lines_out=count_lines(clean_text),
        chars_in=len(text), chars_out=len(clean_text),
        by_kind=dict(Counter(edit.kind for edit in edits)),
        by_reason=dict(Counter(edit.reason for edit in edits)),
    )
    return CleanResult(clean_text, edits, stats, (), tuple(siblings(doc, findings)), notes)


def _unchanged(text: str, warning: str) -> CleanResult:
    lines = count_lines(text)
    return CleanResult(text, (), Stats(lines, lines, len(text), len(text)), (warning,))
