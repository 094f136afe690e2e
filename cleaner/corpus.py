"""Clean a folder of documents together: furniture that repeats across files.

A newspaper archive (one OCR file per page per day), a year of filings, a book
split into one file per page: the masthead, the price line, ``HOME EDITION``,
the disclaimer at the foot of every filing stand once in each file, so no file
alone shows a repeat. Cleaning them together is map and reduce:

1. :func:`fingerprint` (map, per file): the keys of the candidate lines at the
   file's edges (its first and last ``EDGE_LINES`` lines with text), with the
   furniture stage's keys (digits masked, OCR confusions folded). Small.
2. :func:`tally` (reduce): in how many files each key stands at an edge; keys
   that are OCR variants of one another (within ``line_similarity``) count together.
   Only counts of keys are held, never texts of documents.
3. :func:`clean_with` (map, per file): the pipeline, with one more stage in
   front, :class:`CorpusFurniture`, which removes the edge lines whose key
   stands at the edges of at least ``MIN_SHARE`` of the files (and of
   ``MIN_FILES``). Content that repeats across files but not at their edges (a
   story continued, wire copy) is left to the other stages, which see one file;
   with ``--dedup-across-files`` a paragraph whose normalised text stands in an
   earlier file (in path order) goes, and the report names the file and line of
   the copy kept (the tally then also holds a 12-byte digest per paragraph).

The maps run on a :mod:`cleaner.executors` executor, so this code does not know
where it runs.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .decode import Decoded, InputError
from .executors import Executor, LocalExecutor
from .findings import Findings, Prior, Removal
from .line_groups import candidate
from .matching import UnionFind, find_clusters
from .normalize import ocr_key
from .options import Options
from .pipeline import CleanResult, clean
from .segment import Document, segment

NAME = "corpus_furniture"
EDGE_LINES = 12  # lines with text at the top and at the bottom of a file: its edges
MIN_SHARE = 0.3  # a line at the edges of this share of the files is furniture...
MIN_FILES = 3  # ...and of at least this many files


def _masthead_sized(text: str) -> bool:
    """A line short enough to be a masthead's numbering (``NUMBER 8756``, ``VOL. XII, NO.
    3``): a few words besides its figures, not a sentence."""
    return len(_FIGURES.sub(" ", text).split()) <= NUMBERED_LINE_WORDS


def words_key(text: str) -> str:
    """A numbered line's words: its OCR key with every run of figures one ``#``, so that
    a masthead's ``NUMBER 8806`` is known again where OCR misread its figure as other
    figures (``8856``), off the chain. Only lines like those on an issue-number chain
    are grouped so: a line whose figures are its content (``Rainfall: 41 mm``) is not
    furniture for standing in every file.

    >>> words_key("NUMBER 8756.") == words_key("NUMBER 87S6.")
    False
    >>> words_key("NUMBER 8756.") == words_key("NUMBER 8757.")
    True
    """
    return _FIGURES.sub("#", ocr_key(text))


_FIGURES = re.compile(r"\d+")
_ISSUE_FIGURE = re.compile(r"(?<!\d)\d{2,6}(?!\d)")  # an issue or volume number, a date


def edge_lines(doc: Document, options: Options) -> list[int]:
    """The candidate lines among the first and last ``EDGE_LINES`` lines with text (a
    quarter of them in a short file: its middle is never an edge)."""
    texts = [line.index for line in doc.lines if not line.blank and not line.protected]
    size = min(EDGE_LINES, max(1, len(texts) // 4))
    edges = sorted(set(texts[:size]) | set(texts[-size:]))
    return [index for index in edges
            if candidate(doc.lines[index].text, options.boilerplate_max_chars)]


@dataclass(frozen=True)
class Fingerprint:
    """What one file contributes to the tally: its edge keys and (for
    ``--dedup-across-files``) a digest of each paragraph's key with its first line; or
    why it has none."""

    path: str
    keys: frozenset[str]
    error: str | None = None
    paragraphs: tuple[tuple[str, int], ...] = ()
    numbered: tuple[tuple[int, int, str], ...] = ()  # edge lines with figures: index, figure, key


def _paragraphs(doc: Document, options: Options) -> list[tuple[str, tuple[int, ...]]]:
    """Each paragraph that may be judged as a copy: a digest of its key, its lines."""
    from .duplicates import paragraphs_of

    found = paragraphs_of(doc, frozenset(), frozenset(), options)
    return [(hashlib.blake2b(paragraph.key.encode("utf-8"), digest_size=12).hexdigest(),
             paragraph.lines) for paragraph in found if paragraph.judged]


@dataclass(frozen=True)
class Sent:
    """A file as the process that splits the work saw it: its path as given (for
    messages), its absolute path (for a worker started in another folder), and its size
    and modification time (a worker that sees another file of that name refuses it)."""

    name: str
    path: str
    size: int | None = None
    modified_ns: int | None = None

    @classmethod
    def of(cls, name: str) -> Sent:
        path = os.path.abspath(name)
        try:
            status = os.stat(path)
        except OSError:
            return cls(name, path)  # reported when it is read
        return cls(name, path, status.st_size, status.st_mtime_ns)

    def read(self, encoding: str | None) -> Decoded:
        """The file, decoded; InputError when it cannot be read, or is not the file that
        was seen (the workers must see the same files at the same paths)."""
        from .files import read_document

        decoded = read_document(Path(self.path), encoding)
        seen = decoded.identity
        if self.size is not None and seen is not None and (
                (seen.size, seen.modified_ns) != (self.size, self.modified_ns)):
            raise InputError(f"the file read at {self.path} is not the one seen (size or "
                             "modification time differ): every worker must see the same "
                             "files at the same paths")
        return decoded


def fingerprint(job: tuple[Sent, Options, str | None, bool]) -> Fingerprint:
    """The edge keys of the file ``job[0]``, read as ``job[2]`` (None: detected), and
    with ``job[3]`` its paragraph digests."""
    from .files import options_for

    sent, options, encoding, with_paragraphs = job
    try:
        decoded = sent.read(encoding)
    except InputError as error:
        return Fingerprint(sent.name, frozenset(), str(error))
    options = options_for(Path(sent.name), options)
    doc = segment(decoded.text, markdown=options.format == "markdown")
    paragraphs = tuple((digest, lines[0] + 1) for digest, lines in _paragraphs(doc, options)
                       ) if with_paragraphs else ()
    edges = edge_lines(doc, options)
    numbered = tuple((index, int(figure.group()), words_key(doc.lines[index].text))
                     for index in edges if _masthead_sized(doc.lines[index].text)
                     for figure in _ISSUE_FIGURE.finditer(doc.lines[index].text))
    return Fingerprint(sent.name, frozenset(ocr_key(doc.lines[index].text) for index in edges),
                       None, paragraphs, numbered)


@dataclass(frozen=True)
class Evidence:
    """The tally: for each furniture key, at the edges of how many of ``files`` files."""

    files: int
    furniture: dict[str, int]
    first_copy: dict[str, tuple[str, int]] = field(default_factory=dict)  # digest: path, line
    numbering: dict[str, int] = field(default_factory=dict)  # path: the numbered line
    numbered_files: int = 0  # how many files the numbering runs through
    numbering_keys: frozenset[str] = frozenset()  # its words (a misread figure: same line)


def tally(prints: Sequence[Fingerprint], similarity: float, *,
          min_share: float = MIN_SHARE, min_files: int = MIN_FILES) -> Evidence:
    """Which edge keys stand at the edges of enough files to be furniture."""
    counts: Counter[str] = Counter(key for found in prints for key in found.keys)
    files = sum(1 for found in prints if found.error is None)
    keys = sorted(counts)
    groups = _variants(keys, similarity)
    needed = max(min_files, min_share * files)
    furniture: dict[str, int] = {}
    for group in groups:
        together = min(files, sum(counts[keys[index]] for index in group))
        if together >= needed:
            furniture.update({keys[index]: together for index in group})
    first_copy: dict[str, tuple[str, int]] = {}
    in_files: Counter[str] = Counter()
    for found in sorted(prints, key=lambda found: found.path):
        for digest, line in dict(reversed(found.paragraphs)).items():
            first_copy.setdefault(digest, (found.path, line))
            in_files[digest] += 1
    numbering = _numbering(sorted((found for found in prints if found.error is None),
                                  key=lambda found: found.path))
    if len(numbering) < needed:
        numbering = {}
    numbering_keys = frozenset(key for found in prints for index, _, key in found.numbered
                               if numbering.get(found.path) == index
                               and sum(char.isalpha() for char in key) >= MIN_KEY_LETTERS)
    return Evidence(files, furniture, {digest: first for digest, first in first_copy.items()
                                       if in_files[digest] > 1}, numbering, len(numbering),
                    numbering_keys)


NUMBERED_LINE_WORDS = 4  # words besides figures on a masthead's numbering line, at most
MIN_KEY_LETTERS = 3  # a numbered line's words, to know it again with its figure misread
NUMBERING_WINDOW = 10  # files apart two numbers on the chain may be (misread ones between)


def _numbering(prints: Sequence[Fingerprint]) -> dict[str, int]:
    """The masthead's issue number, file by file: the longest chain of edge-line figures
    that grows from file to file (in path order) by at least one and at most two per
    file, as a daily's issue numbers do (whatever OCR made of the words around them).
    Returns, for each file on the chain, the index of its numbered line."""
    best: list[tuple[int, int | None]] = []  # per (file, candidate): chain length, previous
    flat: list[tuple[int, int, int]] = []  # (file position, line index, figure)
    for position, found in enumerate(prints):
        for index, figure, _ in found.numbered:
            flat.append((position, index, figure))
    starts = [0] * (len(prints) + 1)
    for position, _, _ in flat:
        starts[position + 1] += 1
    starts = list(itertools.accumulate(starts))
    for at, (position, _, figure) in enumerate(flat):
        best.append((1, None))
        for earlier in range(starts[max(0, position - NUMBERING_WINDOW)], starts[position]):
            before_position, _, before_figure = flat[earlier]
            gap = position - before_position
            if gap <= figure - before_figure <= 2 * gap and best[earlier][0] + 1 > best[at][0]:
                best[at] = (best[earlier][0] + 1, earlier)
    if not best:
        return {}
    link: int | None = max(range(len(best)), key=lambda candidate: best[candidate][0])
    chain: dict[str, int] = {}
    while link is not None:
        position, index, _ = flat[link]
        chain[prints[position].path] = index
        link = best[link][1]
    return chain


ALL_PAIRS_UP_TO = 4000  # distinct edge keys compared all against all (short keys, few)


def _variants(keys: list[str], similarity: float) -> list[list[int]]:
    """The keys grouped with their OCR variants (``ratio`` within ``similarity``): all
    pairs for a few thousand keys (edge lines are short, and anchors need length), the
    matching engine beyond."""
    if len(keys) > ALL_PAIRS_UP_TO:
        clusters = find_clusters(keys, threshold=similarity, containment=False)
        grouped = {index for group in clusters.groups for index in group}
        return [*clusters.groups, *([index] for index in range(len(keys)) if index not in grouped)]
    from rapidfuzz import fuzz, process

    scores = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=similarity)
    together = UnionFind(len(keys))
    for first, second in zip(*scores.nonzero(), strict=True):
        together.union(int(first), int(second))
    groups: dict[int, list[int]] = {}
    for index in range(len(keys)):
        groups.setdefault(together.find(index), []).append(index)
    return list(groups.values())


@dataclass(frozen=True)
class CorpusFurniture:
    """A stage: removes the edge lines whose key the tally found at many files' edges."""

    evidence: Evidence
    path: str | None = None  # the file cleaned, to tell its own paragraphs from copies

    def __call__(self, doc: Document, prior: Prior, options: Options) -> Findings:
        removals = self._copies_from_other_files(doc, options)
        numbered = self.evidence.numbering.get(self.path or "")
        edges = edge_lines(doc, options)
        for index in edges:
            if index == numbered or (numbered is None and self.evidence.numbering_keys and
                                     words_key(doc.lines[index].text)
                                     in self.evidence.numbering_keys):
                removals.append(Removal(
                    (index,), "boilerplate_line",
                    f"the masthead's issue number, one higher in each of "
                    f"{self.evidence.numbered_files} files: {doc.lines[index].text.strip()}",
                    evidence="file_edges"))
        for index in edges:
            count = self.evidence.furniture.get(ocr_key(doc.lines[index].text))
            if count is not None:
                removals.append(Removal(
                    (index,), "boilerplate_line",
                    f"furniture at the edge of {count} of {self.evidence.files} files: "
                    f"{doc.lines[index].text.strip()}", evidence="file_edges"))
        return Findings(NAME, removals=tuple(removals))

    def _copies_from_other_files(self, doc: Document, options: Options) -> list[Removal]:
        """``--dedup-across-files``: the paragraphs whose first copy is in another file."""
        if not self.evidence.first_copy or self.path is None:
            return []
        removals = []
        for digest, lines in _paragraphs(doc, options):
            first = self.evidence.first_copy.get(digest)
            if first is not None and first[0] != self.path:
                removals.append(Removal(lines, "duplicate_paragraph",
                                        f"duplicate of the paragraph at {first[0]}:{first[1]}",
                                        100.0, evidence="in_an_earlier_file"))
        return removals


def clean_with(job: tuple[Sent, Options, str | None, Evidence],
               ) -> tuple[str, Decoded, CleanResult] | tuple[str, None, str]:
    """Read and clean the file ``job[0]`` with the corpus evidence; the error instead
    when it cannot be read."""
    from .files import options_for

    sent, options, encoding, evidence = job
    try:
        decoded = sent.read(encoding)
    except InputError as error:
        return sent.name, None, str(error)
    result = clean(decoded.text, options_for(Path(sent.name), options),
                   first=((NAME, CorpusFurniture(evidence, sent.name)),))
    return sent.name, decoded, result


@dataclass(frozen=True)
class CorpusResult:
    """One file of a corpus run: its path, what was read and the result; or the error
    that stopped it."""

    path: str
    result: CleanResult | None
    error: str | None = None
    decoded: Decoded | None = None


def clean_corpus(paths: Sequence[str | Path], options: Options | Mapping[str, Options] | None
                 = None, *, executor: Executor | None = None, dedup_across_files: bool = False,
                 encoding: str | None = None) -> Iterator[CorpusResult]:
    """Clean the files at ``paths`` together (furniture counted across them); yield each
    file's result in order. Writes nothing. ``options`` may differ per path (a mapping
    from each path as given); ``executor`` defaults to a local pool.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> for day in range(4):
    ...     _ = (folder / f"{day}.txt").write_text(
    ...         f"HOME EDITION\\n\\nStory {'abcd'[day]} of the day, told once only.\\n\\n"
    ...         f"More of story {'abcd'[day]}, a second paragraph.\\n\\n"
    ...         f"The end of story {'abcd'[day]}.\\n", encoding="utf-8")
    >>> results = list(clean_corpus(sorted(folder.iterdir()), executor=LocalExecutor(1)))
    >>> [item.result.text.startswith("Story") for item in results if item.result]
    [True, True, True, True]
    """
    names = [str(path) for path in paths]
    if not names:
        return
    given = options if isinstance(options, Mapping) else {name: options or Options()
                                                          for name in names}
    executor = executor or LocalExecutor()
    sent = [Sent.of(name) for name in names]
    prints = executor.map(fingerprint, [(file, given[file.name], encoding, dedup_across_files)
                                        for file in sent])
    evidence = tally(prints, given[names[0]].line_similarity)
    for name, decoded, outcome in executor.map(
            clean_with, [(file, given[file.name], encoding, evidence) for file in sent]):
        if decoded is None or isinstance(outcome, str):
            yield CorpusResult(name, None, str(outcome))
        else:
            yield CorpusResult(name, outcome, None, decoded)
