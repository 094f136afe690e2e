"""A second cleaning: how many texts change again when their cleaned text is cleaned.

A pre-commit hook cleans a file each time it is committed, so what one cleaning leaves
must be what the next one leaves: a text that changes again either kept furniture the
first pass could have seen (its recall), or loses content a little more at every
commit (a number of a section taken once the page numbers beside it went). For every
``.txt`` file under the folders given (by default the corpus's PDF extracts), the
script cleans the text, cleans the result again with the same options, and counts the
texts whose second result differs, with the reasons of the second pass's edits.

Run: python benchmarks/second_pass.py [--list N] [DIR ...]
  e.g. python benchmarks/second_pass.py /tmp/pvp/pdftotext /tmp/pvp/pypdf
"""

from __future__ import annotations

import argparse
import concurrent.futures
import sys
from collections import Counter
from pathlib import Path

from cleaner import clean

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "pdf-extracts" / "files"


def second_pass(path: Path) -> tuple[str, Counter[str]]:
    """The reasons of the edits a second cleaning of ``path``'s cleaned text makes."""
    text = path.read_text(encoding="utf-8", errors="surrogateescape")
    once = clean(text).text
    again = clean(once)
    return str(path), Counter(edit.reason for edit in again.edits)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path, default=[DEFAULT])
    parser.add_argument("--list", type=int, default=0, help="list the N texts most changed")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    paths = sorted(path for folder in args.dirs for path in folder.rglob("*.txt"))
    if not paths:
        print(f"no .txt files under {', '.join(map(str, args.dirs))}", file=sys.stderr)
        return 2
    changed: dict[str, Counter[str]] = {}
    with concurrent.futures.ProcessPoolExecutor(args.workers) as pool:
        for name, reasons in pool.map(second_pass, paths, chunksize=4):
            if reasons:
                changed[name] = reasons
    reasons = sum(changed.values(), Counter())
    edits = ", ".join(f"{reason} {count}" for reason, count in reasons.most_common())
    print(f"{len(paths)} texts: {len(changed)} change on a second cleaning "
          f"({100 * len(changed) / len(paths):.1f}%); its edits: {edits or 'none'}")
    for name, found in sorted(changed.items(), key=lambda item: -item[1].total())[:args.list]:
        print(f"  {found.total():5}  {name}: {dict(found)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
