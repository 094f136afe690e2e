"""Copy or sibling: paragraphs alike enough to be matched stay unless what differs is noise.

Each sibling pair is two paragraphs a fuzzy matcher scores as near copies (90 or more)
whose difference is content; both must stay, and the report must say they were kept.
Each copy pair differs only by what copying, OCR or extraction make; one must go.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

import cleaner
from cleaner import duplicates
from cleaner.cli import main
from cleaner.kinship import Difference, Vocabulary, _cut, _signed, in_form, judge

from .conftest import case_id

# Sibling pairs, in three languages: definitions, parallel clauses, table rows with other
# figures, notes for the group and for the parent, verses that vary a line.
SIBLINGS = [
    ("Principal Fund means the fund by that name established pursuant to the provisions "
     "of the Indenture.",
     "Interest Fund means the fund by that name established pursuant to the provisions "
     "of the Indenture."),
    ("Moody's means Moody's Investors Service, a corporation organized and existing under "
     "the laws of the State of Delaware, its successors and assigns, and, if such "
     "corporation shall be dissolved or liquidated or shall no longer perform the functions "
     "of a securities rating agency, any other nationally recognized agency.",
     "Fitch means Fitch, Inc., a corporation organized and existing under the laws of the "
     "State of Delaware, its successors and assigns, and, if such corporation shall be "
     "dissolved or liquidated or shall no longer perform the functions of a securities "
     "rating agency, any other nationally recognized agency."),
    ("(b) The Seller shall deliver the goods to the place named in the order within thirty "
     "days of the date of the order.",
     "(c) The Buyer shall deliver the goods to the place named in the order within thirty "
     "days of the date of the order."),
    ("Participating Underwriter shall mean any of the original underwriters of the Bonds "
     "required to comply with the Rule in connection with offering of the Bonds.",
     "Participating Underwriter means any of the original underwriters of the Bonds "
     "required to comply with the Rule in connection with offering of the Bonds."),
    ("Holder or Bondholder, whenever used with respect to a Bond, means the Person in whose "
     "name such Bond is registered.",
     "Bondholder or Holder, whenever used with respect to a Bond, means the Person in whose "
     "name such Bond is registered."),
    ("Net assets, end of year 3,498,480 3,102,315 2,980,004 2,811,310 2,640,122 2,511,001",
     "Net assets, end of year 3,498,480 3,102,315 2,980,004 2,811,310 2,640,122 2,511,011"),
    ("See Section 2.04(a) of the Loan Agreement for the conditions that apply to each "
     "advance made under the facility.",
     "See Section 2.04(b) of the Loan Agreement for the conditions that apply to each "
     "advance made under the facility."),
    ("（3）本期实际核销的应收账款情况：实际核销的应收账款金额为146,400.00元，"
     "核销原因为债务人破产清算，款项无法收回。",
     "（3）本期实际核销的应收账款情况：实际核销的应收账款金额为165,100.00元，"
     "核销原因为债务人破产清算，款项无法收回。"),
    ("按欠款方归集的期末余额前五名的应收账款情况：母公司按欠款方归集的期末余额前五名应收账款"
     "汇总金额为人民币，占应收账款期末余额合计数的比例，相应计提的坏账准备期末余额汇总金额。",
     "按欠款方归集的期末余额前五名的应收账款情况：本集团按欠款方归集的期末余额前五名应收账款"
     "汇总金额为人民币，占应收账款期末余额合计数的比例，相应计提的坏账准备期末余额汇总金额。"),
    # One character turns a clause round, or changes a figure: content, however short.
    ("对于犯罪分子，依照本法应当判处刑罚的，人民法院应当依法判处刑罚，不得免除处罚，"
     "也不得以其他方式代替刑罚。",
     "对于犯罪分子，依照本法应当判处刑罚的，人民法院应当依法判处刑罚，得免除处罚，"
     "也不得以其他方式代替刑罚。"),
    ("依照本法第二十六条的规定，当事人应当在收到通知之日起三十日内向人民法院提起诉讼。",
     "依照本法第二十七条的规定，当事人应当在收到通知之日起三十日内向人民法院提起诉讼。"),
    ("Der Mieter zahlt die Miete monatlich im Voraus, spätestens am dritten Werktag des "
     "Monats, auf das Konto des Vermieters.",
     "Der Vermieter zahlt die Miete monatlich im Voraus, spätestens am dritten Werktag des "
     "Monats, auf das Konto des Mieters."),
    ("And the river runs down to the sea in the morning, and the river runs down to the "
     "sea in the evening light",
     "And the river runs down to the sea in the morning, and the river runs down to the "
     "sea in the golden light"),
]

# Copy pairs: OCR garbling, punctuation, a line break inside, full width, truncation.
COPIES = [
    ("The committee of the United Press met on Tuesday to consider the report of the "
     "treasurer and the budget for the coming year.",
     "The cornmittee of the Unlted Prcss met on Tuesday to consider the rcport of the "
     "treasurer and the budget for the corning year."),
    ("The committee met on Tuesday, and considered the report; the treasurer presented "
     "the budget for the coming year.",
     "The committee met on Tuesday and considered the report, the treasurer presented "
     "the budget for the coming year."),
    ("The committee met on Tuesday and considered the report that the treasurer presented "
     "on the budget for the coming year.",
     "The committee met on Tuesday and considered the re-\nport that the treasurer "
     "presented on the budget for the coming year."),
    ("共青团株洲市委召开全市团干部会议，传达学习党的十九大精神，部署下一阶段的重点工作。",
     "共青团株洲市委召开全市团干部会议,传达学习党的十九大精神,部署下一阶段的重点工作."),
    ("Die Versammlung beschloss am Dienstag einstimmig, den Bericht des Kassenwarts "
     "anzunehmen und den Haushalt zu genehmigen.",
     "Die Versamrnlung beschloss am Dienstag einstimmig, den Bericht des Kassenwarts "
     "anzunehmen und den Haushalt zu genehmlgen."),
]

TRUNCATED = ("The committee met on Tuesday and considered the report that the treasurer "
             "presented on the budget for the coming year, and it voted to accept it.")


def document(first: str, second: str) -> str:
    return f"Opening words.\n\n{first}\n\nMiddle words.\n\n{second}\n\nClosing words.\n"


MINUTES = "The minutes of the meeting were read, approved and signed by the chair."


def printed_twice(first: str, second: str) -> str:
    """A block of two paragraphs printed twice in a row, the second print with ``second``
    where the first has ``first``: evidence of an accident, if the two are copies."""
    return f"Opening words.\n\n{first}\n\n{MINUTES}\n\n{second}\n\n{MINUTES}\n\nClosing.\n"


@pytest.mark.parametrize(("first", "second"), SIBLINGS, ids=case_id)
def test_siblings_both_stay(first: str, second: str) -> None:
    assert fuzz.ratio(first, second) >= 85  # alike enough to be matched
    text = document(first, second)
    result = cleaner.clean(text)
    assert result.text == text
    assert [(sibling.first_line, sibling.kept_line) for sibling in result.siblings] == [(7, 3)]


@pytest.mark.parametrize(("first", "second"), COPIES, ids=case_id)
def test_copies_go(first: str, second: str) -> None:
    result = cleaner.clean(printed_twice(first, second))
    assert result.text == f"Opening words.\n\n{first}\n\n{MINUTES}\n\nClosing.\n"
    assert [edit.kind for edit in result.edits] == ["duplicate_paragraph"] * 2
    assert {edit.evidence for edit in result.edits} == {"printed_twice_in_a_row"}
    assert result.siblings == ()


@pytest.mark.parametrize(("first", "second"), SIBLINGS, ids=case_id)
def test_a_block_printed_twice_with_a_sibling_in_it_stays(first: str, second: str) -> None:
    text = printed_twice(first, second)
    assert cleaner.clean(text).text == text


def test_a_copy_cut_by_a_page_break_goes() -> None:
    cut = TRUNCATED[:75]  # ends inside a word: the first print stopped there
    result = cleaner.clean(f"Opening words.\n\n{cut}\n\n{TRUNCATED}\n\nClosing words.\n")
    assert [edit.reason for edit in result.edits] == ["contained_paragraph"]
    assert result.edits[0].first_line == 3


def test_a_copy_that_stops_where_the_other_goes_on_differently_stays() -> None:
    """A legend cut by a page break is a copy; one whose last words are other words is not."""
    other = TRUNCATED[:75].rsplit(" ", 1)[0] + " in private session"
    text = f"Opening words.\n\n{other}\n\n{TRUNCATED}\n\nClosing words.\n"
    assert cleaner.clean(text).edits == ()


def test_a_page_printed_twice_goes(tmp_path: Path) -> None:
    page = ("The council agreed to repair the northern pier before winter, at a cost "
            "shared with the fishing cooperative.\n\nThe harbour will stay open during "
            "the works, with one berth closed at a time.\n\n")
    path = tmp_path / "doc.txt"
    path.write_text(page + page.replace("northern", "nortbern"), encoding="utf-8")
    result = CliRunner().invoke(main, ["clean", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout == page.rstrip("\n") + "\n"


def test_the_report_lists_kept_siblings(tmp_path: Path) -> None:
    first, second = SIBLINGS[0]
    path = tmp_path / "defs.txt"
    path.write_text(document(first, second), encoding="utf-8")
    report = tmp_path / "report.json"
    result = CliRunner().invoke(main, ["clean", "--check", str(path), "--report",
                                       str(report)])
    assert result.exit_code == 0, result.output
    entries = json.loads(report.read_text(encoding="utf-8"))["files"][0]["edits"]
    assert [(entry["action"], entry["first_line"], entry["kept_line"]) for entry in entries
            ] == [("kept", 7, 3)]
    assert "different words" in entries[0]["message"]


def test_explain_prints_kept_siblings(tmp_path: Path) -> None:
    first, second = SIBLINGS[0]
    path = tmp_path / "defs.txt"
    path.write_text(document(first, second), encoding="utf-8")
    result = CliRunner().invoke(main, ["clean", "--check", "--explain", str(path)])
    assert result.exit_code == 0, result.output
    assert f"{path}:7: kept" in result.output
    assert "Principal / Interest" in result.output


WORDS = ["budget", "report", "council", "harbour", "pier", "winter", "cost", "meeting",
         "member", "treasurer", "vote", "motion", "repair", "season", "works", "berth"]


@settings(max_examples=150, deadline=None, derandomize=True)
@given(words=st.lists(st.sampled_from(WORDS), min_size=14, max_size=24),
       position=st.integers(min_value=0), figure=st.integers(10, 10_000),
       other=st.integers(10, 10_000), seed=st.randoms(use_true_random=False))
def test_a_sibling_stays_and_a_noisy_copy_goes(words: list[str], position: int, figure: int,
                                               other: int, seed: object) -> None:
    """The same paragraph with another figure is a sibling and stays; with a few letters
    misread the way OCR misreads them it is a copy and goes. (Not a paragraph of one
    word over and over: a filler text, whose copies stay by design.)"""
    import random

    assert isinstance(seed, random.Random)
    at = position % len(words)
    base = " ".join([*words[:at], str(figure), *words[at:]]).capitalize() + "."
    assume(not duplicates._one_word_over_and_over(base))
    if other != figure:
        sibling = base.replace(str(figure), str(other), 1)
        vocabulary = Vocabulary(f"{base}\n\n{sibling}")
        assert not judge(base, sibling, vocabulary=vocabulary).copy
        text = printed_twice(base, sibling)
        assert cleaner.clean(text).text == text
    characters = list(base)
    letters = [index for index, char in enumerate(characters) if char in "mnei"]
    for index in seed.sample(letters, min(2, len(letters))):
        characters[index] = {"m": "rn", "n": "u", "e": "c", "i": "l"}[characters[index]]
    noisy = "".join(characters)
    if fuzz.ratio(base, noisy) >= 90:
        assert cleaner.clean(printed_twice(base, noisy)).text == (
            f"Opening words.\n\n{base}\n\n{MINUTES}\n\nClosing.\n")


def test_cjk_run_uses_are_the_same_indexed_and_scanned(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long text counts a run's contexts from an index of its characters; a short one
    by scanning. Both give the same counts, at the ends of the text too."""
    import random

    from cleaner import kinship

    rng = random.Random(3)
    alphabet = [chr(0x4E00 + index) for index in range(60)] + ["，", "。"]
    text = "".join(rng.choice(alphabet) for _ in range(5000))
    monkeypatch.setattr(kinship, "INDEXED_FROM", 1000)
    indexed = Vocabulary(text)
    runs = [text[start:start + size] for size in (2, 3) for start in
            rng.sample(range(len(text) - 3), 100)] + [text[:2], text[-2:], "甲乙"]
    for run in runs:
        assert indexed._contexts_indexed(run) == Vocabulary(text)._contexts_found(run, 10**9)


def _contexts(text: str, run: str) -> int:
    """The distinct (character before, character after) pairs around ``run``, counted
    the slow and obvious way, overlapping uses included."""
    return len({(text[at - 1:at], text[at + len(run):at + len(run) + 1])
                for at in range(len(text)) if text.startswith(run, at)})


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="甲乙丙，", min_size=1, max_size=80),
       st.text(alphabet="甲乙丙", min_size=1, max_size=3))
def test_cjk_run_contexts_are_counted_exactly(text: str, run: str) -> None:
    """Scanned and indexed, a run's contexts are those a plain count finds: on a small
    alphabet uses overlap and share contexts, at both ends of the text too."""
    assert Vocabulary(text)._contexts_found(run, 10**9) == _contexts(text, run)
    assert Vocabulary(text)._contexts_indexed(run) == _contexts(text, run)


def test_cjk_run_uses_stop_at_what_is_asked_and_remember(monkeypatch: pytest.MonkeyPatch) -> None:
    """``uses`` says whether a run stands in at least so many contexts; a long text is
    scanned for the first runs asked and indexed after them, with the same answers."""
    from cleaner import kinship

    text = "甲乙丙。甲乙丙。甲乙丁。甲乙丙"  # 甲乙 four times, in three contexts
    vocabulary = Vocabulary(text)
    assert vocabulary.uses("甲乙", 3) and not vocabulary.uses("甲乙", 4)
    assert vocabulary.uses("甲乙", 2) and vocabulary.uses("乙丙", 2)
    assert not vocabulary.uses("乙丙", 3) and not vocabulary.uses("丙。", 2)
    assert not vocabulary.uses("丁丁", 1) and vocabulary._index is None  # short: scanned
    monkeypatch.setattr(kinship, "INDEXED_FROM", len(text))  # long from this length on
    monkeypatch.setattr(kinship, "SCANS_FIRST", 2)
    long = Vocabulary(text)
    assert long.uses("甲乙", 3) and not long.uses("甲乙", 4)  # two scans...
    assert long._index is None
    answers = [long.uses(run, times) for run, times in
               [("乙丙", 1), ("乙丁", 1), ("乙丙", 2), ("丙。", 2), ("乙丁", 2), ("甲乙", 3),
                ("丁丁", 1)]]
    assert long._index is not None  # ...then the text is indexed
    assert answers == [True, True, True, False, False, True, False]


def test_two_established_words_alike_in_spelling_are_two_words() -> None:
    """``mean`` and ``means`` differ by one letter, as an OCR misreading does; but the
    document uses both, in many contexts: paragraphs that differ by them are siblings,
    even printed twice in a row."""
    uses = ("What do you mean by that? I mean it. They mean well. We mean no harm. "
            "By all means. A means to an end. The means of payment. By no means.")
    first = ("The words used in this agreement mean what the glossary in the schedule "
             "says they mean, and the parties accept them as binding on each of them.")
    second = first.replace("mean what", "means what")
    text = f"{uses}\n\n{first}\n\n{MINUTES}\n\n{second}\n\n{MINUTES}\n\nClosing.\n"
    assert fuzz.ratio(first, second) >= 90
    result = cleaner.clean(text)
    assert first in result.text and second in result.text


def test_headings_whose_level_repeats_a_syllable_all_stay() -> None:
    """A class's manual shows its heading levels one under another, each a paragraph of
    one line (UNAMThesis, through pdftotext): ``Subsubsection`` and ``Subsubsubsection``
    score 95 but differ by a syllable said again, which no misreading makes. All stay."""
    levels = [f"{'Sub' + 'sub' * depth}section This is just some harmless text under a "
              f"{'sub' * (depth + 1)}section." for depth in range(4)]
    text = "Sections\n\n" + "\n\n".join(levels) + "\n"
    assert fuzz.ratio(levels[1], levels[2]) >= 95
    result = cleaner.clean(text)
    assert result.text == text and not result.edits


# (a, b, garbled): one edit, a few in a long word, two in a word of three letters are
# what OCR makes of one word; more, or a word inside another, are two words.
GARBLED = [
    ("stay", "stax", True),  # one edit, whatever the length
    ("stay", "stop", False),  # two edits in four letters
    ("was", "wxy", True),  # two edits in a word of three letters
    ("abcdgjkl", "abcdgjklmn", True),  # two letters lost in ten (one edit per four letters)
    ("abcdgjklmn", "abxdgjklyn", True),  # two letters misread in ten: exactly as alike as allowed
    ("abcdgjklmn", "axydgjklyn", False),  # three misread in ten
    ("holder", "bondholder", False),  # a word inside another
    ("mieter", "vermieter", False),  # three edits in nine letters
    ("cornmittee", "committee", True),  # OCR's rn for m costs nothing
    # A part said again is a word of its own, wherever it is said (not a letter doubled)
    ("subsubsection", "subsubsubsection", False),
    ("abcabcdefghijkl", "abcdefghijkl", False),  # the part said again at the start...
    ("abcdefghijklxyz", "abcdefghijklxyzxyz", False),  # ...or at the end
    ("abcdefghijklmnop", "abcdefgxyzhijklmnop", True),  # three letters that repeat nothing
    ("abcdefghijk", "abcdefghijkjk", True),  # two letters said again: a doubling
]


@pytest.mark.parametrize(("a", "b", "garbled"), GARBLED, ids=case_id)
def test_what_counts_as_one_word_garbled(a: str, b: str, garbled: bool) -> None:
    from cleaner.kinship import _garbled

    assert _garbled(a, b) is garbled and _garbled(b, a) is garbled


# (a, b, copy, kinds): what judge() says of two paragraphs, and why.
VOCABULARY = ("The harbour master reported the figures. The harbour master met the board. "
              "The harbour master left. 湘潭、衡阳两地。去湘潭和衡阳。从湘潭到衡阳。")
JUDGED = [
    ("The pier cost 120 pounds.", "The pier cost 120 pounds.", True, ()),
    ("The pier cost 120 pounds.", "The pier cost l20 pounds.", True, ("character noise",)),
    ("The pier cost 120 pounds.", "The pier cost 130 pounds.", False, ("different figures",)),
    ("The pier cost 1,200 pounds.", "The pier cost 1200 pounds.", True, ()),
    ("The pier cost 120 pounds.", "The pier cost pounds.", False, ("a figure added or dropped",)),
    ("The pier was repaired.", "The pier was not repaired.", False,
     ("words added or dropped",)),
    ("The pier was repaired.", "The dock was repaired.", False, ("different words",)),
    ("The pier was repaired.", "THE PIER WAS REPAIRED!", True, ()),  # set in capitals
    # A word capitalised, the texts alike to the letter otherwise: a defined term, a
    # name, another command; copying changes no word's first letter alone.
    ("The pier was repaired.", "The Pier was repaired!", False, ("a word capitalised",)),
    ("\\cad\n\nThis command gives c.-a-d.", "\\Cad\n\nThis command gives C.-a-d.", False,
     ("a word capitalised",)),
    # A TeX command or environment starred in one and not the other: another command
    # (a sample file shows ``align`` and then ``align*``); a star elsewhere is a mark.
    ("\\begin{align}\nx&=y\\\\\n\\end{align}", "\\begin{align*}\nx&=y\\\\\n\\end{align*}",
     False, ("a command starred",)),
    ("\\section{Tides}", "\\section*{Tides}", False, ("a command starred",)),
    ("\\section*{Tides}", "\\section{Tides}", False, ("a command starred",)),  # either way
    ("The pier was repaired.*", "The pier was repaired.", True, ()),
    ("\\begin{align}\nx&=y", "\\begin{align}\nx&=y*", True, ()),
    ("\\emph{pier} was repaired.", "\\emph pier was repaired.", True, ()),  # no {…}: not starred
    ("{align} x", "\\align* x", True, ()),  # not one command starred: an environment, a macro
    ("The pier was repaired.", "The Pier was repalred!", True, ("character noise",)),
    ("会议在株洲召开。", "会议在株洲召开了。", True, ("character noise",)),
    ("会议在株洲召开。", "会议不在株洲召开。", False, ("a negation added, dropped or changed",)),
    ("第二十六条", "第二十七条", False, ("different figures",)),
    # Two characters for two others are a word only where the document uses both as words
    # elsewhere; else they may be OCR's misreading, as one Latin letter is.
    ("会议在株洲召开。", "会议在长沙召开。", True, ("character noise",)),
    ("会议在湘潭召开。", "会议在衡阳召开。", False, ("different words",)),
    ("会议在株洲召开。", "会议在株洲市人民广场召开。", False, ("words added or dropped",)),
    # A heading's level said by repeating a syllable: another heading, not one misread
    ("Subsubsection\nThis is just some harmless text under a subsubsection.",
     "Subsubsubsection This is just some harmless text under a subsubsubsection.", False,
     ("different words",)),
]


@pytest.mark.parametrize(("a", "b", "copy", "kinds"), JUDGED, ids=case_id)
def test_judge_table(a: str, b: str, copy: bool, kinds: tuple[str, ...]) -> None:
    difference = judge(a, b, vocabulary=Vocabulary(VOCABULARY + a + b))
    assert (difference.copy, difference.kinds) == (copy, kinds)


def test_a_starred_command_is_named_first_where_it_differs() -> None:
    """Of two texts whose commands differ in their stars twice, the report names the
    first that differs (``\\section``), as it names the first word capitalised."""
    difference = in_form("\\section{Tides}\n\\begin{align}x\\end{align}",
                         "\\section*{Tides}\n\\begin{align*}x\\end{align*}")
    assert difference is not None and difference.detail == "\\section / \\section*"


SIGN = "a sign"


@pytest.mark.parametrize(("a", "b", "word", "kind"), [
    ("\\ar[rd,N-] & x", "\\ar[rd,N] & x", "\\ar[rd,N-] / \\ar[rd,N]", SIGN),  # an option's sign
    ("It froze at -5 degrees.", "It froze at 5 degrees.", "-5 / 5", SIGN),  # a number's sign
    ("Add (+3) to it.", "Add (3) to it.", "(+3) / (3)", SIGN),
    ("The ion Ca2+ binds.", "The ion Ca2 binds.", "Ca2+ / Ca2", SIGN),  # a charge
    ("Take f\u2032 here.", "Take f here.", "f\u2032 / f", SIGN),  # a prime
    ("It is f\u2019.", "It is f.", "f\u2019. / f.", SIGN),  # ...before a stop
    ("The state x^+ here.", "The state x^ here.", "x^+ / x^", SIGN),  # a superscript sign
    ("A well-known rule.", "A wellknown rule.", None, None),  # a hyphen inside a word
    ("A range 1-2 here.", "A range 12 here.", None, None),  # a dash between figures
    ("It froze at -5 degrees.", "It froze at  -5  degrees.", None, None),  # spacing only
    ("It froze at -5 degrees.", "It froze at \u22125 degrees.", None, None),  # a minus
    ("The students\u2019 union.", "The students' union.", None, None),  # set otherwise
    ("It froze at -5 degrees.", "It froze at 5 Degrees.", "degrees / Degrees",
     "a word capitalised"),
    ("\\ar[ru,<'] here", "\\ar[ru,.>] here", "[ru,<'] / [ru,.>]",
     "a command's option"),  # an arrow drawn the other way
    ("\\ar[ru,<\u2019] here", "\\ar[ru,<'] here", None, None),  # a quote set otherwise
])
def test_a_sign_or_an_option_set_otherwise_is_named(a: str, b: str, word: str | None,
                                                   kind: str | None) -> None:
    """Two texts the same but for a sign (a number's, or one closing a name), or for the
    symbols of a command's option: another number or option, as an extractor neither
    adds nor drops a sign, nor changes an option. The texts' keys (letters and digits)
    are one, so the duplicate stage asks this of them."""
    difference = in_form(a, b)
    if word is None or kind is None:
        assert difference is None
        assert _signed(a, b) is None  # a hyphen or dash is no sign even where tokens agree
    else:
        assert difference == Difference(False, (kind,), word)


@pytest.mark.parametrize(("shorter", "copy", "detail"), [
    ("\\begin{ZX} \\zxN{} & \\zxZ{} \\zxX{} \\ar[ru,.>] \\ar[rd,'>] \\end{ZX}", False,
     "[ru,<'] / [ru,.>]"),  # the arrows drawn the other way: another example
    ("\\begin{ZX} \\zxN{} & \\zxZ{} \\zxX{} \\ar[ru, <'] \\ar[rd,<.] \\end{ZX}", True,
     ""),  # the same options, a space put in: a copy cut off
    ("\\ar[rd,'>] \\end{ZX} \\pi 2", False,
     "[rd,<.] / [rd,'>]"),  # the end of the other: its options counted from the end
])
def test_a_commands_option_set_with_other_symbols_is_content(shorter: str, copy: bool,
                                                           detail: str) -> None:
    """zx-calculus's manual draws an arrow ``<'`` and then ``.>``: two examples whose
    letters are one, the second with the next figure's label glued on (pdftotext), so
    the first read as a copy of it cut off. A command's option is copied as set; other
    symbols in it are another option, even where the rest is a truncation."""
    longer = "\\begin{ZX} \\zxN{} & \\zxZ{} \\zxX{} \\ar[ru,<'] \\ar[rd,<.] \\end{ZX} \\pi 2"
    difference = judge(longer, shorter, vocabulary=Vocabulary(longer + shorter),
                       truncated=True)
    assert difference.copy is copy
    assert difference.detail == detail
    assert (difference.kinds == ("a command's option",)) is not copy


def test_a_difference_says_what_differs_and_quotes_at_most_max_detail() -> None:
    from cleaner.kinship import MAX_DETAIL, Difference

    assert Difference(True, ()).describe() == "nothing but case and punctuation"
    assert Difference(True, ("character noise", "truncation")).describe() == (
        "character noise, truncation")
    assert Difference(False, ("different figures",), "120 / 130").describe() == (
        "different figures: 120 / 130")
    exactly = Difference(False, ("different words",), "x" * MAX_DETAIL).describe()
    assert exactly == "different words: " + "x" * MAX_DETAIL
    longer = Difference(False, ("different words",), "x" * (MAX_DETAIL + 1)).describe()
    assert longer == "different words: " + "x" * (MAX_DETAIL - 1) + "…"


def test_a_word_is_established_by_its_contexts() -> None:
    """A word counts once per context (the words either side, the text's ends too); it is
    one of the document's words from three letters and three contexts."""
    vocabulary = Vocabulary("pier one. pier two. pier three. dock one. dock one. ox ox ox ox")
    assert vocabulary.count("pier") == 3 and vocabulary.count("dock") == 2
    assert vocabulary.established("pier") and not vocabulary.established("dock")
    assert vocabulary.count("ox") == 3 and not vocabulary.established("ox")  # too short
    ends = Vocabulary("pier pier pier")  # the first and last uses stand at the ends
    assert ends.count("pier") == 3
    assert Vocabulary("").count("pier") == 0


def test_two_established_words_are_both_words_only_if_used_alike_often() -> None:
    from cleaner.kinship import MAX_USE_RATIO

    def uses(word: str, times: int) -> str:  # the word in ``times`` distinct contexts
        return " ".join(f"{word} q{chr(97 + n // 26)}{chr(97 + n % 26)}" for n in range(times))

    often, rare = uses("mean", 3 * MAX_USE_RATIO), uses("means", 3)
    assert Vocabulary(f"{often} {rare}").count("mean") == 3 * MAX_USE_RATIO
    assert Vocabulary(f"{often} {rare}").all_words(["mean", "means"])
    rarer = uses("mean", 3 * MAX_USE_RATIO + 1)
    assert not Vocabulary(f"{rarer} {rare}").all_words(["mean", "means"])
    assert not Vocabulary(often).all_words([])


@pytest.mark.parametrize(("a", "b", "described"), [
    ("The pier cost 120 pounds.", "The pier cost 130 pounds.", "different figures: 120 / 130"),
    ("The pier cost 120 pounds.", "The pier cost pounds.", "a figure added or dropped: 120"),
    ("(a) The seller pays the cost.", "(b) The seller pays the cost.",
     "a different letter of a list or clause: a / b"),
    ("The pier and the dock were repaired.", "The dock and the pier were repaired.",
     "different words: pier / dock"),  # the first difference found is named
    ("会议在株洲召开。", "会议不在株洲召开。", "a negation added, dropped or changed: 不"),
    ("The pier was repaired.", "THE PIER WAS REPAIRED!", "nothing but case and punctuation"),
    ("The pier was repaired.", "The Pier was repaired!", "a word capitalised: pier / Pier"),
    ("It cost 5 10 15 pounds.", "It cost 5 20 25 pounds.", "different figures: 10 15 / 20 25"),
    ("The pier was repaired by the town council.", "The town council was repaired by the pier.",
     "different words: pier / town council"),
    ("The pier was repaired by the town.", "The pier was repaired by the harbour council town.",
     "words added or dropped: harbour council"),
    ("会议在株洲召开。", "会议在株洲市政府大楼召开。", "words added or dropped: 市政府大楼"),
    ("The cat sat on the quay.", "The dog sat on the quay.", "different words: cat / dog"),
    ("It was a red boat.", "It was a big boat.", "different words: red / big"),
    ("The cat sat on the quay.", "The cot sat on the quay.", "character noise"),
    ("依照第3条处罚。", "依照第4条处罚。", "different figures: 3 / 4"),
], ids=case_id)
def test_judge_describes_what_differs(a: str, b: str, described: str) -> None:
    assert judge(a, b, vocabulary=Vocabulary(VOCABULARY + a + b)).describe() == described


TRUNCATED_FROM = "The committee met on Tuesday and considered the report of the treasurer."


@pytest.mark.parametrize(("b", "copy", "kinds"), [
    ("The committee met on Tuesday and consid", True, ("truncation",)),  # cut at the end
    ("ttee met on Tuesday and considered the report of the treasurer.", True,
     ("truncation",)),  # cut at the start
    ("The committee met on Tuesday and the treasurer.", False,
     ("words added or dropped",)),  # a middle gone is no cut
], ids=case_id)
def test_a_truncated_copy_is_cut_at_an_end(b: str, copy: bool, kinds: tuple[str, ...]) -> None:
    difference = judge(TRUNCATED_FROM, b, vocabulary=Vocabulary(TRUNCATED_FROM + b),
                       truncated=True)
    assert (difference.copy, difference.kinds) == (copy, kinds)


A_WORDS = ["the", "committee", "met", "and", "considered", "it"]


@pytest.mark.parametrize(("b", "region", "cut", "why"), [
    (A_WORDS[2:], (0, 2, 0, 0), True, "its start missing"),
    (A_WORDS[:4], (4, 6, 4, 4), True, "its end missing"),
    (["the", "committee", "and", "considered", "it"], (2, 3, 2, 2), False,
     "a word missing in the middle"),
    (["the", "x"], (2, 6, 1, 1), False, "missing at a's end but not at b's"),
    (["the", "committee", "met", "and", "consid"], (4, 6, 4, 5), True,
     "cut inside a word, one word before the end"),
    (["the", "committee", "met", "and", "considered", "i"], (5, 6, 5, 6), True,
     "cut inside the last word"),
    (["the", "committee", "met", "and", "conside", "it"], (4, 5, 4, 5), True,
     "within one word of the end"),
    (["the", "committee", "met", "an", "considered", "it"], (3, 4, 3, 4), False,
     "two words from the end: not a cut"),
    (["ttee", "met", "and", "considered", "it"], (0, 2, 0, 1), True,
     "cut inside a word at the start"),
    (["the", "ttee", "met", "and", "considered", "it"], (1, 2, 1, 2), True,
     "within one word of the start"),
    (["the", "committee", "ttee", "and", "considered", "it"], (2, 3, 2, 3), False,
     "two words from the start: not a cut"),
    (["the", "committee", "met", "and", "co", "xx"], (4, 6, 4, 6), False,
     "two tokens are no piece of one word"),
    (["the", "committee", "met", "and", "considered", "1"], (5, 6, 5, 6), False,
     "a number is no piece of a word"),
    (["the", "committee", "met", "and", "considered", "i", "more", "words"], (5, 6, 5, 6),
     False, "at a's end but not at b's"),
    (["the", "committee", "met", "an"], (3, 4, 3, 4), False, "at b's end but not at a's"),
    (["the", "committee", "met", "and", "consid", "x", "y"], (4, 5, 4, 5), False,
     "one word from a's end but two from b's"),
    (["x", "y", "z", "he", "met", "and", "considered", "it"], (0, 1, 3, 4), False,
     "at a's start but not at b's"),
    (["the", "et", "and", "considered", "it"], (2, 3, 1, 2), False,
     "at b's start but two words into a"),
    (["the", "committee", "ttee", "and", "considered", "it"], (1, 2, 2, 3), False,
     "one word into a but two into b"),
], ids=case_id)
def test_where_a_copy_was_cut_from_its_paragraph(b: list[str], region: tuple[int, int, int, int],
                                                 cut: bool, why: str) -> None:
    assert _cut(A_WORDS, b, *region) is cut, why


def test_a_number_is_no_piece_of_another() -> None:
    assert not _cut(["it", "cost", "210"], ["it", "cost", "10"], 2, 3, 2, 3)
    assert _cut(["it", "cost", "pounds"], ["it", "cost", "pou"], 2, 3, 2, 3)


@pytest.mark.parametrize(("elsewhere", "copy"), [
    ("", True),                                        # two characters: OCR's, as far as known
    ("市政工程开工。道路属于市政管理。他在市政部门工作。", False),  # the document's word
], ids=case_id)
def test_two_cjk_characters_added_are_a_word_only_where_the_document_uses_them(
        elsewhere: str, copy: bool) -> None:
    a, b = "会议在株洲召开。", "会议在株洲市政召开。"
    difference = judge(a, b, vocabulary=Vocabulary(VOCABULARY + elsewhere + a + b))
    assert difference.copy is copy
    assert difference.describe() == ("character noise" if copy
                                     else "words added or dropped: 市政")


@pytest.mark.parametrize(("a", "b", "word"), [
    ("\\cad gives c.-a-d.", "\\Cad gives C.-a-d.", "cad / Cad"),  # the first one named
    ("The ox was sold.", "The Ox was sold!", "ox / Ox"),  # a word of two letters
    ("(a) The seller pays.", "(A) The seller pays.", "a / A"),  # a clause's letter
    ("The pier was repaired.", "THE PIER WAS REPAIRED.", None),  # set in capitals
    ("The pier was repaired.", "The dock was repaired.", None),  # differs otherwise
    ("The pier was repaired.", "The pier was repaired.", None),
])
def test_a_word_capitalised_is_named(a: str, b: str, word: str | None) -> None:
    """Two texts alike to the letter but for a word one capitalises: the duplicate stage
    asks this of paragraphs whose keys (case folded) are one."""
    assert in_form(a, b) == (None if word is None else
                             Difference(False, ("a word capitalised",), word))
