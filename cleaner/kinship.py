"""Copy or sibling: what differs between two paragraphs that look alike.

A similarity score says two paragraphs are *alike*, not that one is a *copy*.
This module aligns the two texts word by word (``rapidfuzz`` opcodes) and looks
at every difference:

- **noise**, the kind of difference copying, OCR and extraction make: a word
  misread (``Unlted``, ``Prcss``, ``cornmittee``: letters OCR confuses count as
  one), letters dropped or doubled, stray letters, punctuation, spacing, line
  breaks and hyphenation, ligatures and width (the texts are compared
  NFKC-folded and case-folded), a digit read as a letter (``l9l6``), CJK
  characters swapped, dropped or doubled one or two at a time;
- **truncation**: one text is the start or the end of the other (a copy cut by
  a page break), when the caller says so;
- **content**: a number that is another number (``146,400.00`` / ``165,100.00``,
  ``2.04(a)`` / ``2.04(b)``), a number or a word added or dropped, words in
  another order, a word replaced by a word that is not a misreading of it
  (``Principal`` / ``Interest``, ``Mieter`` / ``Vermieter``), or by one that is
  alike but that the document uses often in other places (``Medicare`` /
  ``Medi-Cal``: OCR does not misread one word the same way again and again); in
  CJK text a run of three characters replaced, added or dropped (``母公司`` /
  ``本集团``), or of two that the document uses elsewhere, and a single negation
  (``不``, ``未``) or numeral (``二十六`` / ``二十七``) however short the change;
  a word capitalised in one text and not the other, the texts alike to the letter
  otherwise (``\\cad`` / ``\\Cad``, ``the company`` / ``the Company``), a TeX
  command or environment starred in one and not the other (``\\begin{align}`` /
  ``\\begin{align*}``: a sample file shows both forms, one after the other), and a
  sign one text has and the other has not, the texts the same otherwise (``-5`` /
  ``5``, ``\\ar[rd,N-]`` / ``\\ar[rd,N]``: a manual shows one example with and
  without an option), or a command's option set with other symbols
  (``\\ar[ru,<']`` / ``\\ar[ru,.>]``), even in a copy otherwise cut off.

Two paragraphs are copies only when every difference is noise or truncation;
otherwise they are siblings, and both stay.

>>> vocabulary = Vocabulary("The Seller shall deliver. The Buyer shall pay. The Seller and "
...                         "the Buyer agree.")
>>> judge("The Seller shall deliver the goods.", "The Buyer shall deliver the goods.",
...       vocabulary=vocabulary).copy
False
>>> judge("The Seller shall deliver the goods.", "The Sellcr shall de- liver the goods.",
...       vocabulary=vocabulary).kinds
('character noise',)
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .normalize import CJK_CLASS, SPACED_WORD, fold_ocr, is_cjk, letters_and_digits, nfkc

_HYPHEN_BREAK = re.compile(r"(\w)[-\u00ad\u2010]\s*\n\s*(\w)")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:\d+[^\W\d_]*)*|\d+")
_CJK_NEXT_TO_DIGIT = re.compile(f"(?<=[{CJK_CLASS}])(?=\\d)|(?<=\\d)(?=[{CJK_CLASS}])")
_SPACED_RUN = re.compile(f"[^{CJK_CLASS}]+")  # text between CJK characters
_DIGIT_LIKE = str.maketrans({"l": "1", "i": "1", "|": "1", "o": "0", "s": "5", "b": "6", "z": "2"})
_DIGIT_LOOKALIKES = str.maketrans("10", "lo")  # digits OCR reads for letters, in words
GARBLED_SIMILARITY = 0.8  # words this alike are one text garbled (holder/bondholder: 0.75)...
MAX_EDITS_PER = 4  # ...with at most one edit per four letters (mieter/vermieter: 3 in 9)
CJK_NEGATIONS = frozenset("不未无非没勿莫否别")  # one character that turns a clause round
CJK_NUMERALS = frozenset("零〇一二三四五六七八九十百千万亿两")
MIN_CJK_RUN = 2  # a CJK run this long that the document uses elsewhere is a word...
MIN_CJK_WORD = 3  # ...and a run this long is one anyway: OCR misreads or drops one or two
MIN_RUN_USES = 3  # a run used this often (twice besides here) is one of the document's words
MIN_WORD = 3  # shorter tokens are too often fragments of garbled words to count as words
MAX_DETAIL = 80  # characters of the differing words a message quotes
INDEXED_FROM = 200_000  # characters: a longer text gets an index of where each one stands
MAX_USE_RATIO = 20  # two alike words used this unequally are one word and its misreading
MIN_WORD_COUNT = 3  # a word the document uses this often is a real word
CAPITALISED = "a word capitalised"
STARRED = "a command starred"
SIGNED = "a sign"
OPTIONED = "a command's option"
_COMMAND = re.compile(r"\\[A-Za-z@]+\*?|\{[A-Za-z@]+\*?\}")  # \section*, {align*}
_OPTION = re.compile(r"\\[A-Za-z@]+\*?(\[[^\[\]\n]*\])")  # \ar[ru,<'], its option
_MARK_FORMS = str.maketrans("\u2019\u2018\u2032\u2212", "'''-")  # quotes, a minus
# a number's sign (-5, (+3), or a sign or prime that closes a name (N-, Ca2+, s'), not
# a hyphen inside a word
_SIGN = re.compile(r"(?<![\w+\-\u2212\u00b1])[-+\u2212\u00b1](?=\d)"
                   r"|(?<=[\w^])[-+\u2212'\u2019\u2032](?=[\s\]\)\}:;,.]|$)")
SCANS_FIRST = 256  # CJK runs asked of a long text found by a scan each, before indexing it


class Vocabulary:
    """The words (and, for CJK, the runs of characters) that a document uses.

    A use is counted once per *context* (the words or characters on either side), so
    that removing a copy of a paragraph, which repeats its contexts, changes no count:
    the judgement is the same on the cleaned text, and a second run removes nothing."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._counts: Counter[str] | None = None
        self._scans = 0  # scans of a long text so far: past SCANS_FIRST, index it all
        self._uses: dict[str, int] = {}
        self._index: tuple[Any, Any, Any] | None = None  # codes (padded), order, sorted codes

    def count(self, word: str) -> int:
        """In how many distinct contexts the document uses the word ``word`` (case-folded,
        of a spaced script: CJK runs are asked with :meth:`uses`)."""
        if self._counts is None:  # CJK text left out before it is folded: it has no words
            words = [word for run in _SPACED_RUN.findall(self.text)
                     for word in SPACED_WORD.findall(nfkc(run).casefold())]
            before, after = ["", *words[:-1]], [*words[1:], ""]
            contexts = set(zip(words, before, after, strict=True)) if words else set()
            self._counts = Counter(found for found, _, _ in contexts)
        return self._counts[word]

    def established(self, word: str) -> bool:
        """A word the document uses in several contexts: not a one-off OCR misreading."""
        return len(word) >= MIN_WORD and self.count(word) >= MIN_WORD_COUNT

    def all_words(self, words: list[str]) -> bool:
        """True when each of ``words`` is established, the rarest used at least
        ``1/MAX_USE_RATIO`` as often as the most used: a misreading (or a word cut at a
        page break) recurs now and then, but far less than the word it garbles."""
        if not words or not all(map(self.established, words)):
            return False
        counts = [self.count(word) for word in words]
        return min(counts) * MAX_USE_RATIO >= max(counts)

    def uses(self, run: str, times: int) -> bool:
        """True when the CJK ``run`` stands in at least ``times`` distinct contexts (by a
        scan that stops when it has seen enough; in a long text, past ``SCANS_FIRST``
        scans, from an index of the whole text)."""
        if self._uses.get(run, -1) < times:
            long = len(self.text) >= INDEXED_FROM
            indexed = long and (self._index is not None or self._scans >= SCANS_FIRST)
            self._scans += long and not indexed
            found = (self._contexts_indexed(run) if indexed
                     else self._contexts_found(run, times))
            self._uses[run] = max(self._uses.get(run, 0), found)
            if found < times:
                return False
        return True

    def _contexts_found(self, run: str, times: int) -> int:
        """Distinct contexts of ``run`` (up to ``times``), by scanning the text."""
        contexts: set[tuple[str, str]] = set()
        position = self.text.find(run)
        while position >= 0 and len(contexts) < times:
            end = position + len(run)
            contexts.add((self.text[position - 1:position], self.text[end:end + 1]))
            position = self.text.find(run, position + 1)
        return len(contexts)

    def _contexts_indexed(self, run: str) -> int:
        """Distinct contexts of ``run`` in a long text, from an index of where each
        character stands (built once, with numpy): the run's rarest character's
        positions are checked for the rest of the run at once, not by scanning."""
        import numpy as np

        if self._index is None:
            codes = np.frombuffer(self.text.encode("utf-32-le"), dtype=np.uint32)
            order = np.argsort(codes, kind="stable")
            padded = np.concatenate([[0], codes, [0]]).astype(np.int64)  # contexts at the ends
            self._index = (padded, order, codes[order])
        padded, order, ordered = self._index
        spans = {}
        for offset, char in enumerate(run):
            code = np.uint32(ord(char))  # of the array's type: a Python int would copy it
            spans[offset] = (int(ordered.searchsorted(code)),
                             int(ordered.searchsorted(code, "right")))
        offset = min(spans, key=lambda at: spans[at][1] - spans[at][0])
        starts = order[spans[offset][0]:spans[offset][1]].astype(np.int64) - offset
        starts = starts[(starts >= 0) & (starts + len(run) <= len(padded) - 2)]
        for at, char in enumerate(run):
            starts = starts[padded[starts + 1 + at] == ord(char)]
        before, after = padded[starts], padded[starts + len(run) + 1]
        return len(np.unique(before * (1 << 32) + after))


@functools.lru_cache(maxsize=2)
def vocabulary_of(text: str) -> Vocabulary:
    """The one :class:`Vocabulary` of ``text`` (the stages that judge copies share it)."""
    return Vocabulary(text)


@dataclass(frozen=True)
class Difference:
    """Whether two paragraphs are copies, and the kinds of difference found."""

    copy: bool
    kinds: tuple[str, ...]
    detail: str = ""

    def describe(self) -> str:
        kinds = ", ".join(self.kinds) if self.kinds else "nothing but case and punctuation"
        detail = (self.detail if len(self.detail) <= MAX_DETAIL
                  else self.detail[:MAX_DETAIL - 1] + "…")
        return f"{kinds}{f': {detail}' if detail else ''}"


@dataclass
class _Tokens:
    """A text as tokens (words, numbers, single CJK characters), each with its original
    spelling (for names)."""

    folded: list[str] = field(default_factory=list)
    original: list[str] = field(default_factory=list)


def _tokens(text: str) -> _Tokens:
    text = _CJK_NEXT_TO_DIGIT.sub(" ", _HYPHEN_BREAK.sub(r"\1\2", nfkc(text)))
    found = _Tokens()
    for match in _TOKEN.finditer(text):
        token = match.group()
        if any(is_cjk(char) for char in token):
            for char in token:
                found.folded.append(char.casefold())
                found.original.append(char)
            continue
        found.folded.append(re.sub(r"(?<=\d)[.,](?=\d)", "", token).casefold())
        found.original.append(token)
    return found


def _is_number(token: str) -> bool:
    return any(char.isdigit() for char in token)


def _digits(token: str) -> str:
    """A number as its digits, with letters OCR confuses with digits read as digits."""
    return token.translate(_DIGIT_LIKE) if _is_number(token) else token


def _shown(tokens: list[str]) -> str:
    """Tokens as a reader would write them: words apart, CJK characters together and
    next to what they stand beside.

    >>> _shown(["pier", "and", "dock"]), _shown(["市", "政", "府"]), _shown(["第", "3", "条"])
    ('pier and dock', '市政府', '第3条')
    """
    shown = tokens[:1]
    for before, token in itertools.pairwise(tokens):
        shown.append(token if is_cjk(before[-1:]) or is_cjk(token[:1]) else f" {token}")
    return "".join(shown)


def _replaced(a: list[str], b: list[str], a_original: list[str], b_original: list[str],
              vocabulary: Vocabulary) -> tuple[str, str] | None:
    """The kind of content a replacement of tokens ``a`` by ``b`` changes, or None for noise."""

    numbers_a = [_digits(token) for token in a if _is_number(token)]
    numbers_b = [_digits(token) for token in b if _is_number(token)]
    if numbers_a and numbers_b and numbers_a != numbers_b:
        return "different figures", f"{_shown(a_original)} / {_shown(b_original)}"
    if any(is_cjk(token[:1]) for token in a + b):
        run_a, run_b = "".join(a), "".join(b)
        meaning = _cjk_meaning(run_a, run_b)
        if meaning is not None:
            return meaning, f"{run_a} / {run_b}"
        if (len(run_a) >= MIN_CJK_RUN and len(run_b) >= MIN_CJK_RUN
                and not set(run_a) & set(run_b)
                and (max(len(run_a), len(run_b)) >= MIN_CJK_WORD
                     or (vocabulary.uses(run_a, MIN_RUN_USES)
                         and vocabulary.uses(run_b, MIN_RUN_USES)))):
            return "different words", f"{run_a} / {run_b}"
        return None
    return _changed_words(a, b, vocabulary, f"{_shown(a_original)} / {_shown(b_original)}")


def _cjk_meaning(a: str, b: str) -> str | None:
    """The content a change of CJK characters ``a`` to ``b`` makes however short it is: a
    negation added, dropped or changed (``不``, ``未``: the meaning turns), or a numeral
    (``二十六`` / ``二十七``), as a digit would."""
    def kept(text: str, kind: frozenset[str]) -> list[str]:
        return [char for char in text if char in kind]

    if kept(a, CJK_NEGATIONS) != kept(b, CJK_NEGATIONS):
        return "a negation added, dropped or changed"
    if kept(a, CJK_NUMERALS) != kept(b, CJK_NUMERALS):
        return "different figures"
    return None


def _ocr_folded(word: str) -> str:
    """``word`` with the letters OCR confuses folded together (``Unlted`` and ``United``
    both read ``nnltcd``, ``corning`` and ``coming`` both ``comlng``), so that a
    misreading costs no edit."""
    return fold_ocr(word).translate(_DIGIT_LOOKALIKES)


def _garbled(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by no more than OCR makes of one text: one edit, or
    a few letters swapped, dropped or doubled (spaces do not count; not a part of the word
    said again), or a short word misread (``the`` / ``tbc``)."""
    from rapidfuzz.distance import Indel, Levenshtein

    a, b = _ocr_folded(a), _ocr_folded(b)
    distance = Levenshtein.distance(a, b)
    longer = max(len(a), len(b))
    return (distance <= 1
            or (Indel.normalized_similarity(a, b) >= GARBLED_SIMILARITY
                and distance <= longer // MAX_EDITS_PER and not _doubles_a_part(a, b))
            or (longer <= MIN_WORD and distance <= 2))


def _doubles_a_part(a: str, b: str) -> bool:
    """True when one of ``a`` and ``b`` has letters the other lacks, MIN_WORD or more in a
    row, that repeat the letters right beside them (``subsubsection`` /
    ``subsubsubsection``): a word built by saying a part again. OCR drops, doubles or
    misreads a letter or two; it does not write a syllable twice."""
    from rapidfuzz.distance import Indel

    for op in Indel.opcodes(a, b):
        text, start, end = ((b, op.dest_start, op.dest_end) if op.tag == "insert"
                            else (a, op.src_start, op.src_end))
        part = text[start:end]
        if op.tag != "equal" and len(part) >= MIN_WORD and part in (
                text[start - len(part):start], text[end:end + len(part)]):
            return True
    return False


def _twins(a: str, b: str, vocabulary: Vocabulary) -> bool:
    """True when ``b`` is ``a`` garbled. Two words the document uses often are two words
    (``Medicare`` / ``Medi-Cal``, ``mean`` / ``means``, ``and`` / ``any``), however alike:
    OCR does not misread a word the same way again and again in other contexts."""
    return _garbled(a, b) and not vocabulary.all_words([a, b])


def _misread(a: list[str], b: list[str], vocabulary: Vocabulary) -> bool:
    """True when the words ``b`` are the words ``a`` misread, as one text (a space put in
    or lost does not count); not when both are words the document uses often."""
    return _garbled("".join(a), "".join(b)) and not (
        vocabulary.all_words(a + b) and set(a) != set(b))


def _changed_words(a: list[str], b: list[str], vocabulary: Vocabulary,
                   detail: str) -> tuple[str, str] | None:
    """Content when words were replaced by other words, added, dropped or reordered, or a
    clause letter changed (``(a)`` / ``(b)``); None when the words on one side are a garbled
    form of those on the other (letters misread, swapped, dropped or doubled, a space put
    in or lost), or what is left over is a fragment of a word or two letters."""
    if len(a) == len(b) == 1 and len(a[0]) == len(b[0]) == 1:
        return "a different letter of a list or clause", detail
    if "".join(a) == "".join(b):
        return None  # a space put in or lost
    if _misread(a, b, vocabulary):
        return None
    only_a, only_b = Counter(a) - Counter(b), Counter(b) - Counter(a)
    if not only_a and not only_b:
        return "words in another order", detail
    left_b = list(only_b.elements())
    left_a = []
    for token in only_a.elements():
        twin = next((other for other in left_b if _twins(token, other, vocabulary)), None)
        if twin is None:
            left_a.append(token)
        else:
            left_b.remove(twin)
    if _misread(left_a, left_b, vocabulary):
        return None
    if not any(len(token) >= MIN_WORD for token in left_a + left_b):
        return None  # stray letters, fragments of words
    if left_a and left_b:
        return "different words", detail
    return "words added or dropped", detail


def _dropped(tokens: list[str], vocabulary: Vocabulary) -> str | None:
    """The content that tokens present on one side only carry, or None for noise (a
    fragment of a word, stray letters)."""
    if any(_is_number(token) for token in tokens):
        return "a figure added or dropped"
    if any(is_cjk(token[:1]) for token in tokens):
        run = "".join(tokens)
        meaning = _cjk_meaning(run, "")
        if meaning is not None:
            return meaning
        return ("words added or dropped"
                if len(run) >= MIN_CJK_WORD
                or (len(run) >= MIN_CJK_RUN and vocabulary.uses(run, MIN_RUN_USES)) else None)
    if any(len(token) >= MIN_WORD for token in tokens):
        return "words added or dropped"
    return None


def _regions(a: list[str], b: list[str]) -> list[tuple[int, int, int, int]]:
    """The stretches where the token lists differ, ``(a_start, a_end, b_start, b_end)``:
    neighbouring differences are one stretch (a word split in two is one change)."""
    from rapidfuzz.distance import Levenshtein

    regions: list[tuple[int, int, int, int]] = []
    for op in Levenshtein.opcodes(a, b):
        if op.tag == "equal":
            continue
        if regions and regions[-1][1] == op.src_start and regions[-1][3] == op.dest_start:
            regions[-1] = (regions[-1][0], op.src_end, regions[-1][2], op.dest_end)
        else:
            regions.append((op.src_start, op.src_end, op.dest_start, op.dest_end))
    return regions


def _cut(a: list[str], b: list[str], a_start: int, a_end: int, b_start: int,
         b_end: int) -> bool:
    """True when the stretch is where ``b`` was cut from ``a``: at the start or end of
    both, ``b`` holding nothing there but a piece of the word it was cut in."""
    if b_start == b_end:  # b lacks a's start or end
        return (a_start == b_start == 0) or (a_end == len(a) and b_end == len(b))
    at_end = a_end >= len(a) - 1 and b_end >= len(b) - 1
    at_start = a_start <= 1 and b_start <= 1
    if b_end - b_start != 1 or a_start == a_end or _is_number(b[b_start]):
        return False  # a number is never a piece of another: 10 is not 210 cut
    piece = b[b_start]
    return ((at_end and a[a_start].startswith(piece))
            or (at_start and a[a_end - 1].endswith(piece)))


def judge(a: str, b: str, *, vocabulary: Vocabulary, truncated: bool = False) -> Difference:
    """Compare paragraph ``a`` with ``b``; with ``truncated``, ``b`` may be the start or the
    end of ``a`` (what it lacks there, and a word cut in two at the cut, is no difference)."""
    ta, tb = _tokens(a), _tokens(b)
    kinds: list[str] = []
    for a_start, a_end, b_start, b_end in _regions(ta.folded, tb.folded):
        if truncated and _cut(ta.folded, tb.folded, a_start, a_end, b_start, b_end):
            kinds.append("truncation")
            continue
        a_tokens, b_tokens = ta.folded[a_start:a_end], tb.folded[b_start:b_end]
        a_original, b_original = ta.original[a_start:a_end], tb.original[b_start:b_end]
        if a_tokens and b_tokens:
            content = _replaced(a_tokens, b_tokens, a_original, b_original, vocabulary)
            if content is not None:
                return Difference(False, (content[0],), content[1])
        else:
            tokens, original = (a_tokens, a_original) if a_tokens else (b_tokens, b_original)
            dropped = _dropped(tokens, vocabulary)
            if dropped is not None:
                return Difference(False, (dropped,), _shown(original))
        kinds.append("character noise")
    if not kinds:
        found = _alike_but_in_form(a, b, ta, tb)
        if found is not None:
            return found
    else:
        option = _optioned(a, b)
        if option is not None:
            return Difference(False, (OPTIONED,), option)
    return Difference(True, tuple(dict.fromkeys(kinds)))


def in_form(a: str, b: str) -> Difference | None:
    """The difference of two texts alike to the letter but for a word one capitalises
    and the other does not (:func:`_capitalised`), a command one stars and the other
    does not (:func:`_starred`), a sign one has and the other has not (:func:`_signed`),
    or a command's option set with other symbols (:func:`_optioned`); None when they
    differ otherwise, or not at all.

    >>> in_form("\\\\begin{align}", "\\\\begin{align*}").describe()
    'a command starred: {align} / {align*}'
    >>> in_form("With N-:", "With N:").describe()
    'a sign: N-: / N:'
    >>> in_form("see (a)*", "see (a)") is None
    True
    """
    ta, tb = _tokens(a), _tokens(b)
    if ta.folded != tb.folded:
        return None
    return _alike_but_in_form(a, b, ta, tb)


def _alike_but_in_form(a: str, b: str, ta: _Tokens, tb: _Tokens) -> Difference | None:
    """The difference of two texts alike to the letter, once folded, that still differ
    in form: a word capitalised, a command starred, a sign, an option; None when they
    do not."""
    capital = _capitalised(ta, tb)
    if capital is not None:
        return Difference(False, (CAPITALISED,), capital)
    starred = _starred(a, b)
    if starred is not None:
        return Difference(False, (STARRED,), starred)
    signed = _signed(a, b)
    if signed is not None:
        return Difference(False, (SIGNED,), signed)
    option = _optioned(a, b)
    return None if option is None else Difference(False, (OPTIONED,), option)


def _as_set(option: str) -> str:
    """An option as set, but for spacing and the form of its quotes and minus signs."""
    return "".join(option.split()).translate(_MARK_FORMS)


def _optioned(a: str, b: str) -> str | None:
    """The first option of a TeX command (``\\ar[ru,<']``) that the two texts write with
    other symbols, its letters and digits the same (``\\ar[ru,.>]``), the options
    before it the same but for spacing and the form of a quote or a minus (counted from
    the start, or from the end: one text may be the other cut off); None when there is
    none. An extractor copies a command's option as it is set; an option whose arrows
    or marks differ is another option (a manual shows an arrow drawn each way).

    >>> _optioned("\\\\ar[ru,<'] \\\\ar[rd,<.]", "\\\\ar[ru,.>] \\\\ar[rd,'>] x")
    "[ru,<'] / [ru,.>]"
    >>> _optioned("\\\\ar[ru,<'] x", "\\\\ar[lu,.>] x") is None  # another letter: judged so
    True
    """
    options_a, options_b = _OPTION.findall(a), _OPTION.findall(b)
    for order in (1, -1):
        for one, other in zip(options_a[::order], options_b[::order], strict=False):
            if letters_and_digits(one) != letters_and_digits(other):
                break
            if _as_set(one) != _as_set(other):
                return f"{one} / {other}"
    return None


def _signed(a: str, b: str) -> str | None:
    """The first sign that one text has and the other has not, the texts the same to
    the letter otherwise (but for spacing): a number's sign (``-5`` / ``5``) or a sign or
    prime that closes a name (``N-`` / ``N``, ``Ca2+`` / ``Ca2``, ``s'`` / ``s``); None
    when there is none. An extractor neither adds such a sign nor drops it: it is
    another number, another option. (A hyphen inside a word is not one; nor is a sign
    set in another form, ``−5`` / ``-5``, ``students’`` / ``students'``.)

    >>> _signed("\\\\ar[rd,N-]", "\\\\ar[rd,N]"), _signed("at -5 C", "at 5 C")
    ('\\\\ar[rd,N-] / \\\\ar[rd,N]', '-5 / 5')
    >>> _signed("well-known", "wellknown") is None, _signed("a -5", "a  -5") is None
    (True, True)
    """
    words_a, words_b = a.split(), b.split()
    if words_a == words_b or [_SIGN.sub("", word) for word in words_a] != \
            [_SIGN.sub("", word) for word in words_b]:
        return None
    return next((f"{one} / {other}" for one, other in zip(words_a, words_b, strict=True)
                 if len(_SIGN.findall(one)) != len(_SIGN.findall(other))), None)


def _starred(a: str, b: str) -> str | None:
    """The first TeX command or environment that one text stars and the other does not
    (``\\section`` / ``\\section*``, ``{align}`` / ``{align*}``), their commands the same
    otherwise and in one order; None when there is none. An extractor does not add a
    star after a command's name, nor drop one: it is another command. (A star elsewhere,
    a footnote's mark, is punctuation.)"""
    commands_a, commands_b = _COMMAND.findall(a), _COMMAND.findall(b)
    if len(commands_a) != len(commands_b):
        return None
    starred = None
    for one, other in zip(commands_a, commands_b, strict=True):
        if one.replace("*", "") != other.replace("*", ""):
            return None
        if one != other and starred is None:
            starred = f"{one} / {other}"
    return starred


def _capitalised(a: _Tokens, b: _Tokens) -> str | None:
    """The first word that one text capitalises and the other does not (``\\cad`` /
    ``\\Cad``, ``the company`` / ``the Company``), the rest of it the same, in texts
    alike to the letter otherwise; None when there is none. Copying does not change the
    case of a word's first letter and nothing else: a name, a defined term, another
    command does. (OCR's case errors come with other noise; a word in capitals in one
    text is a heading set otherwise, not this.)"""
    for word_a, word_b in zip(a.original, b.original, strict=True):
        if word_a != word_b and word_a[1:] == word_b[1:] and \
                (len(word_a) == 1 or word_a[1:].islower()):
            return f"{word_a} / {word_b}"
    return None
