"""Which files a run cleans: inputs as given, folders walked for prose files.

The rules are black's, so that they need no learning:

- a folder is walked recursively; a file in it is cleaned when its path matches
  ``include`` (``.txt``, ``.md``, ``.rst`` by default) and neither ``exclude``
  (version control, virtual environments, build output by default), nor
  ``extend_exclude``, nor ``force_exclude``, nor a ``.gitignore`` in the folder
  or below it;
- a file named on the command line is cleaned whatever ``include`` and
  ``exclude`` say, unless ``force_exclude`` matches it (so that a pre-commit hook
  passing every staged file can still leave some alone);
- patterns are regular expressions searched in the path relative to the folder,
  in POSIX form, starting with ``/``, with a ``/`` after a folder's name.

``pathspec`` (the library black uses for ``.gitignore``) is imported only when a
folder is walked.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_INCLUDE = r"\.(txt|md|markdown|rst)$"
DEFAULT_EXCLUDE = (r"/(\.git|\.hg|\.svn|\.bzr|\.venv|venv|\.tox|\.nox|\.eggs|node_modules"
                   r"|__pycache__|\.mypy_cache|\.pytest_cache|\.ruff_cache|_build|build|dist)/")


@dataclass(frozen=True)
class Selection:
    """The patterns that choose files (compiled regular expressions, or None)."""

    include: re.Pattern[str] = re.compile(DEFAULT_INCLUDE)
    exclude: re.Pattern[str] = re.compile(DEFAULT_EXCLUDE)
    extend_exclude: re.Pattern[str] | None = None
    force_exclude: re.Pattern[str] | None = None

    def excluded(self, relative: str) -> bool:
        return any(pattern is not None and pattern.search(relative) for pattern in
                   (self.exclude, self.extend_exclude, self.force_exclude))


def expand(inputs: Sequence[str], selection: Selection) -> list[str]:
    """The files to clean, in order: each input, or the prose files of each folder."""
    found: list[str] = []
    for name in inputs:
        if name != "-" and os.path.isdir(name):
            found += sorted(_walk(Path(name), selection))
        elif name == "-" or not (selection.force_exclude is not None
                                 and selection.force_exclude.search(_posix(name))):
            found.append(name)
    return found


def _posix(name: str) -> str:
    return "/" + Path(name).as_posix().lstrip("/")


def _walk(root: Path, selection: Selection) -> Iterator[str]:
    ignores: list[tuple[Path, Any]] = []
    for folder, folders, files in os.walk(root):
        here = Path(folder)
        spec = _gitignore(here)
        if spec is not None:
            ignores.append((here, spec))
        inside = here.relative_to(root).as_posix()
        relative_folder = "" if inside == "." else f"/{inside}"
        folders[:] = sorted(
            name for name in folders
            if not selection.excluded(f"{relative_folder}/{name}/")
            and not _ignored(here / name, True, ignores))
        for name in sorted(files):
            relative = f"{relative_folder}/{name}"
            if (selection.include.search(relative) and not selection.excluded(relative)
                    and not _ignored(here / name, False, ignores)
                    and not (here / name).is_symlink()):
                yield str(here / name)


def _gitignore(folder: Path) -> Any:
    path = folder / ".gitignore"
    if not path.is_file():
        return None
    import pathspec

    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return pathspec.GitIgnoreSpec.from_lines(lines)


def _ignored(path: Path, is_folder: bool, ignores: list[tuple[Path, Any]]) -> bool:
    for base, spec in ignores:
        try:
            relative = path.relative_to(base).as_posix()
        except ValueError:
            continue
        if spec.match_file(relative + ("/" if is_folder else "")):
            return True
    return False
