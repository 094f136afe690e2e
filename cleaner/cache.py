"""The cache of files known to be clean: a second ``cleaner clean --check .`` over a large
repository cleans only what changed since the first.

A file is remembered when cleaning it found nothing at all (no edit, no warning, no
paragraph kept as a repeat or a sibling, no note), under the SHA-256 of its bytes and
of everything its result depends on: the options it was cleaned with (after its format
was decided from its name), the ``--encoding`` asked for, and cleaner's own code (its
version and the size and time of each of its modules, so that an edited checkout does
not trust an older run). A file with findings is never cached: its findings are
printed every time. Corpus mode is never cached (a file's furniture depends on the
other files), nor a run that writes a review page (the page shows the text).

The cache lives in ``$CLEANER_CACHE_DIR``, else ``$XDG_CACHE_HOME/cleaner``, else
``~/.cache/cleaner`` (outside the repository, as black keeps its cache), one JSON file
per set of options. A cache that cannot be read is an empty cache; one that cannot be
written is skipped: the cache can make a run faster, never make it fail.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__

if TYPE_CHECKING:
    from .pipeline import CleanResult

MAX_ENTRIES = 200_000  # past this, a save keeps only the files of the run that saves


def cache_dir() -> Path:
    """Where the cache files are: ``$CLEANER_CACHE_DIR``, else the user's cache folder."""
    chosen = os.environ.get("CLEANER_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "cleaner"


def code_fingerprint() -> str:
    """cleaner's version and the size and modification time of each of its modules."""
    package = Path(__file__).parent
    parts = [__version__]
    for module in sorted(package.glob("*.py")):
        status = module.stat()
        parts.append(f"{module.name}:{status.st_size}:{status.st_mtime_ns}")
    return "\n".join(parts)


@dataclass(frozen=True)
class Known:
    """What a clean file's entry says: how it was decoded, and its size in lines and
    characters (what a report of an unchanged file shows)."""

    encoding: str
    lines: int
    chars: int

    def result(self) -> CleanResult:
        """What cleaning the file found: nothing (its counts as they were)."""
        from .pipeline import CleanResult, Stats

        return CleanResult("", (), Stats(self.lines, self.lines, self.chars, self.chars))


@dataclass
class Cache:
    """Clean files by content key, for one fingerprint of options and code."""

    path: Path
    known: dict[str, Known] = field(default_factory=dict)
    added: dict[str, Known] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path) -> Cache:
        """The cache for this code in ``folder`` (empty when missing or unreadable)."""
        name = hashlib.sha256(code_fingerprint().encode("utf-8")).hexdigest()[:20]
        cache = cls(folder / f"clean-files-{name}.json")
        try:
            entries = json.loads(cache.path.read_text(encoding="utf-8"))
            cache.known = {key: Known(str(encoding), int(lines), int(chars))
                           for key, (encoding, lines, chars) in entries.items()}
        except (OSError, ValueError, TypeError, AttributeError):
            cache.known = {}
        return cache

    @staticmethod
    def key(data: bytes, settings: str) -> str:
        """The key of a file with bytes ``data`` cleaned with ``settings`` (the options and
        encoding, written out)."""
        digest = hashlib.sha256(settings.encode("utf-8"))
        digest.update(b"\0")
        digest.update(data)
        return digest.hexdigest()

    def get(self, key: str) -> Known | None:
        """The entry of a file known to be clean, or None."""
        found = self.known.get(key) or self.added.get(key)
        if found is not None:
            self.added[key] = found  # used this run: kept when the cache is pruned
        return found

    def remember(self, key: str, known: Known) -> None:
        self.added[key] = known

    def remember_if_clean(self, key: str, encoding: str, result: CleanResult) -> None:
        """Remember the file of ``key`` when cleaning it found nothing to say (no edit,
        warning, repeat or sibling kept, or note): a file with findings is cleaned, and
        its findings shown, every time."""
        if not (result.edits or result.warnings or result.siblings or result.notes):
            self.remember(key, Known(encoding, result.stats.lines_in, result.stats.chars_in))

    def save(self) -> None:
        """Write the cache back (atomically); a cache that cannot be written is skipped."""
        if set(self.added) <= set(self.known):  # nothing learnt (or nothing at all)
            return
        entries = {**self.known, **self.added}
        if len(entries) > MAX_ENTRIES:
            entries = dict(self.added)
        data = json.dumps({key: [known.encoding, known.lines, known.chars]
                           for key, known in entries.items()}, separators=(",", ":"))
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(data, encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError:
            with contextlib.suppress(OSError):  # not made, or no folder to make it in
                temporary.unlink()
