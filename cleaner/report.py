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
from typing import Any

from .pipeline import CleanResult

_PHRASES = {
    "duplicate_paragraph": ("duplicate paragraph", "duplicate paragraphs", "removed"),
    "boilerplate_line": ("boilerplate line", "boilerplate lines", "removed"),
    "broken_paragraph": ("broken paragraph", "broken paragraphs", "joined"),
    "blank_lines": ("run of blank lines", "runs of blank lines", "removed"),
}


def summary(path: str, result: CleanResult) -> str:
    """One line: what was done to the file at ``path``, counted by kind."""
    if not result.edits:
        return f"{path}: clean"
    parts = []
    for kind, (one, many, verb) in _PHRASES.items():
        count = result.stats.by_kind.get(kind, 0)
        if count:
            parts.append(f"{count} {one if count == 1 else many} {verb}")
    return f"{path}: {', '.join(parts)}"


def finding_lines(path: str, result: CleanResult) -> list[str]:
    """``path:line: reason: message`` for every edit."""
    return [f"{path}:{edit.first_line}: {edit.reason}: {edit.message}" for edit in result.edits]


def report_entries(path: str, result: CleanResult) -> list[dict[str, Any]]:
    """JSON-ready objects, one per edit, each naming its file."""
    return [{"path": path, **edit.to_dict()} for edit in result.edits]


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
