"""The pipeline: segment, run the detectors in order, render. Pure: no I/O.

The order of detectors is data, in :data:`STAGES`. Each stage sees the lines
that earlier stages removed, and joins see through all of them.

The stages run in rounds until a round finds nothing more (at most
``MAX_ROUNDS``): removing a running header from a block can reveal that the
block duplicates another, and removing a duplicate can make two copies of a
footer neighbours. What the document holds once cleaned is then what a second
run sees, so cleaning is idempotent. Usually the second round finds nothing.

>>> result = clean("Intro text that is long enough to count as a paragraph.\\n\\n"
...                "Intro text that is long enough to count as a paragraph.\\n")
>>> result.text
'Intro text that is long enough to count as a paragraph.\\n'
>>> [edit.reason for edit in result.edits]
['duplicate_paragraph']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from . import boilerplate, duplicates, joins, page_numbers
from .edits import Edit, Join, Removal
from .options import Options
from .render import apply_edits, resolve
from .segment import Document, count_lines, segment

MAX_ROUNDS = 4
RemovalStage = Callable[[Document, frozenset[int], Options, list[str]], list[Removal]]


def _page_numbers(doc: Document, removed: frozenset[int], options: Options,
                  notes: list[str]) -> list[Removal]:
    if not options.remove_page_numbers:
        return []
    return page_numbers.detect(doc, removed, minimum=options.boilerplate_min_repeats)


def _note_skipped(notes: list[str], what: str, skipped: int, options: Options) -> None:
    if skipped:
        notes.append(f"{what}: {skipped} fingerprints shared by more than "
                     f"{options.max_bucket} {what} were not used as evidence "
                     "(raise --max-bucket to use them)")


def _boilerplate(doc: Document, removed: frozenset[int], options: Options,
                 notes: list[str]) -> list[Removal]:
    found, skipped = boilerplate.detect(
        doc, removed, min_repeats=options.boilerplate_min_repeats,
        max_chars=options.boilerplate_max_chars, threshold=options.similarity,
        keep_one=options.keep_one_boilerplate, max_bucket=options.max_bucket)
    _note_skipped(notes, "lines", skipped, options)
    return found


def _duplicates(doc: Document, removed: frozenset[int], options: Options,
                notes: list[str]) -> list[Removal]:
    found, skipped = duplicates.detect(doc, removed, threshold=options.similarity,
                                       min_chars=options.min_paragraph_chars, keep=options.keep,
                                       max_bucket=options.max_bucket)
    _note_skipped(notes, "paragraphs", skipped, options)
    return found


STAGES: tuple[tuple[str, RemovalStage], ...] = (
    ("page_numbers", _page_numbers),
    ("boilerplate", _boilerplate),
    ("duplicates", _duplicates),
)


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
    warnings: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        """True when cleaning changed anything."""
        return bool(self.edits)


def clean(text: str, options: Options | None = None, *,
          progress: Callable[[str], None] | None = None) -> CleanResult:
    """Clean ``text``; return the clean text and every edit, with its span in ``text``.

    ``options.format == "auto"`` is treated as plain text here; :func:`cleaner.clean_file`
    decides it from the file name. ``progress``, if given, is called with the name
    of each stage as it starts.
    """
    options = options or Options()
    doc = segment(text, markdown=options.format == "markdown")
    removed: set[int] = set()
    removals: list[Removal] = []
    notes: list[str] = []
    # A stage runs again only when other stages removed lines since its last run.
    removed_by: dict[str, int] = dict.fromkeys((name for name, _ in STAGES), 0)
    seen_at: dict[str, tuple[int, int] | None] = dict.fromkeys(removed_by)
    for _round in range(MAX_ROUNDS):
        found_in_round = 0
        for name, stage in STAGES:
            last = seen_at[name]
            if last is not None and len(removed) - last[0] == removed_by[name] - last[1]:
                continue
            if progress is not None:
                progress(name)
            seen_at[name] = (len(removed), removed_by[name])
            before = len(removed)
            found = stage(doc, frozenset(removed), options, notes)
            removals.extend(found)
            found_in_round += len(found)
            for removal in found:
                removed.update(removal.lines)
            removed_by[name] += len(removed) - before
        if not found_in_round:
            break
    if removed and all(line.blank or line.index in removed for line in doc.lines):
        return _unchanged(text, "cleaning would remove every line; the text is left as it is")
    found_joins: list[Join] = []
    if options.join_broken_paragraphs:
        if progress is not None:
            progress("joins")
        found_joins = joins.detect(doc, frozenset(removed))
    edits = tuple(resolve(doc, removals, found_joins,
                          strip_blank_lines=options.strip_blank_lines))
    clean_text = apply_edits(text, edits)
    stats = Stats(
        lines_in=len(doc.lines), lines_out=count_lines(clean_text),
        chars_in=len(text), chars_out=len(clean_text),
        by_kind=dict(Counter(edit.kind for edit in edits)),
        by_reason=dict(Counter(edit.reason for edit in edits)),
    )
    return CleanResult(clean_text, edits, stats, tuple(dict.fromkeys(notes)))


def _unchanged(text: str, warning: str) -> CleanResult:
    lines = count_lines(text)
    return CleanResult(text, (), Stats(lines, lines, len(text), len(text)), (warning,))
