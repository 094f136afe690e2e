"""The duplicate stage: a copy goes only when something shows an accident made it.

One row per kind of evidence (and per kind of repeat that stays), in English, Chinese
and German: the input, the clean text, and the reasons of the edits. Each row runs
through the stage alone, through ``cleaner.clean`` and through ``cleaner fix``.
"""

from __future__ import annotations

import random
import textwrap
from collections import Counter
from pathlib import Path

import pytest

import cleaner
from cleaner.duplicates import (
    Paragraph,
    _alike_enough,
    _at_start,
    _cut_mid_sentence,
    _halves_beside,
    _holds_two,
    _longest_part,
    _nothing_more,
    _opens_before,
    _pieces,
    _reads_as_sentence,
    _second_half,
    _window,
    key_words,
)
from cleaner.normalize import paragraph_key
from cleaner.options import Options
from cleaner.segment import segment

from .conftest import Case, case_id, check_case

EN = ("The harbour master reported that the northern pier needs repair before winter, "
      "and that the cost will be shared with the fishing cooperative.")
EN_2 = ("The council then heard the treasurer, who said that the budget for the coming "
        "year leaves room for the repair and for a new crane.")
ZH = ("共青团株洲市委召开全市团干部会议，传达学习党的十九大精神，部署下一阶段的重点工作，"
      "要求各级团组织把学习宣传贯彻十九大精神作为当前和今后一个时期的首要政治任务。")
ZH_2 = ("会议指出，五年来全市各级团组织围绕中心、服务大局，在青年思想引领、青年创新创业、"
        "青少年权益维护等方面做了大量卓有成效的工作，得到了社会各界的广泛认可。")
DE = ("Die Versammlung beschloss am Dienstag einstimmig, den Bericht des Kassenwarts "
      "anzunehmen und den Haushalt für das kommende Jahr zu genehmigen, nachdem der "
      "Vorstand die Kosten erläutert hatte.")
REFRAIN = "And still she sat, and still she reeled, and still she wished for company."
NOTICE = "本书由www.97wz.net免费电子书下载网整理上传，更多免费小说，敬请关注97免费小说网！"


def doc(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


CASES = [
    # A paragraph printed twice in a row: the second goes (exact, upper case, OCR noise).
    Case(doc("Opening words.", EN, EN, "Closing words."),
         doc("Opening words.", EN, "Closing words."), ["duplicate_paragraph"]),
    Case(doc("Opening words.", EN, EN.upper(), "Closing words."),
         doc("Opening words.", EN, "Closing words."), ["duplicate_paragraph"]),
    Case(doc("Opening words.", EN, EN.replace("m", "rn", 1).replace(",", ";"), "End."),
         doc("Opening words.", EN, "End."), ["near_duplicate_paragraph"]),
    Case(doc("开头。", ZH, ZH.replace("，", ",").replace("精神", "精仲", 1), "结尾。"),
         doc("开头。", ZH, "结尾。"), ["near_duplicate_paragraph"]),
    Case(doc("Anfang.", DE, DE.replace("m", "rn", 1), "Ende."), doc("Anfang.", DE, "Ende."),
         ["near_duplicate_paragraph"]),
    # keep="last" keeps the second copy.
    Case(doc(EN, EN, "Closing words."), doc(EN, "Closing words."), ["duplicate_paragraph"],
         Options(keep="last")),
    # A block of paragraphs printed twice in a row: the second run goes.
    Case(doc("Opening.", EN, EN_2, EN, EN_2, "Closing."), doc("Opening.", EN, EN_2, "Closing."),
         ["duplicate_paragraph", "duplicate_paragraph"]),
    Case(doc("开头。", ZH, ZH_2, ZH, ZH_2, "结尾。"), doc("开头。", ZH, ZH_2, "结尾。"),
         ["duplicate_paragraph", "duplicate_paragraph"]),
    # ...unless the first run is the one cut off: then the first goes.
    Case(doc("Opening.", EN, EN_2[:60], EN, EN_2, "Closing."),
         doc("Opening.", EN, EN_2, "Closing."),
         ["duplicate_paragraph", "contained_paragraph"]),
    # The start of a paragraph printed right before it; its end right after it.
    Case(doc("Opening words.", EN[:75], EN, "Closing words."),
         doc("Opening words.", EN, "Closing words."), ["contained_paragraph"]),
    Case(doc("开头。", ZH, ZH[30:], "结尾。"), doc("开头。", ZH, "结尾。"),
         ["contained_paragraph"]),
    # A long paragraph again a few paragraphs on: the copy out of its context goes.
    Case(doc("Opening words.", EN, "Middle words.", "More words.", EN, "Closing words."),
         doc("Opening words.", EN, "Middle words.", "More words.", "Closing words."),
         ["duplicate_paragraph"]),
    Case(doc("The minutes say that,", EN, "Middle words.", EN, "Closing."),
         doc("The minutes say that,", EN, "Middle words.", "Closing."), ["duplicate_paragraph"]),
    # A merged copy: two neighbours run together on one line, then printed apart.
    Case(doc("Opening.", EN + " " + EN_2, EN, EN_2, "Closing."),
         doc("Opening.", EN, EN_2, "Closing."), ["contained_paragraph"]),
    # A download site's notice at the top and at the end: both go.
    Case(doc(NOTICE, ZH, ZH_2, NOTICE), doc(ZH, ZH_2), ["duplicate_paragraph"] * 2),
    # --- repeats that stay ---
    # A refrain at intervals, a long paragraph far from its copy, a short line twice.
    Case(doc(REFRAIN, EN, REFRAIN, EN_2, REFRAIN), doc(REFRAIN, EN, REFRAIN, EN_2, REFRAIN), []),
    Case(doc(EN, *(f"Item {n} of the agenda was read." for n in range(10)), EN),
         doc(EN, *(f"Item {n} of the agenda was read." for n in range(10)), EN), []),
    Case(doc("Opening.", "我在等你……", "我在等你……", "我在等你……", "End."),
         doc("Opening.", "我在等你……", "我在等你……", "我在等你……", "End."), []),
    # A notice at both ends without a web address may be the author's frame.
    Case(doc(REFRAIN, ZH, ZH_2, REFRAIN), doc(REFRAIN, ZH, ZH_2, REFRAIN), []),
    # An end that is a whole sentence, right after: an echo, the author's.
    Case(doc(EN_2 + " " + REFRAIN, REFRAIN, "End."),
         doc(EN_2 + " " + REFRAIN, REFRAIN, "End."), []),
    # Different numbers, different words at the ends, and short paragraphs stay.
    *(Case(doc(first, second), doc(first, second), []) for first, second in [
        ("Section 3. Information about the Project Gutenberg Literary Archive Foundation",
         "Section 4. Information about the Project Gutenberg Literary Archive Foundation"),
        ("*** START OF THE PROJECT GUTENBERG EBOOK ALICE'S ADVENTURES IN WONDERLAND ***",
         "*** END OF THE PROJECT GUTENBERG EBOOK ALICE'S ADVENTURES IN WONDERLAND ***"),
        ("短文", "短文"),
    ]),
    # A column of a table printed as blocks of one cell again and again (pdfminer): one
    # block over and over is no run of paragraphs printed twice.
    Case(doc("Header", *["Data\nData\nData\nData\nData\nData\nData\nData"] * 6, "End."),
         doc("Header", *["Data\nData\nData\nData\nData\nData\nData\nData"] * 6, "End."), []),
    # Code and tables are never touched, in any format.
    Case("```\nsame line\nsame line\nsame line\nsame line\nsame line\n```\n\n"
         "| a | b |\n| a | b |\n| a | b |\n| a | b |\n",
         "```\nsame line\nsame line\nsame line\nsame line\nsame line\n```\n\n"
         "| a | b |\n| a | b |\n| a | b |\n| a | b |\n", []),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_duplicate_table(case: Case, tmp_path: Path) -> None:
    check_case("duplicates", case, tmp_path)


def test_the_kept_copy_and_the_evidence_are_named() -> None:
    result = cleaner.clean(doc("Opening words.", EN, EN, "Closing words."))
    assert [(edit.kept_line, edit.evidence) for edit in result.edits] == [
        (3, "printed_twice_in_a_row")]
    assert "printed twice in a row" in result.edits[0].message


def test_repeats_that_stay_are_listed_with_the_reason() -> None:
    result = cleaner.clean(doc(REFRAIN, EN, REFRAIN))
    assert result.edits == ()
    assert [(kept.reason, kept.first_line, kept.kept_line) for kept in result.siblings] == [
        ("repeated_paragraph", 5, 1)]
    assert "no sign of an accident" in result.siblings[0].message


@pytest.mark.parametrize(("second", "stays"), [
    ("\\Cad", True),  # another command: a manual's entries, not a print of one
    ("\\cad", False),  # the same block printed twice in a row
])
def test_a_block_again_with_a_word_capitalised_is_a_sibling(second: str, stays: bool) -> None:
    """A manual documents ``\\cad`` and then ``\\Cad``: two blocks alike to the letter
    once case is folded. Copying changes no word's first letter alone; a command, a name
    or a defined term does: both blocks stay, listed as siblings with the word named."""
    def entry(command: str) -> list[str]:
        capital = command[1].isupper()
        return [command, "This command:",
                f"in its plain form gives the abbreviation « {'C' if capital else 'c'}.-a-d. ».",
                f"in its starred form gives « {'C' if capital else 'c'}'est-a-dire »."]
    text = doc("Opening words of the manual.", *entry("\\cad"), *entry(second), "The end.")
    result = cleaner.clean(text)
    if stays:
        assert result.text == text
        assert [sibling.message.rsplit(": ", 1)[-1] for sibling in result.siblings
                if sibling.reason == "sibling_paragraph"] == ["cad / Cad", "c / C", "c / C"]
        assert [sibling.reason for sibling in result.siblings] == ["sibling_paragraph"] * 3
    else:
        assert result.text == doc("Opening words of the manual.", *entry("\\cad"), "The end.")


@pytest.mark.parametrize(("star", "stays"), [
    ("*", True),  # the unnumbered version: another environment, shown after the numbered
    ("", False),  # the same version printed twice in a row
])
def test_a_sample_shown_again_with_its_command_starred_is_a_sibling(star: str,
                                                                   stays: bool) -> None:
    """A class's sample file (ijmart's, from amsmath's testmath) shows each display
    numbered, then unnumbered: the formula, a sentence after it and its source, once with
    ``\\begin{align}`` and once with ``\\begin{align*}``; pdfminer writes each line a
    paragraph and sets the equation numbers apart. Folded, the two versions are one text,
    and the second went as a print of the first. A star after a command's name is another
    command, which no extractor adds or drops: both stay, listed as siblings."""
    display = ["γx(t) = (cos tu + sin tx, v),", "γy(t) = (u, cos tv + sin ty),",
               "γz(t) =", "cos tu +", "sin tv, −", "sin tu + cos tv",
               "Some text after to test the below-display spacing."]
    def source(env: str) -> list[str]:
        return [f"\\begin{{{env}}}", "\\gamma_x(t)&=(\\cos tu+\\sin tx,v),\\\\",
                "\\gamma_y(t)&=(u,\\cos tv+\\sin ty),\\\\",
                "\\gamma_z(t)&=\\left(\\cos tu+\\frac\\alpha\\beta\\sin tv,",
                "-\\frac\\beta\\alpha\\sin tu+\\cos tv\\right).", f"\\end{{{env}}}"]
    second = ["Unnumbered version:", *display, *source("align" + star)]
    text = doc("A.4. Align. Numbered version:", "(72)", "(73)", "(74)", *display,
               *source("align"), *second, "A variation:")
    result = cleaner.clean(text)
    if stays:
        assert result.text == text
        assert "a command starred: {align} / {align*}" in {
            sibling.message.rsplit("kept: ", 1)[-1] for sibling in result.siblings}
    else:
        assert "\\begin{align}" not in result.text.split("Unnumbered version:")[1]


@pytest.mark.parametrize(("option", "stays"), [
    ("N-", True),  # the example again with another option: a manual's second example
    ("N\u2019", True),  # a prime after the option's name: another option
    ("N", False),  # the same example printed twice in a row
])
def test_an_example_shown_again_with_a_sign_is_a_sibling(option: str, stays: bool) -> None:
    """zx-calculus's manual, as pdfminer extracts it, shows an arrow's option ``N`` and
    then ``N-``: the same diagrams, the same source lines, but for a sign after the
    option's name. The paragraphs' keys (letters and digits only) are one, and the second
    example went as a print of the first, 77 lines of content. An extractor neither adds
    a sign after a name nor drops one: both examples stay, listed as siblings."""
    def example(name: str) -> list[str]:
        lines = [f"With {name}:", "\u21d2 ui", "\u03b1", ".", "\u03b1 + \u03b2", "{%",
                 "\\def\\zxEnableIntersectionsNodes{}"]
        for node in ("\\alpha+\\beta", "\\alpha+\\gamma", "\\beta+\\gamma",
                     "\\alpha+\\beta+\\gamma"):
            lines += ["\\begin{ZX}", f"\\zxX{{{node}}} \\ar[rd,{name}]\\\\ & \\zxX{{{node}}}",
                      "\\end{ZX} $\\Rightarrow $ ui \\begin{ZX}",
                      f"\\zxX{{{node}}} \\ar[rd,ui,{name}]\\\\ & \\zxX{{{node}}}",
                      "\\end{ZX}."]
        return [*lines, "}"]
    opening = "The options of an arrow, shown on the same diagrams each."
    text = doc(opening, *example("N"), *example(option), "The next option comes here.")
    result = cleaner.clean(text)
    if stays:
        assert result.text == text
        assert f"a sign: N: / {option}:" in {
            sibling.message.rsplit("kept: ", 1)[-1] for sibling in result.siblings}
    else:
        assert result.text == doc(opening, *example("N"), "The next option comes here.")


def test_verse_keeps_a_chorus_printed_twice_in_a_row() -> None:
    chorus = ("Ask me why, I'll say I love you\nAnd I'm always thinking of you\n"
              "I love you, 'cause you tell me things I want to know\n"
              "And it's true that it really only goes to show")
    verses = [f"Verse {n} comes here, a line\nAnd then another line of it, {n} times"
              for n in range(20)]
    text = doc(verses[0], chorus, chorus, verses[1], chorus, *verses[2:])
    result = cleaner.clean(text)
    assert result.text == text
    repeats = [kept for kept in result.siblings if kept.reason == "repeated_paragraph"]
    assert len(repeats) == 2 and all("part of verse" in kept.message for kept in repeats)


def test_a_statute_keeps_a_formula_in_nearby_articles() -> None:
    formula = ("单位犯前款罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，"
               "依照前款的规定处罚。")
    clause = "违反国家规定，情节严重的，处三年以下有期徒刑或者拘役。" * 2
    articles = [f"第{n}条　{clause}\n{formula}" for n in "一二三四五六"]
    text = "\n".join(articles) + "\n"
    assert cleaner.clean(text).text == text


def test_a_paragraph_printed_three_times_garbled_keeps_one_and_is_stable() -> None:
    """Three prints in a row, each garbled differently: the first stays, and cleaning
    the clean text finds nothing more."""
    a = ("The committee met on a cold morning in March to discuss the budget and the "
         "repair of the northern pier before the winter storms.")
    b = a.replace("committee", "cornmittee").replace("budget", "budgct")
    c = b.replace("morning", "rnorning").replace("northern", "nortbern").replace(
        "winter", "wlnter").replace("storms", "storrns")
    result = cleaner.clean(doc(a, b, c))
    assert result.text == doc(a)
    assert [edit.first_line for edit in result.edits] == [3, 5]
    assert cleaner.clean(result.text).edits == ()


ITEM = ["– Second level dashed list. Itemize creates bulleted lists",
        "and description creates unnumbered lists."]  # one list item, cut in two lines
CAPTION = "Figure 3.2. A reduced version of the sample figure."


@pytest.mark.parametrize(("paragraphs", "removed"), [
    ([EN, EN], [3]),
    ([EN, EN, EN.replace("repair", "rcpair")], [3, 5]),
    ([EN, EN_2, EN, EN_2, EN, EN_2], [5, 7, 9, 11]),
    (["Opening words.", EN, EN, EN, "Closing words."], []),
    (["Opening words.", *ITEM * 3, "• First level bulleted list. Bullet lists continue."], []),
    (["Opening words.", EN, EN, CAPTION, EN, EN, "Closing words."], []),
    (["Opening words.", EN, EN, CAPTION, EN, "Closing words."], []),
    (["Opening words.", EN, CAPTION, EN, EN, "Closing words."], []),
    (["Opening words.", EN, EN, CAPTION, "Another paragraph of the text here.",
      EN, "Closing words."], [5, 11]),
], ids=case_id)
def test_one_paragraph_three_times_to_the_letter_stays_a_block_or_a_garbled_print_goes(
        paragraphs: list[str], removed: list[int]) -> None:
    """A long paragraph printed twice in a row goes, and so does a third print garbled
    or a block of two printed three times; the same text three times in a row to the
    letter is a refrain (or a template's filler text) and stays, and so is one paragraph
    an extractor cut into two (pdfminer: a sample list's item, three times). A figure's
    caption between two copies leaves them in a row (a thesis template's filler twice,
    the caption, the filler once or twice again); two paragraphs between do not."""
    result = cleaner.clean(doc(*paragraphs))
    assert [edit.first_line for edit in result.edits] == removed


ENTRY = ("Opechowski, W. and Guccione, R., \u201cIntroduction to the theory of\n"
         "normal metals,\u201d in Magnetism, Vol. IIa, edited by G. T. Rado\n"
         "and H. Suhl (Academic Press, New York, 1965) p. 105.")
VARIANT = ENTRY.replace("New York, 1965)", "New York)")  # the entry without its year


@pytest.mark.parametrize(("paragraphs", "removed"), [
    ([VARIANT, ENTRY, ENTRY], []),              # a variant right before the two copies
    ([ENTRY, ENTRY, VARIANT], []),              # ...or right after them
    (["Nelson, J. K., M.S. thesis.", ENTRY, ENTRY, "Oz, W. V., eds."], [7]),
    ([VARIANT, "Nelson, J. K., M.S. thesis.", ENTRY, ENTRY], [11]),  # not beside them
    ([ENTRY.replace("theory", "thcory"), ENTRY, ENTRY], [5, 9]),  # garbled: a copy
    ([EN, ENTRY, ENTRY], [7]),                  # a paragraph beside, but not alike
    ([ENTRY, ENTRY, ENTRY.rsplit("\n", 1)[0]], [5]),  # its start cut short: a copy, no variant
    ([VARIANT, ENTRY, EN, ENTRY, EN], [11, 15]),  # a run of two printed twice: no series
], ids=case_id)
def test_a_paragraph_twice_beside_a_variant_of_itself_is_a_series_not_a_print(
        paragraphs: list[str], removed: list[int]) -> None:
    """A sample bibliography lists an entry without its year, then with it twice (two
    keys of the database). One paragraph printed twice in a row goes, but not where a
    sibling of it stands right beside the two (what differs is content, the year): the
    row is a series of variants its author wrote, and no layout error prints a variant
    beside a copy. The copy kept says so."""
    result = cleaner.clean(doc(*paragraphs))
    assert [edit.first_line for edit in result.edits] == removed
    if not removed:
        kept = [sibling for sibling in result.siblings if sibling.reason == "repeated_paragraph"]
        assert len(kept) == 1 and "a series of variants" in kept[0].message


ROLE = ("Consultant for the organisational and economic part of the thesis\n"
        "(Initials and surname of the consultant)")
SIGNATURE = "(Signature of the consultant, and the date of approval)"
FORM = {"A": ROLE, "D": SIGNATURE, "Q": "Moscow, 2021"}


@pytest.mark.parametrize(("fields", "removed"), [
    ("AAAADADDA", []),          # a form's fields, in no fixed order: A D twice is chance
    ("ADADDA", []),             # ...a third copy of each right around the two
    ("DAADAD", []),             # ...before them as well as after
    ("ADQADAD", [15, 18]),      # a third copy more than a period away: out of reach
    ("ADAD", [8, 11]),          # a run of two printed twice, nothing more: a print
    ("QADADQ", [10, 13]),
    ("AADAD", [11, 14]),        # a third copy of the one, none of the other
])
def test_a_form_whose_fields_recur_in_no_fixed_order_keeps_them(fields: str,
                                                                removed: list[int]) -> None:
    """A thesis' title page lists a role, its signature line, the role again: pdfminer
    sets them as ``A A A A D A D D A``. Two paragraphs followed by the same two is a run
    printed twice, unless each of them stands a third time right around the two prints:
    paragraphs that recur by the form's design, whose order twice is chance."""
    text = doc("The report on the research work of the student, as approved.",
               *(FORM[field] for field in fields), "Closing words of the form.")
    result = cleaner.clean(text)
    assert [edit.first_line for edit in result.edits] == removed
    if not removed:
        kept = [sibling.message for sibling in result.siblings
                if sibling.reason == "repeated_paragraph"]
        assert any("a form's fields" in message for message in kept)


def test_markdown_structure_is_protected_only_in_markdown() -> None:
    text = "# Title\n\n" + f"- {EN}\n\n" * 2
    assert cleaner.clean(text.strip(), Options(format="markdown")).edits == ()
    as_text = cleaner.clean(text, Options(format="text"))
    assert "duplicate_paragraph" in [edit.reason for edit in as_text.edits]


def test_a_tilde_fence_opens_in_markdown_whatever_its_info_string_holds() -> None:
    """CommonMark lets a tilde fence's info string hold tildes: in Markdown the block is
    code and stays whole; in plain text the same row is no fence (see test_page_numbers),
    nor in Markdown a backtick's whose info string holds backticks (inline code)."""
    text = f"~~~ a ~ b\n\n{EN}\n\n{EN}\n\n~~~\n"
    assert cleaner.clean(text, Options(format="markdown")).edits == ()
    as_text = cleaner.clean(text, Options(format="text"))
    assert "duplicate_paragraph" in [edit.reason for edit in as_text.edits]
    inline = cleaner.clean(text.replace("~~~ a ~ b", "```a``` b"), Options(format="markdown"))
    assert "duplicate_paragraph" in [edit.reason for edit in inline.edits]  # inline code


@pytest.mark.parametrize(("paragraphs", "messages"), [
    (["Opening words.", EN, EN, "Closing words."],
     ["copy of the paragraph at line 3: printed twice in a row"]),
    (["Opening words.", EN, EN_2, EN, EN_2, "Closing words."],
     ["copy of the paragraph at line 3: a run of paragraphs printed twice in a row",
      "copy of the paragraph at line 5: a run of paragraphs printed twice in a row"]),
    (["Opening words.", EN, EN.replace("repair", "rcpair"), "Closing words."],
     ["near copy (99) of the paragraph at line 3; differs by character noise: "
      "printed twice in a row"]),
    (["Opening words.", EN[:70], EN, "Closing words."],
     ["part copy (100) of the paragraph at line 5; differs by truncation: cut off, printed "
      "right before the complete paragraph"]),
    (["Opening words.", EN, EN_2[:60], EN, EN_2, "Closing words."],
     ["copy of the paragraph at line 7: a run of paragraphs printed twice in a row; the "
      "first copy stops short",
      "part copy (100) of the paragraph at line 9; differs by truncation: a run of "
      "paragraphs printed twice in a row; the first copy stops short"]),
], ids=["one", "a-run", "near", "cut-then-whole", "a-run-cut-short"])
def test_a_removal_names_the_copy_kept_the_difference_and_the_evidence(
        paragraphs: list[str], messages: list[str]) -> None:
    result = cleaner.clean(doc(*paragraphs))
    assert [edit.message for edit in result.edits] == messages


@pytest.mark.parametrize(("piece", "cut"), [
    ("The second one ends here.", False),  # where a sentence starts
    ("second one ends here.", True),  # inside a sentence
    ("ends here.", True),
    ("The first sentence is short. The second one ends here.", False),  # the whole
    ("", False),
    ("The second one", False),  # not an end of the text: found where it starts
    ("second one", True),
])
def test_a_piece_cut_mid_sentence(piece: str, cut: bool) -> None:
    from cleaner.duplicates import _cut_mid_sentence
    from cleaner.normalize import paragraph_key

    complete = "The first sentence is short. The second one ends here."
    assert _cut_mid_sentence(complete, paragraph_key(piece)) is cut


LEASE = ("Terms of the lease\n"
         "The tenant shall pay the rent on the first day of each\n"
         "month, and shall keep the premises in good repair at all\n"
         "times during the term, and return them so at its end.")


@pytest.mark.parametrize(("piece", "cut"), [
    (LEASE.split("\n", 1)[1], False),  # after a heading: a line short of the margin
    (LEASE.split("\n", 2)[2], True),  # after a full line, inside a sentence
    (LEASE.split("\n", 3)[3], True),
])
def test_a_line_short_of_the_margin_ends_what_it_says(piece: str, cut: bool) -> None:
    """A heading on the first line of a paragraph ends there, as a sentence does: the
    text under it, printed again, is no piece cut in mid-sentence."""
    assert _cut_mid_sentence(LEASE, paragraph_key(piece)) is cut


def test_a_paragraph_under_its_heading_then_again_alone_stays() -> None:
    """A template's sample text under a heading, then the same text alone: the second
    is no cut-off copy (it starts where the heading ends), and two prints that differ by
    a heading are not one paragraph printed twice. Cut inside a sentence, it goes."""
    body = LEASE.split("\n", 1)[1]
    assert cleaner.clean(doc(LEASE, body, "Signed by both parties.")).edits == ()
    cut = LEASE.split("\n", 2)[2]
    result = cleaner.clean(doc(LEASE, cut, "Signed by both parties."))
    assert [(edit.first_line, edit.evidence) for edit in result.edits] == [
        (6, "cut_off_beside_complete")]


MISPLACED = ("the harbour master reported that the northern pier needs repair before the winter "
             "storms arrive, that the cost of the work will be shared with the fishing "
             "cooperative and the town, and that the council must decide on the matter before "
             "the end of the month so that the contractors can begin.")


@pytest.mark.parametrize(("keep", "removed_line"), [("auto", 3), ("first", 9), ("last", 3)])
def test_a_long_paragraph_again_nearby_keeps_the_copy_that_fits(keep: str,
                                                                removed_line: int) -> None:
    """A long paragraph twice, three paragraphs apart: one copy is misplaced. ``auto``
    keeps the copy that ends the sentence left open before it (the first copy follows a
    closed sentence); ``first`` and ``last`` keep the one they name."""
    text = doc("Opening paragraph of the minutes ends here.", MISPLACED,
               "The secretary read the letters received since the last meeting.",
               "The chair noted that the treasurer wrote that", MISPLACED,
               "Closing words of the minutes.")
    result = cleaner.clean(text, Options(keep=keep))  # type: ignore[arg-type]
    removed = [edit for edit in result.edits if edit.reason == "duplicate_paragraph"]
    kept_line = 12 - removed_line
    assert [(edit.first_line, edit.evidence, edit.message) for edit in removed] == [
        (removed_line, "misplaced_nearby", f"copy of the paragraph at line {kept_line}: "
         "the same long paragraph again 3 paragraphs away")]
    assert result.text.count(MISPLACED[:40]) == 1


def test_a_long_paragraph_again_nearby_after_closed_sentences_keeps_the_first() -> None:
    text = doc("Opening paragraph of the minutes ends here.", MISPLACED,
               "The secretary read the letters received since the last meeting.",
               "The chair noted the letters.", MISPLACED, "Closing words of the minutes.")
    result = cleaner.clean(text)
    assert [(edit.first_line, edit.kept_line) for edit in result.edits] == [(9, 3)]


@pytest.mark.parametrize(("between", "removed"), [
    (["The secretary read the letters received since the last meeting."], [(7, 3)]),
    (["The secretary read the letters received since the last meeting.", "Letters"], []),
    (["Letters", "The secretary read the letters received since the last meeting."], []),
], ids=["no-heading", "heading-before-it", "heading-after-the-first"])
def test_a_long_paragraph_again_under_another_heading_is_a_section_of_its_own(
        between: list[str], removed: list[tuple[int, int]]) -> None:
    """A long paragraph again nearby is misplaced, save where a heading stands between
    the two copies: each stands in a section of its own (a template's filler text under
    two headings), both stay, and the findings say why."""
    paragraph = f"T{MISPLACED[1:]}"  # a sentence of its own, under a heading or not
    result = cleaner.clean(doc("Opening paragraph of the minutes ends here.", paragraph,
                               *between, paragraph, "Closing words of the minutes."))
    assert [(edit.first_line, edit.kept_line) for edit in result.edits] == removed
    kept = [found.message.split("; kept: ")[1] for found in result.siblings]
    assert kept == ([] if removed else [
        "it and its copy each stand under a heading of their own: sections written alike, "
        "not a run printed twice"])


EN_3 = ("The secretary then read the letters received since the last meeting, among them a "
        "request from the lighthouse keepers for new lamps and a complaint about the ferry.")


@pytest.mark.parametrize(("merged", "apart", "removed"), [
    (f"{EN} {EN_2}", [EN, EN_2],
     [(3, "part copy (100) of the paragraph at line 5: runs together 2 paragraphs that "
          "stand complete beside it")]),
    (f"{EN} {EN_2} {EN_3}", [EN, EN_2, EN_3],
     [(3, "part copy (100) of the paragraph at line 9: runs together 3 paragraphs that "
          "stand complete beside it")]),
    # It says more than its neighbours: the crane is in no other paragraph.
    (f"{EN} {EN_2} The harbour also needs a new crane, said the engineer, and the old one "
     "should be sold for scrap this year.", [EN, EN_2], []),
    (f"{EN} {EN}", [EN], []),  # one neighbour twice over: not two run together
    # The two halves stand on two pages: one paragraph a page break cut, which the
    # paragraph before repeats whole (the author's repeat): it stays.
    (f"{EN} {EN_2}", [EN, f"\f{EN_2}"], []),
    (f"{EN} {EN_2}", [f"{EN}\f", EN_2], []),
    # The first half leaves its sentence open and the second goes on with it: one
    # paragraph that a blank line cut (seu-ml-assign's listing of a filler text, its
    # wrapped line carried on by an arrow), which the paragraph before says whole. (Cut
    # by a blank line alone, the two are joined again first, and it is printed twice.)
    (f"{EN[:-1]} {EN_2[0].lower()}{EN_2[1:]}", [EN[:-1], f", → {EN_2[0].lower()}{EN_2[1:]}"],
     []),
    (f"{EN} {EN_2[0].lower()}{EN_2[1:]}", [EN, f"{EN_2[0].lower()}{EN_2[1:]}"],
     [(3, "part copy (100) of the paragraph at line 5: runs together 2 paragraphs that "
          "stand complete beside it")]),
    # A heading between: the two stand in sections of their own (msu-thesis' abstract,
    # then its acknowledgements, given the same filler text).
    (f"{EN} {EN_2}", ["ACKNOWLEDGEMENTS", EN, EN_2], []),
    (f"{EN} {EN_2}", ["Harbour works", EN, EN_2], []),
    # a heading between its sources only: it stands right beside the first, and goes
    (f"{EN} {EN_2}", [EN, "Harbour works", EN_2],
     [(3, "part copy (100) of the paragraph at line 5: runs together 2 paragraphs that "
          "stand complete beside it")]),
], ids=["two", "three", "more-of-its-own", "one-source", "cut-by-a-page",
        "cut-by-a-page-at-its-end", "cut-before-an-arrow",
        "complete-then-lower-case", "heading-between", "title-between", "heading-amid"])
def test_a_paragraph_that_runs_its_neighbours_together(merged: str, apart: list[str],
                                                       removed: list[tuple[int, str]]) -> None:
    result = cleaner.clean(doc("Opening words.", merged, *apart, "Closing words."))
    assert [(edit.first_line, edit.message) for edit in result.edits] == removed
    assert all(edit.evidence == "merged_copy" for edit in result.edits)
    assert all(paragraph in result.text for paragraph in apart)


def test_a_merged_copy_finds_its_pieces_only_among_the_paragraphs_that_stay() -> None:
    """A merged copy of two neighbours goes first (the longer); a shorter paragraph three
    further on runs together its first source's words and those of a neighbour of its
    own. That source stands nine paragraphs back, beyond ``MERGE_WINDOW``, and the
    merged copy that held its words beside the shorter one is gone: the clean text has
    nothing to glue them from, and the shorter paragraph stays."""
    rng = random.Random(60)

    def sentence(words: list[str], count: int) -> str:
        return " ".join(rng.choice(words) for _ in range(count)).capitalize() + "."

    vocabulary = ["harbour", "pier", "winter", "repair", "crane", "storm", "tide", "quay",
                  "ferry", "budget", "council", "timber", "cargo", "keeper", "chair"]
    t1, t2 = (sentence(vocabulary[:5], 40) for _ in range(2))
    s2 = sentence(vocabulary[5:10], 16)
    fillers = [sentence(vocabulary[10:], 24) for _ in range(5)]
    glued, shorter = f"{t1} {t2}", f"{t1} {s2}"
    result = cleaner.clean(doc("Opening words.", t1, *fillers, glued, t2, s2, shorter,
                               "Closing words."))
    assert [edit.evidence for edit in result.edits] == ["merged_copy"]
    assert glued not in result.text and shorter in result.text


@pytest.mark.parametrize("between", [[], ["20"]], ids=["next", "line-number-between"])
def test_a_merged_copy_that_goes_on_with_an_open_sentence_stays(between: list[str]) -> None:
    """A statute's clauses repeat their pattern: clause (3) of a bill (pdftotext), cut by
    its line number, leaves ``engaged in fraud or deception`` open, and its second half
    runs together the words of clause (2) beside it. Removed as a merged copy, it left
    the clause open and lost its text; a paragraph that goes on with a sentence left
    open before it (a line number between aside) stays."""
    opening = "Where a citizen of a designated Realm engaged in fraud or deception"
    merged = f"{EN[0].lower()}{EN[1:]} {EN_2}"  # ``the harbour master reported ...``
    text = doc(opening, *between, merged, EN, EN_2, "Closing words.")
    result = cleaner.clean(text)
    assert [edit.reason for edit in result.edits if edit.kind == "duplicate_paragraph"] == []
    assert opening in result.text and merged in result.text and result.text.count(EN_2) == 2
    closed = doc(opening + ".", *between, merged, EN, EN_2, "Closing words.")
    assert [edit.evidence for edit in cleaner.clean(closed).edits] == ["merged_copy"]
    capital = doc(opening, *between, f"{EN} {EN_2}", EN, EN_2, "Closing words.")
    assert "merged_copy" in [edit.evidence for edit in cleaner.clean(capital).edits]


@pytest.mark.parametrize("glued", [False, True], ids=["variants", "glued-beside-them"])
def test_a_variant_of_its_sources_is_no_merged_copy(glued: bool) -> None:
    """iscram's class documentation (pdfminer) lists a style for each kind of paper and
    year, each under its label (``WiPe Paper 2017=<track name>``), which the description
    runs on from. The WiPe paper's entry for 2018 starts as the 2017 one does and ends as
    its neighbour does: their pieces cover all of it but the year. What differs from a
    source alike to it as a whole is content, another figure: a sibling, which stays, as
    does the CoRe paper's entry. Two entries glued into one paragraph are alike to each
    of them only in part (each is held in it): that merged copy goes."""
    def style(kind: str, year: str) -> list[str]:
        return [f"{kind} Paper {year}=<track name>", textwrap.fill(
            f"a predefined style that sets the three lines of the footer for a {kind} Paper "
            f"published in the track <track name> in ISCRAM {year} (choose the appropriate "
            "track or use Open Track if you do not have a specific track in mind).", 90)]

    def edition(year: str) -> list[str]:
        return [f"Predefined styles for {year} edition", f"iscram {year} footer",
                "a predefined style that sets the two last lines of the footer for a paper "
                f"published in ISCRAM {year}.", *style("WiPe", year), *style("CoRe", year)]

    later = edition("2018")
    if glued:
        glue = [style(kind, "2017")[1] for kind in ("WiPe", "CoRe")]
        later[4] = textwrap.fill(" ".join(glue), 90)
    result = cleaner.clean(doc(*edition("2017"), *later, "Using packages."))
    assert [edit.evidence for edit in result.edits if edit.evidence] == \
        (["merged_copy"] if glued else [])
    assert result.text.count("in ISCRAM 2018 (choose") == 1 + (not glued)


OPEN = "the harbour committee met on the"
TITLE = "Harbour Committee Minutes"  # a heading on its own, not after a line of prose


@pytest.mark.parametrize(("before", "skip", "opens", "why"), [
    ([OPEN, ""], set(), True, "blank lines between are passed over"),
    (["The committee met.", ""], set(), False, "the sentence before is closed"),
    ([], set(), False, "nothing before the first line"),
    ([OPEN, "A copy that goes."], {1}, True, "the lines skipped (the other copy) are passed over"),
    ([OPEN, "A copy that goes."], set(), False, "the line right before closes its sentence"),
    ([OPEN, TITLE, ""], set(), True, "the whole paragraph before is read: no heading"),
    ([OPEN, TITLE, ""], {0}, False, "a skipped line is no part of the paragraph before"),
    (["Intro.", "", TITLE, ""], set(), False, "a heading opens nothing"),
    ([OPEN, *[""] * 199], set(), True, "the text before is 200 lines back: near enough"),
    ([OPEN, *[""] * 200], set(), False, "201 lines back: too far to be the copy's context"),
    ([OPEN, "A copy.", *[""] * 198], {1}, True, "200 lines back past a skipped line"),
    ([OPEN, "A copy.", *[""] * 199], {1}, False, "201 lines back past a skipped line"),
], ids=case_id)
def test_which_copy_continues_the_text_before_it(before: list[str], skip: set[int],
                                                 opens: bool, why: str) -> None:
    """The keep policy ``auto`` keeps the copy that continues a sentence left open
    before it: this reads the kept text before a copy, blank and skipped lines aside."""
    doc = segment("\n".join([*before, "morning of the storm the quay was closed."]) + "\n")
    assert _opens_before(doc, len(before), skip) is opens, why


NOTICE_2 = "更多精彩小说请访问本站，每日更新，欢迎收藏。"  # the notice's second paragraph
NEAR_NOTICE = NOTICE.replace("免费电子书", "免費电子书")  # a near copy: OCR or a re-save


@pytest.mark.parametrize(("paragraphs", "kept"), [
    ([NOTICE, NOTICE_2, ZH, ZH_2, NOTICE, NOTICE_2], [ZH, ZH_2]),
    ([NOTICE, ZH, ZH_2, NEAR_NOTICE], [ZH, ZH_2]),
    (["开头。", NOTICE, ZH, NOTICE], ["开头。", ZH]),
    (["开头。", NOTICE, ZH, NOTICE, "结尾。"], ["开头。", ZH, "结尾。"]),  # as far from the ends
    ([REFRAIN, NOTICE, ZH, ZH_2, NOTICE, "结尾。", REFRAIN],
     [REFRAIN, ZH, ZH_2, "结尾。", REFRAIN]),
    ([NOTICE_2, ZH, ZH_2, NOTICE_2], [NOTICE_2, ZH, ZH_2, NOTICE_2]),
], ids=case_id)
def test_a_notice_at_both_ends_goes_with_the_paragraphs_around_its_web_address(
        paragraphs: list[str], kept: list[str]) -> None:
    """A run of paragraphs at the top that stands again at the end goes whole when one
    of them has a web address (a download site's notice), near copies too; a frame
    without a web address (a refrain at both ends) stays, and does not stop the
    notice inside it from going. Within the first and last half of a short file."""
    result = cleaner.clean(doc(*paragraphs))
    assert result.text == doc(*kept)
    gone = [edit for edit in result.edits if edit.kind == "duplicate_paragraph"]
    assert len(gone) == len(paragraphs) - len(kept)
    assert all(edit.evidence == "notice_at_both_ends" and edit.message.endswith(
        ": a notice with a web address at the top and at the end of the file") for edit in gone)


def paragraphs_of(*keys: str) -> list[Paragraph]:
    """Paragraphs with the given keys, one line each, in order."""
    return [Paragraph((position,), key, position, True, True)
            for position, key in enumerate(keys)]


COPY = "theharbourmasterreportedthatthenorthernpierneedsrepair"
GLUED = "andthecouncilagreed"  # a piece of another paragraph, glued on


@pytest.mark.parametrize(("keys", "later", "earlier", "nothing_more", "why"), [
    ([COPY, COPY + "abcdefghi"], 1, 0, True, "nine letters more: too few to be text"),
    ([COPY, COPY + "abcdefghij"], 1, 0, False, "ten letters more, found nowhere near"),
    ([COPY, GLUED, COPY + GLUED], 2, 0, True, "what it has more stands in a paragraph near"),
    ([COPY, GLUED, GLUED + COPY], 2, 0, True, "the same, glued before the copy"),
    ([COPY, "other text", COPY + GLUED], 2, 0, False, "what it has more stands nowhere"),
    ([COPY, GLUED + "x" + COPY[:30], COPY[:20] + GLUED + COPY[20:]], 2, 0, False,
     "the copy is inside it, not at one end: it says something more"),
    ([COPY + GLUED, COPY], 0, 1, False, "what it has more stands only in itself"),
    ([COPY, GLUED, *["filler"] * 5, COPY + GLUED], 7, 0, True, "six paragraphs back is near"),
    ([GLUED, COPY, *["filler"] * 5, COPY + GLUED], 7, 1, False, "seven back is not"),
    ([COPY, COPY + GLUED, *["filler"] * 5, GLUED], 1, 0, True, "six paragraphs on is near"),
    ([COPY, COPY + GLUED, *["filler"] * 6, GLUED], 1, 0, False, "seven paragraphs on is not"),
    ([GLUED + COPY, "filler", COPY, GLUED + COPY], 3, 2, False,
     "what it has more stands near only with the copy's text: the author's pattern again"),
    ([GLUED + COPY[:20], "filler", COPY, GLUED + COPY], 3, 2, True,
     "a piece of the copy beside it is no copy of it"),
], ids=case_id)
def test_a_print_holds_nothing_more_than_its_copy(keys: list[str], later: int, earlier: int,
                                                  nothing_more: bool, why: str) -> None:
    """A paragraph printed again holds nothing of its own beyond its copy: what it has
    more is a piece of a paragraph that stands within six paragraphs of it."""
    paragraphs = paragraphs_of(*keys)
    assert _nothing_more(paragraphs[later], paragraphs[earlier], paragraphs) is nothing_more, why


START, REST = "itemopensonitsfirstline", "andgoesonafterthepagebreak"
WHOLE = START + REST


@pytest.mark.parametrize(("keys", "halves"), [
    ([START, REST, WHOLE, WHOLE, START, REST], 2),  # cut in two on either side
    (["before", "it", WHOLE, WHOLE, START, REST], 1),
    ([START, REST, WHOLE, WHOLE, "after", "it"], 1),
    ([START, REST, WHOLE, WHOLE], 1),  # the document ends after the run
    ([REST, WHOLE, WHOLE, START], 0),  # a piece on each side is no copy
    ([REST, START, WHOLE, WHOLE, REST, START], 0),  # halves the wrong way round
    (["item", "opensonitsfirstlineandgoesonafterthepagebreak", WHOLE, WHOLE], 0),  # too short
    ([WHOLE, WHOLE, "itemopensonitsfirstlineandgoesonafterthepage", "break"], 0),
], ids=case_id)
def test_a_copy_cut_in_two_beside_a_run_counts_as_one(keys: list[str], halves: int) -> None:
    """Two paragraphs right before a run of one paragraph (``WHOLE WHOLE``) that, run
    together, say what it says are one more copy of it, cut in two; so are two right
    after it. Each piece has ``FRAGMENT_CHARS`` letters at least."""
    paragraphs = paragraphs_of(*keys)
    first = keys.index(WHOLE)
    assert _halves_beside(paragraphs, first, first + 1, 1) == halves


NO_SIGN = "no sign of an accident (not printed twice in a row, not cut off, not near it)"
THRICE = ("it stands three times or more in a row: a refrain or a filler text, not a "
          "paragraph printed twice")
AGENDA = [f"Item {n} of the agenda was read." for n in range(10)]


@pytest.mark.parametrize(("paragraphs", "kept"), [
    ([REFRAIN, EN, REFRAIN], [(5, 1, 100.0, f"repeats the paragraph at line 1; kept: {NO_SIGN}")]),
    ([REFRAIN, EN, REFRAIN, EN_2, REFRAIN],
     [(5, 1, 100.0, f"repeats the paragraph at line 1; kept: {NO_SIGN}"),
      (9, 1, 100.0, f"repeats the paragraph at line 1; kept: {NO_SIGN}")]),
    ([EN, *AGENDA, EN.replace("m", "rn", 1)],
     [(1, 23, 98.7, f"resembles the paragraph at line 23 (99); kept: {NO_SIGN}")]),
    (["Opening words.", EN, EN, EN, "Closing words."],
     [(5, 3, 100.0, f"repeats the paragraph at line 3; kept: {THRICE}"),
      (7, 3, 100.0, f"repeats the paragraph at line 3; kept: {THRICE}")]),
    ([EN, EN, EN, EN],
     [(3, 1, 100.0, f"repeats the paragraph at line 1; kept: {THRICE}"),
      (5, 1, 100.0, f"repeats the paragraph at line 1; kept: {THRICE}"),
      (7, 1, 100.0, f"repeats the paragraph at line 1; kept: {THRICE}")]),
], ids=case_id)
def test_a_repeat_kept_names_the_paragraph_it_repeats_and_how_alike(
        paragraphs: list[str], kept: list[tuple[int, int, float, str]]) -> None:
    """Exact repeats name the first copy; a near repeat names the longer of the two and
    the score; every one says why it stays."""
    result = cleaner.clean(doc(*paragraphs))
    assert result.edits == ()
    assert [(sibling.first_line, sibling.kept_line, round(sibling.score, 1), sibling.message)
            for sibling in result.siblings] == kept
    assert all(sibling.reason == "repeated_paragraph" for sibling in result.siblings)


PLAIN = [f"Plain paragraph number {n} here." for n in range(9)]
LONG_PLAIN = [  # long prose, each of its own: they count in the distance as short ones do
    "The ferry from the island now runs twice a day in summer, and the timetable for the "
    "winter months will be printed in the next issue of this paper.",
    "Farmers in the valley report that the apple harvest came early this year, which the "
    "growers' association blames on the dry and unusually warm spring.",
    "A new reading room opened at the library on Monday, with twelve desks, a shelf of "
    "maps of the county, and copies of every newspaper printed here since 1890.",
    "The school board voted to repaint the gymnasium and to replace its roof, though two "
    "members asked that the work wait until the accounts for March are audited.",
    "Police asked drivers to slow down near the bridge on Mill Road, where the surface was "
    "damaged by the floods of last autumn and has not yet been resurfaced.",
    "The choir of Saint Anne's will give its spring concert in the town hall, singing "
    "works by local composers, with tickets sold at the door for a small fee.",
    "Residents of Elm Street have complained about the noise from the new sawmill, and "
    "the mayor has promised to visit the site with an inspector next week.",
    "Our correspondent in the capital writes that the railway company intends to extend "
    "the branch line to the quarry, should the government lend it the money.",
    "The weather bureau expects snow in the hills by Thursday; shepherds are advised to "
    "bring their flocks down to the lower pastures before the roads close.",
]


@pytest.mark.parametrize(("between", "removed"), [
    (PLAIN[:1], [(5, 1, "copy of the paragraph at line 1: the same long paragraph again "
                        "2 paragraphs away")]),
    (PLAIN[:8], [(19, 1, "copy of the paragraph at line 1: the same long paragraph again "
                         "9 paragraphs away")]),
    (PLAIN[:9], []),
    ([*PLAIN[:8], REFRAIN, REFRAIN],
     [(23, 1, "copy of the paragraph at line 1: the same long paragraph again "
              "11 paragraphs away")]),
    ([*PLAIN[:8], "Short note.", "Short note."],
     [(23, 1, "copy of the paragraph at line 1: the same long paragraph again "
              "11 paragraphs away")]),
    (LONG_PLAIN[:8], [(19, 1, "copy of the paragraph at line 1: the same long paragraph "
                              "again 9 paragraphs away")]),
    (LONG_PLAIN[:9], []),
    ([*LONG_PLAIN[:8], EN_2, EN_2, EN_2],  # three in a row: a refrain, and it stays
     [(25, 1, "copy of the paragraph at line 1: the same long paragraph again "
              "12 paragraphs away")]),
], ids=case_id)
def test_a_long_paragraph_is_misplaced_within_eight_paragraphs_that_repeat_nothing(
        between: list[str], removed: list[tuple[int, int, str]]) -> None:
    """Eight paragraphs between the copies at most, counting only paragraphs that repeat
    nothing, long or short (a refrain, a short line or a long paragraph repeated between
    them does not push them apart)."""
    result = cleaner.clean(doc(EN, *between, EN))
    assert [(edit.first_line, edit.kept_line, edit.message) for edit in result.edits] == removed
    assert all(edit.evidence == "misplaced_nearby" for edit in result.edits)


RETURNS = ("Returns: zero when the value was written, an error code when the name is not an "
           "element of the structure, and the number of bytes needed when the buffer given "
           "is too small to hold the value.")
ELEMENT = "name: the name of the element inside the structure that you want to read or set."


@pytest.mark.parametrize(("between", "after", "kept"), [
    ([ELEMENT], [], True),  # the paragraphs before the two copies alike too: one template
    ([ELEMENT.replace("read or set", "read or write")], [], True),  # alike, not the same
    ([], [ELEMENT], True),  # the paragraphs after them
    (["The first entry ends with a note of its own, unlike any other in the manual."], [],
     False),
], ids=["template before", "alike before", "template after", "misplaced"])
def test_a_paragraph_twice_in_passages_written_to_one_template_stays(
        between: list[str], after: list[str], kept: bool) -> None:
    """Two functions described alike, each entry with the same parameter and the same
    ``Returns:`` paragraph, a few paragraphs apart: their neighbours repeat each other,
    so they are a template the author followed, not a paragraph printed out of place;
    both stay, and the report says why. With other neighbours the second copy goes."""
    text = doc("asn read value", "Reads the value of one element of a structure.", *between,
               RETURNS, *after, "asn write value", "Stores a new value in a node of a tree.",
               ELEMENT if not after else "A paragraph of its own, unlike the others here.",
               RETURNS, *after, "The end of the chapter.")
    result = cleaner.clean(text)
    assert (result.text == text) is kept
    assert [edit.evidence for edit in result.edits] == ([] if kept else ["misplaced_nearby"])
    why = [sibling.message for sibling in result.siblings if sibling.first_line == 15]
    assert why == ([f"repeats the paragraph at line {7 if between else 5}; kept: its neighbours "
                    "repeat the neighbours of the other copy: a passage written to one "
                    "template, not a paragraph printed out of place"] if kept else [])


UNUSED = ("(Standard option, not used.) The standard article class uses this option, but "
          "this class makes no use of it and leaves the page as it would have been.")


@pytest.mark.parametrize(("terms", "kept"), [
    (("titlepage", "notitlepage"), True),  # an option's name over each: a list's entries
    (("titlepage", "titlepage"), False),  # the same line over both: a misplaced copy
    (("titlepage", "The next option is the last of the list, and stands apart."), False),
    (("title page", "no title page"), True),  # three words: TERM_WORDS
    (("titlepage", "no title page here"), False),  # four words: no term
    (("titlepage", "* * *"), False),  # a break between scenes, no letters: no term
    (("titlepage", "So it ends."), False),  # a short sentence: no term
    (("titlepage", "no\ntitlepage"), False),  # two lines: no term
], ids=["terms", "same term", "sentence", "three words", "four words", "break", "short sentence",
        "two lines"])
def test_a_paragraph_under_terms_of_its_own_is_an_entry_of_a_list(
        terms: tuple[str, str], kept: bool) -> None:
    """Two options described with the same words, each right under its own name
    (``titlepage``, ``notitlepage``), are a list's entries written alike: both stay, and
    the report says why. Under the same line, or a sentence, the second copy goes."""
    text = doc("6.3.6 Title page", terms[0], UNUSED, "Both options are set in the preamble.",
               terms[1], UNUSED, "The end of the options.")
    result = cleaner.clean(text)
    assert (result.text == text) is kept
    assert [edit.evidence for edit in result.edits] == ([] if kept else ["misplaced_nearby"])
    why = [sibling.message for sibling in result.siblings if sibling.first_line == 11]
    assert why == (["repeats the paragraph at line 5; kept: it and its copy each stand right "
                    "under a term of their own: a list's entries written alike, not a "
                    "paragraph printed out of place"] if kept else [])


def extra_letters(count: int) -> str:
    """``count`` letters of text found in no other paragraph, as two words."""
    letters = ("quixotic" * 10)[:count]
    return f"{letters[:count // 2]} {letters[count // 2:]}"


@pytest.mark.parametrize(("merged", "score"), [
    (f"{EN} {EN_2}", 100.0),
    (f"{EN} and then {EN_2}", 96.9),      # 221 of 228 letters from the neighbours
    # 221 of 260 letters in three stretches of 13: 85%, just enough
    (f"{extra_letters(13)} {EN} {extra_letters(13)} {EN_2} {extra_letters(13)}", 85.0),
    # 221 of 261: less than 85%, it stays
    (f"{extra_letters(14)} {EN} {extra_letters(13)} {EN_2} {extra_letters(13)}", None),
    (f"{EN} {extra_letters(19)} {EN_2}", 92.1),  # 19 letters of its own: under four words
    (f"{EN} {extra_letters(20)} {EN_2}", None),  # four words of its own: it stays
    (f"{extra_letters(20)} {EN} {EN_2}", None),  # before its pieces too
    (f"{EN} {EN_2} {extra_letters(20)}", None),  # and after them
    (f"{EN} {EN_2} {EN_3}", 100.0),
], ids=case_id)
def test_a_merged_copy_is_mostly_its_neighbours_text(merged: str, score: float | None) -> None:
    """A paragraph that runs its neighbours together goes when their text covers 85% of
    it, and no stretch of four words or more between, before or after their pieces is
    its own; the score is that share (one decimal), the kept line the longest
    neighbour's."""
    neighbours = [EN, EN_2, EN_3] if EN_3 in merged else [EN, EN_2]
    result = cleaner.clean(doc("Opening.", merged, *neighbours, "Closing."))
    found = [(edit.first_line, edit.evidence, edit.score, edit.message) for edit in result.edits]
    if score is None:
        assert found == []
        return
    longest = max(neighbours, key=len)
    kept_line = 5 + 2 * neighbours.index(longest)
    assert found == [(3, "merged_copy", score, f"part copy ({score:.0f}) of the paragraph at "
                      f"line {kept_line}: runs together {len(neighbours)} paragraphs that "
                      "stand complete beside it")]


PIECE = "theharbourmasterreportedthat"  # 28 letters
OTHER = "thecouncilthenheardthetreasurer"  # 31 letters


@pytest.mark.parametrize(("key", "others", "pieces"), [
    (PIECE + OTHER, [PIECE, OTHER], [(28, 59, 1, OTHER), (0, 28, 0, PIECE)]),
    (PIECE + OTHER + PIECE, [PIECE], [(0, 28, 0, PIECE)]),       # the first place it stands
    ("xx" + PIECE[:12] + "yy", [PIECE], [(2, 14, 0, PIECE[:12])]),   # its start alone
    ("xx" + PIECE[-12:] + "yy", [PIECE], [(2, 14, 0, PIECE[-12:])]),  # its end alone
    ("xx" + PIECE[:10] + "yy", [PIECE[:10]], [(2, 12, 0, PIECE[:10])]),  # ten letters: a piece
    ("xx" + PIECE[:9] + "yy", [PIECE[:9]], []),                    # nine are too few
    ("xx" + PIECE[:9] + "yy", [PIECE], []),
    ("xx" + PIECE[-10:] + "yy", ["qqqqqqqqqq" + "middlepart" + PIECE[-10:]],
     [(2, 12, 0, PIECE[-10:])]),                                    # only its last ten letters
    (PIECE + OTHER, [PIECE[:12] + "zzzzzzzzzzzz", PIECE[5:] + OTHER[:10]],
     [(5, 38, 1, PIECE[5:] + OTHER[:10])]),  # overlapping pieces: the longer stays
], ids=case_id)
def test_the_pieces_of_neighbours_a_paragraph_holds(
        key: str, others: list[str], pieces: list[tuple[int, int, int, str]]) -> None:
    """Where other paragraphs' text (whole, or its start or end, ten letters at least)
    stands in a paragraph: without overlaps, longest first."""
    assert _pieces(key, paragraphs_of(*others)) == pieces


BEFORE = "cut off, printed right before the complete paragraph"
AFTER = "cut off, printed right after the complete paragraph"


@pytest.mark.parametrize(("paragraphs", "removed"), [
    ([EN[:75], EN, "Closing words."], [(1, 3, BEFORE)]),           # the file's first paragraph
    (["Opening.", EN[:80], EN[:110], EN, "Closing words."], [(3, 7, BEFORE), (5, 7, BEFORE)]),
    (["Opening.", EN, EN[60:], "Closing words."], [(5, 3, AFTER)]),
    (["开头。", ZH, ZH[30:], "结尾。"], [(5, 3, AFTER)]),
    (["Opening.", EN, EN[:75], "Closing words."], []),               # its start after it
], ids=case_id)
def test_a_cut_off_copy_beside_its_paragraph_says_on_which_side(
        paragraphs: list[str], removed: list[tuple[int, int, str]]) -> None:
    """The start of a paragraph printed right before it, or its end right after it (and
    further cut-off copies next to those) go, the message saying which; a paragraph's
    start printed after it is no such cut (it may begin the next thought again)."""
    result = cleaner.clean(doc(*paragraphs))
    assert [(edit.first_line, edit.kept_line, edit.message.rsplit(": ", 1)[-1])
            for edit in result.edits] == removed
    assert all(edit.evidence == "cut_off_beside_complete" for edit in result.edits)


def test_where_each_line_is_a_paragraph_a_line_printed_twice_goes() -> None:
    """A novel with a paragraph on each line and no blank lines between: the lines are
    the paragraphs compared, so a line printed twice in a row goes and nothing else."""
    words = ["harbour", "committee", "morning", "repairs", "pier", "northern", "shore",
             "timber", "winter", "secretary", "minutes", "chair", "debate", "costs"]
    chosen = random.Random(4)
    lines = [" ".join(chosen.choice(words) for _ in range(chosen.randint(8, 40))).capitalize()
             + "." for _ in range(50)]
    text = "\n".join([*lines[:20], lines[19], *lines[20:]]) + "\n"
    assert segment(text).layout.line_paragraphs
    result = cleaner.clean(text)
    assert result.text == "\n".join(lines) + "\n"
    assert [(edit.first_line, edit.kept_line, edit.evidence) for edit in result.edits] == [
        (21, 20, "printed_twice_in_a_row")]


def test_paragraphs_that_share_too_common_fingerprints_are_noted() -> None:
    text = doc(*(f"Item {n}: {EN}" for n in range(6)))
    notes = cleaner.clean(text, Options(max_bucket=2)).notes
    assert any(note.startswith("paragraphs: ") and note.endswith(
        " fingerprints shared by more than 2 paragraphs were not used as evidence (raise "
        "--max-bucket to use them)") for note in notes)


LONGER = ("The chair opened the meeting by reading a long letter from the harbour board, which "
          "set out at length the history of the pier, the storms of the last ten winters, the "
          "cost of every repair since the war, the names of every keeper of the lighthouse, and "
          "the board's hopes for a new crane and for a ferry that would sail in every weather.")


@pytest.mark.parametrize(("paragraphs", "merged_line"), [
    ([LONGER, f"{EN} {EN_2}", EN, EN_2, "Closing."], None),
    (["Opening.", f"{EN} {EN_2}", LONGER, EN, EN_2, "Closing."], None),
    ([f"{EN} {EN_2}", EN, EN_2, "Closing."], 1),
    (["Opening.", EN, EN_2, f"{EN} {EN_2}", "Closing."], 7),
    ([*PLAIN[:3], f"{EN} {EN_2}", *PLAIN[3:6], EN, EN_2], 7),   # pieces 4 and 5 paragraphs on
    ([*PLAIN[:3], f"{EN} {EN_2}", *PLAIN[3:8], EN, EN_2], None),  # 6 and 7 on: one too far
], ids=case_id)
def test_a_merged_copy_is_longer_than_its_neighbours_and_near_its_pieces(
        paragraphs: list[str], merged_line: int | None) -> None:
    """Only a paragraph longer than the paragraphs on either side of it is looked at (a
    long paragraph beside it may be the one that quotes), and its pieces must stand
    within six paragraphs of it; first in the file or after its pieces, it goes too."""
    result = cleaner.clean(doc(*paragraphs))
    merged = [edit.first_line for edit in result.edits if edit.evidence == "merged_copy"]
    assert merged == ([] if merged_line is None else [merged_line])


IN_A_ROW = "a run of paragraphs printed twice in a row"


@pytest.mark.parametrize(("paragraphs", "keep", "removed"), [
    (["Opening.", EN, EN_2, EN, EN_2, "Closing."], "auto",
     [(7, 3, "duplicate_paragraph", IN_A_ROW), (9, 5, "duplicate_paragraph", IN_A_ROW)]),
    (["Opening.", EN, EN_2, EN, EN_2, "Closing."], "last",
     [(3, 7, "duplicate_paragraph", IN_A_ROW), (5, 9, "duplicate_paragraph", IN_A_ROW)]),
    (["Opening.", EN, EN_2[:80], EN, EN_2, "Closing."], "auto",
     [(3, 7, "duplicate_paragraph", f"{IN_A_ROW}; the first copy stops short"),
      (5, 9, "contained_paragraph", f"{IN_A_ROW}; the first copy stops short")]),
], ids=case_id)
def test_a_run_printed_twice_loses_one_print_whole(paragraphs: list[str], keep: str,
                                                   removed: list[tuple[int, int, str, str]],
                                                   ) -> None:
    """The later print goes; the earlier with ``keep="last"``, or when it is the one
    that stops short (its cut paragraph a part copy, the others exact)."""
    result = cleaner.clean(doc(*paragraphs), Options(keep=keep))  # type: ignore[arg-type]
    assert [(edit.first_line, edit.kept_line, edit.reason, edit.message.split(": ", 1)[1])
            for edit in result.edits] == removed
    assert all(edit.evidence == "printed_twice_in_a_row" and edit.score == 100.0
               for edit in result.edits)


def _set_to(width: int, paragraphs: list[str], garble: bool = False) -> str:
    """``paragraphs`` broken into lines ``width`` characters wide at most (a list's, its
    items a line each, as they are), a blank line between; ``garble`` misreads an ``m``
    and a ``w`` of each line as ``rn`` and ``vv`` (OCR)."""
    lines = [text.split("\n") if "\n" in text else textwrap.wrap(text, width)
             for text in paragraphs]
    if garble:
        lines = [[line.replace("m", "rn", 1).replace("w", "vv", 1) for line in paragraph]
                 for paragraph in lines]
    return "\n\n".join("\n".join(paragraph) for paragraph in lines)


ITEMS = [f"- item {n}: a pier" for n in range(12)]  # short lines, alike however set


@pytest.mark.parametrize(("second_width", "garble", "items", "removed"), [
    (72, False, [], 2),  # the block printed again, line for line: one print goes
    (72, True, [], 2),  # ...misread a letter a line: still a print
    (40, False, [], 0),  # set again, in a narrower column: the author's, both stay
    (110, False, [], 0),  # ...or a wider one
    (40, False, ITEMS, 0),  # ...however many short lines it has that fit either column
    (72, False, ITEMS, 3),  # ...printed again line for line, its items and all: it goes
])
def test_a_block_set_again_to_another_width_is_no_print(second_width: int, garble: bool,
                                                        items: list[str], removed: int) -> None:
    """Two paragraphs set 72 characters wide, then the same on the next page: a print
    made again repeats the lines as they were set (garbled or not), and goes; the text
    broken into lines of another width was typeset twice, by its author (a fact sheet's
    page in one column, then in two), and stays, listed as kept and why. Lines too short
    to show a measure (a list's items, 20 characters or fewer) decide nothing."""
    block = [EN, "\n".join(items), EN_2] if items else [EN + " " + EN_2, EN_2 + " " + EN]
    text = "Fact sheet\n\n" + _set_to(72, block) + "\n\f" + \
        _set_to(second_width, block, garble) + "\n\nContact us.\n"
    result = cleaner.clean(text)
    going = [edit for edit in result.edits if edit.reason.endswith("_paragraph")]
    assert len(going) == removed
    assert all(edit.evidence == "printed_twice_in_a_row" for edit in going)
    kept = [sibling.message for sibling in result.siblings
            if sibling.reason == "repeated_paragraph"]
    assert len(kept) == (0 if removed else len(block))
    assert all("lines of another width" in message for message in kept)


def _filler(count: int) -> list[str]:
    """``count`` paragraphs of filler text, no two alike."""
    rng = random.Random(count)
    words = ["harbour", "pier", "crane", "storm", "tide", "cargo", "vessel", "quay", "dock",
             "anchor", "rope", "sail"]
    return [" ".join(rng.choices(words, k=14)).capitalize() + "." for _ in range(count)]


@pytest.mark.parametrize(("second_heading", "removed"), [
    ("A subsection", 0),  # worded otherwise: two sections written alike
    ("A section", 13),  # the section printed again, heading and all
    ("A sectiom", 12),  # its heading garbled a letter: the print goes, the heading stays
])
def test_a_run_under_a_heading_of_its_own_is_a_section_not_a_print(
        second_heading: str, removed: int) -> None:
    """Twelve paragraphs of filler under ``A section``, then the same twelve under
    ``second_heading`` (a template's sections, each given the same dummy text): a
    heading worded otherwise over each copy makes them sections, and both stay, listed
    as kept and why; the same heading over both is a section printed twice."""
    filler = _filler(12)
    result = cleaner.clean(doc("A section", *filler, second_heading, *filler))
    assert len(result.edits) == removed
    assert all(edit.evidence == "printed_twice_in_a_row" for edit in result.edits)
    why = ("kept: it and its copy each stand under a heading of their own: sections "
           "written alike, not a run printed twice")
    kept = [found for found in result.siblings if found.message.endswith(why)]
    assert len(kept) == (12 if removed == 0 else 0)


STEP_ONE = "At this point the main branch itself branches, so we have two trees to grow."
STEP_TWO = "We complete our first specification by nesting the tree within the right one."


@pytest.mark.parametrize(("first_step", "second_step", "removed"), [
    (STEP_ONE, STEP_TWO, 0),  # each step explained in its own words: an example in steps
    (STEP_ONE, STEP_ONE, 21),  # the same words: the run printed twice, prose and all
    (STEP_ONE, STEP_ONE.replace("branches", "hranches"), 21),  # garbled a letter
    (STEP_ONE, "At tlris poiut tbe maiu brauch itsclf brauches, so wc havc two trccs to grow.",
     20),  # OCR's garbling (81 of 100 alike): the print goes, the garbled copy unpaired
    ("[nest, close={:within the right tree, left and right alike}, just=rule four",
     "[step, name=the one where the main branch itself branches in two", 20),  # code
    ("We nest.", "It branches.", 20),  # sentences too short to explain a step
])
def test_a_run_with_prose_of_its_own_between_is_an_example_in_steps(
        first_step: str, second_step: str, removed: int) -> None:
    """A manual grows a tree in steps, printing the tree again at each step: the tree's
    lines so far, the paragraph that explains the step, the next tree. Printed twice in
    a row, the run pairs the tree's lines but not the step's paragraph, worded otherwise
    in each: both runs stay, listed as kept and why. A run printed twice repeats its
    prose too, garbled a letter or by OCR at most; lines of code or a few words between
    are no step's prose, and the print goes."""
    names = ["oak", "ash", "elm", "yew", "fir", "pine", "beech", "birch", "maple", "cedar"]
    tree = [f"[{name}, just=the rule that opens the {name} branch" for name in names]
    grown = [f"[{name} leaf, close={{:!c}}" for name in names]
    result = cleaner.clean(doc("A tree in steps", *tree, first_step, *grown,
                               *tree, second_step, *grown, "The tree is done."))
    assert len(result.edits) == removed
    assert all(edit.evidence == "printed_twice_in_a_row" for edit in result.edits)
    why = "an example shown in steps, each explained, not a run printed twice"
    kept = [found for found in result.siblings if why in found.message]
    assert len(kept) == (10 if removed == 0 else 0)  # the tree's lines, long enough to list


def test_a_run_of_prose_printed_twice_goes_though_other_prose_follows() -> None:
    """Prose printed twice in a row, the text going on after it: what follows the later
    print stands against the later print's first paragraph, both prose, worded
    otherwise; that says nothing of the print, which goes. Only prose inside the later
    print, against the earlier print's own, shows an example in steps."""
    run = _filler(12)
    after = "The harbour board closes the meeting and the minutes are signed."
    result = cleaner.clean(doc("Minutes", *run, *run, after))
    assert len(result.edits) == 12
    assert result.text == doc("Minutes", *run, after)


@pytest.mark.parametrize(("first_heading", "second_heading", "removed"), [
    ("3.1 A section", "3.1.1 A subsection", 0),  # numbered, in sentence case (msu-thesis)
    ("2 Related work", "3 Our method", 0),
    ("3.1 A section", "3.1 A section", 13),  # printed again, heading and all
    ("3.1 a section", "3.1.1 a subsection", 12),  # no title: the same filler, in a row
])
def test_a_run_under_a_numbered_heading_of_its_own_is_a_section_not_a_print(
        first_heading: str, second_heading: str, removed: int) -> None:
    """A section's number before a title in sentence case (``3.1 A section``, then the
    same filler under ``3.1.1 A subsection``) heads a section as the title alone does."""
    filler = _filler(12)
    result = cleaner.clean(doc(first_heading, *filler, second_heading, *filler))
    assert len(result.edits) == removed


FILLER = "Dies ist Blindtext. Er erfüllt einzig den Zweck, die Seite zu füllen. "
LISTING_LINES = [".tl_set:N", ".value_required:n", ".initial:n"]
LISTING = "\n".join(LISTING_LINES) + "\n"


@pytest.mark.parametrize(("paragraphs", "removed"), [
    ([FILLER * 4, FILLER * 4], 0),  # a filler text printed twice in a row: its own
    ([FILLER * 3, FILLER * 6], 0),  # its start before it: the filler repeats itself
    ([FILLER * 2, FILLER * 2], 1),  # twice is no filler: printed twice in a row, it goes
    # a paragraph of prose printed twice in a row: the accident goes
    ([" ".join(_filler(3)), " ".join(_filler(3))], 1),
    # prose that says one sentence twice, printed twice: no filler, the accident goes
    ([FILLER * 2 + " ".join(_filler(2))] * 2, 1),
    # a listing's column (pdfminer): four keys' properties, then the same for five keys;
    # a line said three times or more is a pattern too, and the first block stays
    ([LISTING * 4, LISTING * 5], 0),
    (["\n".join([*_filler(6), _filler(6)[0]])] * 2, 1),  # a line said twice: no filler
], ids=case_id)
def test_a_filler_text_that_repeats_its_sentence_keeps_its_copies(
        paragraphs: list[str], removed: int) -> None:
    """A paragraph that says one sentence of its own three times or more (``Dies ist
    Blindtext.``, a template's filler), or one of its lines (a listing's column of
    keys' properties), is alike to its copies and its own start by design: a copy
    printed twice in a row, or its start right before it, shows no accident. Both stay,
    listed as kept and why."""
    result = cleaner.clean(doc("Ein Kapitel", *paragraphs, "Ende"))
    assert len(result.edits) == removed
    if not removed:
        assert [found.message.split("; kept: ")[1] for found in result.siblings] == [
            "it says one sentence or line of its own three times or more, or one word "
            "over and over: a filler text or a refrain, whose copies and pieces are alike "
            "by design"] * (len(paragraphs) - 1)


@pytest.mark.parametrize(("word", "removed"), [("long", 0), ("long harbour", 6)],
                         ids=["one-word", "two-words"])
def test_a_filler_of_one_word_over_and_over_keeps_its_copies(word: str, removed: int) -> None:
    """univie-ling's paper template shows two commands for a display quotation with the
    same filler, ``A long long long … long quotation.`` and its reference; pdfminer sets
    each line apart. The second quotation is the first printed again, and each line
    after the first is that line cut off: one word over and over (``long``, eight times
    or more and three words in four) is a filler, alike to its copies by design, and
    every line stays. Two words taking turns are no filler: the lines cut off go."""
    line = " ".join([word] * (15 // len(word.split())))
    quotation = [f"A {line}", line, line, f"{line} quotation.\n(Sarfraz & Razzak 2002: 246)"]
    result = cleaner.clean(doc("For longer quotations, use displayquote or displaycquote:",
                               *quotation, *quotation, "There are also macros for omissions."))
    assert len(result.edits) == removed
    assert result.text.count("(Sarfraz & Razzak 2002: 246)") == 2


BLINDTEXT = (  # the blindtext package's German filler, which iodhbwm's sample prints
    "Dies hier ist ein Blindtext zum Testen von Textausgaben. Wer diesen Text liest, ist "
    "selbst schuld. Der Text gibt lediglich den Grauwert der Schrift an. Ist das wirklich "
    "so? Ist es gleichgültig, ob ich schreibe: „Dies ist ein Blindtext“ oder „Huardest "
    "gefburn“? Kjift – mitnichten! Ein Blindtext bietet mir wichtige Informationen. An ihm "
    "messe ich die Lesbarkeit einer Schrift, ihre Anmutung, wie harmonisch die Figuren "
    "zueinander stehen und prüfe, wie breit oder schmal sie läuft. Ein Blindtext sollte "
    "möglichst viele verschiedene Buchstaben enthalten und in der Originalsprache gesetzt "
    "sein. Er muss keinen Sinn ergeben, sollte aber lesbar sein. Fremdsprachige Texte wie "
    "„Lorem ipsum“ dienen nicht dem eigentlichen Zweck, da sie eine falsche Anmutung "
    "vermitteln.")


def _pages(*pages: list[str]) -> str:
    """Pages as pdfminer writes them: paragraphs apart, the page's number at its foot."""
    return "\f".join("\n\n".join([*page, f"- {number} -", ""])
                     for number, page in enumerate(pages, 2)) + "\n"


def test_the_whole_of_a_paragraph_a_page_cut_is_no_print_of_its_second_half() -> None:
    """iodhbwm's sample (pdfminer): the fourth paragraph opens on a sentence of its own,
    then the filler, and a page cuts it after ``Der``; the next page goes on ``Text gibt
    lediglich …`` under its head, and then the filler stands whole, then the second
    paragraph's (``Das hier ist der zweite Absatz.``, then the filler). The filler whole
    is no print of the page's piece: the paragraph that piece ends says more. Nor is the
    second paragraph a print of the filler because its first sentence stands near, in
    another second paragraph: that is the author's pattern again. Nothing goes."""
    def wrap(text: str) -> str:
        return textwrap.fill(text, 88)

    def tail(at: str) -> str:
        return wrap(BLINDTEXT[BLINDTEXT.index(at):])

    head, cut = "1.1 Überschrift auf Ebene 1 (section)", BLINDTEXT.index("Text gibt")
    second, third = (wrap(f"{opening} {BLINDTEXT}") for opening in (
        "Das hier ist der zweite Absatz.",
        "Und nun folgt – ob man es glaubt oder nicht – der dritte Absatz."))
    fourth = wrap(f"Nach diesem vierten Absatz beginnen wir eine neue Zählung. "
                  f"{BLINDTEXT[:cut].rstrip()}")
    text = _pages([wrap(BLINDTEXT[:BLINDTEXT.index("Kjift")])],
                  [head, tail("Kjift"), "1.1.1 Überschrift auf Ebene 2 (subsection)", second,
                   third, fourth],
                  [head, tail("Text gibt"), wrap(BLINDTEXT), second],
                  [head, "1.1.1.1 Überschrift auf Ebene 3 (subsubsection)", third])
    result = cleaner.clean(text)
    assert [edit.reason for edit in result.edits if "paragraph" in edit.reason] == []
    assert result.text.count("Das hier ist der zweite Absatz.") == 2


@pytest.mark.parametrize(("texts", "index", "second"), [
    (["It ends open on the", "harbour master's report.", "Closed."], 1, True),
    (["It ends open on the", "harbour master's report.", "Closed."], 2, False),
    (["The report opens here.", "And goes on.", "It ends open on the"], 0, False),  # first
], ids=case_id)
def test_the_second_half_of_a_paragraph_follows_a_sentence_left_open(
        texts: list[str], index: int, second: bool) -> None:
    """A paragraph is the second half of one a page cut when the one before it ends its
    sentence open; the first paragraph of a text has none before it."""
    doc = segment("\n\n".join(texts) + "\n")
    live = [Paragraph((2 * at,), paragraph_key(text), at, True, True)
            for at, text in enumerate(texts)]
    assert _second_half(doc, live, index) is second


def test_a_paragraph_printed_three_times_after_a_sentence_left_open_loses_its_prints(
        ) -> None:
    """A paragraph that ends open, printed three times in a row after a sentence left
    open, the third time garbled: the second and the third are prints. Neither is a
    longer paragraph whose end is the one before it (the second is the same text, the
    third a garbled copy), so the first is no page's second half to them."""
    report = ("On the history of the harbour every record of the instruments relied on "
              "standard gauges, small and exact, and on the patience of the keepers who "
              "read them, and the council kept their books in the town hall until the "
              "great fire of 1890, when")
    garbled = report.replace("history", "hxstory").replace("standard", "stanqard")
    text = doc("The report opens on the gauges that the keepers read, and on",
               *(textwrap.fill(paragraph, 70) for paragraph in (report, report, garbled)),
               "Closing words.")
    assert [edit.evidence for edit in cleaner.clean(text).edits if edit.evidence] == \
        ["printed_twice_in_a_row"] * 2


def test_a_list_of_one_item_four_times_two_cut_by_pages_is_the_authors() -> None:
    """iodhbwm's sample lists the filler as one item five times; pages cut the second
    and the fifth. The third and the fourth stand twice in a row, to the letter, but the
    item stands four times in a row and more: a pattern, not a print. Nothing goes."""
    def wrap(text: str) -> str:
        return textwrap.fill(text, 80)

    item = f"• {BLINDTEXT}"
    split = item.index("aber lesbar")
    first, second = wrap(item[:split].rstrip()), wrap(item[split:])
    text = _pages(["1.2 Listen", "1.2.1 Beispiel einer Liste (itemize)", wrap(item), first],
                  ["1.2 Listen", second, wrap(item), wrap(item), first],
                  ["1.2 Listen", second, "1.2.2 Beispiel einer Liste (enumerate)",
                   "1. Ein Eintrag, der anders lautet und dann endet."])
    result = cleaner.clean(text)
    assert [edit.reason for edit in result.edits if "paragraph" in edit.reason] == []
    assert result.text.count("• Dies hier ist ein Blindtext") == 5


@pytest.mark.parametrize(("key", "words"), [
    ("", 0), ("abcde", 1), ("abcdefghij", 2), ("株洲", 1), ("株洲市委abcde", 3), ("12345", 1),
], ids=case_id)
def test_a_key_holds_about_this_many_words(key: str, words: float) -> None:
    """Five letters or digits are a word, two CJK characters are one."""
    assert key_words(key) == words


@pytest.mark.parametrize(("text", "sentence"), [
    ("The pier was repaired.", True), ("The pier was repaired", False),
    ("“The pier was repaired.”", True), ("(The pier was repaired.)", True),
    ("The pier, the quay and the dock", True),  # sentence punctuation inside
    ("Harbour Committee Minutes", False), ("会议在株洲召开。", True), ("会议在株洲召开", False),
    ("The pier was repaired.  ", True),
], ids=case_id)
def test_a_paragraph_reads_as_a_sentence_or_as_a_title(text: str, sentence: bool) -> None:
    assert _reads_as_sentence(text) is sentence


@pytest.mark.parametrize(("key", "other", "start", "part"), [
    ("xxabcdefyy", "abcdefgh", True, "abcdef"),
    ("xxabcdefyy", "zzzcdefyy", False, "cdefyy"),
    ("xxabcdefyy", "abcdefgh", False, ""),
    ("xxabcdefyy", "qq", True, ""),
    ("abc", "abc", True, "abc"),
    ("abc", "abc", False, "abc"),
    ("xyza", "a", True, "a"),
], ids=case_id)
def test_the_longest_start_or_end_of_a_paragraph_another_holds(key: str, other: str,
                                                              start: bool, part: str) -> None:
    assert _longest_part(key, other, start=start) == part


@pytest.mark.parametrize(("complete", "piece", "mid"), [
    ("The pier was repaired. The cost was shared.", paragraph_key("The cost was shared."),
     False),                                       # a whole sentence at the end
    ("The pier was repaired. The cost was shared.", paragraph_key("cost was shared."),
     True),                                        # cut inside the last sentence
    ("The pier was repaired.", paragraph_key("The pier was repaired."), False),  # all of it
    ("The pier was repaired. The cost was shared.", "", False),
    ("The pier was repaired. The cost was shared by all.",
     paragraph_key("The cost was shared by all")[:12], False),  # found where a sentence starts
    ("The pier was repaired. The cost was shared by all.",
     paragraph_key("cost was shared by all")[:12], True),
], ids=case_id)
def test_a_piece_is_cut_mid_sentence_or_starts_one(complete: str, piece: str,
                                                   mid: bool) -> None:
    assert _cut_mid_sentence(complete, piece) is mid


def test_the_window_of_a_merged_copy_is_six_paragraphs_each_side() -> None:
    live = paragraphs_of(*(f"p{n}" for n in range(20)))
    assert [paragraph.key for paragraph in _window(live, 10)] == [f"p{n}" for n in range(4, 17)]
    assert [paragraph.key for paragraph in _window(live, 2)] == [f"p{n}" for n in range(9)]
    assert [paragraph.key for paragraph in _window(live, 0)] == [f"p{n}" for n in range(7)]


@pytest.mark.parametrize(("others", "holds"), [
    ([PIECE, OTHER], True),                        # two neighbours' starts
    ([PIECE, "zzzzzzzzzz"], False),                # one
    ([PIECE + "qqqqqqqqqq", "wwwwwwwwww" + OTHER], True),  # a start and an end
    ([PIECE[:9], OTHER[:9]], False),               # shorter than ten letters
    ([PIECE[:10], OTHER[:10]], True),
], ids=case_id)
def test_a_quick_look_for_two_neighbours_a_paragraph_holds(others: list[str],
                                                           holds: bool) -> None:
    paragraphs = paragraphs_of(PIECE + OTHER, *others)
    assert _holds_two(paragraphs[0], paragraphs) is holds


def test_the_paragraphs_compared_and_which_are_judged() -> None:
    """Blocks once the removed lines are gone; a paragraph is judged as a copy when its
    key is long enough, it has no protected line, and it is no lone heading line."""
    from cleaner.duplicates import paragraphs_of as paragraphs_in

    text = ("Harbour Committee Minutes\n\nThe pier was repaired at last.\n\n"
            "Harbour Committee\nMinutes of May\n\nFooter line\nThe quay was shut.\n\n"
            "| a | b |\n| c | d |\n")
    doc = segment(text)
    found = paragraphs_in(doc, frozenset({7}), frozenset(), Options(min_paragraph_chars=21))
    assert [(paragraph.lines, paragraph.judged) for paragraph in found] == [
        ((0,), False),         # a lone heading line
        ((2,), True),          # "thepierwasrepairedatlast": 24 letters
        ((4, 5), True),        # a heading of two lines is judged
        ((8,), False),         # the removed line is no part of it; 14 letters: too short
        ((10, 11), False)]     # a table
    assert [paragraph.position for paragraph in found] == [0, 1, 2, 3, 4]
    assert paragraphs_in(doc, frozenset({7}), frozenset(),
                         Options(min_paragraph_chars=24))[1].judged
    assert not paragraphs_in(doc, frozenset({7}), frozenset(),
                             Options(min_paragraph_chars=25))[1].judged


def test_a_sibling_is_reported_at_the_later_paragraph_with_its_score() -> None:
    first = EN.replace("the cost", "the cost of 40 pounds")
    second = EN.replace("the cost", "the cost of 600 pounds")  # the longer: named first
    result = cleaner.clean(doc("Opening.", first, "Middle.", second, "Closing."))
    assert result.edits == ()
    [sibling] = result.siblings
    assert (sibling.first_line, sibling.kept_line, sibling.reason) == (7, 3, "sibling_paragraph")
    assert 90 <= sibling.score < 100
    assert sibling.message == (f"looks like the paragraph at line 3 ({sibling.score:.0f}) but "
                               "is a sibling, kept: different figures: 600 / 40")


@pytest.mark.parametrize(("longer", "shorter", "start"), [
    ("theharbourmasterreported", "theharbour", True),
    ("theharbourmasterreported", "reported", False),
    ("theharbourmasterreported", "thehxrbour", True),    # a start with a letter misread
    ("theharbourmasterreported", "rep0rted", False),
], ids=case_id)
def test_a_cut_copy_is_the_start_or_the_end_of_its_paragraph(longer: str, shorter: str,
                                                             start: bool) -> None:
    assert _at_start(longer, shorter) is start


@pytest.mark.parametrize(("longer", "shorter", "alike"), [
    (("a" * 80, True), ("b" * 60, False), True),   # twice the shortest paragraph: judged
    (("a" * 80, True), ("b" * 59, True), True),    # shorter, but both read as sentences
    (("a" * 80, False), ("b" * 59, True), False),  # a title among them: not fuzzily
    (("a" * 80, True), ("b" * 59, False), False),
], ids=case_id)
def test_a_short_paragraph_is_matched_fuzzily_only_between_sentences(
        longer: tuple[str, bool], shorter: tuple[str, bool], alike: bool) -> None:
    paragraphs = [Paragraph((index,), key, index, True, sentence)
                  for index, (key, sentence) in enumerate((longer, shorter))]
    assert _alike_enough(paragraphs[0], paragraphs[1], 30) is alike


@pytest.mark.parametrize(("before", "removed"), [(9, True), (10, False)])
def test_a_notice_stands_among_the_first_and_last_ten_paragraphs(before: int,
                                                                  removed: bool) -> None:
    """A scraper pastes its notice at the very top and bottom: the tenth paragraph is
    still the top, the eleventh is the text."""
    filler = [f"Paragraph {number} of the story goes on here." for number in range(30)]
    text = doc(*filler[:before], NOTICE, *filler[before:], NOTICE)
    result = cleaner.clean(text)
    assert (result.text.count(NOTICE) == 0) is removed
    assert all(paragraph in result.text for paragraph in filler)


@pytest.mark.parametrize(("paragraphs", "removed", "kept"), [
    (["Opening.", EN, EN, "Middle.", "More.", EN, "Closing."],
     [(5, 3, "printed_twice_in_a_row"), (11, 3, "misplaced_nearby")], []),
    (["Opening.", EN, "Middle.", EN, "More.", EN, "Closing."], [], [7, 11]),
    (["Opening.", EN, "Middle.", EN.replace("m", "rn", 1), "Closing."],
     [(7, 3, "misplaced_nearby")], []),
], ids=case_id)
def test_copies_nearby_count_as_misplaced_only_when_two_are_left(
        paragraphs: list[str], removed: list[tuple[int, int, str]], kept: list[int]) -> None:
    """Three copies at intervals are a refrain and stay; where a print removed one, the
    two left are judged as a pair; a near copy (OCR noise) counts as a copy."""
    result = cleaner.clean(doc(*paragraphs))
    assert [(edit.first_line, edit.kept_line, edit.evidence) for edit in result.edits] == removed
    assert [sibling.first_line for sibling in result.siblings] == kept


def test_a_long_print_that_stops_on_a_short_cut_piece_is_the_one_that_goes() -> None:
    """Eleven paragraphs printed twice, the first print ending on the last one's first
    twenty letters (too short to compare): the first print is the one cut short, and it
    goes, the piece with it. Ending on something else, the second print goes."""
    chosen = random.Random(5)
    words = ["harbour", "committee", "morning", "repairs", "pier", "northern", "shore",
             "timber", "winter", "secretary", "minutes", "chair", "debate", "costs",
             "fishing", "cooperative", "vote", "budget", "amendment", "lighthouse", "keeper",
             "crane", "eastern", "quay", "storm", "ferry", "cargo", "tide", "council",
             "report"]
    run = [" ".join(chosen.choice(words) for _ in range(25)).capitalize() + "."
           for _ in range(11)]
    cut = cleaner.clean(doc("Opening.", *run[:-1], run[-1][:20], *run, "Closing."))
    assert cut.text == doc("Opening.", *run, "Closing.")
    assert [edit.first_line for edit in cut.edits] == list(range(3, 25, 2))
    assert cut.edits[-1].reason == "contained_paragraph"
    assert all(edit.message.endswith("the first copy stops short") for edit in cut.edits)
    other = cleaner.clean(doc("Opening.", *run[:-1], "Something else, short.", *run,
                              "Closing."))
    assert other.text == doc("Opening.", *run[:-1], "Something else, short.", run[-1],
                             "Closing.")


def test_a_note_printed_twice_in_a_short_document_is_no_notice_at_both_ends() -> None:
    """A short file's first and last ten paragraphs overlap: a sample printed twice (a
    journal's class shows its first page in two layouts) has its footnote with the
    authors' web addresses in both, nearer each other than the file's ends. That is no
    scraper's notice at the top and the bottom: the note stays."""
    footnote = "Corresponding author: J. Smith, www.harbour.example.org, for the committee."
    paragraphs = [f"Paragraph {number} of the first layout goes on here." for number in range(4)]
    second = [f"Paragraph {number} of the second layout goes on here." for number in range(4)]
    text = doc(*paragraphs, footnote, "Between the two layouts.", footnote, *second)
    result = cleaner.clean(text)
    assert footnote in result.text
    assert not any(edit.evidence == "notice_at_both_ends" for edit in result.edits)
    nearer = cleaner.clean(doc("开头。", NOTICE, ZH, NOTICE, "结尾。", "再见。")).text
    assert nearer.count(NOTICE) >= 1  # nearer each other (two apart) than the ends (three)
    at_the_ends = doc(footnote, *paragraphs, "Between.", *second, footnote)
    assert footnote not in cleaner.clean(at_the_ends).text  # a notice at both ends still goes
    # The note kept does not stop a notice at both ends after it from going.
    both = cleaner.clean(doc("开头。", footnote, "中间。", NOTICE, footnote, "再说。", "又说。",
                             NOTICE)).text
    assert both.count(footnote) == 2 and NOTICE not in both


def test_a_near_copy_of_a_notice_at_both_ends_goes_as_a_near_copy() -> None:
    """Its edit says how alike the two copies are, not that they are the same."""
    result = cleaner.clean(doc(NOTICE, ZH, ZH_2, NEAR_NOTICE))
    scores = [edit.score for edit in result.edits if edit.evidence == "notice_at_both_ends"]
    assert len(scores) == 2 and all(score is not None and score < 100 for score in scores)


LOREM = {  # the lorem ipsum filler's sentences, as wsemclassic's test document sets them
    "duis": "Duis autem vel eum iriure dolor in hendrerit in vulputate velit esse molestie "
            "consequat, vel illum dolore eu feugiat nulla facilisis at vero eros et accumsan "
            "et iusto odio dignissim qui blandit praesent luptatum zzril delenit augue duis "
            "dolore te feugait nulla facilisi.",
    "lorem": "Lorem ipsum dolor sit amet, consectetuer adipiscing elit, sed diam nonummy nibh "
             "euismod tincidunt ut laoreet dolore magna aliquam erat volutpat.",
    "wisi": "Ut wisi enim ad minim veniam, quis nostrud exerci tation ullamcorper suscipit "
            "lobortis nisl ut aliquip ex ea commodo consequat.",
    "liber": "Nam liber tempor cum soluta nobis eleifend option congue nihil imperdiet doming "
             "id quod mazim placerat facer possim assum.",
}


def test_a_blind_texts_paragraph_that_runs_two_neighbours_together_again_stays() -> None:
    """wsemclassic's test document (pdfminer) sets the lorem ipsum filler twice, in one
    order: ``Duis … Lorem …``, ``Ut wisi … Duis …``, ``Nam liber … Lorem … Ut wisi …``.
    The second time a page cuts the first paragraph, and its halves, each shorter than
    the second paragraph, made that paragraph look like the first's and the third's text
    run together: it went as a merged copy. A scraper's glue makes a paragraph unlike
    any other; this one stands to the letter earlier too: the author's filler, which
    stays."""
    duis, lorem, wisi, liber = LOREM.values()
    first, second, third = [duis + " " + lorem, wisi + " " + duis, liber + " " + lorem + " " + wisi]
    cut = duis.index("vel illum")
    opening = ("Lorem ipsum dolor sit amet, consectetur adipisici elit, sed eiusmod tempor "
               "incidunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis "
               "nostrud exercitation ullamco laboris nisi ut aliquid ex ea commodi consequat.")
    closing = duis[:duis.index(" at vero")] + "."
    other = ("At vero eos et accusam et justo duo dolores et ea rebum. Stet clita kasd "
             "gubergren, no sea takimata sanctus est Lorem ipsum dolor sit amet.")
    text = _pages([textwrap.fill(paragraph, 90) for paragraph in
                   ["1.1 Opera sine nomine scripta", opening, first, second, third, closing]],
                  [textwrap.fill(paragraph, 90) for paragraph in
                   ["1.2 Secondo", other, opening, duis[:cut].rstrip()]],
                  [textwrap.fill(paragraph, 90) for paragraph in
                   [duis[cut:] + " " + lorem, second, third, closing]])
    result = cleaner.clean(text)
    assert [edit.reason for edit in result.edits if "paragraph" in edit.reason] == []
    assert result.text.count("Ut wisi enim ad minim veniam") == 4


def _names(page: int) -> list[str]:
    """A page of a list of particles' macros, fifty short items, no two pages alike."""
    rng = random.Random(page)
    return [f"• \\P{''.join(rng.choices('ABCDKMNZabcdeghikmnpqrstuvz', k=rng.randint(2, 6)))} "
            f"⇒{rng.choice('BKDZWΩΞΛ')}{rng.choice(['', '+', '−', '0', '∗', '±'])}"
            for _ in range(50)]


BOLD, SANS, ITALIC = ("5", "Bold font"), ("6", "Bold sans font"), ("7", "Italic sans font")


@pytest.mark.parametrize(("headings", "prints"), [
    ([BOLD, SANS, ITALIC], 3),  # worded otherwise: the list set in each typeface
    ([BOLD, BOLD], 1),  # the same heading: the section printed twice, all of it
], ids=["headed-apart", "printed-again"])
def test_pages_that_open_under_headings_of_their_own_are_sections(
        headings: list[tuple[str, str]], prints: int) -> None:
    """A manual prints its list of particles once in each typeface, eight pages each,
    every page one paragraph as PyMuPDF writes them (a blank line between, the page's
    number at its foot), each run's first page opening on its section's number and
    title (``6`` / ``Bold sans font``) over the same list: the runs are sections
    written alike, and stay, listed as kept and why, however many of their pages
    follow each other alike; and they stay when the text is cleaned again. A section
    printed a second time, heading and all, is a print made twice: it goes."""
    pages = [["Testing the names", "Generated by a script"]]
    for heading in headings:
        pages += [[*heading, *_names(1)], *[_names(page) for page in range(2, 9)]]
    text = "\n\n".join("\n".join([*lines, str(number)])
                       for number, lines in enumerate([*pages, ["The lists end."]], 1))
    result = cleaner.clean(text)
    lines = Counter(result.text.split("\n"))
    once = Counter(line for page in range(1, 9) for line in _names(page))  # in one print
    assert {lines[line] for line, count in once.items() if count == 1} == {prints}
    assert sum(lines[title] for title in {title for _, title in headings}) == prints
    going = [edit for edit in result.edits if edit.kind == "duplicate_paragraph"]
    assert {edit.evidence for edit in going} == ({"printed_twice_in_a_row"} if going else set())
    assert cleaner.clean(result.text).text == result.text
    assert any(found.message.endswith("sections written alike, not a run printed twice")
               for found in result.siblings) == (prints == 3)
