"""Pathological inputs: time and peak memory of `cleaner.clean` on each, in a child process.

- 1,000,000 identical lines;
- one 50 MB line;
- 1,000,000 one-character paragraphs;
- a document of one repeated shingle (every paragraph the same character);
- 1,000,000 distinct lines;
- 1,000,000 lines of numbers counting up one a line (a column of line numbers);
- a 3,000,000-character paragraph and a noisy truncated copy of it (one in every
  hundred characters changed), then 1,000 ordinary paragraphs and their copies;
- 20,000 long paragraphs, each twice, shuffled: every copy "nearby" (no paragraph that
  repeats nothing stands between), each pair asked whether a heading stands between.

Run: python benchmarks/pathological.py [SCALE]   (SCALE 1.0 = the sizes above)
     python benchmarks/pathological.py --growth 1 10 100   (each case at 1, 10, 100 MB)
     CASE=shuffled python benchmarks/pathological.py --growth 1.5 3 6 12   (the cases whose
     name holds CASE)
"""

from __future__ import annotations

import multiprocessing
import os
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


def counting_lines(scale: float) -> str:
    """1, 2, 3 ... one a line: a column of line numbers as long as the document."""
    return "".join(f"{i % 10_000 + 1}\n" for i in range(int(1_000_000 * scale)))


def long_paragraph_and_truncated_copy(scale: float) -> str:
    import random

    rng = random.Random(7)
    words = ["".join(rng.choice("bcdfghklmnprst") + rng.choice("aeiou") for _ in range(3))
             for _ in range(4000)]
    paragraph = " ".join(rng.choice(words) for _ in range(int(400_000 * scale))) + "."
    copy = list(paragraph[:int(len(paragraph) * 0.6)])
    for index in range(0, len(copy), 100):
        copy[index] = "x"
    ordinary = "".join(f"Paragraph {i} is ordinary, and it is printed twice on the page.\n\n"
                       * 2 for i in range(1000))
    return f"{''.join(copy)}\n\n{paragraph}\n\n{ordinary}"  # the first print stopped short


def every_paragraph_twice_shuffled(scale: float) -> str:
    import random

    rng = random.Random(11)
    words = ["harbour", "pier", "winter", "repair", "cost", "crane", "storm", "tide", "quay"]
    paragraphs = [" ".join(rng.choice(words) for _ in range(24)).capitalize() + f" {n}."
                  for n in range(int(20_000 * scale))]
    twice = paragraphs * 2
    rng.shuffle(twice)
    return "\n\n".join(twice) + "\n"  # each copy far from its twin, nothing plain between


CASES: list[tuple[str, Callable[[float], str]]] = [
    ("1M identical lines", identical_lines),
    ("one 50 MB line", one_long_line),
    ("1M one-character paragraphs", one_character_paragraphs),
    ("one repeated shingle", one_repeated_shingle),
    ("1M distinct lines", distinct_lines),
    ("1M lines counting 1, 2, 3", counting_lines),
    ("3M-char paragraph, cut copy", long_paragraph_and_truncated_copy),
    ("20,000 paragraphs twice, shuffled", every_paragraph_twice_shuffled),
]


def _child(make: Callable[[float], str], scale: float, pipe: object) -> None:
    text = make(scale)
    start = time.perf_counter()
    result = cleaner.clean(text)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    summary = ", ".join(f"{count} {reason}" for reason, count in result.stats.by_reason.items())
    pipe.send((len(text.encode("utf-8")), seconds, peak,  # type: ignore[attr-defined]
               summary or "no edits", "; ".join(result.warnings)))


def _measure(make: Callable[[float], str], scale: float) -> tuple[int, float, int, str, str]:
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(make, scale, sender))
    process.start()
    found: tuple[int, float, int, str, str] = receiver.recv()
    process.join()
    return found


def _cases() -> list[tuple[str, Callable[[float], str]]]:
    """The cases whose name holds the environment's ``CASE`` (all, without it)."""
    return [(name, make) for name, make in CASES if os.environ.get("CASE", "") in name]


def main(scale: float) -> None:
    print(f"{'case':30} {'bytes':>12} {'clean s':>8} {'peak MiB':>9}  result")
    for name, make in _cases():
        size, seconds, peak, summary, warnings = _measure(make, scale)
        print(f"{name:30} {size:12,} {seconds:8.1f} {peak / 1024:9.0f}  {summary}"
              + (f" [{warnings}]" if warnings else ""))


def growth(megabytes: list[float]) -> None:
    """Each case at each size: seconds and peak memory per MB should stay flat."""
    print(f"{'case':30} {'MB':>7} {'clean s':>8} {'s/MB':>6} {'peak MiB':>9} {'MiB/MB':>7}")
    for name, make in _cases():
        per_unit = len(make(0.01).encode("utf-8")) / 0.01  # bytes at scale 1
        for size in megabytes:
            measured, seconds, peak, _, _ = _measure(make, size * 1e6 / per_unit)
            mb = measured / 1e6
            print(f"{name:30} {mb:7.1f} {seconds:8.1f} {seconds / mb:6.2f} {peak / 1024:9.0f} "
                  f"{peak / 1024 / mb:7.1f}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--growth":
        growth([float(value) for value in sys.argv[2:]] or [1, 10, 100])
    else:
        main(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
