"""Runs printed twice in a row: find them in any sequence of items (lines, paragraphs).

A run printed twice shows as a stretch where each item repeats the one a fixed number
of items (the period) before it. Each item proposes a pairing with its last earlier
item of the same label; the pairing is walked both ways, item by item, as long as the
two prints go on alike. A print may lose or gain an item or two (an extractor's
difference, a line garbled past recognition): the walk steps over up to ``MAX_GAP``
unmatched items, only inside a long print, and lets the distance between the prints
shift by up to ``MAX_SHIFT``. The run is printed twice *in a row* when the later print
starts where the earlier one ends; a document printed k times is one walk.

Each item is walked at most once by a walk that found nothing, so the search is
linear in the number of items. What the walk stepped over tells two sections written
alike from one run printed twice: each under a heading of its own (:func:`headed_apart`).

>>> labels = list("abcXYZXYZd")
>>> [print.pairs for print in find(labels, lambda later, earlier: True, lambda pairs: True)]
[[(6, 3), (7, 4), (8, 5)]]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass

from .normalize import paragraph_key, words
from .sentence import closes_a_sentence, reads_as_heading

MAX_GAP = 3  # items one print of a run may have that the other lacks, in a row
MAX_SHIFT = 3  # items the distance between two prints may change by at a time
GAP_EVERY = 10  # a gap is allowed after this many pairs matched in a row...
DENSITY = 0.9  # ...and the prints must be alike on this share of their items
WORDED_OTHERWISE = 3  # letters two headings differ by at least: not one heading garbled
PROSE_WORDS = 8  # words of a paragraph of prose that a print's own item says
PROSE_ALIKE = 50.0  # score (0-100) under which two paragraphs say other things, not one garbled
OPENING_LINES = 2  # lines a heading over an item's text takes (``6`` over ``Bold font``)
# A panel's caption in a figure: "a: Unschöner Seitenumbruch", "(b) After", "(c)" alone.
PANEL_CAPTION = re.compile(r"^\s*(?:\([a-h]\)|[a-h][:)])(?:\s|$)")
_SHIFTS = (0, *(sign * size for size in range(1, MAX_SHIFT + 1) for sign in (1, -1)))


@dataclass(frozen=True)
class Print:
    """A run printed twice in a row: ``pairs`` of (later item, the earlier item it
    repeats), in order. ``stops_short`` is the pair right after the last one, where the
    earlier print stops short of the later (its item is the later one's start, cut), or
    None."""

    pairs: list[tuple[int, int]]
    stops_short: tuple[int, int] | None = None


def find(labels: Sequence[Hashable | None], same: Callable[[int, int], bool],
         enough: Callable[[list[tuple[int, int]]], bool],
         cut: Callable[[int, int], bool] = lambda later, earlier: False) -> Iterator[Print]:
    """The runs printed twice in a row among items labelled ``labels`` (None: an item
    that repeats nothing). ``same(later, earlier)`` says whether two items with one label
    are copies; ``enough(pairs)`` whether a run is long enough to be evidence;
    ``cut(later, earlier)`` whether an earlier item is the later one cut short."""
    previous: dict[Hashable, int] = {}
    before: list[int | None] = []
    for at, label in enumerate(labels):
        before.append(previous.get(label) if label is not None else None)
        if label is not None:
            previous[label] = at

    def alike(later: int, earlier: int) -> bool:
        """The labels agree (cheap): the walk's test. Whether the items are copies
        (``same``, perhaps costly) is asked only of the pairs of a run found so."""
        return 0 <= earlier < later and labels[later] == labels[earlier]

    done = 0  # a print found ends here: the next walk starts after it
    walked: set[tuple[int, int]] = set()  # pairs a walk that found no print went through
    at = 0
    while at < len(labels):
        earlier = before[at]
        if earlier is None or (at, earlier) in walked or not alike(at, earlier):
            at += 1
            continue
        walk = sorted(_walk(at, at - earlier, -1, alike, done, len(labels))
                      + _walk(at, at - earlier, 1, alike, done, len(labels)))
        pairs = [pair for pair in walk if same(*pair)] if _printed(walk, enough) else []
        if pairs and _printed(pairs, enough):
            (later_first, _), (later_last, earlier_last) = pairs[0], pairs[-1]
            short = (later_last + 1, earlier_last + 1)
            yield Print(pairs, short if later_last + 1 < len(labels)
                        and earlier_last + 1 < later_first and cut(*short) else None)
            done = at = later_last + 1
        else:
            walked.update(walk)
            at += 1


def _printed(pairs: list[tuple[int, int]],
             enough: Callable[[list[tuple[int, int]]], bool]) -> bool:
    """True when ``pairs`` (in order) are a run printed twice *in a row*: the later print
    starts where the earlier ends (a long print may have lost an item or two there), the
    prints are alike nearly throughout, and the run is ``enough`` to be evidence."""
    (later_first, _), (later_last, _) = pairs[0], pairs[-1]
    slack = min(MAX_GAP, len(pairs) // GAP_EVERY)
    in_a_row = later_first <= max(pair[1] for pair in pairs) + 1 + slack
    dense = len(pairs) >= DENSITY * (later_last - later_first + 1)
    return in_a_row and dense and enough(pairs)


def _walk(at: int, period: int, step: int, alike: Callable[[int, int], bool], floor: int,
          size: int) -> list[tuple[int, int]]:
    """The pairs ``(later, earlier)`` of a walk from ``at`` (paired with ``at - period``) in
    direction ``step``, over at most ``MAX_GAP`` unmatched items in a row, the distance
    between the prints shifting by at most ``MAX_SHIFT`` at a time; the later item never
    before ``floor`` (where the last print found ended)."""
    pairs = [(at, at - period)] if step > 0 else []
    position, misses, run = at, 0, 1  # run: pairs matched since the last gap
    while misses <= MAX_GAP:
        position += step
        if position < floor or not 0 <= position < size:
            break
        shifts = _SHIFTS if run >= GAP_EVERY else (0,)  # a long print may lose an item
        shift = next((shift for shift in shifts if period + shift > 0
                      and alike(position, position - period - shift)), None)
        if shift is None:
            if run < GAP_EVERY:
                break  # a gap only inside a long print, never between two short repeats
            misses += 1
            continue
        period += shift
        pairs.append((position, position - period))
        run = run + 1 if not misses else 1
        misses = 0
    return pairs


def stepped_over(pairs: list[tuple[int, int]], size: int) -> Iterator[tuple[int, int]]:
    """The items about a print's later copy that the walk stepped over (of ``size``
    items), each with the item it stands against in the earlier copy (as far before it
    as the last pair's items stand apart): an item inside the later copy, the one
    right after it, and those between the two copies (a long print may have lost an
    item or two there), or the one right before the later copy when nothing stands
    between.

    >>> list(stepped_over([(4, 1), (6, 3)], 8))
    [(3, 0), (5, 2), (7, 4)]
    >>> list(stepped_over([(5, 3), (6, 4), (7, 5)], 9))  # three times in a row: they overlap
    [(4, 2), (8, 6)]
    """
    (later_first, earlier_first), earlier_last = pairs[0], max(pair[1] for pair in pairs)
    distance = {later: later - earlier for later, earlier in pairs}
    last = later_first - earlier_first
    for later in range(min(later_first - 1, earlier_last + 1), min(size, pairs[-1][0] + 2)):
        if later in distance:
            last = distance[later]
        elif later - last >= 0:
            yield later, later - last


def _opening_headings(later: str, earlier: str) -> list[str] | None:
    """The lines two items open on, each joined into one, where the rest of the two is
    alike line for line and longer than what opens them (``OPENING_LINES`` lines at
    most): ``6`` / ``Bold sans font`` and ``7`` / ``Italic sans font``, each over the
    same page of a list of particles that a manual prints in each typeface. None when
    the items go on otherwise.

    >>> page = "\\nkaon\\npion\\nmuon"
    >>> _opening_headings("6\\nBold font" + page, "7\\nItalic font" + page)
    ['6 Bold font', '7 Italic font']
    >>> _opening_headings("6\\nBold font" + page, "7\\nItalic font\\nkaon\\ntau") is None
    True
    >>> _opening_headings("6\\nBold font\\nmuon", "7\\nItalic font\\nmuon") is None  # too short
    True
    """
    lines = [[line for line in item.split("\n") if line.strip()] for item in (later, earlier)]
    shared = 0
    while shared < min(map(len, lines)) and \
            paragraph_key(lines[0][-1 - shared]) == paragraph_key(lines[1][-1 - shared]):
        shared += 1
    openings = [item[:len(item) - shared] for item in lines]
    if not all(0 < len(opening) <= OPENING_LINES < shared for opening in openings):
        return None
    return [" ".join(line.strip() for line in opening) for opening in openings]


def panel_between(pairs: list[tuple[int, int]], text: Callable[[int], str]) -> bool:
    """True when a panel's caption (``a: Unschöner Seitenumbruch …``, ``(b) After``)
    stands between the end of the earlier print and the start of the later (``pairs``:
    later, earlier): bgteubner's manual shows one sample page twice as a figure's
    panels, the bad page break captioned ``a: …``, then the mended one, ``b: …``. A
    print made again repeats its caption with it; a caption that stands after the
    earlier print alone labels a panel of its own. ``text(item)`` is an item's text.

    >>> panel_between([(4, 1), (5, 2)], ["x", "a", "b", "a: Before", "a", "b"].__getitem__)
    True
    >>> panel_between([(4, 1), (5, 2)], ["x", "a", "b", "Figure 3", "a", "b"].__getitem__)
    False
    """
    between = range(max(earlier for _, earlier in pairs) + 1, min(later for later, _ in pairs))
    return any(PANEL_CAPTION.match(text(at)) for at in between)


def headed_apart(pairs: list[tuple[int, int]], size: int, text: Callable[[int], str]) -> bool:
    """True when an item the walk stepped over (:func:`stepped_over`) is a heading, and so
    is the item it stands against in the earlier copy, worded otherwise and in neither
    copy either (``A subsection`` over one filler text, ``A section`` over the other;
    ``2.4 Conclusion`` after one, ``2.3 Related work`` after the other): two sections
    alike under headings of their own, not one run printed twice. A print made again
    repeats its headings, garbled a letter or two at most (``WORDED_OTHERWISE``), and
    the earlier print may end on its last item cut short, a short line too. A heading
    inside the later print that the earlier one lacks sets them apart as well: a filler
    text that runs on through sections (``Blindtext`` under ``Überschrift auf Ebene 2``,
    then ``Ebene 3``) repeats with each period, its headings do not. Two items that
    open on such headings and go on alike count as two headings (:func:`_opening_headings`:
    a page that opens a section over its list, where each page is one item).
    ``text(item)`` is an item's text.

    >>> texts = ["A section", "a", "b", "A subsection", "a", "b"]
    >>> pairs = [(4, 1), (5, 2)]
    >>> headed_apart(pairs, 6, texts.__getitem__)
    True
    >>> headed_apart(pairs, 6, (["It ends."] + texts[1:]).__getitem__)
    False
    """
    from rapidfuzz.distance import Levenshtein

    printed = {at for pair in pairs for at in pair}
    (later_first, earlier_first), later_last = pairs[0], pairs[-1][0]
    earlier_only = range(earlier_first, min(later_first, max(pair[1] for pair in pairs) + 1))
    earlier_keys = {paragraph_key(text(at)) for at in earlier_only}
    for later, earlier in stepped_over(pairs, size):
        if later_first < later < later_last and reads_as_heading(text(later).strip()) \
                and paragraph_key(text(later)) not in earlier_keys:
            return True  # a heading inside the later print that the earlier one lacks
        onward = 2 * later - earlier  # as far on from the later item as the earlier is back
        if earlier in printed or (onward < size and paragraph_key(text(onward)).startswith(
                paragraph_key(text(later)))):
            continue  # a print's own item, or the earlier print's last one, cut short
        headings = [text(later).strip(), text(earlier).strip()]
        if not all(reads_as_heading(heading) for heading in headings):
            headings = _opening_headings(*headings) or headings
        if all(reads_as_heading(heading) for heading in headings) and \
                Levenshtein.distance(*map(paragraph_key, headings)) >= WORDED_OTHERWISE:
            return True
    return False


def worded_apart(pairs: list[tuple[int, int]], size: int, text: Callable[[int], str]) -> bool:
    """True when an item the walk stepped over inside the later print
    (:func:`stepped_over`) is a paragraph of prose (``PROSE_WORDS`` words at least, a
    sentence closed at its end), and so is the item it stands against in the earlier
    print, the two saying other things (alike under ``PROSE_ALIKE``): two listings an
    author printed in steps, each step's paragraph between (a manual's proof tree, ``At
    this point, the main left-hand branch itself branches …``, then the tree grown, ``We
    complete our initial specification by nesting …``). A print made again repeats its
    prose, garbled a little at most. What follows the later print stands against the
    later print's own first item, and is not asked. ``text(item)`` is an item's text.

    >>> texts = ["x", "[a", "]", "We grow the tree here by one step.", "]", "[a", "]",
    ...          "At this point the branch itself branches in two.", "]"]
    >>> worded_apart([(5, 1), (6, 2), (8, 4)], 9, texts.__getitem__)
    True
    >>> worded_apart([(5, 1), (6, 2), (8, 4)], 9, (texts[:7] + texts[3:5]).__getitem__)
    False
    """
    from rapidfuzz import fuzz

    later_first, later_last = pairs[0][0], pairs[-1][0]
    for later, earlier in stepped_over(pairs, size):
        if not later_first < later < later_last:
            continue
        paragraphs = [text(later), text(earlier)]
        if all(closes_a_sentence(paragraph) and words(paragraph) >= PROSE_WORDS
               for paragraph in paragraphs) and \
                fuzz.ratio(*map(paragraph_key, paragraphs)) < PROSE_ALIKE:
            return True
    return False
