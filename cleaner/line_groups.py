"""Line groups: the short lines that repeat, each group one line and its variants.

A short line (``MIN_CHARS`` to ``boilerplate_max_chars`` letters and digits, a CJK
character counting twice towards the first: :func:`weighted_length`) that recurs
``boilerplate_min_repeats`` times or more is a *candidate* for page furniture. Its
copies form a group: lines equal once digits are masked and the letters OCR confuses
are folded (:func:`cleaner.normalize.ocr_key`), and variants that score at least
``line_similarity`` join the group, so ``Page 3`` and ``Page 12``, or ``(By United
Press)`` and ``(Bv Unlted Prcss)``, are one line.
Copies that say other words, state other figures or are written as code (a TeX
command, a brace) while the others are not, are judged apart.

The furniture stage judges each group. Never candidates: lines of fewer than
``MIN_CHARS`` letters and digits (figure labels, matrix entries), lines of
figures alone (a column of a table), lines of only punctuation or rules, markup
tags, captions, entries of a table of contents (a title, dot leaders, its page:
``Appendix A Copying . . . . 24``, which a running head of that chapter resembles)
and protected lines.

>>> from cleaner.options import Options
>>> from cleaner.segment import segment
>>> text = "Page 1\\ntext one.\\nPage 2\\ntext two.\\nPage 13\\nthird.\\n"
>>> find(segment(text), frozenset(), Options()).groups
((0, 2, 4),)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .matching import find_clusters
from .normalize import SPACED_WORD, cjk_count, content_length, is_radical, nfkc, ocr_key
from .options import Options
from .segment import Document
from .sentence import CAPTION

if TYPE_CHECKING:
    from .kinship import Vocabulary

MIN_CHARS = 4  # shorter lines are figure labels, matrix entries or axis names, never furniture
MIN_LETTERS = 2  # a line of figures alone (a table's column) is never furniture
MIN_FUZZY_KEY = 8  # shorter keys must match exactly: two short words differ by one letter
_NUMBER = re.compile(r"\d+")
# Figures spelled out: a jump line's page (``Continued on Page Fifteen``) varies as a
# page number does.
NUMBER_WORDS = frozenset([
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth", "last", "next"])
_TAG_ONLY = re.compile(r"^\s*(?:</?[\w:.-]+(?:\s[^<>]*)?/?>\s*)+$")
# Dot leaders and a page number at the end: a line of a table of contents or an index.
_CONTENTS_ENTRY = re.compile(r"(?:\.\s?){4,}\s*[\divxlc]+\s*$|…{2,}\s*\d+\s*$", re.IGNORECASE)
# A TeX command or a brace: code's markup, which the key drops with the other punctuation.
CODE = re.compile(r"\\[A-Za-z@]{2,}|[{}]")


@dataclass(frozen=True)
class LineGroups:
    """The groups of repeated short lines (sorted line indices), and how many fingerprint
    buckets were too common to use when variants were matched."""

    groups: tuple[tuple[int, ...], ...]
    skipped_buckets: int = 0


def candidate(text: str, max_chars: int) -> bool:
    """A line that may be furniture if it repeats: words, not only figures.

    >>> candidate("Chapter 4: Function reference", 80)
    True
    >>> candidate("4 Function reference . . . . . . 8", 80)  # a contents entry
    False
    """
    return (weighted_length(text) >= MIN_CHARS and content_length(text) <= max_chars
            and sum(char.isalpha() or is_radical(char) for char in text) >= MIN_LETTERS
            and not _TAG_ONLY.match(text) and not CAPTION.match(text)
            and not _CONTENTS_ENTRY.search(text))


def weighted_length(text: str) -> int:
    """``text``'s letters and digits, a CJK character counted twice: it says about as much
    as a short word, so that a chapter's label (``第三章``) is long enough to be a head.

    >>> weighted_length("Fig 2"), weighted_length("第三章")
    (4, 6)
    """
    return content_length(text) + cjk_count(text)


def _candidate_once(text: str, max_chars: int, verdicts: dict[str, bool]) -> bool:
    if text not in verdicts:
        verdicts[text] = candidate(text, max_chars)
    return verdicts[text]


def _group(doc: Document, indices: Sequence[int], threshold: float,
           max_bucket: int) -> tuple[list[list[int]], int]:
    """Line indices grouped by key, OCR variants of one line merged."""
    by_key: dict[str, list[int]] = {}
    for index in indices:
        by_key.setdefault(ocr_key(doc.lines[index].text), []).append(index)
    keys = list(by_key)
    long_keys = [key for key in keys if len(key) >= MIN_FUZZY_KEY]
    merged: dict[str, str] = {}
    clusters = find_clusters(long_keys, threshold=threshold, containment=False,
                             max_bucket=max_bucket)
    for cluster in clusters.groups:
        for member in cluster:
            merged[long_keys[member]] = long_keys[cluster[0]]
    groups: dict[str, list[int]] = {}
    for key in keys:
        groups.setdefault(merged.get(key, key), []).extend(by_key[key])
    return [sorted(group) for group in groups.values()], clusters.skipped_buckets


def _same_figures(doc: Document, group: list[int], minimum: int) -> list[list[int]]:
    """The group split so that in each part the copies state the same numbers but for
    one (the page number): ``Page 3 of 12`` and ``Page 4 of 12`` are one line, but two
    sentences that differ in their figures (``increased by 8.8%, from $4.0 billion`` /
    ``by 14.7%, from $3.5 billion``) are siblings, not copies. A copy cut short at the
    end of the text (``Page 12 of``) joins its part."""
    numbers = {index: tuple(_NUMBER.findall(doc.lines[index].text)) for index in group}
    parts: list[list[int]] = []
    left = list(group)
    while len(left) >= minimum:
        best: tuple[int, tuple[str, ...], list[int]] = (-1, (), [])
        for free in range(-1, max(len(numbers[index]) for index in left)):
            classes: dict[tuple[str, ...], list[int]] = {}
            for index in left:
                found = numbers[index]
                classes.setdefault((*found[:free], "*", *found[free + 1:]) if 0 <= free
                                   < len(found) else found, []).append(index)
            signature, largest = max(classes.items(), key=lambda item: len(item[1]))
            if len(largest) > len(best[2]):
                best = (free, signature, largest)
        free, signature, members = best
        if len(members) < minimum:
            break
        chosen = set(members)
        members = [index for index in left if index in chosen or (
            len(numbers[index]) < len(signature)
            and all(value == signature[k] for k, value in enumerate(numbers[index])
                    if k != free))]
        parts.append(members)
        chosen = set(members)
        left = [index for index in left if index not in chosen]
    return parts


def _same_words(doc: Document, group: list[int], minimum: int) -> list[list[int]]:
    """The group split so that in each part the copies say the same words: a running head
    misread (``Harbour Revievv``) stays with its line, but two lines where a word the
    document uses stands in place of another it uses (``met on Monday`` / ``met on
    Tuesday``) are two lines, each judged on its own copies. Figures, in digits or in
    words (``Page 12``, ``Page Fifteen``), are left to :func:`_same_figures`."""
    words = {index: _words(doc.lines[index].text) for index in group}
    if len(set(words.values())) == 1:
        return [group]
    from .kinship import vocabulary_of  # only for a group whose lines differ in words

    vocabulary = vocabulary_of(doc.text)
    parts: list[list[int]] = []
    left = list(group)
    while len(left) >= minimum:
        common = Counter(words[index] for index in left).most_common(1)[0][0]
        same = {text: not _other_words(common, text, vocabulary)
                for text in {words[index] for index in left}}
        parts.append([index for index in left if same[words[index]]])
        left = [index for index in left if not same[words[index]]]
    return parts


def _same_markup(doc: Document, group: list[int], minimum: int) -> list[list[int]]:
    """The group split into the copies written as code and the others: a head's words
    printed again inside a listing (``International Journal of ... Archaeology}},``, the
    value of a bibliography entry's field) are the listing's, not a copy of the head.
    A line whose copies all carry the same markup stays one group."""
    parts: dict[bool, list[int]] = {}
    for index in group:
        parts.setdefault(CODE.search(doc.lines[index].text) is not None, []).append(index)
    return [part for part in parts.values() if len(part) >= minimum]


def _words(text: str) -> tuple[str, ...]:
    """The words of a line, case-folded, figures (in digits or words) left out."""
    return tuple(word for word in SPACED_WORD.findall(nfkc(text).casefold())
                 if word not in NUMBER_WORDS)


def _other_words(a: tuple[str, ...], b: tuple[str, ...], vocabulary: Vocabulary) -> bool:
    """True when each line has a word the other lacks and the document uses elsewhere:
    one real word in place of another, not a word misread."""
    only_a, only_b = Counter(a) - Counter(b), Counter(b) - Counter(a)
    return (any(vocabulary.established(word) for word in only_a)
            and any(vocabulary.established(word) for word in only_b))


def find(doc: Document, skip: frozenset[int], options: Options) -> LineGroups:
    """The groups of candidate lines (``skip`` lines left out) that repeat often enough."""
    verdicts: dict[str, bool] = {}  # per distinct text: a line repeated 10⁶ times is one
    indices = [line.index for line in doc.lines
               if not line.blank and not line.protected and line.index not in skip
               and _candidate_once(line.text, options.boilerplate_max_chars, verdicts)]
    grouped, skipped = _group(doc, indices, options.line_similarity, options.max_bucket)
    minimum = options.boilerplate_min_repeats
    return LineGroups(tuple(tuple(part) for group in grouped if len(group) >= minimum
                            for written in _same_markup(doc, group, minimum)
                            for words in _same_words(doc, written, minimum)
                            for part in _same_figures(doc, words, minimum)), skipped)
