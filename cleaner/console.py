"""What a run of the command says, and where: the report's I/O policy.

:class:`~cleaner.report.Report` keeps the tally; :class:`Console` prints it as the
flags ask. On stderr: a summary line per changed file (per file with ``-v``), the
warnings, the errors, the counts by reason (``--statistics``) and one total line;
``-q`` leaves only the errors, and a hook run leaves the summary to its own
``Fixing FILE`` line on stdout. On stdout, as each file is done: a JSON line
(``json-lines``) or GitHub workflow commands (``github``); at the end the whole
JSON report (``json``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

import click

from .report import Report, json_report, printable

OutputFormat = Literal["text", "json", "json-lines", "github"]


@dataclass(frozen=True)
class Console:
    """Prints a run's events as ``-q``/``-v``, ``--color``, ``--statistics`` and
    ``--output-format`` say; ``hook``: a ``cleaner fix`` run."""

    quiet: bool = False
    verbose: bool = False
    color: bool = False
    hook: bool = False
    statistics: bool = False
    output_format: OutputFormat = "text"

    def done(self, entry: dict[str, Any], summary: str) -> None:
        """A file's ``entry`` in the report, and its one-line ``summary``."""
        self._emit(entry)
        changed = entry["status"] == "changed"
        if self.hook and changed:
            return  # the hook says "Fixing FILE" on stdout, as pre-commit-hooks do
        if not self.quiet and (changed or self.verbose):
            click.echo(summary, err=True)

    def warn(self, path: str, message: str) -> None:
        if not self.quiet:
            click.echo(f"cleaner: warning: {printable(path)}: {printable(message)}", err=True)

    def failed(self, entry: dict[str, Any]) -> None:
        """An error, whatever ``-q`` says."""
        self._emit(entry)
        click.echo(click.style(f"cleaner: error: {entry['path']}: {printable(entry['error'])}",
                               fg="red" if self.color else None), err=True, color=self.color)

    def finish(self, report: Report) -> None:
        """The counts by reason (``statistics``), the whole report on stdout (``json``),
        and the total line, unless quiet (or a hook run that is not verbose)."""
        if self.statistics:
            for reason, count in report.by_reason().most_common():
                click.echo(f"{count:6}  {reason}", err=True)
        if self.output_format == "json":
            click.echo(json_report(report.document()), nl=False)
        if not self.quiet and (self.verbose or not self.hook):
            total = report.total()
            click.echo(click.style(total, bold=True) if self.color else total,
                       err=True, color=self.color)

    def _emit(self, entry: dict[str, Any]) -> None:
        """One file's entry on stdout as it is done, for ``json-lines`` and ``github``."""
        if self.output_format == "json-lines":
            click.echo(json.dumps(entry, ensure_ascii=False))
        elif self.output_format == "github":
            for edit in entry.get("edits", ()):
                if edit.get("action") == "kept":
                    continue
                click.echo(f"::warning file={_property(entry['path'])},line={edit['first_line']},"
                           f"endLine={edit['last_line']},title=cleaner {edit['reason']}::"
                           f"{_data(edit['message'])}")
            if entry["status"] == "error":
                click.echo(f"::error file={_property(entry['path'])}::{_data(entry['error'])}")


def _property(text: str) -> str:
    """``text`` as a GitHub workflow command property (``file=``).

    >>> _property("a:b,c%d")
    'a%3Ab%2Cc%25d'
    """
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _data(text: str) -> str:
    """``text`` as a GitHub workflow command's message.

    >>> _data("50%\\nnext\\r")
    '50%25%0Anext%0D'
    """
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
