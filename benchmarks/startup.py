"""Start-up cost: `cleaner clean` on the reference page beside `python -c pass`.

A pre-commit hook pays the start-up on every commit, so heavy imports wait until
they are needed. Both commands run alternately in one process run; the script
prints medians and their ratio.

The package's modules are byte-compiled first, as ``pip install`` does: with
``PYTHONDONTWRITEBYTECODE`` set (as on the development machine) an editable install
would otherwise compile every module from source on every run, which measures the
compiler, not the imports (7.1x instead of 5.3x on this machine).

Run: python benchmarks/startup.py [RUNS]
"""

from __future__ import annotations

import compileall
import shutil
import sys
from pathlib import Path

from _timing import median_ms, wall_times

ROOT = Path(__file__).resolve().parents[1]


def main(runs: int) -> None:
    cleaner = shutil.which("cleaner") or sys.exit("install cleaner first (pip install .)")
    sample = ROOT / "samples" / "zhuzhou-youth-league-2017.txt"
    compileall.compile_dir(ROOT / "cleaner", quiet=1)
    baseline: list[float] = []
    ours: list[float] = []
    for _ in range(runs):  # alternate, so that machine noise hits both alike
        baseline += wall_times([sys.executable, "-c", "pass"], 1)
        ours += wall_times([cleaner, "clean", str(sample)], 1)
    print(f"runs: {runs}")
    print(f"python -c pass:                         median {median_ms(baseline):7.1f} ms")
    print(f"cleaner clean zhuzhou-youth-league:     median {median_ms(ours):7.1f} ms")
    print(f"ratio: {median_ms(ours) / median_ms(baseline):.1f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 21)
