"""Findings: what a stage decided, in lines of the document.

Every stage has one signature, ``detect(doc, prior, options) -> Findings``
(:data:`Stage`). ``prior`` holds the findings of the stages before it, with
their reasons, so that a stage can judge the document as the later stages
will see it: the furniture stage sees which lines are page numbers, the
duplicate stage sees what furniture went, the join stage sees through all of
them. :mod:`cleaner.render` turns findings into edits of the original text.

>>> found = Findings("page_numbers", removals=(Removal((4,), "page_number", "page 2"),))
>>> removed_lines([found])
frozenset({4})
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .edits import Reason
from .glued_heads import Trim
from .options import Options
from .pages import Pages, build
from .segment import Document


@dataclass(frozen=True, slots=True)
class Removal:
    """A decision to remove the lines ``lines`` (indices) of the document."""

    lines: tuple[int, ...]
    reason: Reason
    message: str
    score: float | None = None
    kept_lines: tuple[int, int] | None = None  # first and last line index of the kept copy
    evidence: str = ""  # what shows the accident: printed_twice_in_a_row, page_edges, ...
    takes_page_breaks: bool = False  # whole pages printed again go with their form feeds


@dataclass(frozen=True, slots=True)
class Join:
    """A decision that line ``before`` and line ``after`` are one paragraph."""

    before: int
    after: int
    joiner: str  # "" for CJK or a hyphenated word, " " for Latin text
    drop_hyphen: bool
    reason: Reason
    message: str


@dataclass(frozen=True, slots=True)
class Resemblance:
    """Lines ``lines`` resemble the paragraph at ``other`` (first, last line) and stay: they
    differ in content (a sibling), or repeat it with nothing to show an accident made the
    repeat. Shown on request."""

    lines: tuple[int, ...]
    other: tuple[int, int]
    score: float
    message: str
    reason: str = "sibling_paragraph"  # or repeated_paragraph: a repeat without evidence


@dataclass(frozen=True)
class Findings:
    """What one stage found: removals, joins, and notes for the user (warnings).

    ``left`` holds what the stage recognised but leaves in place, with the reason
    it would have had: page numbers when ``remove_page_numbers`` is off, the
    copy of a boilerplate line that ``keep_one_boilerplate`` keeps. Later stages
    treat those lines as what they are (a page number is never content to match).
    ``pages`` is the page model, set by the stage that builds it; ``siblings`` the
    paragraphs that looked like copies but differ in content; ``trims`` the parts of
    lines that go while the rest of the line stays (a head or a page number run into
    the text).
    """

    stage: str
    removals: tuple[Removal, ...] = ()
    joins: tuple[Join, ...] = ()
    notes: tuple[str, ...] = ()
    left: tuple[Removal, ...] = ()
    pages: Pages | None = None
    siblings: tuple[Resemblance, ...] = ()
    trims: tuple[Trim, ...] = ()


Prior = Sequence[Findings]
Stage = Callable[[Document, Prior, Options], Findings]


def page_model(doc: Document, prior: Prior) -> Pages:
    """The page model an earlier stage built (or one without page numbers, for a stage
    run on its own)."""
    for found in prior:
        if found.pages is not None:
            return found.pages
    return build(doc, frozenset())


def removed_lines(prior: Prior) -> frozenset[int]:
    """Every line that an earlier stage removed."""
    return frozenset(index for found in prior for removal in found.removals
                     for index in removal.lines)


def left_lines(prior: Prior) -> frozenset[int]:
    """Every line that an earlier stage recognised and left in place by option."""
    return frozenset(index for found in prior for removal in found.left
                     for index in removal.lines)


def lines_found_as(prior: Prior, reason: Reason) -> frozenset[int]:
    """The lines that earlier stages found for ``reason``, removed or left in place."""
    return frozenset(index for found in prior for removal in (*found.removals, *found.left)
                     if removal.reason == reason for index in removal.lines)
