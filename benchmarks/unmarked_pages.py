"""Furniture recall on the labelled PDF extracts with their page marks taken out.

pypdf writes no form feeds, and other extractors lose some: the page model must then
find pages from what recurs. This script copies ``../shared/corpus/pdf-extracts/`` with
every form feed deleted (line numbers, and so the labels, stay as they are; the grader
folds form feeds away when it aligns lines) and runs its grader on each half of the
documents: A (developed on) and B (checked on), as the project splits them.

Run: python benchmarks/unmarked_pages.py [EXTRACTS_DIR]
"""

from __future__ import annotations

import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

EXTRACTS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf-extracts"
HALVES = {"A (develop)": ("2201.00022", "2201.00037", "2201.00151"),
          "B (check)": ("1601.03642", "2201.00029", "2201.00200")}


def main(extracts: Path) -> None:
    if not (extracts / "grade_furniture.py").is_file():
        sys.exit(f"{extracts}: no grade_furniture.py (the shared corpus is not here)")
    command = f"{shlex.quote(sys.executable)} -m cleaner clean --no-cache {{inp}} -o {{out}}"
    with tempfile.TemporaryDirectory() as folder:
        unmarked = Path(folder)
        for path in sorted((extracts / "files").glob("*.txt")):
            (unmarked / path.name).write_bytes(path.read_bytes().replace(b"\f", b""))
        for half, papers in HALVES.items():
            names = [path.name for path in sorted(unmarked.glob("*.txt"))
                     if any(paper in path.name for paper in papers)]
            graded = subprocess.run(
                [sys.executable, str(extracts / "grade_furniture.py"), "--cmd", command,
                 "--dir", str(unmarked), "--files", *names],
                capture_output=True, text=True, check=True).stdout
            total = next(line for line in graded.splitlines() if line.startswith("TOTAL"))
            print(f"{half}: {total}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else EXTRACTS)
