"""pypdf's extracts against pdftotext's, on the TeX Live documentation installed here.

No labels: for each PDF of 3 to 80 pages under ``--root`` (Debian's
``texlive-publishers-doc`` and the other TeX Live documentation packages), the lines that
cleaning removes as page numbers and running heads or feet from pdftotext's extract, where
form feeds mark the pages, are taken as that PDF's furniture; the measure is how many of
the lines of pypdf's extract of the same PDF that read the same (spaces and case aside)
cleaning removes too. pypdf marks no pages, so this is the furniture found without page
marks, checked against the same code's findings with them. Lines removed from pypdf's
extract that are not among pdftotext's are counted apart, to be read (heads pypdf runs
together into one line are most of them).

Extracts are cached in ``--work``; a second run only cleans.

Run: python benchmarks/pypdf_against_pdftotext.py [--work DIR] [--root DIR] [--list N]
"""

from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _extractors

from cleaner import clean

KINDS = ("page_number", "boilerplate_line")
MIN_PAGES, MAX_PAGES = 3, 80


def fold(text: str) -> str:
    return "".join(char for char in unicodedata.normalize("NFKC", text).lower()
                   if not char.isspace())


def extract(pdf: Path, work: Path) -> str | None:
    """Cache both extracts of ``pdf`` in ``work``; its cache name, or None when it is
    out of range or an extractor fails on it."""
    import pypdf
    name = hashlib.md5(str(pdf).encode()).hexdigest()[:8] + "_" + pdf.stem
    if (work / "pypdf" / f"{name}.txt").exists():
        return name
    if (work / "skipped" / name).exists():
        return None
    try:
        if not MIN_PAGES <= len(pypdf.PdfReader(pdf).pages) <= MAX_PAGES:
            raise ValueError("pages")
        poppler = "".join(_extractors.pages(pdf, "pdftotext"))
        plain = "\n".join(_extractors.pages(pdf, "pypdf"))
    except Exception:
        (work / "skipped" / name).touch()
        return None
    (work / "pdftotext" / f"{name}.txt").write_text(poppler, encoding="utf-8")
    (work / "pypdf" / f"{name}.txt").write_text(plain, encoding="utf-8")
    return name


def removed(text: str) -> dict[int, list[str]]:
    """Line number -> the folded texts removed there as furniture."""
    found: dict[int, list[str]] = {}
    for edit in clean(text).edits:
        if edit.kind in KINDS:
            found.setdefault(edit.first_line, []).append(fold(edit.removed))
    return found


def measure(name: str, work: Path) -> tuple[int, int, int]:
    """Lines of pypdf's extract among pdftotext's furniture, those removed, and lines
    removed that are not among it."""
    poppler = (work / "pdftotext" / f"{name}.txt").read_text(encoding="utf-8")
    furniture = {text for texts in removed(poppler).values() for text in texts} - {""}
    plain = (work / "pypdf" / f"{name}.txt").read_text(encoding="utf-8")
    gone = removed(plain)
    present = hit = 0
    for number, line in enumerate(plain.split("\n"), 1):
        if fold(line) in furniture:
            present += 1
            hit += number in gone
    other = sum(text not in furniture for texts in gone.values() for text in texts)
    return present, hit, other


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/pypdf-against-pdftotext"))
    parser.add_argument("--root", type=Path, default=Path("/usr/share/doc/texlive-doc"))
    parser.add_argument("--list", type=int, default=10, help="documents listed, most missed")
    args = parser.parse_args()
    for folder in ("pdftotext", "pypdf", "skipped"):
        (args.work / folder).mkdir(parents=True, exist_ok=True)
    pdfs = sorted(args.root.rglob("*.pdf"))
    with concurrent.futures.ProcessPoolExecutor(2) as pool:
        names = [name for name in pool.map(extract, pdfs, [args.work] * len(pdfs)) if name]
        results = list(pool.map(measure, names, [args.work] * len(names)))
    present = sum(result[0] for result in results)
    hit = sum(result[1] for result in results)
    other = sum(result[2] for result in results)
    print(f"{len(names)} PDFs of {MIN_PAGES}-{MAX_PAGES} pages (of {len(pdfs)}): "
          f"lines of pypdf's extracts among the furniture found in pdftotext's: {present}, "
          f"removed {hit} ({100 * hit / max(present, 1):.1f}%); "
          f"other lines removed {other}")
    ranked = sorted(zip(names, results, strict=True), key=lambda row: row[1][1] - row[1][0])
    for name, (found, gone, extra) in ranked[:args.list]:
        print(f"  {name:50} {gone:5} of {found:5}  other {extra}")


if __name__ == "__main__":
    main()
