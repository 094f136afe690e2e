"""Findings (what a detector decided) and edits (spans of the original text).

A detector says *which lines* go and why (:class:`Removal`) or *which two lines*
belong to one paragraph (:class:`Join`). :mod:`cleaner.render` turns findings
into :class:`Edit` objects, each a half-open span ``original[start:end]`` with
its replacement. Edits are the single source of truth: clean text, report,
diff, ``--check`` and :func:`cleaner.restore` are all derived from them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

EditKind = Literal["duplicate_paragraph", "boilerplate_line", "broken_paragraph", "blank_lines"]

# Stable reason codes: the condition that fired. Each belongs to one kind.
REASONS: dict[str, EditKind] = {
    "duplicate_paragraph": "duplicate_paragraph",
    "near_duplicate_paragraph": "duplicate_paragraph",
    "contained_paragraph": "duplicate_paragraph",
    "boilerplate_line": "boilerplate_line",
    "page_number": "boilerplate_line",
    "broken_paragraph": "broken_paragraph",
    "hyphenated_word": "broken_paragraph",
    "leading_blank_lines": "blank_lines",
    "trailing_blank_lines": "blank_lines",
}


@dataclass(frozen=True)
class Removal:
    """A detector's decision to remove the lines ``lines`` (indices) of the document."""

    lines: tuple[int, ...]
    reason: str
    message: str
    score: float | None = None
    kept_lines: tuple[int, int] | None = None  # first and last line index of the kept copy


@dataclass(frozen=True)
class Join:
    """A detector's decision that line ``before`` and line ``after`` are one paragraph."""

    before: int
    after: int
    joiner: str  # "" for CJK or a hyphenated word, " " for Latin text
    drop_hyphen: bool
    reason: str
    message: str


@dataclass(frozen=True)
class Edit:
    """One change: ``original[start:end]`` (``removed``) becomes ``replacement``.

    ``first_line`` and ``last_line`` are 1-based line numbers in the original.
    For a duplicate, ``kept_start``/``kept_end`` span the copy that was kept and
    ``kept_line`` is its first line.
    """

    kind: EditKind
    reason: str
    message: str
    start: int
    end: int
    removed: str
    replacement: str
    first_line: int
    last_line: int
    score: float | None = None
    kept_start: int | None = None
    kept_end: int | None = None
    kept_line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The edit as a JSON-ready dict with stable field names."""
        return {
            "kind": self.kind,
            "reason": self.reason,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "first_line": self.first_line,
            "last_line": self.last_line,
            "removed": self.removed,
            "replacement": self.replacement,
            "score": self.score,
            "kept_start": self.kept_start,
            "kept_end": self.kept_end,
            "kept_line": self.kept_line,
        }
