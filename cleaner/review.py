"""The review page: one self-contained HTML file showing what was removed, in place.

``cleaner clean --html review.html FILE…`` writes it. For each file: a summary, then
the whole document as it was, line by line, each removal struck through and coloured
by kind with its reason written next to it (and the message on hover), a link to the
copy that was kept; each join marked, each paragraph kept as a sibling or a repeat
marked once on its line, each page break (form feed) drawn as a rule.

For a long document (thousands of edits, a hundred thousand lines):

- a side list of the edits grouped by reason, with counts, each a link;
- next and previous edit (buttons, and the keys ``j`` and ``k``), from the edit on
  the screen;
- an "edits only" view: each edit with ``CONTEXT_LINES`` lines around it and the
  lines between folded to a "lines not shown" link; a page of more than
  ``EDITS_VIEW_FROM`` lines opens in it (``?view=all`` or ``?view=edits`` choose);
- the document in blocks of at most ``CHUNK_LINES`` lines that the browser lays out
  only when they come near the screen (CSS ``content-visibility``), so every line is
  on the page, none cut, and a link to any line works.

The page is built from the edits and the line starts: text between two marks is
escaped as one slice, never character by character. Inline CSS and a few lines of
JS: the page makes no request of its own.
"""

from __future__ import annotations

import html
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .edits import KINDS, Edit, Sibling
from .pipeline import CleanResult
from .report import printable
from .segment import line_starts

CONTEXT_LINES = 3  # lines shown around each edit in the "edits only" view
CHUNK_LINES = 400  # lines of one block the browser lays out lazily
EDITS_VIEW_FROM = 2_000  # a page with more lines than this opens in the "edits only" view
LINE_HEIGHT_EM = 1.45  # of the document's text: a block's height before it is laid out

MARKS = {"broken_paragraph": "⏎ joined", "page_break": "⇣ page break moved"}  # not spans

_STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 0; color: #222; }
.layout { display: grid; grid-template-columns: 19rem minmax(0, 1fr); gap: 1rem; }
.side { position: sticky; top: 0; height: 100vh; overflow: auto; box-sizing: border-box;
        padding: .6rem .8rem; border-right: 1px solid #ddd; background: #fcfcfc; }
@media (max-width: 50rem) { .layout { display: block; }
  .side { position: static; height: auto; border: 0; } }
main { padding: .6rem 1rem 50vh 0; min-width: 0; }
h1 { font-size: 1.15rem; margin: 0 0 .4rem; }
.legend label, .view label { display: block; white-space: nowrap; }
.swatch { display: inline-block; width: .9em; height: .9em; vertical-align: middle;
          border: 1px solid #0002; }
.steps { margin: .6rem 0; display: flex; gap: .4rem; align-items: center; flex-wrap: wrap; }
.steps button { font: inherit; padding: .1rem .6rem; }
.where { color: #555; font-size: 12px; }
.side h2 { font-size: .95rem; margin: .8rem 0 .2rem; word-break: break-all; }
.side details { margin: .1rem 0; }
.side ol { margin: .2rem 0 .4rem; padding-left: 2.6rem; font-size: 12px; }
.file h2 { font-size: 1.1rem; margin: 1rem 0 .2rem; word-break: break-all; }
.doc { white-space: pre-wrap; word-break: break-word; font: 13px/1.45 ui-monospace,
       SFMono-Regular, Menlo, Consolas, monospace; background: #fafafa; padding: .5rem;
       border: 1px solid #eee; }
.chunk { content-visibility: auto; }
.n { color: #999; user-select: none; display: inline-block; width: 5.5em; text-align: right;
     margin-right: .8em; background: #fafafa; }
.n:target { outline: 2px solid #f90; }
del { text-decoration: line-through; }
.tag { display: inline-block; font: 11px/1.3 system-ui, sans-serif; color: #333;
       background: #fffc; border: 1px solid #0003; border-radius: 3px; padding: 0 .3em;
       margin-right: .4em; user-select: none; }
.mark { font-weight: bold; padding: 0 .2em; user-select: none; }
.sibling { border-left: 3px solid #9b59b6; padding-left: .3em; user-select: none;
           font: 11px/1.3 system-ui, sans-serif; }
.pb { display: block; height: 0; overflow: hidden; border-top: 2px dashed #aaa;
      margin: .35em 0; }
.current { outline: 3px solid #f90; }
.gap { display: none; color: #777; font: italic 12px system-ui, sans-serif;
       border-top: 1px dotted #ccc; border-bottom: 1px dotted #ccc; margin: .2em 0; }
.edits-only .far { display: none; }
.edits-only .gap { display: block; }
.notice { color: #a00; }
"""

_SCRIPT = """
(function () {
  var body = document.body, where = document.getElementById('where');
  var view = document.getElementById('edits-only');
  function setView(editsOnly) {
    body.classList.toggle('edits-only', editsOnly);
    view.checked = editsOnly;
  }
  function visible() {
    return Array.prototype.filter.call(document.querySelectorAll('[data-edit]'),
      function (mark) { return !body.classList.contains('hide-' + mark.dataset.kind); });
  }
  function reveal(target) {
    if (body.classList.contains('edits-only') && target.closest('.far')) setView(false);
    target.scrollIntoView({block: 'center'});
  }
  function choose(mark, list) {
    var old = document.querySelector('.current');
    if (old) old.classList.remove('current');
    mark.classList.add('current');
    where.textContent = 'edit ' + (list.indexOf(mark) + 1) + ' of ' + list.length;
  }
  function firstOnScreen(list) {  // the first edit at or below the top of the window
    for (var at = 0; at < list.length; at++) {
      if (list[at].getBoundingClientRect().top >= 0) return at;
    }
    return list.length;
  }
  function step(by) {
    var list = visible();
    if (!list.length) { where.textContent = 'no edit shown'; return; }
    var index = list.indexOf(document.querySelector('.current'));
    if (index < 0) {  // none chosen yet: start from what is on the screen
      var below = firstOnScreen(list);
      index = by > 0 ? Math.min(below, list.length - 1) : Math.max(below - 1, 0);
    } else {
      index = Math.max(0, Math.min(list.length - 1, index + by));
    }
    choose(list[index], list);
    reveal(list[index]);
    history.replaceState(null, '', '#' + list[index].id);
  }
  function follow() {
    var target = location.hash && document.getElementById(location.hash.slice(1));
    if (!target) return;
    if (target.dataset.edit !== undefined) choose(target, visible());
    reveal(target);
  }
  document.querySelectorAll('input[data-kind]').forEach(function (box) {
    box.addEventListener('change', function () {
      body.classList.toggle('hide-' + box.dataset.kind, !box.checked);
    });
  });
  view.addEventListener('change', function () { setView(view.checked); });
  document.getElementById('next').addEventListener('click', function () { step(1); });
  document.getElementById('previous').addEventListener('click', function () { step(-1); });
  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest && event.target.closest('input, textarea, select')) return;
    if (event.key === 'j') { step(1); event.preventDefault(); }
    if (event.key === 'k') { step(-1); event.preventDefault(); }
  });
  window.addEventListener('hashchange', follow);
  var asked = /[?&]view=(all|edits)/.exec(location.search);
  if (asked) setView(asked[1] === 'edits');
  follow();
})();
"""


@dataclass(frozen=True)
class Reviewed:
    """One file for the page: its name, its original text and what cleaning found."""

    path: str
    original: str
    result: CleanResult


def page(files: Sequence[Reviewed]) -> str:
    """The whole review page for ``files``."""
    counts: dict[str, int] = {}
    for reviewed in files:
        for edit in reviewed.result.edits:
            counts[edit.kind] = counts.get(edit.kind, 0) + 1
    starts = [line_starts(reviewed.original) for reviewed in files]
    lines = sum(map(len, starts))
    edits_only = lines > EDITS_VIEW_FROM
    body_class = ' class="edits-only"' if edits_only else ""
    legend = "".join(
        f'<label><input type="checkbox" checked data-kind="{name}"> '
        f'<span class="swatch {name}"></span> {kind.label} '
        f'(<span class="count" data-kind="{name}">{counts.get(name, 0)}</span>)</label>'
        for name, kind in KINDS.items())
    side = "".join(_edit_list(number, reviewed) for number, reviewed in enumerate(files))
    body = "".join(_file_section(number, reviewed, starts[number])
                   for number, reviewed in enumerate(files))
    title = f"cleaner review: {len(files)} file{'s' * (len(files) != 1)}"
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width\">"
            f"<title>{title}</title><style>{_STYLE}{_kind_style()}</style></head>"
            f"<body{body_class}>"
            f"<div class=\"layout\"><nav class=\"side\"><h1>{title}</h1>"
            f"<div class=\"legend\">{legend}<label><span class=\"swatch sibling-swatch\">"
            "</span> sibling or repeat kept</label></div>"
            "<div class=\"view\"><label><input type=\"checkbox\" id=\"edits-only\""
            f"{' checked' if edits_only else ''}> edits only, with "
            f"{CONTEXT_LINES} lines around each</label></div>"
            "<div class=\"steps\"><button type=\"button\" id=\"previous\" title=\"k\">"
            "← previous</button><button type=\"button\" id=\"next\" title=\"j\">next →"
            "</button><span class=\"where\" id=\"where\">keys j and k</span></div>"
            f"{side}</nav><main>{body}</main></div>"
            f"<script>{_SCRIPT}</script></body></html>\n")


def _kind_style() -> str:
    """Each kind's colour (swatch, removal and mark) and the rule its filter box uses."""
    rules = [f".{name} {{ background: {kind.colour}; }}\n"
             f"body.hide-{name} [data-kind=\"{name}\"] {{ display: none; }}\n"
             for name, kind in KINDS.items()]
    return "".join(rules) + ".sibling-swatch { background: #9b59b6; }\n"


def _edit_list(number: int, reviewed: Reviewed) -> str:
    """The side list of one file: its edits grouped by reason, each a link; then the
    paragraphs kept as siblings or repeats."""
    groups: dict[str, list[str]] = {}
    for index, edit in enumerate(reviewed.result.edits):
        groups.setdefault(f"{edit.kind}\0{edit.reason}", []).append(
            f'<li><a href="#f{number}-e{index}">line {edit.first_line}</a></li>')
    for sibling in reviewed.result.siblings:
        groups.setdefault(f"sibling-swatch\0kept: {sibling.reason}", []).append(
            f'<li><a href="#f{number}-l{sibling.first_line}">line {sibling.first_line}</a></li>')
    parts = [f'<h2><a href="#f{number}">{html.escape(printable(reviewed.path))}</a></h2>']
    for key, items in sorted(groups.items(), key=lambda item: (-len(item[1]), item[0])):
        kind, reason = key.split("\0")
        parts.append(f'<details><summary><span class="swatch {kind}"></span> '
                     f"{html.escape(reason)} <b>{len(items)}</b></summary>"
                     f"<ol>{''.join(items)}</ol></details>")
    if not groups:
        parts.append("<p>Nothing to remove.</p>")
    return "".join(parts)


def _file_section(number: int, reviewed: Reviewed, starts: list[int]) -> str:
    result = reviewed.result
    name = html.escape(printable(reviewed.path))
    return (f'<section class="file" id="f{number}"><h2>{name}</h2>'
            f"<p class=\"summary\">{html.escape(_summary(result))}</p>"
            f"<div class=\"doc\">{''.join(_blocks(number, reviewed.original, result, starts))}"
            "</div></section>")


def _summary(result: CleanResult) -> str:
    if not result.edits and not result.siblings:
        return "Nothing to remove."
    counts = ", ".join(f"{count} {KINDS[kind].label if kind in KINDS else kind}"
                       for kind, count in sorted(result.stats.by_kind.items()))
    siblings = sum(kept.reason == "sibling_paragraph" for kept in result.siblings)
    repeats = len(result.siblings) - siblings
    kept = "".join(f"; {count} {what} kept" for count, what in (
        (siblings, "siblings"), (repeats, "repeats")) if count)
    return f"{len(result.edits)} edits: {counts}{kept}."


def _blocks(number: int, text: str, result: CleanResult, starts: list[int]) -> Iterator[str]:
    """The document as blocks of lines: ``near`` blocks hold the edits and the lines
    around them, ``far`` blocks the rest (folded in the "edits only" view, behind a gap
    line); none longer than ``CHUNK_LINES`` lines, and none that cuts a removal."""
    total = len(starts)
    near = _near_lines(starts, result)
    inside = _lines_inside_removals(starts, result.edits)
    marks = _Marks(number, result, starts)
    line = 1
    for first, last in [*near, (total + 1, total + 1)]:
        if line < first:  # the lines before this run of near lines are far
            shown = f"lines {line:,}–{first - 1:,}" if first - 1 > line else f"line {line:,}"
            yield (f'<div class="gap"><a href="#f{number}-l{line}">⋯ {shown} not shown '
                   f"({first - line:,})</a></div>")
            for chunk_first in range(line, first, CHUNK_LINES):
                chunk_last = min(first - 1, chunk_first + CHUNK_LINES - 1)
                yield _block("far", text, starts, chunk_first, chunk_last, marks)
        if first > total:
            break
        chunk_first = first
        while chunk_first <= last:
            chunk_last = min(last, chunk_first + CHUNK_LINES - 1)
            while chunk_last < last and chunk_last + 1 in inside:
                chunk_last += 1  # never split a removal between blocks
            yield _block("near", text, starts, chunk_first, chunk_last, marks)
            chunk_first = chunk_last + 1
        line = last + 1


def _near_lines(starts: Sequence[int], result: CleanResult) -> list[tuple[int, int]]:
    """The runs of lines (first, last; counted from 1) within ``CONTEXT_LINES`` of an edit
    or a paragraph kept as a sibling, merged."""
    items: list[Edit | Sibling] = [*result.edits, *result.siblings]
    spans = sorted((_line_of(starts, item.start),
                    _line_of(starts, max(item.start, item.end - 1))) for item in items)
    runs: list[tuple[int, int]] = []
    for first, last in spans:
        first, last = max(1, first - CONTEXT_LINES), min(len(starts), last + CONTEXT_LINES)
        if runs and first <= runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], max(runs[-1][1], last))
        else:
            runs.append((first, last))
    return runs


def _lines_inside_removals(starts: Sequence[int], edits: Sequence[Edit]) -> set[int]:
    """Lines that start inside a removal (a block boundary there would cut it)."""
    inside: set[int] = set()
    for edit in edits:
        if edit.kind not in MARKS:
            inside.update(range(_line_of(starts, edit.start) + 1,
                                _line_of(starts, max(edit.start, edit.end - 1)) + 1))
    return inside


def _line_of(starts: Sequence[int], offset: int) -> int:
    """The line (from 1) that holds character ``offset``."""
    return bisect_right(starts, offset)


class _Marks:
    """What is written at each offset of one file: the opening and closing of each
    removal, each join mark, and one mark per line for the paragraphs kept there."""

    def __init__(self, number: int, result: CleanResult, starts: Sequence[int]) -> None:
        self.number = number
        self.at: dict[int, list[tuple[int, str]]] = {}  # offset -> (order, HTML)
        for index, edit in enumerate(result.edits):
            self._add(edit.start, 3, _open(number, index, edit))
            if edit.kind not in MARKS:
                self._add(edit.end, 0, "</del>")
        by_line: dict[int, list[Sibling]] = {}
        for sibling in result.siblings:
            by_line.setdefault(_line_of(starts, sibling.start), []).append(sibling)
        for line, kept in by_line.items():
            self._add(starts[line - 1], 2, _sibling_mark(number, kept))
        self.offsets = sorted(self.at)

    def _add(self, offset: int, order: int, markup: str) -> None:
        self.at.setdefault(offset, []).append((order, markup))

    def between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The marks of the block of text from ``start`` to ``end``: the closings after
        ``start`` up to ``end`` (a removal that ends with the block's last line feed
        closes in the block), the kept marks and openings from ``start`` to before
        ``end``."""
        offsets = self.offsets[bisect_right(self.offsets, start - 1):
                               bisect_right(self.offsets, end)]
        return [(offset, order, markup) for offset in offsets
                for order, markup in self.at[offset]
                if (start < offset <= end if order == 0 else offset < end)]


def _block(where: str, text: str, starts: Sequence[int], first: int, last: int,
           marks: _Marks) -> str:
    """Lines ``first`` to ``last`` as one block: each line numbered and anchored, the
    marks in place, the text between them escaped as slices."""
    start = starts[first - 1]
    end = starts[last] if last < len(starts) else len(text)
    events = [(starts[line - 1], 1, _line_number(marks.number, line))
              for line in range(first, last + 1)]
    events += marks.between(start, end)
    events.sort(key=lambda event: (event[0], event[1]))
    out = [f'<div class="chunk {where}" style="contain-intrinsic-size: auto '
           f'{(last - first + 1) * LINE_HEIGHT_EM:.2f}em">']
    position = start
    for offset, order, markup in events:
        if offset > position:
            out.append(_escaped(text[position:offset]))
            position = offset
        if order == 1 and text.startswith("\f", offset):  # a page starts here: the rule
            out.append(_PAGE_BREAK)                        # above the line's number
            position = offset + 1
        out.append(markup)
    out.append(_escaped(text[position:end]))
    out.append("</div>")
    return "".join(out)


_PAGE_BREAK = '<span class="pb" title="page break">\f</span>'  # the form feed kept in it


def _escaped(text: str) -> str:
    """``text`` as HTML, each form feed drawn as a page break (the character kept)."""
    escaped = html.escape(text, quote=False)
    return escaped.replace("\f", _PAGE_BREAK) if "\f" in escaped else escaped


def _line_number(number: int, line: int) -> str:
    """A line's number, and its anchor: an element of its own, so that edits spanning
    lines nest well."""
    return f'<span class="n" id="f{number}-l{line}">{line}</span>'


def _open(number: int, index: int, edit: Edit) -> str:
    """The start of one edit: a mark for a join, else a ``<del>`` that opens with the
    reason written out (and the line of the copy kept, as a link)."""
    title = html.escape(f"{edit.reason}: {edit.message}", quote=True)
    attributes = (f'id="f{number}-e{index}" data-edit data-kind="{edit.kind}" '
                  f'data-reason="{edit.reason}" title="{title}"')
    why = edit.reason + (f" · {edit.evidence}" if edit.evidence else "")
    if edit.kind in MARKS:
        return (f'<span class="mark {edit.kind}" {attributes}>{MARKS[edit.kind]} '
                f'<span class="tag">{html.escape(why)}</span></span>')
    link = (f' <a class="kept" href="#f{number}-l{edit.kept_line}">→ kept at line '
            f"{edit.kept_line}</a>" if edit.kept_line is not None else "")
    return (f'<del class="edit {edit.kind}" {attributes}><span class="tag">'
            f"{html.escape(why)}{link}</span>")


def _sibling_mark(number: int, kept: Sequence[Sibling]) -> str:
    """One mark for the paragraphs kept that start on one line: what each resembles."""
    title = html.escape(" | ".join(sibling.message for sibling in kept), quote=True)
    what = "sibling" if all(s.reason == "sibling_paragraph" for s in kept) else "repeat"
    lines = sorted({sibling.kept_line for sibling in kept})
    links = ", ".join(f'<a class="kept" href="#f{number}-l{line}">{line}</a>' for line in lines)
    return (f'<span class="sibling" title="{title}">≈ {what} of line'
            f"{'s' * (len(lines) > 1)} {links}, kept </span>")
