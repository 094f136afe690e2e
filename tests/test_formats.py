"""The format a document is read as, and the reason the report gives for it
(:mod:`cleaner.formats`): each branch of the recogniser on a text made to reach it."""

from __future__ import annotations

import random

import pytest

import cleaner
from cleaner.formats import Layout, recognise
from cleaner.segment import segment

from .test_page_numbers import exam_pages

WORDS = ["harbour", "pier", "winter", "repair", "cost", "cooperative", "committee", "chair",
         "minutes", "session", "secretary", "report", "vote", "budget", "lighthouse", "crane"]


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.sample(WORDS, words)).capitalize() + "."


def _cues() -> str:
    return "".join(f"{n}\n00:00:0{n},000 --> 00:00:0{n},900\nHello.\n\n" for n in range(1, 4))


def _wrapped_prose() -> str:
    """Paragraphs of prose wrapped at a margin, blank lines between them."""
    rng = random.Random(1)
    paragraphs = []
    for _ in range(12):
        words = " ".join(rng.choice(WORDS) for _ in range(60))
        lines = [words[at:at + 70] for at in range(0, len(words), 70)]
        paragraphs.append("\n".join(lines) + ".")
    return "\n\n".join(paragraphs) + "\n"


def _line_paragraphs(article: bool = False) -> str:
    """A paragraph on each line, each a sentence or two (a statute's articles, with
    ``article``), two to a block."""
    rng = random.Random(2)
    lines = [(f"第{n + 1}条 " if article else "") + _sentence(rng, rng.randint(3, 16))
             + (" " + _sentence(rng, rng.randint(1, 16))) * rng.randint(0, 1) for n in range(50)]
    return "\n\n".join("\n".join(lines[at:at + 2]) for at in range(0, 50, 2)) + "\n"


def _one_line_paragraphs(article: bool = False) -> str:
    """Paragraphs of one line each, blank lines between: no blocks of lines to read a
    shape from."""
    rng = random.Random(3)
    return "\n\n".join((f"第{n + 1}条 " if article else "") + _sentence(rng, 12)
                       for n in range(50)) + "\n"


def _stanzas() -> str:
    return "".join(f"Ask me why, I'll say I love you {n} times\n"
                   f"And I'm always thinking of you, day {n}\n\n" for n in range(1, 21))


SLIDE_WORDS = ["研究", "内容", "进度", "介绍", "工作", "后期", "安排", "问题", "解决",
               "方案", "文献", "成果", "实验", "数据", "模型", "方法", "结论", "分析"]


def _slides(marked: bool) -> str:
    """Sixteen slides of short CJK lines, each with its foot: as PyMuPDF writes them
    (``marked``: the slide's page of the total alone on the slide's last line, a blank
    line after it) or as pypdf does (nothing between the slides, the page of the total
    run into the foot's last line)."""
    rng = random.Random(5)
    slides = []
    for page in range(1, 17):
        lines = ["目录 研究内容及进度 参考文献"]
        lines += ["".join(rng.choices(SLIDE_WORDS, k=rng.randint(2, 6))) for _ in range(5)]
        lines += ["杨敬轩 清华大学"]
        lines += ["报告标题", f"{page} / 16"] if marked else [f"报告标题 {page} / 16"]
        slides.append("\n".join(lines) + "\n")
    return ("\n" if marked else "").join(slides)


@pytest.mark.parametrize("marked", [True, False], ids=["pymupdf", "pypdf"])
def test_slides_that_state_their_page_of_the_total_are_pages(marked: bool) -> None:
    """A talk's slides are short CJK lines, as a poem's stanzas are; but each states its
    page of the total at its foot (``3 / 16``, alone at the end of its block or ending
    the foot's line), rising by one: pages, read as prose, whose feet go."""
    text = _slides(marked)
    layout = recognise(segment(text))
    assert (layout.format, layout.why) == ("prose", "pages that count themselves")
    result = cleaner.clean(text).text
    assert text.count("杨敬轩 清华大学") == 16 and "杨敬轩 清华大学" not in result


@pytest.mark.parametrize(("text", "expected"), [
    (_cues(), ("subtitles", False, "timestamped cues")),
    ("Only a few lines.\nOf text.\n", ("prose", False, "too few lines of text to tell more")),
    ("\n".join(f"第{n}条 Clause." for n in range(1, 7)) + "\n",
     ("statute", False, "too few lines of text to tell more")),
    (_one_line_paragraphs(), ("prose", False, "paragraphs between blank lines")),
    (_one_line_paragraphs(article=True), ("statute", False, "paragraphs between blank lines")),
    (_wrapped_prose(), ("prose", False, "paragraphs between blank lines")),
    (_line_paragraphs(), ("prose", True, "a paragraph on each line")),
    (_line_paragraphs(article=True), ("statute", True, "numbered articles")),
    (_stanzas(), ("verse", False, "stanzas of short lines")),
    (exam_pages(), ("prose", False, "pages that name themselves")),
], ids=["cues", "few", "few-articles", "one-line", "one-line-articles", "prose",
        "line-paragraphs", "statute", "verse", "exam"])
def test_each_format_and_the_reason_given_for_it(text: str,
                                                  expected: tuple[str, bool, str]) -> None:
    """The report names the format and why it was read so; the margin (the width nine
    lines in ten of the blocks stay within) is measured whichever branch decides."""
    layout: Layout = recognise(segment(text))
    assert (layout.format, layout.line_paragraphs, layout.why) == expected
    assert isinstance(layout.margin, int) and layout.margin >= 0
