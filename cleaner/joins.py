"""Detect paragraphs cut in two by a page or column break, and join them.

Two blocks are one paragraph when the first leaves its sentence open and the
second can continue it (:mod:`cleaner.sentence`, the same test the duplicate
keep policy uses). Joins see through what earlier stages removed: a running
header, a page number or a misplaced duplicate between the halves is gone
before the halves are judged.

- CJK text joins with no space; Latin text with one space.
- A Latin word hyphenated across the break (``in-`` / ``struments``) loses its
  hyphen, unless the document itself spells that word with a hyphen elsewhere
  (``self-contained``): the document's own words are the evidence.
- Across a form feed the first half must be *plainly* open (a comma, a hyphen,
  an opening bracket) or the second start with a lower-case letter.

Never joined: headings and captions, a block that ends its sentence, list
items, formula or figure debris on either side (:func:`looks_like_prose`),
protected lines (code, tables, Markdown structure), a line that occurs more
than once in what cleaning keeps (a half sentence is unique text; a repeated
line is furniture or a label), and lines inside one block (line wrapping is
not a break).

>>> from cleaner.segment import segment
>>> text = "全市新团员离队入团仪式示范活动上,161名初中学生宣誓\\n\\n入团,相比以往。"
>>> [j.joiner for j in detect(segment(text), frozenset())]
['']
>>> detect(segment("强化理想信念教育\\n\\n入团,相比以往。"), frozenset())
[]
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from .edits import Join
from .segment import Document
from .sentence import can_continue, is_cjk, leaves_open, looks_like_prose, plainly_open

_HYPHENATED_WORD = re.compile(r"(\w+)[-\u2010](\w+)")
_HYPHEN_AT_END = re.compile(r"(\w+)[-\u2010\u00ad]$")
_LEADING_WORD = re.compile(r"^(\w+)")


def _kept_blocks(doc: Document, removed: frozenset[int]) -> list[list[int]]:
    """Runs of kept non-blank lines, split at blank lines and removed lines."""
    blocks: list[list[int]] = []
    current: list[int] = []
    for line in doc.lines:
        if line.blank or line.index in removed:
            if current:
                blocks.append(current)
                current = []
        else:
            current.append(line.index)
    if current:
        blocks.append(current)
    return blocks


def _hyphenated_words(text: str) -> set[str]:
    return {f"{a}-{b}".casefold() for a, b in _HYPHENATED_WORD.findall(text)}


def detect(doc: Document, removed: frozenset[int]) -> list[Join]:
    """Return a join for every pair of kept blocks that form one broken paragraph."""
    blocks = _kept_blocks(doc, removed)
    hyphenated: set[str] | None = None
    repeated: Counter[str] | None = None
    joins: list[Join] = []
    for before, after in itertools.pairwise(blocks):
        last, first = doc.lines[before[-1]], doc.lines[after[0]]
        if last.protected or first.protected:
            continue
        text_before = "\n".join(doc.lines[index].text for index in before)
        text_after = "\n".join(doc.lines[index].text for index in after)
        if not leaves_open(text_before) or not can_continue(text_after):
            continue
        if not (looks_like_prose(last.text) and looks_like_prose(first.text)):
            continue
        if repeated is None:
            repeated = Counter(line.text.strip() for line in doc.lines
                               if not line.blank and line.index not in removed)
        if repeated[last.text.strip()] > 1 or repeated[first.text.strip()] > 1:
            continue
        head = text_after.lstrip()
        across_page = "\f" in doc.text[last.content_end:first.start]
        if across_page and not (plainly_open(text_before) or head[:1].islower()):
            continue
        tail = last.text.rstrip()
        if is_cjk(tail[-1:]) or is_cjk(head[:1]):
            joins.append(Join(last.index, first.index, "", False, "broken_paragraph",
                              f"paragraph continues at line {first.number}"))
            continue
        hyphen = _HYPHEN_AT_END.search(tail)
        word = _LEADING_WORD.match(head)
        if hyphen and word and head[:1].islower():
            if hyphenated is None:
                hyphenated = _hyphenated_words(doc.text)
            spelled = f"{hyphen.group(1)}-{word.group(1)}".casefold()
            keep = spelled in hyphenated
            joins.append(Join(last.index, first.index, "", not keep, "hyphenated_word",
                              f"word {'kept as ' + spelled if keep else 'rejoined'} across "
                              f"the break at line {first.number}"))
            continue
        joins.append(Join(last.index, first.index, " ", False, "broken_paragraph",
                          f"paragraph continues at line {first.number}"))
    return joins
