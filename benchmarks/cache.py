"""The cache of clean files: `cleaner clean --check FOLDER` the second time.

Writes a repository of prose files (one in ten damaged: a paragraph printed twice and a
running foot), then times, in one process run and alternately, `cleaner clean --check`
over the folder:

- with `--no-cache` (every file cleaned: the first run's cost);
- with a warm cache (an earlier run found nine files in ten clean; those are read and
  hashed, not cleaned).

Each run's exit code and total line must be the same with and without the cache.
Prints medians and the ratio.

Run: python benchmarks/cache.py [FILES] [PARAGRAPHS] [RUNS]
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

from hook_speed import WORDS


def document(rng: random.Random, paragraphs: int, damaged: bool) -> str:
    texts = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 60))).capitalize() + "."
             for _ in range(paragraphs)]
    if damaged:
        texts.insert(rng.randint(1, len(texts)), texts[0])
        texts += ["Harbour Gazette"] * 4
    return "\n\n".join(texts) + "\n"


def timed(command: list[str], environment: dict[str, str]) -> tuple[float, int, str]:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=environment,
                          check=False)
    return time.perf_counter() - start, done.returncode, done.stderr.splitlines()[-1]


def main(count: int, paragraphs: int, runs: int) -> None:
    cleaner = shutil.which("cleaner") or sys.exit("install cleaner first (pip install .)")
    rng = random.Random(20261201)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "repository"
        folder.mkdir()
        for number in range(count):
            (folder / f"note-{number:04d}.txt").write_text(
                document(rng, paragraphs, damaged=number % 10 == 0), encoding="utf-8")
        environment = {**os.environ, "CLEANER_CACHE_DIR": str(Path(temporary) / "cache")}
        command = [cleaner, "clean", "--check", "--no-config", str(folder)]
        timed(command, environment)  # fills the cache
        cold, warm = [], []
        for _ in range(runs):
            seconds, code, total = timed([*command, "--no-cache"], environment)
            cold.append(seconds)
            seconds, warm_code, warm_total = timed(command, environment)
            warm.append(seconds)
            assert (code, total) == (warm_code, warm_total), (total, warm_total)
    size = sum(len(document(random.Random(0), paragraphs, False)) for _ in range(1))
    print(f"files: {count} of about {size / 1000:.0f} kB, runs: {runs}; last line: {total}")
    print(f"--no-cache:  median {median(cold):6.2f} s")
    print(f"warm cache:  median {median(warm):6.2f} s  ({median(cold) / median(warm):.1f}x "
          "faster)")


if __name__ == "__main__":
    arguments = [int(argument) for argument in sys.argv[1:]]
    files, paragraph_count, repeat = (arguments + [1000, 40, 5][len(arguments):])[:3]
    main(files, paragraph_count, repeat)
