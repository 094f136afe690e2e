"""Is a sentence left open here? One answer for the keep policy and for joins.

The duplicate detector keeps the copy of a paragraph that continues a sentence
left open before it; the join detector joins a block to the next when the first
leaves its sentence open and the next can continue it. Both ask these functions.

>>> leaves_open("保持经常性交流,其中,")
True
>>> leaves_open("得到社会各界的广泛认可。")
False
>>> leaves_open("强化理想信念教育")  # a heading opens nothing
False
>>> is_heading("空中学校揭牌仪式")
True
>>> can_continue("入团,相比以往,此次入团仪式加入了“退队”流程。")
True
>>> can_continue("Chapter two begins here.")
False
"""

from __future__ import annotations

import functools
import re

from .normalize import has_cjk, is_cjk, nfkc

# Characters that end a sentence, and closers that may follow them (quotes, brackets).
SENTENCE_END = set("。．！？!?.…‼⁇⁈⁉;；:：")
CLOSERS = set("\"'”’」』》〉）)]】〕>»")
# Characters after which the sentence plainly goes on.
PLAINLY_OPEN_END = set(",，、-‐‑–—(（[【「『《“‘")
# Punctuation inside a line that shows it is a sentence, not a heading.
SENTENCE_MARKS = set(",，、。．！？!?;；…")
BULLETS = "-*+•·▪●○◆◇■□"  # marks that open an item of a list
LIST_ITEM = re.compile(
    rf"^\s*(?:[{re.escape(BULLETS)}]\s|"
    r"\d{1,3}[.)、]\s?|[(（]\d{1,3}[)）]|[一二三四五六七八九十]{1,3}、|"
    r"[(（][一二三四五六七八九十]{1,3}[)）]|[a-zA-Z][.)]\s)"
)
# A bullet, or the control character an extractor writes for a bullet glyph it cannot map.
BULLETED = re.compile(rf"^\s*(?:[{re.escape(BULLETS)}◦‣⁃]\s|[\x00-\x08\x0e-\x1f\x7f]\s*\S)")
# One word and a colon, then the text: an entry of a list of parameters or terms.
LABELLED_ENTRY = re.compile(r"^\s*[A-Za-z][A-Za-z0-9_.\-]{0,30}:\s+\S")
# A line of code (TeX's, a listing's): a command, a brace or a comment sign opens it.
CODE_LINE = re.compile(r"\s*(?:\d+\s+)?[\\{}%]")  # opens as code does, line number aside
# A chapter's or a section's label alone on its line (``第六章``, ``第 4 节``): it opens one.
CJK_LABEL = re.compile(r"^\s*第\s*[\d一二三四五六七八九十百零〇]{1,4}\s*[章节篇部卷]\s*$")
HEADING_MAX_CJK = 20  # characters: a CJK heading is a phrase; a sentence runs longer
HEADING_MAX_LATIN = 60  # characters: about ten words, the longest titles of papers' sections


def _core(text: str) -> str:
    return nfkc(text).strip()


HEADING_MAX_LINES = 3  # a long title wraps to two or three lines; more is a paragraph
CAPTION = re.compile(  # in other languages, capitalised: "figura 3 mostra" goes on a sentence
    r"^\s*(?:figure|fig\.|table|plate|图|表"
    r"|(?-i:Abbildung|Abb\.|Tabelle|Tab\.|Figura|Tableau|Tabla|Tabela))\s*\d+", re.IGNORECASE)
CAPTION_MAX = 120  # "Figure 3: ..." up to a sentence long is a caption, not text
TITLE_SHORT_WORD = 3  # words this short (of, the, and) may stay lower case in a title
TITLE_CAPITALISED_SHARE = 0.5  # half the longer words capitalised: Title Case, not a sentence
_SECTION_LABEL = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[^\W\d_])")  # ``3.1 ``, ``2. ``


def _is_heading_line(line: str) -> bool:
    stripped = line.strip()
    if len(stripped) > HEADING_MAX_LATIN and not (len(stripped) <= CAPTION_MAX
                                                  and CAPTION.match(stripped)):
        return False  # too long for a heading: no need to normalise it
    core = _core(line)
    if not core:
        return False
    if CAPTION.match(core) and len(core) <= CAPTION_MAX:
        return True
    if len(core) > HEADING_MAX_LATIN:  # the longer of the two limits
        return False
    cjk = any(is_cjk(char) for char in core)
    if len(core) > (HEADING_MAX_CJK if cjk else HEADING_MAX_LATIN):
        return False
    if any(char in SENTENCE_MARKS for char in core.rstrip(".:：")):
        return False
    return cjk or _title_like(core)


def _title_like(text: str) -> bool:
    """Latin text that looks like a title: starts upper case, most long words capitalised.

    >>> _title_like("On the Measurement of Small Things"), _title_like("This rests on a self-")
    (True, False)
    """
    first = next((char for char in text if char.isalnum()), "")
    if not (first.isupper() or first.isdigit()):
        return False
    long_words = [word for word in re.findall(r"[^\W\d_]+", text) if len(word) > TITLE_SHORT_WORD]
    capitalised = sum(1 for word in long_words if word[0].isupper())
    return not long_words or capitalised >= TITLE_CAPITALISED_SHARE * len(long_words)


@functools.lru_cache(maxsize=4096)  # a repeated line asks again
def is_heading(text: str) -> bool:
    """A heading, caption or byline: one to three short lines without sentence punctuation,
    or a figure or table caption (``Figure 2. …``, ``表3 …``).

    >>> is_heading("株洲日报社全媒体记者 陈正明\\n通讯员 刘汇文")
    True
    """
    lines = text.strip().split("\n", HEADING_MAX_LINES)
    return len(lines) <= HEADING_MAX_LINES and all(_is_heading_line(line) for line in lines)


def title_shaped(text: str) -> bool:
    """True when ``text`` (stripped) is shaped as a title in sentence case: short, an
    upper-case letter first, no sentence's end or open end last (``A subsection``,
    ``Capitolo non numerato``), which :func:`is_heading` asks more of.

    A name written in lower case first with capitals after (``ε-TEX Extensions``,
    ``pdfTeX and fonts``, ``mRNA levels``) opens a title as a capital would.

    >>> title_shaped("Related work"), title_shaped("and so it goes,"), title_shaped("It ends.")
    (True, False, False)
    >>> title_shaped("ε-TEX Enhancements"), title_shaped("e-mail"), title_shaped("http://A.org")
    (True, False, False)
    """
    if not 0 < len(text) <= HEADING_MAX_LATIN or text[-1] in SENTENCE_END | PLAINLY_OPEN_END:
        return False
    first_word = (text.split(maxsplit=1) or [""])[0]
    return text[0].isupper() or (first_word.replace("-", "").isalpha()
                                 and any(char.isupper() for char in first_word))


def reads_as_heading(text: str) -> bool:
    """True when ``text`` (stripped) reads as a section's heading: a heading
    (:func:`is_heading`), or in sentence case after its section's number if it has one
    (:func:`title_shaped`), that ends no sentence (``More words.`` is a short sentence).

    >>> reads_as_heading("3.1 A section"), reads_as_heading("ACKNOWLEDGEMENTS")
    (True, True)
    >>> reads_as_heading("More words."), reads_as_heading("3 sections.")
    (False, False)
    """
    title = _SECTION_LABEL.sub("", text, count=1)
    return (is_heading(text) or title_shaped(title)) and text[-1:] not in SENTENCE_END


def _last_meaningful(text: str) -> str:
    core = text.rstrip()
    while core and core[-1] in CLOSERS:
        if len(core) >= 2 and core[-2] in SENTENCE_END:
            return core[-2]
        core = core[:-1]
    return core[-1] if core else ""


def closes_a_sentence(text: str) -> bool:
    """True when ``text`` ends on a sentence's end (closing quotes and brackets aside).

    >>> closes_a_sentence("It ends."), closes_a_sentence("(It ends.)"), closes_a_sentence("pp. 1-9")
    (True, True, False)
    """
    return _last_meaningful(text) in SENTENCE_END


def leaves_open(text: str) -> bool:
    """True when ``text`` (a block) ends inside a sentence.

    Headings and captions open nothing; nor does a line of only punctuation, or one
    that TeX's line break ends (``辽宁省& 辽& 沈阳市\\\\``: a table's row in a listing).
    """
    if closes_a_sentence(text):
        return False  # the common case, decided without looking further
    last_line = text.rstrip().rsplit("\n", 1)[-1]
    if not any(char.isalnum() for char in last_line) or last_line.endswith("\\\\"):
        return False
    return not is_heading(text)


MATH_MARKS = set("=−≈≠≤≥⇔⇒→←∼∝±×÷∑∫√")  # not "+": 互联网+, 4+1
PROSE_LETTER_SHARE = 0.6  # most of a line of text is letters; formula debris is not
PROSE_MIN_LATIN_WORDS = 2  # one word alone (a symbol, a label) is not running text


@functools.lru_cache(maxsize=4096)
def looks_like_prose(line: str) -> bool:
    """A line of running text, not formula or figure debris (``αg =``, ``3, ˆes``, ``d``).

    >>> looks_like_prose("planet by no more than 0.01 arcmin."), looks_like_prose("φs = 0 ,")
    (True, False)
    """
    visible = sum(map(len, line.split()))
    if not visible or _MATH_MARK.search(line) is not None:
        return False
    if sum(map(str.isalpha, line)) < PROSE_LETTER_SHARE * visible:
        return False
    if has_cjk(line):
        return True
    return holds_words(line)


def holds_words(text: str) -> bool:
    """True when ``text`` holds ``PROSE_MIN_LATIN_WORDS`` words of two letters or more.

    >>> holds_words("temperature gradient and ∇ad = d log T"), holds_words("a b")
    (True, False)
    """
    return len(_LATIN_WORD.findall(text)) >= PROSE_MIN_LATIN_WORDS


_LATIN_WORD = re.compile(r"[^\W\d_]{2,}")
_MATH_MARK = re.compile("[" + re.escape("".join(sorted(MATH_MARKS))) + "]")


def continues(before: str, after: str) -> bool:
    """True when the line ``after`` goes on with the sentence the line ``before`` left
    open, both lines of prose: the two halves of a sentence a page break cut.

    >>> continues("the harbour committee met on the", "morning of the storm.")
    True
    >>> continues("2,586,531 56,060 119,787", "2,887,352 61,383")
    False
    """
    return (looks_like_prose(before) and looks_like_prose(after) and leaves_open(before)
            and can_continue(after))


_BRACKET_MARK = re.compile(r"/\*|\*/|[()\[\]{}]")
_CLOSER_OF = {"(": ")", "[": "]", "{": "}", "/*": "*/"}


def _brackets(text: str) -> tuple[str | None, list[str]]:
    """The first mark in ``text`` that closes a bracket or a comment ``text`` did not
    open (or None), and the marks that would close those ``text`` leaves open, the
    innermost last."""
    first_unopened, left_open = None, []
    marks: list[str] = _BRACKET_MARK.findall(text)
    for mark in marks:
        if mark in _CLOSER_OF:
            left_open.append(_CLOSER_OF[mark])
        elif left_open and left_open[-1] == mark:
            left_open.pop()
        elif first_unopened is None:
            first_unopened = mark
    return first_unopened, left_open


def left_open_for(text: str) -> str | None:
    """The mark that closes the last bracket or comment ``text`` opens and leaves open,
    or None (a closing mark with no opening one before it is passed over).

    >>> left_open_for("Function F(args) /* a recursive function"), left_open_for("f(x) = 1")
    ('*/', None)
    """
    left_open = _brackets(text)[1]
    return left_open[-1] if left_open else None


def closing_mark(text: str) -> str | None:
    """The first mark in ``text`` that closes a bracket or a comment ``text`` did not open,
    or None: the line goes on from one that left that mark to close.

    >>> closing_mark("Realms) Bill"), closing_mark("(a) list"), closing_mark("*/ {")
    (')', None, '*/')
    """
    return _brackets(text)[0]


def plainly_open(text: str) -> bool:
    """True when ``text`` ends on a comma, a hyphen or an opening bracket or quote."""
    core = text.rstrip()
    return bool(core) and core[-1] in PLAINLY_OPEN_END and leaves_open(text)


def can_continue(text: str) -> bool:
    """True when ``text`` (a block) can be the second half of a broken sentence.

    Not a heading, a list item, an entry that opens on its label (``name: the
    element's name``, a parameter or an option described), a chapter's label on a line
    of its own (``第六章``, with the chapter's text under it) or a line of only
    punctuation; Latin text must start with a lower-case letter or a digit, CJK text
    may start with anything.

    >>> can_continue("of the element inside a structure."), can_continue("name: the element.")
    (True, False)
    """
    first_line = text.strip().split("\n", 1)[0]
    if not first_line or not any(char.isalnum() for char in first_line):
        return False
    if is_heading(text):
        return False
    if LIST_ITEM.match(first_line) or LABELLED_ENTRY.match(first_line) \
            or CJK_LABEL.match(first_line):
        return False
    first = first_line.lstrip()[0]
    first_alnum = next(char for char in first_line if char.isalnum())
    if is_cjk(first) or first in CLOSERS or is_cjk(first_alnum):
        return True
    return first.islower() or first.isdigit()
