"""Normalise text to keys that compare equal when two copies say the same thing.

``paragraph_key`` folds width (NFKC), case, whitespace and punctuation, so that
full-width and half-width copies of a paragraph meet. ``line_key`` keeps
punctuation (``–2–`` and ``2`` stay apart) but masks digits, so that ``第3版``
and ``第12版`` or ``Page 3`` and ``Page 12`` are one line.

>>> paragraph_key("Hello,  World！") == paragraph_key("hello, world!")
True
>>> line_key("Page 3 of 40") == line_key("page 12 of 40")
True
>>> line_key("–2–") == line_key("2")
False
"""

from __future__ import annotations

import re
import unicodedata

_DIGITS = re.compile(r"\d+")
_WHITESPACE = re.compile(r"\s+")


def _is_dropped(char: str) -> bool:
    """Punctuation, separators and control characters carry no content for matching."""
    return unicodedata.category(char)[0] in "PZC"


def paragraph_key(text: str) -> str:
    """NFKC, case-folded, without whitespace or punctuation."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(char for char in folded if not _is_dropped(char))


def line_key(text: str) -> str:
    """NFKC, case-folded, whitespace removed, every run of digits masked as ``0``."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _DIGITS.sub("0", _WHITESPACE.sub("", folded))


def content_length(text: str) -> int:
    """How many letters and digits ``text`` has: the length options are measured in."""
    return sum(1 for char in text if char.isalnum())
