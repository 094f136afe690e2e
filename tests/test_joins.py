"""Joins: paragraphs cut by page or column breaks, on the reference page and in Latin text."""

from __future__ import annotations

from pathlib import Path

import pytest

import cleaner
from cleaner.options import Options

from .conftest import REFERENCE, Case, case_id, check_case

# (end of the first half, start of the second): each must be one paragraph after cleaning.
REFERENCE_BREAKS = [
    ("161名初中学生宣誓", "入团,相比以往"),
    ("举办株洲市首", "届“创客文化节”"),
    ("团市委还", "组织成立青年创业天使导师团"),
    ("共培训2616人,新", "组市县两级青年就业创业见习基地"),
    ("打造志愿服务品牌,选", "树志愿服务典型"),
    ("“守护小雨水”", "小动物与自闭症儿童的约会"),
    ("和第三", "届中国青年志愿服务项目大赛"),
    ("青企协等社会爱心资源,开", "展帮扶救助行动"),
    ("为全市青少年的健康成长", "保驾护航。"),
    ("“青春恋爱", "季”、O2O小环境治理"),
    ("在各级团", "的代表大会、全委会"),
    ("保持经常性交流,其中,", "《中国青年报》对株洲机公司团委书记李金龙"),
    ("下沉走访活", "动,扎实开展基层团组织"),
    ("控制团员发", "展数量,5年来"),
    ("建立“两新”", "团组织1758家"),
]
HEADINGS = ["强化理想信念教育", "服务青年创新创业", "做优青年志愿服务", "服务青少年健康成长",
            "共青团改革稳步推进", "全面推进从严治团", "空中学校揭牌仪式", "与成功创业者面对面活动",
            "“小青信”志愿服务队", "2015年株洲市青年创业大赛", "少队辅导员的工作职责",
            "青春筑梦 发展聚力", "共青团株洲市委5年工作回眸"]


@pytest.fixture(scope="module")
def clean_lines() -> list[str]:
    return cleaner.clean(REFERENCE.read_text(encoding="utf-8")).text.split("\n")


@pytest.mark.parametrize(("end", "start"), REFERENCE_BREAKS)
def test_reference_break_is_joined(clean_lines: list[str], end: str, start: str) -> None:
    assert any(end + start in line for line in clean_lines)


@pytest.mark.parametrize("heading", HEADINGS)
def test_reference_heading_stands_alone(clean_lines: list[str], heading: str) -> None:
    assert heading in clean_lines


def test_joins_can_be_turned_off() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    result = cleaner.clean(text, Options(join_broken_paragraphs=False))
    assert not [edit for edit in result.edits if edit.kind == "broken_paragraph"]
    assert "161名初中学生宣誓\n\n入团" in result.text


CASES = [
    # Latin text joins with one space.
    Case("The committee met on a cold\n\nmorning in March.\n",
         "The committee met on a cold morning in March.\n", ["broken_paragraph"]),
    # A hyphenated word loses its hyphen...
    Case("Laboratories calibrate their in-\n\nstruments every week.\n",
         "Laboratories calibrate their instruments every week.\n", ["hyphenated_word"]),
    # ...unless the document spells it with a hyphen elsewhere.
    Case("A self-contained unit. It is self-\n\ncontained in every way.\n",
         "A self-contained unit. It is self-contained in every way.\n", ["hyphenated_word"]),
    # Across a form feed only when plainly open.
    # ...and the page break it cut moves after the paragraph: the pages stay as many
    # (at the end of the text no page follows, and none is needed).
    Case("The results of one\n\n\fand another laboratory agree.\n\nNext page.\n",
         "The results of one and another laboratory agree.\f\n\nNext page.\n",
         ["broken_paragraph", "page_break_moved"]),
    Case("The results of one\n\n\fand another laboratory agree.\n",
         "The results of one and another laboratory agree.\n", ["broken_paragraph"]),
    # CJK text joins with no space.
    Case("全市新团员离队入团仪式示范活动上,161名初中学生宣誓\n\n入团,相比以往。\n",
         "全市新团员离队入团仪式示范活动上,161名初中学生宣誓入团,相比以往。\n",
         ["broken_paragraph"]),
    Case("The committee met on a cold\n\nmorning in March.\n",
         "The committee met on a cold\n\nmorning in March.\n", [],
         Options(join_broken_paragraphs=False)),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_join_table(case: Case, tmp_path: Path) -> None:
    check_case("joins", case, tmp_path)


@pytest.mark.parametrize("text", [
    "The measurement ended.\n\nthen a new paragraph begins in lower case.\n",  # sentence ended
    "Introduction\n\nthe text starts here, oddly.\n",                          # a heading
    "Figure 2. The balance\n\nwas calibrated daily.\n",                        # a caption
    "Abbildung 2. Die Waage, mit der die Proben des Hafens gewogen werden, ist\n\n"
    "vor jeder Messung täglich geeicht worden.\n",                              # in German
    "Tabla 3.1: Los valores de los parámetros utilizados en el diseño y las\n\n"
    "simulaciones corresponden a los valores reales.\n",                        # in Spanish
    "The list has\n\n- one item that goes on\n",                               # a list item
    "The value is\n\nαg = 8πG / 5Ω2\n",                                        # a formula
    "The chair said\n\nThe next item.\n",                                      # capital letter
    "股东大会审议通过了以下议案\n\n第一项议案\n",                                 # heading-like
    "需要注意的是，若为英文参考文献，则语言可以省略。\n参考文献部分给出了很多文献格式的例子，"
    "其中\n\n第六章\n全文总结\n本文主要介绍了如何使用这个"
    "文档类来对学位论文进行排版。\n当然，它肯定存在许多不足的地方，希望各位读者予以指正。\n",
    # a chapter's label over its title and text
    "北京市& 京& 北京市\\\\\n天津市& 津& 天津市\\\\\n河北省& 冀& 石家庄市\\\\\n"
    "山西省& 晋& 太原市\\\\\n辽宁省& 辽& 沈阳市\\\\\n\n吉林省& 吉& 长春市\\\\\n"
    "黑龙江省& 黑& 哈尔滨市\\\\\n上海市& 沪/申& 上海\\\\\n江苏省& 苏& 南京市\\\\\n",
    # a listing's rows, TeX's line break ending each
    "{picture/}{pic/}{pics/}{image/}{images/}}\n\n浮动体设置。\n",  # a line of code, then text
    "\\end{acks}\n\nso that the information contained therein is collected.\n",  # ...in English
    "Check whether we are in the manuscript mode\n\n32 \\newif\\if@aom@manuscript@mode\n",
    # a listing's numbered line of code under its comment
    "Repeated line without end\n\nnext part here\n\nRepeated line without end\n",
])
def test_not_joined(text: str) -> None:
    assert not [e for e in cleaner.clean(text).edits if e.kind == "broken_paragraph"]


def test_markdown_is_never_joined_across_structure() -> None:
    text = ("# A heading without a stop\n\nbody text starts lower\n\n"
            "> a quote without a stop\n\nand the text goes on\n\n"
            "- a list item\n\nand more text\n\n```\ncode(\n```\n\nand text after code\n")
    result = cleaner.clean(text, Options(format="markdown"))
    assert result.edits == ()


def test_joining_is_idempotent_on_the_reference_page() -> None:
    once = cleaner.clean(REFERENCE.read_text(encoding="utf-8")).text
    assert cleaner.clean(once).edits == ()


def edits_of_kind(text: str, kind: str) -> list[cleaner.Edit]:
    """The edits of ``kind`` (or of that reason) that cleaning ``text`` makes."""
    return [edit for edit in cleaner.clean(text).edits if kind in (edit.kind, edit.reason)]


def test_a_form_feed_elsewhere_does_not_make_a_break_a_page_break() -> None:
    """Only a form feed between the two halves asks for a plainly open first half; one
    on an earlier page or a later one does not (a half that goes on with a figure)."""
    page = "The committee met in the hall.\n\n\f"
    broken = ("The harbour committee of the town met on the\n\n"
              "12th of March in the hall of the guild.\n")
    for text in [page + broken, broken + "\n\f" + page]:
        assert len(edits_of_kind(text, "broken_paragraph")) == 1, text


def test_a_block_that_starts_as_the_one_before_is_no_second_half() -> None:
    """A paragraph printed again, the first print cut short, starts as it starts: the
    second block starts over and is not joined to the first (the join stage alone, as
    no copy went before it)."""
    from cleaner import joins
    from cleaner.segment import segment

    start = "the harbour committee met on a grey morning to hear the reports of the pilots"
    doc = segment(f"{start} who had kept\n\n{start} who had kept the channel open.\n")
    assert joins.detect(doc, (), Options()).joins == ()
    wrapped = f"{start[:24]}\n{start[24:]}"  # its first line too short to tell alone
    doc = segment(f"{wrapped} who had kept\n\n{start} who had kept the channel open.\n")
    assert joins.detect(doc, (), Options()).joins == ()
    doc = segment(f"{start} who had kept\n\nthe channel open through the winter.\n")
    assert len(joins.detect(doc, (), Options()).joins) == 1


def test_a_second_half_starts_nothing_however_its_words_begin() -> None:
    """A filler text says its sentences again and again: the second half of one broken
    paragraph may begin as the block after it begins (``gleichgültig, ob ich
    schreibe`` after ``Ist es``, then ``es gleichgültig, ob ich schreibe``). Once
    joined, that half is inside the paragraph, which starts elsewhere: the next block
    does not start it over, and is joined too, as it is when the text is cleaned
    again."""
    text = ("Zweiter Listenpunkt, Stufe 3. Dies hier ist ein Blindtext. Ist es\n\n"
            "gleichgültig, ob ich schreibe: Dies ist ein Blindtext, oder anders? Ist\n\n"
            "es gleichgültig, ob ich schreibe: Dies ist ein Blindtext, oder nicht.\n")
    result = cleaner.clean(text)
    assert [edit.reason for edit in result.edits] == ["broken_paragraph"] * 2
    assert cleaner.clean(result.text).text == result.text


def test_an_indented_half_is_joined_where_paragraphs_open_without_indent() -> None:
    text = "The committee met on a cold\n\n    morning in March.\n"
    assert len(edits_of_kind(text, "broken_paragraph")) == 1


@pytest.mark.parametrize(("text", "joined"), [
    ("全市新团员离队入团仪式示范活动上,161名初中学生宣誓\n\nabc入团,相比以往。\n",
     "161名初中学生宣誓abc入团"),
    ("The delegates from Hunan voted for the plan of the\n\n入团,相比以往。\n",
     "plan of the入团"),
    ("The delegates from Hunan voted for the plan of 2017年\n\nand the town agreed.\n",
     "plan of 2017年and the town"),
    ("学生按大学结业处理。省⽴\n\n⼭东⼤学和私⽴青岛⼤学是前⾝。\n", "省⽴⼭东⼤学"),  # radicals
], ids=case_id)
def test_a_cjk_character_on_either_side_joins_with_no_space(text: str, joined: str) -> None:
    assert joined in cleaner.clean(text).text


@pytest.mark.parametrize(("text", "message"), [
    ("Laboratories calibrate their in-\n\nstruments every week.\n",
     "word rejoined across the break at line 3"),
    ("A self-contained unit. It is self-\n\ncontained in every way.\n",
     "word kept as self-contained across the break at line 3"),
], ids=case_id)
def test_a_hyphenated_words_message_says_what_became_of_the_hyphen(text: str,
                                                                  message: str) -> None:
    assert [edit.message for edit in edits_of_kind(text, "hyphenated_word")] == [message]


def test_a_sentence_broken_before_a_figure_it_names_in_lower_case_is_joined() -> None:
    """``figura 3 mostra`` goes on a sentence; a caption in Portuguese is capitalised."""
    text = ("Uma forma de alinhar as legendas de uma figura sem usar a minipage a\n\n"
            "figura 3 mostra o resultado deste formato.\n")
    assert [edit.kind for edit in cleaner.clean(text).edits] == ["broken_paragraph"]
