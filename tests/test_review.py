"""The review page: the document on it whole and as it was, every edit marked, counted and
listed; and, loaded in a real browser (headless Chromium), links that resolve, keys that
move from edit to edit, the last line of a long document reachable, the edits view."""

from __future__ import annotations

import dataclasses
import html
import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cleaner import CleanResult, Stats, clean, review
from cleaner.cli import main
from cleaner.edits import KINDS, Sibling
from cleaner.review import CONTEXT_LINES, Reviewed, page
from cleaner.segment import line_starts

from .conftest import REFERENCE, case_id

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed "
                                    "(.ci/run installs Debian's chromium)")
LABELS = {"n", "tag", "mark", "sibling", "gap"}  # what the page adds to the document's text
VOID = {"meta", "input", "br"}

WORDS = ["harbour", "pier", "ferry", "storm", "lighthouse", "crane", "tide", "cargo"]
TWICE = ("The committee voted to repair the northern pier before the winter storms,\n"
         "and to paint the lighthouse that stands at the end of it white and red,\n"
         "at a cost of four hundred pounds from the harbour fund.\n")


def paper(pages: int = 4) -> str:
    """Pages of minutes, each with a running foot and a page number, ended by a form feed;
    on page 2 a paragraph of three lines printed twice in a row; blank lines at the end."""
    texts = []
    for number in range(1, pages + 1):
        body = "".join(f"Of the {WORDS[(number + n) % 8]} the minutes of session "
                       f"{number * 10 + n} say little.\n" for n in range(6))
        if number == 2:
            body += "\n" + TWICE + "\n" + TWICE
        texts.append(f"{body}\nHarbour Review, spring issue\n{number}\n")
    return "\f".join(texts) + "\n\n"


PAPER = paper()


STRUCTURE = {"html", "head", "body", "main", "nav", "section", "details", "ol", "ul",
             "layout", "legend", "steps", "view", "doc", "side", "file"}  # they hold elements


class Tree(HTMLParser):
    """A page read as a browser would read its markup: every element with its attributes,
    each end tag checked against the element it closes (a removal cut by a block, or
    edits that overlap, would close the wrong one), no text where the page puts only
    elements, and the document's own text: the text of ``.doc`` without the labels the
    page adds."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str]]] = []
        self.stack: list[tuple[str, set[str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        self.found.append((tag, attributes))
        if tag not in VOID:
            self.stack.append((tag, set(attributes.get("class", "").split())))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1][0] == tag, (tag, self.stack[-3:])
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        classes = set().union(*(names for _, names in self.stack))
        if "doc" in classes and not classes & LABELS:
            self.text.append(data)
        if data.strip() and self.stack:
            tag, names = self.stack[-1]
            assert tag not in STRUCTURE and not (tag == "div" and names & STRUCTURE), (
                f"text directly in <{tag} class={sorted(names)}>: {data[:40]!r}")

    def elements(self, tag: str | None = None, cls: str | None = None,
                 ) -> list[dict[str, str]]:
        return [attrs for name, attrs in self.found if (tag is None or name == tag)
                and (cls is None or cls in attrs.get("class", "").split())]


def read(markup: str) -> Tree:
    tree = Tree()
    tree.feed(markup)
    tree.close()
    assert tree.stack == []
    return tree


def built(text: str, name: str = "paper.txt") -> tuple[str, Any]:
    result = clean(text)
    return page([Reviewed(name, text, result)]), result


def test_the_page_holds_the_document_whole_and_as_it_was() -> None:
    text = PAPER + "<script>alert('a & b')</script> \"quoted\" 1 < 2\n"
    markup, result = built(text)
    tree = read(markup)
    assert "".join(tree.text) == text  # nothing cut, nothing doubled, every character escaped
    assert "<script>alert" not in markup
    assert len(tree.elements("span", "n")) == text.count("\n")
    assert result.edits  # and the page had edits to place


def test_every_edit_is_marked_with_its_reason_written_out_and_counted() -> None:
    markup, result = built(PAPER)
    tree = read(markup)
    marks = tree.elements(cls=None)
    edits = [attrs for attrs in marks if "data-edit" in attrs]
    assert [attrs["id"] for attrs in edits] == [f"f0-e{n}" for n in range(len(result.edits))]
    assert [(attrs["data-kind"], attrs["data-reason"]) for attrs in edits] == [
        (edit.kind, edit.reason) for edit in result.edits]
    kinds = {edit.kind for edit in result.edits}
    assert {"boilerplate_line", "page_number", "duplicate_paragraph", "blank_lines"} <= kinds
    tags = re.findall(r'<span class="tag">([^<]*)', markup)
    assert [tag.strip() for tag in tags] == [
        edit.reason + (f" · {edit.evidence}" if edit.evidence else "") for edit in result.edits]
    legend = {kind: int(count) for kind, count in
              re.findall(r'<span class="count" data-kind="(\w+)">(\d+)</span>', markup)}
    assert legend == {kind: sum(edit.kind == kind for edit in result.edits)
                      for kind in KINDS}
    side = dict(re.findall(r"</span> (\w+) <b>(\d+)</b></summary>", markup))
    assert {reason: int(count) for reason, count in side.items()} == result.stats.by_reason
    kept = next(edit for edit in result.edits if edit.kept_line is not None)
    assert f'href="#f0-l{kept.kept_line}">→ kept at line {kept.kept_line}</a>' in markup


def test_each_form_feed_is_a_page_break_drawn_above_its_line() -> None:
    markup, _ = built(PAPER)
    assert markup.count('<span class="pb" title="page break">\f</span>') == PAPER.count("\f")
    line = PAPER[:PAPER.index("\f")].count("\n") + 1  # the line that starts with the feed
    assert f'\f</span><span class="n" id="f0-l{line}">' in markup


def test_a_form_feed_inside_a_line_is_drawn_too() -> None:
    text = "Figure 3: the pier\fin winter.\nThe end.\n"
    markup, _ = built(text)
    assert ('Figure 3: the pier<span class="pb" title="page break">\f</span>in winter.'
            in markup)
    assert "".join(read(markup).text) == text


def test_the_side_list_groups_by_reason_most_first_and_names_the_file_escaped() -> None:
    markup, result = built(PAPER, name="<b>minutes & notes</b>.txt")
    assert "&lt;b&gt;minutes &amp; notes&lt;/b&gt;.txt" in markup
    assert "<b>minutes" not in markup
    order = re.findall(r"</span> (\w+) <b>(\d+)</b></summary>", markup)
    counts = [int(count) for _, count in order]
    assert counts == sorted(counts, reverse=True) and len(order) == len(result.stats.by_reason)
    ties = [reason for reason, count in order if int(count) == counts[0]]
    assert ties == sorted(ties)  # equal counts: by name
    first = next(edit for edit in result.edits if edit.reason == order[0][0])
    assert f'<li><a href="#f0-e0">line {first.first_line}</a></li>' in markup
    clean_page = page([Reviewed("clean.txt", "Nothing here.\n", clean("Nothing here.\n"))])
    assert "<p>Nothing to remove.</p>" in clean_page and "<details>" not in clean_page


def test_each_edit_says_its_reason_and_message_on_hover_escaped() -> None:
    text = PAPER.replace("Harbour Review", 'Harbour "Review" <&>')
    markup, result = built(text)
    edit = next(edit for edit in result.edits if edit.kind == "boilerplate_line")
    index = result.edits.index(edit)
    title = re.search(rf'id="f0-e{index}"[^>]* title="([^"]*)"', markup)
    assert title is not None
    assert html.unescape(title.group(1)) == f"{edit.reason}: {edit.message}"
    assert "&lt;&amp;&gt;" in title.group(1) and "&quot;" in title.group(1)


def test_a_single_line_not_shown_is_named_as_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(review, "CONTEXT_LINES", 6)  # the first edit, at line 8: from line 2
    markup, result = built(PAPER)
    assert result.edits[0].first_line == 8
    gaps = re.findall(r"⋯ (lines? [\d,–]+) not shown \((\d+)\)", markup)
    assert gaps[0] == ("line 1", "1")
    assert all(shown.startswith("lines ") for shown, count in gaps[1:] if int(count) > 1)


def test_a_block_is_as_tall_as_its_lines_before_it_is_laid_out(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(review, "CHUNK_LINES", 4)
    markup, _ = built(PAPER)
    blocks = re.findall(r'<div class="chunk \w+" style="contain-intrinsic-size: auto '
                        r'([\d.]+)em">(.*?)</div>', markup, re.S)
    assert blocks
    for height, body in blocks:
        assert float(height) == pytest.approx(body.count('class="n"') * 1.45)


def test_the_paragraphs_kept_on_one_line_have_one_mark() -> None:
    text = "One line.\nTwo lines.\nThree lines.\n"
    result = clean(text)
    siblings = tuple(Sibling(start=10, end=19, first_line=2, last_line=2, kept_start=0,
                             kept_end=9, kept_line=kept, score=95.0, message=f"like {kept}")
                     for kept in (1, 3))
    markup = page([Reviewed("a.txt", text, dataclasses.replace(result, siblings=siblings))])
    assert markup.count('class="sibling"') == 1
    assert '<span class="n" id="f0-l2">2</span><span class="sibling"' in markup
    assert ('≈ sibling of lines <a class="kept" href="#f0-l1">1</a>, '
            '<a class="kept" href="#f0-l3">3</a>, kept') in markup
    assert "".join(read(markup).text) == text
    assert 'title="like 1 | like 3"' in markup
    repeat = (Sibling(start=10, end=19, first_line=2, last_line=2, kept_start=0, kept_end=9,
                      kept_line=1, score=99.0, message='a "repeat" <kept>',
                      reason="repeated_paragraph"),)
    markup = page([Reviewed("a.txt", text, dataclasses.replace(result, siblings=repeat))])
    assert ('<span class="sibling" title="a &quot;repeat&quot; &lt;kept&gt;">≈ repeat of line '
            '<a class="kept" href="#f0-l1">1</a>, kept </span>') in markup


def test_blocks_are_short_and_never_cut_a_removal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(review, "CHUNK_LINES", 2)
    markup, result = built(PAPER)
    assert any(edit.last_line - edit.first_line == 2 for edit in result.edits)
    tree = read(markup)  # every </del> closes the <del> it opened: no block cuts one
    assert "".join(tree.text) == PAPER
    blocks = re.findall(r'<div class="chunk (near|far)"[^>]*>(.*?)</div>', markup, re.S)
    sizes = [body.count('class="n"') for _, body in blocks]
    assert sum(sizes) == PAPER.count("\n")
    assert max(size for (_, body), size in zip(blocks, sizes, strict=True)
               if "<del" not in body) <= 2
    assert max(sizes) >= 3  # the block that holds the three-line removal whole


def test_the_edits_view_shows_the_lines_around_each_edit_and_folds_the_rest() -> None:
    markup, result = built(PAPER)
    near_lines: set[int] = set()
    for edit in result.edits:
        near_lines.update(range(edit.first_line - CONTEXT_LINES,
                                edit.last_line + CONTEXT_LINES + 1))
    blocks = re.findall(r'<div class="chunk (near|far)"[^>]*>(.*?)</div>', markup, re.S)
    lines_of: dict[str, set[int]] = {where: set() for where in ("near", "far")}
    for where, body in blocks:
        lines_of[where].update(int(n) for n in re.findall(r'id="f0-l(\d+)"', body))
    assert lines_of["near"] >= near_lines & set(range(1, PAPER.count("\n") + 1))
    assert len(lines_of["near"] - near_lines) <= 2  # a removal that starts on a line feed
    assert lines_of["far"] and not lines_of["far"] & near_lines
    gaps = re.findall(r"⋯ lines? ([\d,]+)(?:–([\d,]+))? not shown \((\d+)\)", markup)
    assert sum(int(count) for _, _, count in gaps) == len(lines_of["far"])
    assert gaps[0] == ("1", "4", "4")  # page 1 before the three lines above its foot


def test_a_hundred_thousand_lines_are_all_on_the_page_and_built_from_the_edits(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing is cut; and the text between marks is escaped in slices: the escaping is
    called about once per line, not once per character."""
    text = "".join(f"Line {n} of a long log of the harbour's tides.\n" for n in range(100_000))
    calls = 0
    real_escape = html.escape

    def counted(value: str, quote: bool = True) -> str:
        nonlocal calls
        calls += 1
        return str(real_escape(value, quote))

    monkeypatch.setattr(html, "escape", counted)  # as the page module calls it
    nothing = CleanResult(text, (), Stats(100_000, 100_000, len(text), len(text)))
    markup = page([Reviewed("log.txt", text, nothing)])
    assert 'id="f0-l100000"' in markup and "".join(read(markup).text) == text
    assert calls < 100_000 * 1.1
    assert len(markup) < len(text) * 3


def test_a_long_page_opens_in_the_edits_view(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = PAPER.count("\n")
    for limit, edits_only in ((lines, False), (lines - 1, True)):
        monkeypatch.setattr(review, "EDITS_VIEW_FROM", limit)
        markup = built(PAPER)[0]
        assert ('<body class="edits-only">' in markup) is edits_only
        assert ('id="edits-only" checked>' in markup) is edits_only
        assert ('id="edits-only">' in markup) is not edits_only


def test_the_title_counts_the_files() -> None:
    one = Reviewed("a.txt", PAPER, clean(PAPER))
    assert "<title>cleaner review: 1 file</title>" in page([one])
    assert "<title>cleaner review: 2 files</title>" in page([one, one])
    assert "<title>cleaner review: 0 files</title>" in page([])


def test_each_file_has_a_summary_of_what_was_done() -> None:
    markup, result = built(PAPER)
    summary = re.search(r'<p class="summary">([^<]*)</p>', markup)
    assert summary is not None
    text = html.unescape(summary.group(1))
    assert text.startswith(f"{len(result.edits)} edits: ") and text.endswith(".")
    for kind, count in result.stats.by_kind.items():
        assert f"{count} {KINDS[kind].label}" in text
    assert "kept" not in text
    siblings = tuple(Sibling(start=0, end=5, first_line=1, last_line=1, kept_start=0,
                             kept_end=5, kept_line=1, score=95.0, message="m", reason=reason)
                     for reason in ("sibling_paragraph", "repeated_paragraph",
                                    "repeated_paragraph"))
    kept = page([Reviewed("a.txt", PAPER, dataclasses.replace(result, siblings=siblings))])
    assert "; 1 siblings kept; 2 repeats kept.</p>" in kept
    nothing = page([Reviewed("b.txt", "Plain.\n", clean("Plain.\n"))])
    assert '<p class="summary">Nothing to remove.</p>' in nothing


def test_line_starts() -> None:
    assert line_starts("") == [0]
    assert line_starts("a") == [0]
    assert line_starts("a\n") == [0]
    assert line_starts("a\n\n") == [0, 2]
    assert line_starts("\nb") == [0, 1]


def test_the_page_makes_no_request_of_its_own() -> None:
    markup, _ = built(PAPER)
    for tag, attrs in read(markup).found:
        assert tag not in {"link", "img", "iframe", "object", "embed"}
        assert "src" not in attrs, tag
        assert attrs.get("href", "#").startswith("#"), attrs
    assert "url(" not in markup and "@import" not in markup and "fetch(" not in markup


# --- In a real browser ------------------------------------------------------------------


def browser(*args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                           "--host-resolver-rules=MAP * ~NOTFOUND", "--window-size=1200,900",
                           *args], capture_output=True, text=True, timeout=180)


def probe(page_file: Path, steps: str, query: str = "") -> dict[str, Any]:
    """Load ``page_file`` in Chromium, run ``steps`` (JS, with ``record(name, value)``)
    after the page's own script, and return what was recorded."""
    copy = page_file.with_name("probed-" + page_file.name)
    script = ("<script>window.addEventListener('load', function () {"
              "var found = {}; function record(name, value) { found[name] = value; }"
              f"{steps}"
              "setTimeout(function () { document.body.dataset.probe = JSON.stringify(found); },"
              " 300); });</script></body>")
    copy.write_text(page_file.read_text(encoding="utf-8").replace("</body>", script),
                    encoding="utf-8")
    loaded = browser("--virtual-time-budget=30000", "--dump-dom", copy.as_uri() + query)
    assert loaded.returncode == 0, loaded.stderr
    found = re.search(r'data-probe="([^"]*)"', loaded.stdout)
    assert found, loaded.stdout[-2000:]
    return dict(json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&")))


@pytest.fixture
def reference_page(tmp_path: Path) -> tuple[Path, list[dict[str, Any]]]:
    page_file, report = tmp_path / "review.html", tmp_path / "report.json"
    outcome = CliRunner().invoke(main, ["clean", "--check", "-q", str(REFERENCE), "--html",
                                        str(page_file), "--report", str(report)])
    assert outcome.exit_code == 1, outcome.stderr
    return page_file, json.loads(report.read_text(encoding="utf-8"))["files"][0]["edits"]


@needs_chromium
@pytest.mark.slow
def test_in_a_browser_every_edit_is_shown_and_every_link_resolves(
        reference_page: tuple[Path, list[dict[str, Any]]], tmp_path: Path) -> None:
    page_file, edits = reference_page
    loaded = browser("--dump-dom", page_file.as_uri())
    assert loaded.returncode == 0, loaded.stderr
    tree = read(loaded.stdout)
    removed = [attrs for attrs in tree.elements() if "data-edit" in attrs]
    assert sorted((attrs["data-kind"], attrs["data-reason"]) for attrs in removed) == sorted(
        (str(edit["kind"]), str(edit["reason"])) for edit in edits if edit["action"] != "kept")
    ids = {attrs["id"] for attrs in tree.elements() if "id" in attrs}
    links = [attrs["href"] for attrs in tree.elements("a")]
    assert links and all(link.startswith("#") and link[1:] in ids for link in links)
    shot = tmp_path / "review.png"
    taken = browser(f"--screenshot={shot}", page_file.as_uri())
    assert taken.returncode == 0 and shot.stat().st_size > 10_000
    artefacts = os.environ.get("CLEANER_ARTEFACTS")
    if artefacts:
        Path(artefacts).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(artefacts) / "review.png")


@needs_chromium
@pytest.mark.slow
def test_keys_j_and_k_move_from_edit_to_edit_skipping_hidden_kinds(tmp_path: Path) -> None:
    page_file = tmp_path / "paper.html"
    markup, result = built(PAPER)
    page_file.write_text(markup, encoding="utf-8")
    found = probe(page_file, """
        function press(key) {
          document.body.dispatchEvent(new KeyboardEvent('keydown', {key: key, bubbles: true}));
          var current = document.querySelector('.current');
          return [current ? current.id : null, document.getElementById('where').textContent];
        }
        record('j1', press('j')); record('j2', press('j')); record('k', press('k'));
        record('k0', press('k'));
        var box = document.querySelector('input[data-kind="boilerplate_line"]');
        box.click();
        record('hidden', press('j'));
        document.getElementById('next').click();
        record('button', document.querySelector('.current').id);
    """)
    kinds = [edit.kind for edit in result.edits]
    total = len(kinds)
    assert found["j1"] == ["f0-e0", f"edit 1 of {total}"]
    assert found["j2"] == ["f0-e1", f"edit 2 of {total}"]
    assert found["k"] == found["k0"] == ["f0-e0", f"edit 1 of {total}"]  # stops at the first
    shown = [n for n, kind in enumerate(kinds) if kind != "boilerplate_line"]
    assert kinds[0] == "boilerplate_line"  # so the current one is hidden now
    assert found["hidden"][0] == f"f0-e{shown[0]}"
    assert found["hidden"][1] == f"edit 1 of {len(shown)}"
    assert found["button"] == f"f0-e{shown[1]}"


@needs_chromium
@pytest.mark.slow
def test_the_first_key_starts_from_the_edit_on_the_screen(tmp_path: Path) -> None:
    """Scrolled to the middle, ``j`` goes to the first edit below the window's top and
    ``k`` to the last above it, not back to the start."""
    text = paper(12)
    page_file = tmp_path / "long.html"
    markup, result = built(text)
    page_file.write_text(markup, encoding="utf-8")
    line = text[:text.index("session 70")].count("\n") + 1  # page 7's first line
    starts = line_starts(text)
    after = next(index for index, edit in enumerate(result.edits)
                 if edit.start >= starts[line - 1])
    found = probe(page_file, f"var LINE = '{line}';" + """
        function press(key) {
          document.body.dispatchEvent(new KeyboardEvent('keydown', {key: key, bubbles: true}));
          return document.querySelector('.current').id;
        }
        function from(key) {
          var current = document.querySelector('.current');
          if (current) current.classList.remove('current');
          document.getElementById('f0-l' + LINE).scrollIntoView({block: 'start'});
          return press(key);
        }
        record('j', from('j')); record('k', from('k'));
    """, query="?view=all")
    assert found == {"j": f"f0-e{after}", "k": f"f0-e{after - 1}"}
    assert after > 2  # the middle of the page, not its start


@needs_chromium
@pytest.mark.slow
def test_the_last_line_of_a_hundred_thousand_lines_is_reachable(tmp_path: Path) -> None:
    text = "".join(f"Tide table, entry {n}: high water at {n % 24:02d}:{n % 60:02d}.\n"
                   for n in range(1, 100_001))
    text = PAPER + text  # the edits are on the first page (cleaning 100,000 lines is slow)
    page_file = tmp_path / "tides.html"
    markup = page([Reviewed("tides.txt", text, clean(PAPER))])
    assert 'data-edit' in markup
    page_file.write_text(markup, encoding="utf-8")
    assert '<body class="edits-only">' in markup  # long: the edits view first
    last = text.count("\n")
    found = probe(page_file, f"var LAST = '{last}';" + """
        record('start', [document.body.classList.contains('edits-only'),
                         getComputedStyle(document.querySelector('.far')).display]);
        location.hash = '#f0-l' + LAST;
        setTimeout(function () {
          var line = document.getElementById('f0-l' + LAST).getBoundingClientRect();
          record('last', [line.top >= 0 && line.bottom <= innerHeight, scrollY > 0,
                          document.body.classList.contains('edits-only')]);
        }, 100);
    """)
    assert found["start"] == [True, "none"]
    assert found["last"] == [True, True, False]  # scrolled to it, the whole document shown


@needs_chromium
@pytest.mark.slow
def test_a_screenshot_of_the_edits_view(tmp_path: Path) -> None:
    text = paper(8)
    page_file = tmp_path / "pages.html"
    markup, result = built(text)
    page_file.write_text(markup, encoding="utf-8")
    found = probe(page_file, """
        record('view', [document.body.classList.contains('edits-only'),
                        document.querySelectorAll('.gap').length,
                        getComputedStyle(document.querySelector('.gap')).display]);
    """, query="?view=edits")
    assert found["view"][0] is True and found["view"][1] > 0 and found["view"][2] == "block"
    shot = tmp_path / "edits-view.png"
    taken = browser(f"--screenshot={shot}", page_file.as_uri() + "?view=edits")
    assert taken.returncode == 0 and shot.stat().st_size > 10_000
    assert len(result.edits) >= 16
    artefacts = os.environ.get("CLEANER_ARTEFACTS")
    if artefacts:
        Path(artefacts).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(artefacts) / "review-edits-view.png")


def test_the_page_is_an_html5_document_with_its_controls_named() -> None:
    """The doctype (no quirks mode), the character set and the viewport; the legend's
    switch for siblings, and the two step buttons with their keys."""
    markup, _ = built(PAPER)
    assert markup.startswith('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">')
    tree = read(markup)
    assert ("meta", {"name": "viewport", "content": "width=device-width"}) in tree.found
    assert [(attrs["id"], attrs["title"]) for attrs in tree.elements("button")] == [
        ("previous", "k"), ("next", "j")]
    assert re.search(r'<button[^>]*id="previous"[^>]*>← previous</button>', markup)
    assert re.search(r'<button[^>]*id="next"[^>]*>next →</button>', markup)
    assert '<span class="where" id="where">keys j and k</span>' in markup
    assert "</span> sibling or repeat kept</label>" in markup
    assert ".sibling-swatch { background: #9b59b6; }" in markup


def layout(removed: list[tuple[int, ...]], lines: int = 40) -> list[tuple[str, int, int]]:
    """The blocks of the review page of ``lines`` numbered lines with the removals of the
    lines ``removed`` (0-based), as (kind, first line, last line), and its gaps as
    ("gap", first, last)."""
    from cleaner.findings import Findings, Removal
    from cleaner.render import apply_edits, resolve
    from cleaner.segment import segment

    text = "".join(f"Line {number} of the harbour minutes.\n" for number in range(1, lines + 1))
    edits = resolve(segment(text), [Findings("test", removals=tuple(
        Removal(lines, "boilerplate_line", "a test removal") for lines in removed))],
        strip_blank_lines=True)
    result = CleanResult(apply_edits(text, edits), tuple(edits), Stats(0, 0, 0, 0))
    markup = page([Reviewed("a.txt", text, result)])
    found = []
    for block in re.finditer(r'<div class="(chunk near|chunk far|gap)"[^>]*>(.*?)</div>',
                             markup, re.S):
        if block.group(1) == "gap":
            shown = re.search(r"⋯ lines? ([\d,]+)(?:–([\d,]+))? not shown \((\d+)\)",
                              block.group(2))
            assert shown is not None
            first, last = int(shown.group(1)), int(shown.group(2) or shown.group(1))
            assert int(shown.group(3)) == last - first + 1
            found.append(("gap", first, last))
        else:
            numbers = [int(n) for n in re.findall(r'id="f0-l(\d+)"', block.group(2))]
            found.append((block.group(1).split()[1], numbers[0], numbers[-1]))
    return found


def test_the_blocks_of_the_edits_view_line_by_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """Three lines of context around each edit; runs of context that touch are one; the
    rest folded behind a gap line that counts it; blocks of at most four lines here, but
    for a removal, which is never cut (the block that holds its first line, 30, takes in
    the rest of it, to 33)."""
    monkeypatch.setattr(review, "CHUNK_LINES", 4)
    assert CONTEXT_LINES == 3
    assert layout([(9,), (16,), (29, 30, 31, 32)]) == [
        ("gap", 1, 6), ("far", 1, 4), ("far", 5, 6),
        ("near", 7, 10), ("near", 11, 14), ("near", 15, 18), ("near", 19, 20),
        ("gap", 21, 26), ("far", 21, 24), ("far", 25, 26),
        ("near", 27, 33), ("near", 34, 36),
        ("gap", 37, 40), ("far", 37, 40)]


@pytest.mark.parametrize(("removed", "expected"), [
    ([(3,), (10,)], [("near", 1, 14), ("gap", 15, 20), ("far", 15, 20)]),  # they touch
    ([(3,), (11,)], [("near", 1, 7), ("gap", 8, 8), ("far", 8, 8), ("near", 9, 15),
                     ("gap", 16, 20), ("far", 16, 20)]),
    ([(4,), (12,)], [("gap", 1, 1), ("far", 1, 1), ("near", 2, 8), ("gap", 9, 9),
                     ("far", 9, 9), ("near", 10, 16), ("gap", 17, 20), ("far", 17, 20)]),
    ([(17,)], [("gap", 1, 14), ("far", 1, 14), ("near", 15, 20)]),
], ids=case_id)
def test_runs_of_context_that_touch_are_one_and_a_single_line_is_named_as_one(
        removed: list[tuple[int, ...]], expected: list[tuple[str, int, int]]) -> None:
    assert layout(removed, lines=20) == expected


JOINED_AND_COPIED = (
    "The harbour committee met on the\n\nmorning of the storm and voted to repair the pier.\n\n"
    + "The harbour master reported that the northern pier needs repair before winter, and "
      "that the cost will be shared with the fishing cooperative.\n\n" * 2 + "End.\n")


def test_a_join_is_a_mark_with_its_reason_and_the_summary_counts_each_kind() -> None:
    markup, result = built(JOINED_AND_COPIED)
    assert [edit.kind for edit in result.edits] == ["broken_paragraph", "duplicate_paragraph"]
    read(markup)
    assert ('<span class="mark broken_paragraph" id="f0-e0" data-edit '
            'data-kind="broken_paragraph" data-reason="broken_paragraph" title="'
            'broken_paragraph: paragraph continues at line 3">⏎ joined <span class="tag">'
            'broken_paragraph</span></span>') in markup
    assert '<span class="tag">duplicate_paragraph · printed_twice_in_a_row <a class="kept"' \
        in markup
    assert re.findall(r'<p class="summary">(.*?)</p>', markup) == ["2 edits: 1 join, 1 duplicate."]


def test_a_page_of_two_files_names_each_and_keeps_them_apart() -> None:
    first, second = "<a & b>.txt", "second.txt"
    markup = page([Reviewed(first, PAPER, clean(PAPER)),
                   Reviewed(second, JOINED_AND_COPIED, clean(JOINED_AND_COPIED))])
    tree = read(markup)  # no text between the files' sections or their lists
    assert re.findall(r'<section class="file" id="f\d"><h2>(.*?)</h2>', markup) == [
        "&lt;a &amp; b&gt;.txt", second]
    assert re.findall(r'<h2><a href="#(f\d)">(.*?)</a></h2>', markup) == [
        ("f0", "&lt;a &amp; b&gt;.txt"), ("f1", second)]
    assert {attrs["id"].split("-")[0] for attrs in tree.elements() if "data-edit" in attrs} == {
        "f0", "f1"}
