"""Reports: findings, per-file summaries, JSON and diffs, all derived from edits.

>>> from cleaner import clean
>>> result = clean("One.\\nFooter\\fTwo.\\nFooter\\fThree.\\nFooter\\fFour.\\n")
>>> summary("a.txt", result)
'a.txt: 3 boilerplate lines removed'
>>> findings("a.txt", result)[0].text()
'a.txt:2: boilerplate_line: boilerplate line repeated 3 times (3 at page edges): Footer'
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import click

from . import __version__, exitcodes
from .edits import KINDS, Edit, Sibling
from .pipeline import CleanResult
from .segment import line_starts

REPORT_VERSION = 2  # 1: a bare array of edits; 2: files with status, edits with an action


@dataclass
class Report:
    """What happened to every input of one run, and the exit code it makes; it prints
    nothing (what is said, and where, is :class:`cleaner.console.Console`'s).

    ``check`` (``--check``) and ``hook`` (``cleaner fix``) make a changed file exit 1,
    unless ``exit_zero``; any failure makes the run exit 2.

    >>> from cleaner import clean
    >>> report = Report(check=True)
    >>> text = "One.\\nFooter\\fTwo.\\nFooter\\fThree.\\nFooter\\fFour.\\n"
    >>> _ = report.done("a.txt", clean(text), "utf-8")
    >>> _ = report.failed("b.txt", "not found")
    >>> report.total(), report.return_code
    ('1 file would be cleaned, 1 error', 2)
    """

    check: bool = False
    hook: bool = False
    dry_run: bool = False  # --check or --diff: nothing is written
    exit_zero: bool = False  # --exit-zero: changes found still exit 0
    changed: int = 0
    unchanged: int = 0
    failures: int = 0
    files: list[dict[str, Any]] = field(default_factory=list)

    def done(self, path: str, result: CleanResult, decoded_as: str) -> dict[str, Any]:
        """``path`` was cleaned (and written, if asked): its entry in the report."""
        if result.changed:
            self.changed += 1
        else:
            self.unchanged += 1
        self.files.append({"path": printable(path),
                           "status": "changed" if result.changed else "unchanged",
                           "encoding": decoded_as, "edits": report_entries(path, result),
                           "warnings": list(result.warnings), "notes": list(result.notes)})
        return self.files[-1]

    def failed(self, path: str, message: str) -> dict[str, Any]:
        """``path`` could not be cleaned or written (the run goes on): its entry."""
        self.failures += 1
        self.files.append({"path": printable(path), "status": "error", "error": message})
        return self.files[-1]

    def total(self) -> str:
        """``3 files cleaned, 12 left unchanged, 1 error`` (``would be cleaned`` for a check)."""
        verb = "would be cleaned" if self.check or self.dry_run else "cleaned"
        parts = [f"{self.changed} file{'s' * (self.changed != 1)} {verb}"]
        if self.unchanged:
            parts.append(f"{self.unchanged} left unchanged")
        if self.failures:
            parts.append(f"{self.failures} error{'s' * (self.failures != 1)}")
        return ", ".join(parts)

    def document(self) -> dict[str, Any]:
        """The JSON report: a versioned object with every file and its edits."""
        return {"report_version": REPORT_VERSION, "tool": f"cleaner {__version__}",
                "offsets": "characters of the decoded text (start inclusive, end exclusive); "
                           "lines count from 1",
                "files": self.files}

    def by_reason(self) -> Counter[str]:
        """How many edits of each reason the run made (or would make)."""
        return Counter(edit["reason"] for entry in self.files for edit in entry.get("edits", ())
                       if edit.get("action") != "kept")

    @property
    def return_code(self) -> int:
        if self.failures:
            return exitcodes.ERROR
        if self.changed and (self.check or self.hook) and not self.exit_zero:
            return exitcodes.CHANGES
        return exitcodes.OK


def summary(path: str, result: CleanResult) -> str:
    """One line: what was done to the file at ``path``, counted by kind."""
    path = printable(path)
    if not result.edits:
        return f"{path}: clean"
    parts = []
    for name, kind in KINDS.items():
        count = result.stats.by_kind.get(name, 0)
        if count:
            parts.append(f"{count} {kind.one if count == 1 else kind.many} {kind.done}")
    return f"{path}: {', '.join(parts)}"


_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
                          "\ud800-\udfff]")
_NAMED = {"\f": "\\f", "\r": "\\r", "\x1b": "\\e"}


def printable(text: str) -> str:
    r"""``text`` safe to print on a terminal: control characters (an escape sequence, a form
    feed, a carriage return), bidirectional overrides and undecodable bytes of a file name
    written as visible escapes (``\e``, ``\f``, ``\x07``, ``\xff``); tabs and line feeds as
    they are.

    >>> print(printable("title\x1b]0;pwned\x07 \x0cpage"), printable("bad\udcff.txt"))
    title\e]0;pwned\x07 \fpage bad\xff.txt
    """
    if text.isprintable():
        return text
    return _UNPRINTABLE.sub(_escape, text)


def _escape(found: re.Match[str]) -> str:
    char = found.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else (
        f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


@dataclass(frozen=True)
class Finding:
    """One line of ``--check`` or ``--explain``: where, why, and what."""

    path: str
    line: int
    reason: str
    message: str

    def text(self, *, color: bool = False) -> str:
        """``path:line: reason: message``, printable, the place in bold and the reason in
        yellow when ``color``."""
        where, message = printable(f"{self.path}:{self.line}"), printable(self.message)
        if not color:
            return f"{where}: {self.reason}: {message}"
        return (f"{click.style(where, bold=True)}: {click.style(self.reason, fg='yellow')}: "
                f"{message}")


def findings(path: str, result: CleanResult, *, kept: bool = False) -> list[Finding]:
    """A finding for every edit (and with ``kept``, every repeat or look-alike kept), in
    line order."""
    found = [Finding(path, edit.first_line, edit.reason, edit.message) for edit in result.edits]
    if kept:
        found += [Finding(path, sibling.first_line, "kept", sibling.message)
                  for sibling in result.siblings]
    return sorted(found, key=lambda finding: finding.line)


def report_entries(path: str, result: CleanResult) -> list[dict[str, Any]]:
    """JSON-ready objects, one per edit (``"action"`` removed or joined) and one per
    paragraph kept as a sibling of another (``"action": "kept"``), each naming its file."""
    items: list[Edit | Sibling] = [*result.edits, *result.siblings]
    return [{"path": printable(path), **item.to_dict()}
            for item in sorted(items, key=lambda item: (item.start, item.end))]


def json_report(document: dict[str, Any]) -> str:
    """The JSON report as text."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _lines(text: str) -> list[str]:
    """Lines with their ends, split at ``\\n`` only (``str.splitlines`` also splits at
    form feeds and other separators that are content here)."""
    return re.findall(r"[^\n]*\n|[^\n]+$", text)


def unified_diff(path: str, before: str, after: str, *, color: bool = False,
                 edits: Sequence[Edit] | None = None) -> str:
    """A unified diff from ``before`` to ``after`` (in colour: ``-`` red, ``+`` green).

    With ``edits`` (whose spans are known) the hunks are built from them in linear time;
    without, ``difflib`` compares the texts (quadratic on large inputs).
    """
    if edits is not None:
        lines: Sequence[str] = list(_hunks_from_edits(path, before, edits))
    else:
        import difflib  # only for a diff no edit describes: off the start-up path

        lines = list(difflib.unified_diff(_lines(before), _lines(after),
                                          fromfile=f"a/{printable(path)}",
                                          tofile=f"b/{printable(path)}"))
    text = [line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
            for line in lines]
    if color:  # for a terminal: control characters in the text made visible too
        text = [_coloured(_visible(line)) for line in text]
    return "".join(text)


def _visible(line: str) -> str:
    """A diff line with its control characters made visible, but for its end (CR LF)."""
    body = line[:-1]
    end = "\r\n" if body.endswith("\r") else "\n"
    return printable(body[:len(body) - len(end) + 1]) + end


def _coloured(line: str) -> str:
    style = ({"bold": True} if line.startswith(("---", "+++")) else
             {"fg": "cyan"} if line.startswith("@@") else
             {"fg": "red"} if line.startswith("-") else
             {"fg": "green"} if line.startswith("+") else {})
    if not style:
        return line
    body = line.rstrip("\n")
    return click.style(body, **style) + line[len(body):]


CONTEXT = 3  # lines of context around each change, as diff -u


def _hunks_from_edits(path: str, before: str, edits: Sequence[Edit]) -> Iterator[str]:
    """Unified-diff lines for ``edits`` applied to ``before``: each edit changes the lines
    from the one it starts in through the one it ends in (a join merges the next line
    into its own), less the lines at the ends it leaves as they were; changes whose
    context would touch make one hunk."""
    if not edits:
        return
    starts = line_starts(before)

    def line_of(offset: int) -> int:
        return bisect.bisect_right(starts, offset) - 1

    changed: list[tuple[int, int, list[Edit]]] = []  # first line, line after the last, edits
    for edit in sorted(edits, key=lambda edit: edit.start):
        first, last = line_of(edit.start), min(len(starts), line_of(edit.end) + 1)
        if changed and first < changed[-1][1]:
            changed[-1] = (changed[-1][0], max(changed[-1][1], last), [*changed[-1][2], edit])
        else:
            changed.append((first, last, [edit]))

    def text_of(first: int, last: int) -> str:
        if first >= len(starts):
            return ""
        return before[starts[first]:starts[last] if last < len(starts) else len(before)]

    def new_text(first: int, last: int, group: list[Edit]) -> str:
        old_text, base = text_of(first, last), starts[first]
        pieces, done = [], 0
        for edit in group:
            pieces += [old_text[done:edit.start - base], edit.replacement]
            done = edit.end - base
        pieces.append(old_text[done:])
        return "".join(pieces)

    regions = [_narrowed(first, _lines(text_of(first, last)),
                         _lines(new_text(first, last, group))) for first, last, group in changed]
    hunks: list[tuple[int, int, list[tuple[int, list[str], list[str]]]]] = []
    for first, old_lines, new_lines in regions:
        last = first + len(old_lines)
        start, end = max(0, first - CONTEXT), min(len(starts), last + CONTEXT)
        if hunks and start <= hunks[-1][1]:
            hunks[-1] = (hunks[-1][0], end, [*hunks[-1][2], (first, old_lines, new_lines)])
        else:
            hunks.append((start, end, [(first, old_lines, new_lines)]))

    yield f"--- a/{printable(path)}\n"
    yield f"+++ b/{printable(path)}\n"
    shift = 0  # lines the new text has more than the old, before this hunk
    for start, end, shown in hunks:
        body: list[str] = []
        old_count = new_count = 0
        position = start
        for first, old_lines, new_lines in shown:
            for line in _lines(text_of(position, first)):
                body.append(" " + line)
            body += ["-" + line for line in old_lines] + ["+" + line for line in new_lines]
            old_count += len(old_lines) + (first - position)
            new_count += len(new_lines) + (first - position)
            position = first + len(old_lines)
        for line in _lines(text_of(position, end)):
            body.append(" " + line)
        old_count += end - position
        new_count += end - position
        yield (f"@@ -{_range(start, old_count)} +{_range(start + shift, new_count)} @@\n")
        yield from body
        shift += new_count - old_count


def _narrowed(first: int, old_lines: list[str], new_lines: list[str],
              ) -> tuple[int, list[str], list[str]]:
    r"""A changed region (its first line, its lines before and after) less the lines at
    its start and end that the change leaves as they were: a removal of a line break
    and the lines after it (``\n\nPage 3``) leaves the line before it whole, and the
    diff shows that line as context, as ``diff -u`` does.

    >>> _narrowed(4, ["Text.\n", "\n", "Page 3\n"], ["Text.\n"])
    (5, ['\n', 'Page 3\n'], [])
    """
    same = 0
    while same < min(len(old_lines), len(new_lines)) and old_lines[same] == new_lines[same]:
        same += 1
    tail = 0
    while (tail < min(len(old_lines), len(new_lines)) - same
           and old_lines[-1 - tail] == new_lines[-1 - tail]):
        tail += 1
    return (first + same, old_lines[same:len(old_lines) - tail],
            new_lines[same:len(new_lines) - tail])


def _range(start: int, count: int) -> str:
    """A hunk's range as diff -u writes it (1-based; ``start,0`` for an empty one)."""
    if count == 1:
        return str(start + 1)
    return f"{start + 1 if count else start},{count}"
