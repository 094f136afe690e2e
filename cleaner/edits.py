"""Edits: spans of the original text, the single source of truth.

:mod:`cleaner.render` turns the stages' findings (:mod:`cleaner.findings`) into
:class:`Edit` objects, each a half-open span ``original[start:end]`` with its
replacement. Clean text, report, diff, ``--check`` and :func:`cleaner.restore`
are all derived from them.

Every edit has a *reason*, the stable name of the condition that fired, and a
*kind*, the family it belongs to in summaries. Each reason belongs to one kind:

>>> KIND_OF["near_duplicate_paragraph"], KIND_OF["page_number"]
('duplicate_paragraph', 'page_number')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, get_args

EditKind = Literal["duplicate_paragraph", "boilerplate_line", "page_number", "broken_paragraph",
                   "page_break", "blank_lines"]
Reason = Literal[
    "duplicate_paragraph", "near_duplicate_paragraph", "contained_paragraph",
    "boilerplate_line", "credit_line", "page_number",
    "broken_paragraph", "hyphenated_word", "page_break_moved",
    "leading_blank_lines", "trailing_blank_lines",
]

# A new reason is declared here, twice side by side: its name in ``Reason`` (so that
# mypy checks every use) and its kind in ``KIND_OF``. The report, the review page, the
# ``select``/``ignore`` options and the summaries read these two; nothing else lists
# reasons.
KIND_OF: dict[Reason, EditKind] = {
    "duplicate_paragraph": "duplicate_paragraph",
    "near_duplicate_paragraph": "duplicate_paragraph",
    "contained_paragraph": "duplicate_paragraph",
    "boilerplate_line": "boilerplate_line",
    "credit_line": "boilerplate_line",
    "page_number": "page_number",
    "broken_paragraph": "broken_paragraph",
    "hyphenated_word": "broken_paragraph",
    "page_break_moved": "page_break",
    "leading_blank_lines": "blank_lines",
    "trailing_blank_lines": "blank_lines",
}
assert set(KIND_OF) == set(get_args(Reason))



@dataclass(frozen=True)
class Kind:
    """How a kind of edit is named: in summaries (one, many, and what was done) and on
    the review page (a short label and a colour)."""

    one: str
    many: str
    done: str
    label: str
    colour: str


KINDS: dict[EditKind, Kind] = {
    "duplicate_paragraph": Kind("duplicate paragraph", "duplicate paragraphs", "removed",
                                "duplicate", "#fde2e2"),
    "boilerplate_line": Kind("boilerplate line", "boilerplate lines", "removed",
                             "furniture", "#e2e8fd"),
    "page_number": Kind("page number", "page numbers", "removed", "page number", "#fdf3d2"),
    "broken_paragraph": Kind("broken paragraph", "broken paragraphs", "joined",
                             "join", "#d8f5dc"),
    "page_break": Kind("page break", "page breaks", "moved after the paragraph it cut",
                       "page break moved", "#d5f0f0"),
    "blank_lines": Kind("run of blank lines", "runs of blank lines", "removed",
                        "blank lines", "#e8e8e8"),
}
assert set(KINDS) == set(get_args(EditKind))


@dataclass(frozen=True)
class Edit:
    """One change: ``original[start:end]`` (``removed``) becomes ``replacement``.

    ``first_line`` and ``last_line`` are 1-based line numbers in the original.
    For a duplicate, ``kept_start``/``kept_end`` span the copy that was kept and
    ``kept_line`` is its first line.
    """

    kind: EditKind
    reason: Reason
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
    evidence: str | None = None  # what shows the accident (``printed_twice_in_a_row``, ...)

    def to_dict(self) -> dict[str, Any]:
        """The edit as a JSON-ready dict with stable field names."""
        return {
            "action": {"broken_paragraph": "joined", "page_break": "moved"}.get(self.kind,
                                                                                "removed"),
            "kind": self.kind,
            "reason": self.reason,
            "evidence": self.evidence,
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


@dataclass(frozen=True)
class Sibling:
    """A paragraph like another that stays: nothing is edited.

    ``original[start:end]`` (lines ``first_line``..``last_line``) resembles the paragraph
    at ``kept_start:kept_end`` (from line ``kept_line``). ``reason`` says why it stays:
    ``sibling_paragraph`` (it differs in content; ``message`` says how) or
    ``repeated_paragraph`` (it repeats the other, and nothing shows an accident made the
    repeat). Shown on request (``--explain``, and in the JSON report with
    ``"action": "kept"``).
    """

    start: int
    end: int
    first_line: int
    last_line: int
    kept_start: int
    kept_end: int
    kept_line: int
    score: float
    message: str
    reason: str = "sibling_paragraph"

    def to_dict(self) -> dict[str, Any]:
        """The pair as a JSON-ready dict, marked as kept."""
        return {
            "action": "kept",
            "kind": self.reason,
            "reason": self.reason,
            "evidence": None,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "first_line": self.first_line,
            "last_line": self.last_line,
            "removed": "",
            "replacement": None,
            "score": self.score,
            "kept_start": self.kept_start,
            "kept_end": self.kept_end,
            "kept_line": self.kept_line,
        }
