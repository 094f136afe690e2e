"""The prints stage: a slide shown again as each build adds to it is one slide. A page
whose every line the next page repeats, in order, goes whole; nothing on it is lost,
and what is left is judged as a document of slides shown once."""

from __future__ import annotations

import pytest

import cleaner
from cleaner import runs
from cleaner.options import Options
from cleaner.pages import build
from cleaner.prints import BUILD_MIN_LINES, PRINT_LINES, _numbered_apart, detect
from cleaner.segment import segment

WORDS = ["harbour", "committee", "morning", "repairs", "pier", "northern", "shore", "timber",
         "winter", "secretary", "minutes", "chair", "debate", "costs", "fishing", "vote",
         "budget", "amendment", "lighthouse", "keeper", "crane", "eastern", "quay", "storm"]
FOOT = "Harbour Board, annual meeting"


def slides(builds: int, slides: int = 4) -> str:
    """A presentation as pdftotext writes it, a form feed after each page: each slide
    shown ``builds`` times, one item more each time, under its title, over the deck's
    foot and the page's number."""
    pages: list[str] = []
    for slide in range(slides):
        items = [f"{WORDS[(slide * 5 + item) % 24].capitalize()} "
                 f"{WORDS[(slide * 7 + item + 3) % 24]} and the "
                 f"{WORDS[(slide * 3 + item + 11) % 24]}" for item in range(builds + 2)]
        for shown in range(3, builds + 3):
            pages.append("\n".join([f"The {WORDS[slide + 18]} slide", "", *items[:shown], "",
                                    FOOT, str(len(pages) + 1)]) + "\n")
    return "\f".join(pages)


def builds_removed(text: str) -> list[tuple[int, ...]]:
    return [removal.lines for removal in detect(segment(text), (), Options()).removals
            if removal.evidence == "earlier_build"]


@pytest.mark.parametrize("builds", [1, 2, 4])
def test_a_slides_earlier_builds_go_and_its_last_is_judged_as_one_page(builds: int) -> None:
    """Of a slide built in steps, the last build stays with every item; the earlier ones
    go whole, so the foot is on four slides, not on every build, and goes as furniture,
    while the slide's own lines stay once. Nothing of the deck is lost; a second pass
    finds nothing more."""
    text = slides(builds)
    result = cleaner.clean(text)
    earlier = [edit for edit in result.edits if edit.evidence == "earlier_build"]
    assert len({text.count("\f", 0, edit.start) for edit in earlier}) == 4 * (builds - 1)
    assert all(edit.reason == "duplicate_paragraph" for edit in earlier)
    assert FOOT not in result.text
    for line in text.splitlines():
        if line and line != FOOT and not line.isdigit():
            assert result.text.count(line + "\n") == 1, line
    assert cleaner.clean(result.text).text == result.text


def test_a_page_is_a_build_of_the_next_only_when_all_of_it_stands_there_in_order() -> None:
    """Every line, in the same order, on the next page kept (its number aside), and
    ``BUILD_MIN_LINES`` lines of words at least, the two opening on the same line: a
    table's page whose figures differ from the next one's, a page with a line of its
    own, lines in another order, a page of two lines, or one that opens on another line
    than the next is no build."""
    title, first, second, third = ("Harbour costs", "Pier repairs 1,200",
                                   "Crane repairs 3,400", "Quay repairs 560")
    def pages(*texts: list[str]) -> str:
        return "\f".join("\n".join(page) + "\n" for page in texts)

    assert builds_removed(pages([title, first, second, "3"], [title, first, second, third, "4"]))
    assert builds_removed(pages([title, first, second], [title, first, second]))  # again
    assert not builds_removed(pages([title, first, "Crane repairs 3,300"],
                                    [title, first, second, third]))  # another figure
    assert not builds_removed(pages([title, first, second, "Note"], [title, first, second, third]))
    assert not builds_removed(pages([title, second, first], [title, first, second, third]))
    assert not builds_removed(pages([title, first], [title, first, second]))
    # the tail of a paragraph, set again whole on the next page under a heading: the two
    # pages open on other lines (the number over the next one aside)
    assert not builds_removed(pages([first, second, third], ["4", title, first, second, third]))
    assert not builds_removed(pages([first, second, third], [title, first, second, third]))
    assert builds_removed(pages(["3", title, first, second], ["4", title, first, second, third]))
    assert BUILD_MIN_LINES == 3
    three = pages([title, first, second], [title, first, second, third], [title, first, "Other"])
    assert builds_removed(three) == [(0, 1, 2)]  # judged against the next page kept, from the end
    assert not builds_removed(pages([title, first, second]) + "\n" + pages([title, first, second,
                                                                           third]))  # no form feed


def test_pages_a_stage_removed_whole_are_no_pages() -> None:
    """Where form feeds mark the pages, a page whose every line of text went before (a
    page printed again, an earlier build) is gone: its neighbours stand side by side.
    An empty page is still a page."""
    doc = segment("one\ntwo\fthree\nfour\ffive\nsix\f\fseven\n")
    assert len(build(doc, frozenset()).breaks) == 4
    merged = build(doc, frozenset(), removed=frozenset({2, 3}))
    assert [(found.before, found.after) for found in merged.breaks] == [(1, 2), (5, 6), (6, 7)]
    assert merged.page_of(4) == merged.page_of(2) == 1


def test_an_earlier_build_names_the_page_it_stands_on() -> None:
    """The removal is a duplicate's, certain (100), kept copy the next page whole; its
    message gives that page's lines as the document numbers them."""
    text = slides(2, slides=1)  # two builds of one slide; line 8 holds the form feed
    removals = detect(segment(text), (), Options()).removals
    assert [removal.lines for removal in removals] == [(0,), (2, 3, 4), (6, 7)]
    for removal in removals:  # title, items, foot and number: the page's blocks
        assert removal.reason == "duplicate_paragraph" and removal.score == 100.0
        assert removal.evidence == "earlier_build" and removal.takes_page_breaks
        assert removal.kept_lines == (9, 17)  # the next page's first and last line of text
        assert "(lines 9-17)" in removal.message  # as an editor counts: \f breaks no line


def test_a_page_printed_twice_names_its_copy() -> None:
    """A page of ``PRINT_LINES`` lines exactly, printed again: the later print goes,
    certain, its kept copy the earlier print from its first line to its last."""
    page = "".join(f"Line {n} of the page says something of its own, at length.\n"
                   for n in range(PRINT_LINES))
    (removal,) = detect(segment(page + page), (), Options()).removals
    assert removal.reason == "duplicate_paragraph" and removal.score == 100.0
    assert removal.lines == tuple(range(PRINT_LINES, 2 * PRINT_LINES))
    assert removal.kept_lines == (0, PRINT_LINES - 1)
    assert detect(segment(page[page.index("\n") + 1:] * 2), (), Options()).removals == ()


def test_a_tables_figures_under_the_same_labels_keep_their_page() -> None:
    """pdftotext writes a table's columns one after the other: the labels, then the
    figures. Two pages with the same labels and other figures are two tables; only a
    figure that is the page's first or last line, its number, need not stand on the next
    page."""
    labels = ["Harbour costs", "Pier repairs", "Crane repairs", "Quay repairs"]
    this_year, next_year = ["1200", "3.4", "560"], ["1300", "3.5", "600"]
    tables = "\f".join("\n".join(labels + figures + [str(page)]) + "\n"
                       for page, figures in enumerate([this_year, next_year], 1))
    assert builds_removed(tables) == []
    same = "\f".join("\n".join([str(page), *labels, *this_year, *(["Total"] * (page - 1))])
                     + "\n" for page in (1, 2))
    assert builds_removed(same) == [(0, 1, 2, 3, 4, 5, 6, 7)]


def test_a_page_printed_twice_leaves_its_protected_lines_and_judges_lines_of_text() -> None:
    """Lines the user turned cleaning off for stay in the later print, and blank lines
    are no lines of a print: a page printed twice with a fenced block in it, and a blank
    line after each of its paragraphs, loses the later print's text and nothing else."""
    page = "".join(f"Line {n} of the page says something of its own, at length.\n\n"
                   if n % 5 == 4 else
                   f"Line {n} of the page says something of its own, at length.\n"
                   for n in range(PRINT_LINES)) + "```\nkeep = True\n```\n"
    doc = segment(page + page)
    removals = detect(doc, (), Options()).removals
    gone = {index for removal in removals for index in removal.lines}
    later = {line.index for line in doc.lines[len(doc.lines) // 2:]
             if not (line.blank or line.protected)}
    assert gone == later
    assert not any(doc.lines[index].blank or doc.lines[index].protected for index in gone)


def _filler_sections(headings: list[str]) -> str:
    """Sections, each a heading over the same page of filler text (a template's margin
    check: ``DAFx-06 welcomes you to Montreal...`` under every heading)."""
    filler = "".join(f"Line {n} of the filler says the same thing under each heading.\n"
                     for n in range(PRINT_LINES))
    return "\n".join(f"{heading}\n{filler}" for heading in headings)


@pytest.mark.parametrize(("headings", "printed_twice"), [
    (["4. MARGIN CHECK", "5. MARGIN CHECK", "6. MARGIN CHECK"], False),  # numbered apart
    (["Page 4", "Page 5"], False),
    (["4. MARGIN CHECK", "4. MARGIN CHECK"], True),  # the section printed again, its number too
    (["4. MARGIN CHECK", "4. MARGIN CHECKS"], True),  # a letter apart: one heading garbled
    (["A section", "A subsection"], False),  # headed apart: worded otherwise
])
def test_sections_alike_but_numbered_or_headed_apart_are_not_one_printed_twice(
        headings: list[str], printed_twice: bool) -> None:
    """A page-long run repeated under headings that differ in their figures alone (``5.
    MARGIN CHECK``, ``6. MARGIN CHECK``), or in their words (``A section``, ``A
    subsection``), is sections alike: a print made again repeats its numbers and its
    heading too. Those stay for the duplicate stage to judge (siblings, their figures
    differ); the same section printed again, number and all, goes, and so does one
    whose heading a letter garbled."""
    text = _filler_sections(headings)
    removals = detect(segment(text), (), Options()).removals
    if printed_twice:
        assert removals and removals[0].evidence == "printed_twice_in_a_row"
    else:
        assert removals == ()
    if headings[0] == "4. MARGIN CHECK" and len(headings) == 3:
        result = cleaner.clean(text)
        assert result.text == text  # three sections, each its own number: all kept
        assert all("different figures" in kept.message for kept in result.siblings)
        assert len(result.siblings) == 3


RUN = ["Alpha line", "Beta line", "Gamma line", "Delta line"]
SAID = ["The pier needs repair.", "The crane is old.", "The ferry was late.", "The dues stay."]


@pytest.mark.parametrize(("labels", "numbered_apart"), [
    # the walk steps over a heading inside the run: 5. against 4.
    (["x", *RUN[:2], "4. CHECK", *RUN[2:], *RUN[:2], "5. CHECK", *RUN[2:]], True),
    (["x", *RUN[:2], "4. CHECK", *RUN[2:], *RUN[:2], "4. CHECKS", *RUN[2:]], False),
    # just before the later print, against the line just before the earlier one
    (["4. CHECK", *RUN, "5. CHECK", *RUN], True),
    # just after the later print, against the line just after the earlier one
    ([*RUN, "Page 4", *RUN, "Page 5"], True),
    # figures that differ farther off: the earlier print's own lines, not the run's ends
    (["Step 1", "x", "y", "z", "Step 2", *RUN, *RUN], False),
])
def test_a_print_numbered_apart_differs_in_figures_inside_it_or_at_its_ends(
        labels: list[str], numbered_apart: bool) -> None:
    """``_numbered_apart`` reads the lines the walk stepped over inside the later print,
    and the line just before it and just after it, each against the line that stands as
    far back: a figure changed there numbers the two apart. Lines elsewhere, alike but
    for a figure, are the document's own (``Step 1`` and ``Step 2``)."""
    later = [index for index, label in enumerate(labels)
             if label in RUN and labels.index(label) < index]
    distance = len(labels) - labels[::-1].index(RUN[0]) - 1 - labels.index(RUN[0])
    pairs = [(index, index - distance) for index in later]
    assert _numbered_apart(pairs, labels) is numbered_apart


@pytest.mark.parametrize(("labels", "pairs", "apart"), [
    # a heading between the prints against one before the earlier print, a note under
    # each that differs in a footnote's mark
    (["Capitolo non numerato", "A note.1", *RUN, "Paragrafo non numerato", "A note.", *RUN],
     [(8, 2), (9, 3), (10, 4), (11, 5)], True),
    (["Methods", *RUN, "Methcds", *RUN], [(6, 1), (7, 2), (8, 3), (9, 4)], False),  # garbled
    (["It ends here.", *RUN, "A section", *RUN], [(6, 1), (7, 2), (8, 3), (9, 4)], False),
    # after the later print, against the heading between the two (three sections alike)
    ([*RUN, "2.3 Related work", *RUN, "2.4 Conclusion"], [(5, 0), (6, 1), (7, 2), (8, 3)],
     True),
    # the earlier print's last line cut short (``Gamma li``) is no heading, nor is a
    # sentence (``Opening.``)
    (["Intro", *RUN[:2], "Gamma li", *RUN], [(4, 1), (5, 2)], False),
    (["Opening.", *RUN, "A section", *RUN], [(6, 1), (7, 2), (8, 3), (9, 4)], False),
    # after the later print, against the later print's own first line: the section
    # printed again, its heading and all, then the next section
    (["Intro", *RUN, "Intro", *RUN, "Methods"], [(5, 0), (6, 1), (7, 2), (8, 3), (9, 4)],
     False),
    # a heading inside the later print, against a sentence of the earlier one: a filler
    # text running on through the sections, the next section's heading in its way
    (["Intro", *SAID, *SAID[:2], "Heading on the third level", *SAID[2:]],
     [(5, 1), (6, 2), (8, 3), (9, 4)], True),
    # the earlier print has that heading too: the walk stepped over its own line
    (["Intro", *SAID[:2], "Notes", *SAID[2:], *SAID[:2], "Notes", *SAID[2:]],
     [(6, 1), (7, 2), (9, 4), (10, 5)], False),
    # a sentence inside the later print is no heading
    (["Intro", *SAID, *SAID[:2], "It rained.", *SAID[2:]], [(5, 1), (6, 2), (8, 3), (9, 4)],
     False),
])
def test_a_print_headed_apart_has_a_heading_of_its_own_where_the_other_has_another(
        labels: list[str], pairs: list[tuple[int, int]], apart: bool) -> None:
    """``headed_apart`` reads the lines the walk stepped over about the later print (the
    ones between the two prints too), each against the line that stands as far back: a
    heading against a heading worded otherwise that neither print holds sets the two
    apart as sections. A prose line, a sentence, a heading garbled a letter, a print's
    own line or its last one cut short does not."""
    assert runs.headed_apart(pairs, len(labels), labels.__getitem__) is apart


def _walked(later: list[str]) -> list[tuple[int, int]]:
    """The pairs of the print found (none: ``[]``) in the earlier print's items (``a0``
    up to the last that ``later`` names), then ``later`` (their labels; ``x`` for one
    the earlier print lacks), run for runs."""
    count = max(int(label[1:]) for label in later if label.startswith("a")) + 1
    labels = [f"a{n}" for n in range(count)] + later
    found = list(runs.find(labels, lambda later, earlier: True, lambda pairs: True))
    assert len(found) <= 1
    return found[0].pairs if found else []


def _items(*spans: tuple[int, int]) -> list[str]:
    """Labels of the earlier print's items ``start`` to ``stop`` (exclusive), span by span."""
    return [f"a{n}" for start, stop in spans for n in range(start, stop)]


@pytest.mark.parametrize(("later", "pairs"), [
    # ten alike, two lost in a row, eight alike: 18 of 20, nine in ten, still a print
    ([*_items((0, 10)), "x", "y", *_items((12, 20))], 18),
    # ten, three lost (the most a print may lose in a row), seventeen: 27 of 30
    ([*_items((0, 10)), "x", "y", "z", *_items((13, 30))], 27),
    # ten, four lost: the walk ends at the ten, and forty more of the earlier print
    # stand between: no print in a row (walked on, 46 of 50 would be one)
    ([*_items((0, 10)), "w", "x", "y", "z", *_items((14, 50))], 0),
    # ten, then an item the later print lacks: the distance shifts by one
    (_items((0, 10), (11, 30)), 29),
    # six alike, one lost: a gap only after ten in a row, so the walk ends at six
    ([*_items((0, 6)), "x", *_items((7, 20))], 0),
    # ten, one lost, nine, one lost: the second gap comes before ten more in a row
    ([*_items((0, 10)), "x", *_items((11, 20)), "y", *_items((21, 30))], 0),
])
def test_a_long_print_may_lose_a_few_items_after_ten_alike(later: list[str],
                                                           pairs: int) -> None:
    """The walk steps over up to ``MAX_GAP`` items in a row that one print lacks, or a
    shift of the distance between the prints, only after ``GAP_EVERY`` pairs matched in
    a row since the last gap; a print is alike on ``DENSITY`` of its items, nine in ten
    at the bound."""
    assert (runs.MAX_GAP, runs.GAP_EVERY, runs.DENSITY) == (3, 10, 0.9)
    assert len(_walked(later)) == pairs


def test_an_earlier_print_cut_short_is_found_up_to_the_documents_last_item() -> None:
    """The earlier print stops short where the later goes on: its last item, right
    before the later print, is the start of the later print's item after the last pair,
    even where that is the document's last item."""
    labels = [*_items((0, 11)), "a11 cut", *_items((0, 12))]
    found = list(runs.find(labels, lambda later, earlier: True, lambda pairs: True,
                           lambda later, earlier: labels[earlier] == "a11 cut"))
    assert [(len(print.pairs), print.stops_short) for print in found] == [(11, (23, 11))]


@pytest.mark.parametrize(("between", "after", "printed_twice"), [
    ("a: A bad page break under a heading", "b: The page break mended", False),
    ("(a) Before", "(b) After", False),
    ("(a)", "(b)", False),  # a panel's letter alone
    ("aa: not a panel, a note between", "", True),  # no panel's letter
    ("a)bc is no caption", "", True),
    ("", "", True),  # nothing between: a page printed twice
])
def test_a_page_shown_twice_as_a_figures_panels_is_the_authors(
        between: str, after: str, printed_twice: bool) -> None:
    """bgteubner's manual shows one sample page twice as a figure's panels: the bad page
    break, captioned ``a: Unschöner Seitenumbruch …``, then the mended one, ``b: …``. A
    panel's caption between the earlier print and the later is the author's mark: the
    two stay, in the prints stage and through ``clean``. A print made again repeats its
    caption with it; a note, or nothing, between two prints is no panel's caption, and
    the later print goes."""
    page = "".join(f"Line {n} of the sample page says the same thing in each panel.\n"
                   for n in range(PRINT_LINES))
    text = page + (f"\n{between}\n\n" if between else "\n") + page + \
        (f"\n{after}\n" if after else "")
    removals = detect(segment(text), (), Options()).removals
    assert bool(removals) is printed_twice
    result = cleaner.clean(text)
    assert result.text.count("Line 7 of the sample page") == (1 if printed_twice else 2)
