"""Progress on a terminal: one line on stderr, rewritten in place, for long runs.

Shown only when stderr is a terminal, ``-q`` was not given, and the run is long
enough to wait for (``MIN_BYTES`` of input in all, or ``MIN_FILES`` files): the
files done of the total and their share of the bytes, the file being cleaned and
its stage, and the time left, estimated from the bytes done so far (or, within a
single file, from the stages done). Nothing is printed otherwise: a hook's output
and a log stay as they were. The line is cleared when the run ends, so that the
summary that follows stands alone.

>>> import io
>>> class Terminal(io.StringIO):
...     def isatty(self) -> bool:
...         return True
>>> stream = Terminal()
>>> bar = Progress.for_run(stream, [("a.txt", 3_000_000), ("b.txt", 1_000_000)], quiet=False,
...                        clock=iter(range(0, 100, 2)).__next__)
>>> bar.file("a.txt", 3_000_000); bar.stage("duplicates"); bar.done(3_000_000)
>>> stream.getvalue().split("\\r")[-1]
'cleaner: 1/2 files, 75% of the text · 2 s left\\x1b[K'
>>> bar.close(); stream.getvalue().endswith("\\r\\x1b[K")
True
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TextIO

from .report import printable

MIN_BYTES = 2_000_000  # a run this long (or of this many files) shows its progress
MIN_FILES = 20  # ...files: fewer finish before a bar helps
REDRAW_EVERY = 0.1  # seconds between redraws at most, but for a file's end
CLEAR_LINE = "\x1b[K"


@dataclass
class Progress:
    """The progress line of one run (see the module docstring); ``None`` from
    :meth:`for_run` when no line is shown."""

    stream: TextIO
    files: int
    total_bytes: int
    clock: Callable[[], float] = time.monotonic
    started: float = 0.0
    files_done: int = 0
    bytes_done: int = 0
    current: str = ""
    current_bytes: int = 0
    current_stage: str = ""
    stages_done: int = 0
    stages: int = 0
    last_drawn: float = field(default=-1.0)

    @classmethod
    def for_run(cls, stream: TextIO, inputs: Sequence[tuple[str, int]], *, quiet: bool,
                clock: Callable[[], float] = time.monotonic) -> Progress | None:
        """A progress line for cleaning ``inputs`` (name, size in bytes), or None when
        the run is short, quiet, or stderr is not a terminal."""
        total = sum(size for _, size in inputs)
        if quiet or not stream.isatty() or (total < MIN_BYTES and len(inputs) < MIN_FILES):
            return None
        return cls(stream, len(inputs), total, clock, clock())

    def file(self, name: str, size: int, stages: int = 0) -> None:
        """A file starts: ``size`` bytes, ``stages`` stages (0 when not told)."""
        self.current, self.current_bytes, self.current_stage = printable(name), size, ""
        self.stages_done, self.stages = 0, stages
        self._draw()

    def stage(self, name: str) -> None:
        """The current file's next stage starts (and the one before it is done)."""
        if self.current_stage:
            self.stages_done += 1
        self.current_stage = name.replace("_", " ")
        self._draw()

    def done(self, size: int | None = None) -> None:
        """The current file (of ``size`` bytes, when it was not announced) is done."""
        self.files_done += 1
        self.bytes_done += self.current_bytes if size is None else size
        self.current, self.current_bytes, self.stages = "", 0, 0
        self._draw(force=True)

    def close(self) -> None:
        """Clear the line: what the run prints next stands alone."""
        self.stream.write("\r" + CLEAR_LINE)
        self.stream.flush()

    def _draw(self, *, force: bool = False) -> None:
        now = self.clock()
        if not force and self.last_drawn >= 0 and now - self.last_drawn < REDRAW_EVERY:
            return
        self.last_drawn = now
        parts = [f"cleaner: {self.files_done}/{self.files} files"]
        share = self._share()
        parts[0] += f", {share:.0%} of the text"
        if self.current:
            parts.append(f"{self.current}: {self.current_stage or 'reading'}")
        if 0 < share < 1:
            left = (now - self.started) / share * (1 - share)
            parts.append(f"{left:.0f} s left")
        self.stream.write("\r" + " · ".join(parts) + CLEAR_LINE)
        self.stream.flush()

    def _share(self) -> float:
        """The share of the run done: bytes of the files done, and of the current file
        the share of its stages done."""
        within = self.current_bytes * self.stages_done / self.stages if self.stages else 0
        return (self.bytes_done + within) / self.total_bytes if self.total_bytes else 0.0
