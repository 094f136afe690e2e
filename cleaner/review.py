"""The review page: one self-contained HTML file showing what was removed, in place.

``cleaner clean --html review.html FILE…`` writes it. For each file: a summary,
then the document as it was, line by line, with each removal struck through and
coloured by kind (duplicate, furniture, page number, blank lines), its reason on
hover and a link to the copy that was kept; each join marked; each sibling kept
marked. A legend and a filter by kind stand at the top. Inline CSS and a few
lines of JS: the page makes no request of its own. A document longer than
``MAX_LINES`` lines is shown up to its last edit within that many lines, with a
notice, so that the page stays usable.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from .edits import Edit, Sibling
from .pipeline import CleanResult
from .report import printable

MAX_LINES = 20_000
KIND_LABELS = {
    "duplicate_paragraph": "duplicate",
    "boilerplate_line": "furniture",
    "page_number": "page number",
    "blank_lines": "blank lines",
    "broken_paragraph": "join",
    "page_break": "page break moved",
}

_STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 70rem; padding: 1rem; }
header { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #ccc;
         padding: .5rem 0; }
.legend label { margin-right: 1rem; white-space: nowrap; }
.swatch { display: inline-block; width: .9em; height: .9em; vertical-align: middle; }
.file { margin: 2rem 0; }
.file h2 { font-size: 1.1rem; margin: 0; }
pre { white-space: pre-wrap; word-break: break-word; background: #fafafa; padding: .5rem;
      border: 1px solid #eee; }
.n:target { outline: 2px solid #f90; }
.n { color: #999; user-select: none; display: inline-block; width: 4.5em; text-align: right;
     margin-right: .8em; }
del { text-decoration: line-through; }
.duplicate_paragraph { background: #fde2e2; }
.boilerplate_line { background: #e2e8fd; }
.page_number { background: #fdf3d2; }
.blank_lines { background: #eee; }
.join { background: #d8f5dc; font-weight: bold; padding: 0 .2em; }
.sibling { border-left: 3px solid #9b59b6; padding-left: .3em; }
.notice { color: #a00; }
body.hide-duplicate_paragraph del.duplicate_paragraph,
body.hide-boilerplate_line del.boilerplate_line,
body.hide-page_number del.page_number,
body.hide-blank_lines del.blank_lines,
body.hide-broken_paragraph .join { display: none; }
"""

_SCRIPT = """
document.querySelectorAll('input[data-kind]').forEach(function (box) {
  box.addEventListener('change', function () {
    document.body.classList.toggle('hide-' + box.dataset.kind, !box.checked);
  });
});
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
    legend = "".join(
        f'<label><input type="checkbox" checked data-kind="{kind}"> '
        f'<span class="swatch {kind}"></span> {label} '
        f'(<span class="count" data-kind="{kind}">{counts.get(kind, 0)}</span>)</label>'
        for kind, label in KIND_LABELS.items())
    body = "".join(_file_section(number, reviewed) for number, reviewed in enumerate(files))
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width\">"
            "<title>cleaner review</title>"
            f"<style>{_STYLE}</style></head><body>"
            f"<header><h1>cleaner review: {len(files)} file{'s' * (len(files) != 1)}</h1>"
            f"<div class=\"legend\">{legend}<label><span class=\"swatch sibling\"></span> "
            "sibling kept</label></div></header>"
            f"{body}<script>{_SCRIPT}</script></body></html>\n")


def _file_section(number: int, reviewed: Reviewed) -> str:
    result = reviewed.result
    name = html.escape(printable(reviewed.path))
    parts = [f'<section class="file" id="f{number}"><h2>{name}</h2>',
             f"<p class=\"summary\">{html.escape(_summary(result))}</p>"]
    text, shown_to = reviewed.original, len(reviewed.original)
    lines_before = text.count("\n", 0, len(text))
    if lines_before > MAX_LINES:
        cut = _offset_of_line(text, MAX_LINES)
        shown_to = max([cut, *(edit.end for edit in result.edits if edit.start < cut)])
        parts.append(f'<p class="notice">Long document: the first {MAX_LINES:,} lines are '
                     "shown (and the edits that start in them); the report lists every edit."
                     "</p>")
    parts.append(f"<pre>{_marked(number, text[:shown_to], result)}</pre></section>")
    return "".join(parts)


def _summary(result: CleanResult) -> str:
    if not result.edits and not result.siblings:
        return "Nothing to remove."
    counts = ", ".join(f"{count} {KIND_LABELS.get(kind, kind)}"
                       for kind, count in sorted(result.stats.by_kind.items()))
    siblings = sum(kept.reason == "sibling_paragraph" for kept in result.siblings)
    repeats = len(result.siblings) - siblings
    kept = "".join(f"; {count} {what} kept" for count, what in (
        (siblings, "siblings"), (repeats, "repeats")) if count)
    return f"{len(result.edits)} edits: {counts}{kept}."


def _offset_of_line(text: str, line: int) -> int:
    position = 0
    for _ in range(line):
        found = text.find("\n", position)
        if found < 0:
            return len(text)
        position = found + 1
    return position


def _marked(number: int, text: str, result: CleanResult) -> str:
    """``text`` as HTML: each line numbered and anchored, edits wrapped in place."""
    opening: dict[int, list[str]] = {}
    closing: dict[int, list[str]] = {}
    for index, edit in enumerate(result.edits):
        if edit.start >= len(text):
            continue
        start, end = edit.start, min(edit.end, len(text))
        opening.setdefault(start, []).append(_open(number, index, edit))
        if edit.kind not in {"broken_paragraph", "page_break"}:  # a mark, not a span
            closing.setdefault(end, []).insert(0, "</del>")
    for sibling in result.siblings:
        if sibling.start < len(text):
            opening.setdefault(sibling.start, []).append(_sibling_open(number, sibling))
            closing.setdefault(min(sibling.end, len(text)), []).insert(0, "</span>")
    out: list[str] = []
    line = 1
    out.append(_line_number(number, line))
    for position, char in enumerate(text):
        out += closing.pop(position, [])
        out += opening.pop(position, [])
        out.append(html.escape(char))
        if char == "\n" and position + 1 < len(text):
            line += 1
            out.append(_line_number(number, line))
    out += closing.pop(len(text), [])
    return "".join(out)


def _line_number(number: int, line: int) -> str:
    """A line's number, and its anchor: an element of its own, so that edits spanning
    lines nest well."""
    return f'<span class="n" id="f{number}-l{line}">{line}</span>'


def _open(number: int, index: int, edit: Edit) -> str:
    title = html.escape(f"{edit.reason}: {edit.message}", quote=True)
    if edit.kind == "broken_paragraph":
        return f'<span class="join" id="f{number}-e{index}" title="{title}">⏎ joined</span>'
    if edit.kind == "page_break":
        return (f'<span class="join" id="f{number}-e{index}" title="{title}">'
                "⇣ page break</span>")
    kept = (f' data-kept="#f{number}-l{edit.kept_line}"' if edit.kept_line is not None else "")
    link = (f'<a class="kept" href="#f{number}-l{edit.kept_line}">→ kept at line '
            f"{edit.kept_line}</a> " if edit.kept_line is not None else "")
    return (f'<del class="edit {edit.kind}" id="f{number}-e{index}" title="{title}"'
            f' data-reason="{edit.reason}"{kept}>{link}')


def _sibling_open(number: int, sibling: Sibling) -> str:
    title = html.escape(sibling.message, quote=True)
    what = "sibling" if sibling.reason == "sibling_paragraph" else "repeat"
    return (f'<span class="sibling" title="{title}"><a class="kept" '
            f'href="#f{number}-l{sibling.kept_line}">≈ {what} of line {sibling.kept_line}, '
            "kept</a> ")
