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
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import click

from . import __version__, exitcodes
from .edits import KIND_PHRASES, Edit, Sibling
from .pipeline import CleanResult

REPORT_VERSION = 2  # 1: a bare array of edits; 2: files with status, edits with an action


@dataclass
class Report:
    """What happened to every input of one run, and the exit code it makes.

    ``check`` (``--check``) and ``hook`` (``cleaner fix``) make a changed file
    exit 1; any failure makes the run exit 2. Messages go to stderr: a line per
    file that changed (``verbose``: per file), the errors, and one total line at
    the end; ``quiet`` leaves only the errors.
    """

    check: bool = False
    hook: bool = False
    dry_run: bool = False  # --check or --diff: nothing is written
    quiet: bool = False
    verbose: bool = False
    color: bool = False
    changed: int = 0
    unchanged: int = 0
    failures: int = 0
    files: list[dict[str, Any]] = field(default_factory=list)

    def done(self, path: str, result: CleanResult, decoded_as: str) -> None:
        """``path`` was cleaned (and written, if asked)."""
        if result.changed:
            self.changed += 1
        else:
            self.unchanged += 1
        self.files.append({"path": path, "status": "changed" if result.changed else "unchanged",
                           "encoding": decoded_as, "edits": report_entries(path, result)})
        if not self.quiet and (result.changed or self.verbose):
            click.echo(summary(path, result), err=True)

    def warn(self, path: str, message: str) -> None:
        if not self.quiet:
            click.echo(f"cleaner: warning: {path}: {message}", err=True)

    def failed(self, path: str, message: str) -> None:
        """``path`` could not be cleaned or written; the run goes on."""
        self.failures += 1
        self.files.append({"path": path, "status": "error", "error": message})
        click.echo(click.style(f"cleaner: error: {path}: {message}",
                               fg="red" if self.color else None), err=True, color=self.color)

    def total(self) -> str:
        """``3 files cleaned, 12 left unchanged, 1 error`` (``would be cleaned`` for a check)."""
        verb = "would be cleaned" if self.check or self.dry_run else "cleaned"
        parts = [f"{self.changed} file{'s' * (self.changed != 1)} {verb}"]
        if self.unchanged:
            parts.append(f"{self.unchanged} left unchanged")
        if self.failures:
            parts.append(f"{self.failures} error{'s' * (self.failures != 1)}")
        return ", ".join(parts)

    def finish(self) -> None:
        """The total line, unless quiet (or a hook run that is not verbose)."""
        if not self.quiet and (self.verbose or not self.hook):
            click.echo(click.style(self.total(), bold=True) if self.color else self.total(),
                       err=True, color=self.color)

    def document(self) -> dict[str, Any]:
        """The JSON report: a versioned object with every file and its edits."""
        return {"report_version": REPORT_VERSION, "tool": f"cleaner {__version__}",
                "offsets": "characters of the decoded text (start inclusive, end exclusive); "
                           "lines count from 1",
                "files": self.files}

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


def json_report(document: dict[str, Any]) -> str:
    """The JSON report as text."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _lines(text: str) -> list[str]:
    """Lines with their ends, split at ``\\n`` only (``str.splitlines`` also splits at
    form feeds and other separators that are content here)."""
    return re.findall(r"[^\n]*\n|[^\n]+$", text)


def unified_diff(path: str, before: str, after: str, *, color: bool = False) -> str:
    """A unified diff from ``before`` to ``after`` (in colour: ``-`` red, ``+`` green)."""
    lines: Sequence[str] = list(difflib.unified_diff(
        _lines(before), _lines(after), fromfile=f"a/{path}", tofile=f"b/{path}"))
    text = [line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
            for line in lines]
    if color:
        text = [_coloured(line) for line in text]
    return "".join(text)


def _coloured(line: str) -> str:
    style = ({"bold": True} if line.startswith(("---", "+++")) else
             {"fg": "cyan"} if line.startswith("@@") else
             {"fg": "red"} if line.startswith("-") else
             {"fg": "green"} if line.startswith("+") else {})
    if not style:
        return line
    body = line.rstrip("\n")
    return click.style(body, **style) + line[len(body):]
