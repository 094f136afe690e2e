"""The four PDF extractors of the labelled corpus (py-pdf/benchmarks), page by page.

``pages(pdf, name)`` is the text that pdfminer, pdftotext (poppler-utils), PyMuPDF or
pypdf writes for each page of ``pdf``; pdfminer's and pdftotext's pages end with the form
feed each writes after a page, so that ``"".join`` of them is its whole output. How the
others' pages are joined is the caller's choice (py-pdf/benchmarks put a blank line after
each of PyMuPDF's pages, a line break between pypdf's).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

NAMES = ("pdfminer", "pdftotext", "pymupdf", "pypdf")
_MODULES = {"pdfminer": "pdfminer", "pymupdf": "pymupdf", "pypdf": "pypdf"}


def available() -> list[str]:
    """The extractors installed here: the library importable, or the program found."""
    return [name for name in NAMES
            if (importlib.util.find_spec(_MODULES[name]) is not None if name in _MODULES
                else shutil.which(name) is not None)]


def pages(pdf: Path, name: str) -> list[str]:
    """Each page's text as the extractor ``name`` writes it."""
    if name in ("pdfminer", "pdftotext"):
        if name == "pdftotext":
            text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                  text=True, check=True).stdout
        else:
            from pdfminer.high_level import extract_text
            text = str(extract_text(str(pdf)))
        found = text.split("\f")
        return [page + "\f" for page in (found[:-1] if found[-1] == "" else found)]
    if name == "pymupdf":
        import pymupdf
        with pymupdf.open(pdf) as document:
            return [page.get_text() for page in document]
    import pypdf
    return [page.extract_text() for page in pypdf.PdfReader(pdf).pages]
