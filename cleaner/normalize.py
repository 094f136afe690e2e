"""Normalise text to keys that compare equal when two copies say the same thing.

``paragraph_key`` folds width (NFKC), case, whitespace, punctuation and
symbols, so that full-width and half-width copies of a paragraph meet. ``line_key`` keeps
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

import functools
import re
import unicodedata
from collections.abc import Sequence

RADICAL_RANGE = (0x2E80, 0x2FDF)  # CJK radicals, which extractors write for ideographs (⻚: 页)
# Han, kana, Hangul and CJK punctuation: scripts written without spaces between words;
# and the radicals.
CJK_RANGES = (RADICAL_RANGE, (0x3000, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF),
              (0xFF00, 0xFF65), (0x20000, 0x2FFFF))
CJK_CLASS = "".join(f"{chr(low)}-{chr(high)}" for low, high in CJK_RANGES)  # for a [...] class
SPACED_WORD = re.compile(f"[^\\W\\d_{CJK_CLASS}]{{2,}}")  # a word of a script with spaces
_DIGITS = re.compile(r"\d+")
_WHITESPACE = re.compile(r"\s+")


_NOT_WORD = re.compile(r"[\W_]+")
_LATIN_WORD = re.compile(r"[^\W\d_]+")


def nfkc(text: str) -> str:
    """NFKC, quickly: text that NFKC would leave as it is is returned as it is."""
    if text.isascii() or unicodedata.is_normalized("NFKC", text):
        return text
    return unicodedata.normalize("NFKC", text)


def paragraph_key(text: str) -> str:
    """NFKC, case-folded, keeping only letters and digits (no spaces, punctuation, symbols).

    Punctuation goes first, so that the usual full-width commas and stops of CJK
    text do not make the whole paragraph go through NFKC.
    """
    words = _NOT_WORD.sub("", text)
    folded = nfkc(words)
    if folded is not words:
        folded = _NOT_WORD.sub("", folded)
    return folded.casefold()


def line_key(text: str) -> str:
    """NFKC, case-folded, whitespace removed, every run of digits masked as ``0``."""
    return _DIGITS.sub("0", _WHITESPACE.sub("", nfkc(text).casefold()))


# What OCR misreads, in one table for every comparison that forgives a misreading (the
# keys of lines, the words of two paragraphs): pairs of letters it reads for one letter,
# then letters it reads for one another, each class folded to one of them.
OCR_PAIRS = (("rn", "m"), ("vv", "w"))
OCR_LETTERS = str.maketrans("i|!euhfv", "lllcnbty")


def fold_ocr(text: str) -> str:
    """``text`` (case-folded already) with what OCR confuses folded together: ``unlted``
    and ``united`` both read ``nnltcd``; ``cornmittee`` and ``committee`` both
    ``commlttcc``.

    >>> fold_ocr("cornmittee") == fold_ocr("committee"), fold_ocr("couucll") == fold_ocr("council")
    (True, True)
    >>> fold_ocr("vvinter") == fold_ocr("winter"), fold_ocr("dopupi") == fold_ocr("xopupi")
    (True, False)
    """
    for pair, single in OCR_PAIRS:
        text = text.replace(pair, single)
    return text.translate(OCR_LETTERS)


@functools.lru_cache(maxsize=4096)  # furniture repeats: most lines asked for are repeats
def ocr_key(text: str) -> str:
    """A line's key with digits masked and the letters OCR confuses folded together.

    ``(Bv Unlted Prcss)`` and ``(By United Press)`` meet; so do ``Page 3`` and
    ``Page 12``. Only for grouping lines that are then judged by where they stand.

    >>> ocr_key("(Bv Unlted Prcss)") == ocr_key("(By United Press)")
    True
    """
    return fold_ocr(_DIGITS.sub("0", paragraph_key(text)))


_CJK_CHAR = re.compile(f"[{CJK_CLASS}]")


def is_radical(char: str) -> bool:
    """True when ``char`` is a CJK radical: an ideograph's letter, as extractors write it
    (``⻚`` for ``页``)."""
    return RADICAL_RANGE[0] <= ord(char) <= RADICAL_RANGE[1]


def is_cjk(char: str) -> bool:
    """A Han, kana or Hangul character, a radical, or CJK punctuation (no spaces between
    words)."""
    return _CJK_CHAR.match(char) is not None


def has_cjk(text: str) -> bool:
    """True when ``text`` holds a CJK character (:func:`is_cjk`)."""
    return _CJK_CHAR.search(text) is not None


def cjk_count(text: str) -> int:
    """How many characters of ``text`` are CJK (:func:`is_cjk`)."""
    return _CJK_CHAR.subn("", text)[1]


def words(text: str) -> float:
    """How many words ``text`` holds: Latin words, and a CJK character as half a word (a
    Chinese word is two characters on average). Numbers are not counted.

    >>> words("The quick brown fox"), words("株洲市青少年宫")
    (4, 3.5)
    """
    cjk = cjk_count(text)
    if not cjk:
        return len(latin_words(text))
    return len(latin_words(_CJK_CHAR.sub(" ", text))) + cjk / 2


def latin_words(text: str) -> list[str]:
    """The runs of letters in ``text``, figures and marks aside (a run of CJK characters
    is one).

    >>> latin_words("long long quotation. (Sarfraz 2002: 246)")
    ['long', 'long', 'quotation', 'Sarfraz']
    """
    return _LATIN_WORD.findall(text)


def median(values: Sequence[float]) -> float:
    """The median of ``values`` (not empty); :mod:`statistics` costs the command line a
    slower start for this alone."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def letters_and_digits(text: str) -> str:
    """``text``'s letters and digits alone, as written (no folding)."""
    return _NOT_WORD.sub("", text)


def content_length(text: str) -> int:
    """How many letters and digits ``text`` has: the length options are measured in."""
    return len(letters_and_digits(text))
