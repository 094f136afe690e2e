"""Reports: findings, per-file summaries, JSON and diffs, all derived from edits.

>>> from cleaner import clean
>>> result = clean("One.\\nFooter\\fTwo.\\nFooter\\fThree.\\nFooter\\fFour.\\n")
>>> summary("a.txt", result)
'a.txt: 3 boilerplate lines removed'
>>> finding_lines("a.txt", result)[0]
'a.txt:2: boilerplate_line: boilerplate line repeated 3 times (3 at page edges): Footer'
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import click

from . import exitcodes
from .edits import KIND_PHRASES, Edit, Sibling
from .pipeline import CleanResult


@dataclass
class Report:
    """What happened to every input of one run, and the exit code it makes.

    ``check`` (``--check``) and ``hook`` (``cleaner fix``) make a changed file
    exit 1; any failure makes the run exit 2. Messages go to stderr.
    """

    check: bool = False
    hook: bool = False
    quiet: bool = False
    changed: int = 0
    unchanged: int = 0
    failures: int = 0

    def done(self, path: str, result: CleanResult) -> None:
        """``path`` was cleaned (and written, if asked)."""
        if result.changed:
            self.changed += 1
        else:
            self.unchanged += 1
        if not self.quiet:
            click.echo(summary(path, result), err=True)

    def warn(self, path: str, message: str) -> None:
        click.echo(f"cleaner: warning: {path}: {message}", err=True)

    def failed(self, path: str, message: str) -> None:
        """``path`` could not be cleaned or written; the run goes on."""
        self.failures += 1
        click.echo(f"cleaner: error: {path}: {message}", err=True)

    @property
    def return_code(self) -> int:
        if self.failures:
            return exitcodes.ERROR
        if self.changed and (self.check or self.hook):
            return exitcodes.CHANGES
        return exitcodes.OK


def summary(path: str, result: CleanResult) -> str:
    """One line: what was done to the file at ``path``, counted by kind."""
    if not result.edits:
        return f"{path}: clean"
    parts = []
    for kind, (one, many, verb) in KIND_PHRASES.items():
        count = result.stats.by_kind.get(kind, 0)
        if count:
            parts.append(f"{count} {one if count == 1 else many} {verb}")
    return f"{path}: {', '.join(parts)}"


def finding_lines(path: str, result: CleanResult) -> list[str]:
    """``path:line: reason: message`` for every edit."""
    return [f"{path}:{edit.first_line}: {edit.reason}: {edit.message}" for edit in result.edits]


def sibling_lines(path: str, result: CleanResult) -> list[str]:
    """``path:line: kept: message`` for every paragraph kept as a sibling of another."""
    return [f"{path}:{sibling.first_line}: kept: {sibling.message}"
            for sibling in result.siblings]


def report_entries(path: str, result: CleanResult) -> list[dict[str, Any]]:
    """JSON-ready objects, one per edit (``"action"`` removed or joined) and one per
    paragraph kept as a sibling of another (``"action": "kept"``), each naming its file."""
    items: list[Edit | Sibling] = [*result.edits, *result.siblings]
    return [{"path": path, **item.to_dict()}
            for item in sorted(items, key=lambda item: (item.start, item.end))]


def json_report(entries: Iterable[dict[str, Any]]) -> str:
    """The JSON report: an array of edit objects."""
    return json.dumps(list(entries), ensure_ascii=False, indent=2) + "\n"


def _lines(text: str) -> list[str]:
    """Lines with their ends, split at ``\\n`` only (``str.splitlines`` also splits at
    form feeds and other separators that are content here)."""
    return re.findall(r"[^\n]*\n|[^\n]+$", text)


def unified_diff(path: str, before: str, after: str) -> str:
    """A unified diff from ``before`` to ``after``."""
    lines: Sequence[str] = list(difflib.unified_diff(
        _lines(before), _lines(after), fromfile=f"a/{path}", tofile=f"b/{path}"))
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                   for line in lines)
