"""The pre-commit hook's real workload: one `cleaner fix` over many small prose files.

Writes 1,000 small prose files (a few paragraphs each; one in ten damaged with a
duplicated paragraph and a footer run) to a temporary folder, then times, in one
process run and alternately:

- `python -c pass` (interpreter start-up, the floor);
- `cleaner fix` on one file;
- `cleaner fix` on all 1,000 files (as pre-commit passes them, in one invocation).

The files are rewritten before every run so that each run does the same work.
Prints medians, and the cost per file beyond start-up.

Run: python benchmarks/hook_speed.py [FILES] [RUNS]
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
from pathlib import Path

from _timing import median_ms, wall_times

WORDS = ["harbour", "pier", "winter", "repair", "cost", "cooperative", "committee", "chair",
         "minutes", "session", "secretary", "report", "vote", "budget", "lighthouse", "crane",
         "tide", "ferry", "cargo", "storm"]


def prose(rng: random.Random, damaged: bool) -> str:
    paragraphs = []
    for _ in range(rng.randint(2, 5)):
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30)))
        paragraphs.append(sentence.capitalize() + ".")
    if damaged:
        paragraphs.insert(rng.randint(0, len(paragraphs)), paragraphs[0])
        paragraphs += ["Harbour Gazette"] * 4
    return "\n\n".join(paragraphs) + "\n"


def write_files(folder: Path, count: int) -> list[str]:
    rng = random.Random(20261128)
    paths = []
    for number in range(count):
        path = folder / f"note-{number:04d}.txt"
        path.write_text(prose(rng, damaged=number % 10 == 0), encoding="utf-8")
        paths.append(str(path))
    return paths


def main(count: int, runs: int) -> None:
    cleaner = shutil.which("cleaner") or sys.exit("install cleaner first (pip install .)")
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        baseline: list[float] = []
        single: list[float] = []
        many: list[float] = []
        for _ in range(runs):
            paths = write_files(folder, count)
            baseline += wall_times([sys.executable, "-c", "pass"], 1)
            single += wall_times([cleaner, "fix", "--no-config", "--no-cache", paths[1]], 1)
            many += wall_times([cleaner, "fix", "--no-config", "--no-cache", *paths], 1)
    per_file = (median_ms(many) - median_ms(single)) / (count - 1)
    print(f"files: {count}, runs: {runs}")
    print(f"python -c pass:              median {median_ms(baseline):8.1f} ms")
    print(f"cleaner fix, 1 file:         median {median_ms(single):8.1f} ms "
          f"({median_ms(single) / median_ms(baseline):.1f}x python -c pass)")
    print(f"cleaner fix, {count} files:    median {median_ms(many):8.1f} ms")
    print(f"per file beyond start-up:    {per_file:8.2f} ms "
          f"({per_file / median_ms(baseline) * 100:.0f}% of python -c pass)")


if __name__ == "__main__":
    files = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    main(files, repeat)
