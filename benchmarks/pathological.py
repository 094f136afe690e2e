"""Pathological inputs: time and peak memory of `cleaner.clean` on each, in a child process.

- 1,000,000 identical lines;
- one 50 MB line;
- 1,000,000 one-character paragraphs;
- a document of one repeated shingle (every paragraph the same character);
- 1,000,000 distinct lines.

Run: python benchmarks/pathological.py [SCALE]   (SCALE 1.0 = the sizes above)
"""

from __future__ import annotations

import multiprocessing
import resource
import sys
import time
from collections.abc import Callable

import cleaner


def identical_lines(scale: float) -> str:
    return "The same line, again and again.\n" * int(1_000_000 * scale)


def one_long_line(scale: float) -> str:
    unit = "一段很长的文字没有换行,"
    return unit * int(50_000_000 * scale / len(unit.encode("utf-8")))


def one_character_paragraphs(scale: float) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return "".join(f"{letters[i % 26]}\n\n" for i in range(int(1_000_000 * scale)))


def one_repeated_shingle(scale: float) -> str:
    count = int(200_000 * scale)
    return "".join("的" * (50 + i % 300) + "\n\n" for i in range(count))


def distinct_lines(scale: float) -> str:
    return "".join(f"Line number {i} says something of its own: {i * 7919 % 1000003}.\n"
                   for i in range(int(1_000_000 * scale)))


CASES: list[tuple[str, Callable[[float], str]]] = [
    ("1M identical lines", identical_lines),
    ("one 50 MB line", one_long_line),
    ("1M one-character paragraphs", one_character_paragraphs),
    ("one repeated shingle", one_repeated_shingle),
    ("1M distinct lines", distinct_lines),
]


def _child(make: Callable[[float], str], scale: float, pipe: object) -> None:
    text = make(scale)
    start = time.perf_counter()
    result = cleaner.clean(text)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    summary = ", ".join(f"{count} {reason}" for reason, count in result.stats.by_reason.items())
    pipe.send((len(text), seconds, peak, summary or "no edits",  # type: ignore[attr-defined]
               "; ".join(result.warnings)))


def main(scale: float) -> None:
    context = multiprocessing.get_context("fork")
    print(f"{'case':30} {'chars':>12} {'clean s':>8} {'peak MiB':>9}  result")
    for name, make in CASES:
        receiver, sender = context.Pipe(duplex=False)
        process = context.Process(target=_child, args=(make, scale, sender))
        process.start()
        chars, seconds, peak, summary, warnings = receiver.recv()
        process.join()
        print(f"{name:30} {chars:12,} {seconds:8.1f} {peak / 1024:9.0f}  {summary}"
              + (f" [{warnings}]" if warnings else ""))


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
