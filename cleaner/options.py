"""Options: every knob of the pipeline in one frozen dataclass.

The command line, ``[tool.cleaner]`` in ``pyproject.toml`` and the library all
build an :class:`Options` through :func:`options_from_mapping`, so every surface
shares the same names, defaults and validation.

>>> Options().similarity
90.0
>>> options_from_mapping({"keep": "first", "min-paragraph-chars": "40"}).min_paragraph_chars
40
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from .edits import KIND_OF, Reason

KeepPolicy = Literal["auto", "first", "last"]
TextFormat = Literal["auto", "text", "markdown"]


class OptionsError(ValueError):
    """An option has an unknown name or a value of the wrong kind or range."""


def _doc(text: str) -> dict[str, str]:
    return {"help": text}


@dataclass(frozen=True)
class Options:
    """How a document is cleaned. Every field has a command-line flag of the same name.

    similarity (90.0)
        Score from 0 to 100 (``rapidfuzz`` ratio on normalised text) at or above
        which two paragraphs count as near-duplicates, and a paragraph as a cut-off
        copy contained in a longer one.
    line_similarity (90.0)
        Score from 0 to 100 at or above which two short lines count as variants of
        one line (an OCR misreading of a running head, of a masthead in corpus
        mode): the lines that are judged together as furniture.
    min_paragraph_chars (30)
        Paragraphs with fewer letters and digits than this are never removed as
        duplicate paragraphs; short lines are judged as boilerplate lines instead.
    boilerplate_min_repeats (3)
        A line must occur at least this many times to be judged boilerplate.
    page_number_min_run (3)
        Page numbers are removed only in a run of at least this many that count up.
    boilerplate_max_chars (200)
        Lines longer than this (letters and digits) are never boilerplate lines.
    keep_one_boilerplate (False)
        Keep the first copy of each boilerplate line instead of removing them all.
    keep_credit_lines (False)
        Keep credit and jump lines (``(By Associated Press)``, ``(Continued on
        Page 3)``) that a newspaper page repeats; by default they go as furniture.
    remove_page_numbers (True)
        Remove page-number lines (``12``, ``– 12 –``, ``Page 3 of 40``, ``第3页``)
        that count up through the document.
    keep ("auto")
        Which copy of a duplicate paragraph stays: ``auto`` the copy that continues
        a sentence left open by the paragraph before it (else the first),
        ``first`` or ``last``.
    join_broken_paragraphs (True)
        Join a paragraph cut in two by a page or column break.
    strip_blank_lines (True)
        Remove blank lines at the very start and end of the document.
    max_bucket (64)
        A fingerprint shared by more paragraphs (or lines) than this is common
        text, not evidence of a copy, and is not used to find candidates; this
        bounds the work on any input. A warning says when it was needed.
    format ("auto")
        ``markdown`` protects headings, lists, tables, block quotes and front
        matter from every change; ``text`` does not; ``auto`` decides from the
        file name (``.md``, ``.markdown``) and treats bare text as ``text``.
        Fenced code and pipe tables are protected in every format.
    select ("")
        Reasons (``page_number``) or kinds (``duplicate_paragraph``: every duplicate
        reason) to apply, comma-separated; empty applies all. What is not applied
        is still recognised (a page number is not content to match) but stays.
    ignore ("")
        Reasons or kinds never to apply, comma-separated; wins over ``select``.
    """

    similarity: float = field(default=90.0, metadata=_doc(
        "Near-duplicate paragraph threshold, 0-100 (rapidfuzz ratio on normalised text)."))
    line_similarity: float = field(default=90.0, metadata=_doc(
        "Threshold, 0-100, at which two short lines are variants of one furniture line."))
    min_paragraph_chars: int = field(default=30, metadata=_doc(
        "Shortest paragraph (letters and digits) judged as a duplicate paragraph."))
    boilerplate_min_repeats: int = field(default=3, metadata=_doc(
        "How often a line must recur to be judged boilerplate."))
    page_number_min_run: int = field(default=3, metadata=_doc(
        "Shortest run of rising page numbers that is removed."))
    boilerplate_max_chars: int = field(default=200, metadata=_doc(
        "Longest line (letters and digits) judged as boilerplate."))
    keep_one_boilerplate: bool = field(default=False, metadata=_doc(
        "Keep the first copy of each boilerplate line."))
    keep_credit_lines: bool = field(default=False, metadata=_doc(
        "Keep repeated credit and jump lines such as (By Associated Press)."))
    remove_page_numbers: bool = field(default=True, metadata=_doc(
        "Remove page-number lines that count up through the document."))
    keep: KeepPolicy = field(default="auto", metadata=_doc(
        "Which duplicate copy stays: auto (fits its context), first or last."))
    join_broken_paragraphs: bool = field(default=True, metadata=_doc(
        "Join paragraphs cut in two by page or column breaks."))
    strip_blank_lines: bool = field(default=True, metadata=_doc(
        "Remove blank lines at the start and end of the document."))
    max_bucket: int = field(default=64, metadata=_doc(
        "Fingerprints shared by more paragraphs than this are not used as evidence."))
    format: TextFormat = field(default="auto", metadata=_doc(
        "markdown protects Markdown structure; auto decides from the file name."))
    select: str = field(default="", metadata=_doc(
        "Apply only these reasons or kinds, comma-separated (page_number,duplicate_paragraph)."))
    ignore: str = field(default="", metadata=_doc(
        "Never apply these reasons or kinds, comma-separated (page_number)."))

    def __post_init__(self) -> None:
        for name in ("similarity", "line_similarity"):
            if not 0.0 <= getattr(self, name) <= 100.0:
                raise OptionsError(f"{name} must be between 0 and 100, not "
                                   f"{getattr(self, name)}")
        for name in ("min_paragraph_chars", "boilerplate_max_chars"):
            if getattr(self, name) < 1:
                raise OptionsError(f"{name} must be at least 1, not {getattr(self, name)}")
        for name in ("boilerplate_min_repeats", "page_number_min_run", "max_bucket"):
            if getattr(self, name) < 2:
                raise OptionsError(f"{name} must be at least 2, not {getattr(self, name)}")
        if self.keep not in get_args(KeepPolicy):
            raise OptionsError(f"keep must be one of {', '.join(get_args(KeepPolicy))}, "
                               f"not {self.keep!r}")
        if self.format not in get_args(TextFormat):
            raise OptionsError(f"format must be one of {', '.join(get_args(TextFormat))}, "
                               f"not {self.format!r}")
        for name in ("select", "ignore"):
            for code in _codes(getattr(self, name)):
                if code not in SELECTABLE:
                    raise OptionsError(f"{name}: unknown reason or kind {code!r} (one of "
                                       f"{', '.join(sorted(SELECTABLE))})")

    def applies(self, reason: str) -> bool:
        """True when edits for ``reason`` are made (``select`` and ``ignore``).

        >>> Options(ignore="page_number").applies("page_number")
        False
        >>> Options(select="duplicate_paragraph").applies("near_duplicate_paragraph")
        True
        >>> Options(select="duplicate_paragraph").applies("page_number")
        False
        """
        named = {reason, KIND_OF.get(reason, reason)}  # type: ignore[call-overload]
        if reason == "page_break_moved":  # part of the join it follows
            named |= {"broken_paragraph", "hyphenated_word"}
        selected = _codes(self.select)
        if selected and not named & selected:
            return False
        return not named & _codes(self.ignore)


def _codes(text: str) -> set[str]:
    """The reason or kind names in a comma-separated list."""
    return {code.strip() for code in text.split(",") if code.strip()}


SELECTABLE = ({*get_args(Reason), *KIND_OF.values()}
              - {"page_break_moved", "page_break"})  # a moved page break goes with its join
OPTION_FIELDS: dict[str, dataclasses.Field[Any]] = {f.name: f for f in dataclasses.fields(Options)}


def _convert(name: str, value: Any) -> Any:
    """Turn a value from a config file or the command line into the field's type."""
    default = OPTION_FIELDS[name].default
    if isinstance(default, bool):
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in {"true", "yes", "1", "on"}:
            return True
        if isinstance(value, str) and value.lower() in {"false", "no", "0", "off"}:
            return False
        raise OptionsError(f"{name} must be true or false, not {value!r}")
    if isinstance(default, int):
        if isinstance(value, bool):
            raise OptionsError(f"{name} must be a whole number, not {value!r}")
        try:
            return int(value)
        except (TypeError, ValueError):
            raise OptionsError(f"{name} must be a whole number, not {value!r}") from None
    if isinstance(default, float):
        if isinstance(value, bool):
            raise OptionsError(f"{name} must be a number, not {value!r}")
        try:
            return float(value)
        except (TypeError, ValueError):
            raise OptionsError(f"{name} must be a number, not {value!r}") from None
    if name in {"select", "ignore"} and isinstance(value, list | tuple) and \
            all(isinstance(item, str) for item in value):
        return ",".join(value)  # a list in a configuration file
    if not isinstance(value, str):
        raise OptionsError(f"{name} must be a string, not {value!r}")
    return value


def options_from_mapping(values: Mapping[str, Any], base: Options | None = None) -> Options:
    """Build Options from ``values`` (keys may use dashes) on top of ``base``.

    Unknown keys and bad values raise :class:`OptionsError` naming the key.
    """
    changes: dict[str, Any] = {}
    for key, value in values.items():
        name = key.replace("-", "_")
        if name not in OPTION_FIELDS:
            raise OptionsError(f"unknown option {key!r}")
        changes[name] = _convert(name, value)
    return dataclasses.replace(base or Options(), **changes)
