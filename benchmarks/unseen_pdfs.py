"""Furniture on PDFs no rule was written against: what goes, line by line, for a reader to check.

The labelled extracts in ``../shared/corpus/pdf-extracts/`` are six arXiv papers; rules
tuned on them can fit them. This script takes five other real PDFs, from places any
machine with the package index and Debian reaches:

- ``libtasn1.pdf`` (Debian's ``libtasn1-doc``): a GNU manual, chapter heads with the
  page number, a function reference whose entries repeat parameters;
- ``shared-mime-info-spec.pdf`` (Debian's ``shared-mime-info``): a spec, one head;
- from the sdist of ``pypdf`` 7.1.1 (``pip download``), its test resources: a data
  model with UML diagrams (GeoBase), 137 pages of clinical guidelines whose
  flowcharts repeat boxes across pages (NCCN), and six OCR'd pages of a book
  (The Siege of Vicksburg);

extracts each with pdfminer, pdftotext (poppler-utils), PyMuPDF and pypdf (the four
extractors of the labelled corpus; those not installed are left out), cleans each
extract and prints, per file, every distinct line removed as furniture with its
count and evidence. For the documents whose running heads are known, it counts them
too: heads removed of heads present (a regular expression per document).

Nothing here is labelled line by line: the list is for reading. A line of content in
it is a false removal; a head missing from it, a miss.

Run: pip install '.[bench]'; apt install poppler-utils libtasn1-doc shared-mime-info
     python benchmarks/unseen_pdfs.py [--work DIR] [--all]   (--all: page numbers too)
"""

from __future__ import annotations

import argparse
import collections
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from _extractors import available, pages

import cleaner

PYPDF_SDIST = "pypdf==7.1.1"
FROM_SDIST = {"geobase": "GeoBase_NHNC1_Data_Model_UML_EN.pdf", "nccn": "issue-604.pdf",
              "vicksburg": "Seige_of_Vicksburg_Sample_OCR.pdf"}
FROM_DEBIAN = {"tasn1": Path("/usr/share/doc/libtasn1-doc/libtasn1.pdf"),
               "mime": Path("/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf")}
HEADS = {  # the running heads each document prints, page numbers run in or not
    "tasn1": re.compile(r"^\s*(\d+\s+)?(Chapter \d+: [A-Za-z .1]+|Appendix A: Copying "
                        r"Information)(\s+\d+)?\s*$"),
    "mime": re.compile(r"^\s*Shared MIME-info Database\s*$"),
    "geobase": re.compile(r"^\s*(National Hydro Network, Data Model – Edition 1\.0|GeoBase®)"
                          r"(\s+[\divx-]+)?\s*$"),
    "vicksburg": re.compile(r"^\s*(\d+\s+)?THE\s+SIEGE\s+O[FP]\s+VICKSBU[RE]G\.(\s+\d+)?\s*$"),
}


# How this script joins each extractor's pages (PyMuPDF's with nothing between them).
JOINERS = {"pdfminer": "", "pdftotext": "", "pymupdf": "", "pypdf": "\n"}


def _pdfs(work: Path) -> dict[str, Path]:
    """The five PDFs, the three from pypdf's sdist fetched once into ``work``."""
    pdfs = {name: path for name, path in FROM_DEBIAN.items() if path.is_file()}
    wanted = {name: work / file for name, file in FROM_SDIST.items()}
    if not all(path.is_file() for path in wanted.values()):
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--no-binary", ":all:", "--dest", str(work), PYPDF_SDIST], check=True)
        sdist = next(work.glob("pypdf-*.tar.gz"))
        with tarfile.open(sdist) as archive:
            for member in archive.getmembers():
                for path in wanted.values():
                    if member.name.endswith("/resources/" + path.name):
                        extracted = archive.extractfile(member)
                        assert extracted is not None
                        path.write_bytes(extracted.read())
    pdfs.update({name: path for name, path in wanted.items() if path.is_file()})
    return pdfs


def report(name: str, extractor: str, text: str, show_all: bool) -> None:
    """Print what cleaning ``text`` removes as furniture, distinct lines with counts."""
    result = cleaner.clean(text)
    removed: collections.Counter[tuple[str, str, str]] = collections.Counter()
    for edit in result.edits:
        if edit.reason not in ("boilerplate_line", "credit_line", "page_number",
                               "duplicate_paragraph", "near_duplicate_paragraph",
                               "contained_paragraph"):
            continue
        for line in edit.removed.replace("\f", "\n").split("\n"):
            if line.strip():
                removed[(edit.reason, edit.evidence or "", line.strip()[:90])] += 1
    heads = HEADS.get(name)
    counts = ""
    if heads is not None:
        present = sum(1 for line in text.replace("\f", "\n").split("\n") if heads.match(line))
        gone = sum(count for (_, _, line), count in removed.items() if heads.match(line))
        counts = f"  heads removed {gone}/{present}"
    others = sum(count for (reason, _, line), count in removed.items()
                 if reason != "page_number" and not (heads and heads.match(line)))
    numbers = sum(count for (reason, _, _), count in removed.items() if reason == "page_number")
    print(f"== {name} ({extractor}): {sum(removed.values())} lines removed{counts}; "
          f"page numbers {numbers}; other lines {others} (listed)")
    for (reason, evidence, line), count in sorted(removed.items(),
                                                   key=lambda item: (item[0][0], -item[1])):
        if reason == "page_number" and not show_all:
            continue
        if heads is not None and heads.match(line) and not show_all:
            continue
        print(f"   {count:4}  {reason}/{evidence}: {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--work", type=Path, help="where the PDFs are fetched and kept")
    parser.add_argument("--all", action="store_true",
                        help="list page numbers and known heads too")
    arguments = parser.parse_args()
    extractors = available()
    if not extractors:
        sys.exit("no extractor installed: pip install '.[bench]' (pdfminer.six, pymupdf, pypdf)")
    with tempfile.TemporaryDirectory() as scratch:
        work = arguments.work or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        for name, pdf in sorted(_pdfs(work).items()):
            for extractor in extractors:
                report(name, extractor, JOINERS[extractor].join(pages(pdf, extractor)),
                       arguments.all)


if __name__ == "__main__":
    main()
