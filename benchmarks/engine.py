"""The matching engine against the exact-hash floor, the cdist oracle and datasketch.

For each N, one generated document (``corpus_generator.generate(N)``) and, in
one process run, each method in a forked child process (so that peak memory is
its own):

- floor: normalise every paragraph and group exact keys in a dict;
- engine: ``cleaner.matching.find_clusters`` (normalisation included);
- cdist: ``rapidfuzz.process.cdist`` all pairs with ``fuzz.ratio`` (N <= 10k),
  the exact oracle for near-duplicates;
- datasketch: ``MinHashLSH`` over character 3-grams (threshold 0.5, 64
  permutations) with the same rapidfuzz verification as the engine (N <= 100k).

Quality is pair-level precision, recall and F1 against the generator's ground
truth (every pair of an original and its copies). "oracle agreement" is the
F1 between the engine without containment and cdist (both ratio >= 90).
Time is wall time; "x floor" is the ratio to the floor's time in the same run.
Peak memory is the child's peak RSS above what it started with.

``--low-entropy`` uses Markov text trained on real documents instead (text that
shares phrases, as real text does) and adds the engine's recall of near copies by
edit rate and by language.

Run: python benchmarks/engine.py 1000 10000 100000 [--e2e 1000000] [--low-entropy]
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from corpus_generator import RATE_BUCKETS, Corpus, LowEntropyCorpus, generate, generate_low_entropy

from cleaner.matching import compare, find_clusters
from cleaner.normalize import paragraph_key

THRESHOLD = 90.0
MIN_CHARS = 30
Pairs = set[tuple[int, int]]


def _pairs_of(groups: Iterable[Sequence[int]]) -> Pairs:
    return {(a, b) for group in groups for a, b in itertools.combinations(sorted(group), 2)}


def _clusters_from_pairs(size: int, pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(size))

    def find(item: int) -> int:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for a, b in pairs:
        root_a, root_b = find(a), find(b)
        if root_a != root_b:
            parent[max(root_a, root_b)] = min(root_a, root_b)
    grouped: dict[int, list[int]] = {}
    for item in range(size):
        grouped.setdefault(find(item), []).append(item)
    return [group for group in grouped.values() if len(group) > 1]


def _eligible(corpus: Corpus) -> list[int]:
    boilerplate = set(corpus.boilerplate)
    return [index for index in range(len(corpus.paragraphs)) if index not in boilerplate]


def method_floor(corpus: Corpus) -> Pairs:
    groups: dict[str, list[int]] = {}
    for index in _eligible(corpus):
        groups.setdefault(paragraph_key(corpus.paragraphs[index]), []).append(index)
    return _pairs_of(group for group in groups.values() if len(group) > 1)


def _engine(corpus: Corpus, containment: bool) -> Pairs:
    indices = [index for index in _eligible(corpus)]
    keys = [paragraph_key(corpus.paragraphs[index]) for index in indices]
    chosen = [position for position, key in enumerate(keys) if len(key) >= MIN_CHARS]
    found = find_clusters([keys[position] for position in chosen], threshold=THRESHOLD,
                          containment=containment, min_contained=MIN_CHARS)
    return _pairs_of([indices[chosen[member]] for member in group] for group in found.groups)


def method_engine(corpus: Corpus) -> Pairs:
    return _engine(corpus, containment=True)


def method_engine_ratio_only(corpus: Corpus) -> Pairs:
    return _engine(corpus, containment=False)


def method_cdist(corpus: Corpus) -> Pairs:
    import numpy as np
    from rapidfuzz import fuzz, process

    indices = _eligible(corpus)
    keys = [paragraph_key(corpus.paragraphs[index]) for index in indices]
    scores = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=THRESHOLD,
                           dtype=np.uint8, workers=-1)
    rows, columns = np.nonzero(np.triu(scores, 1))
    pairs = [(int(a), int(b)) for a, b in zip(rows, columns, strict=True)]
    return _pairs_of([indices[member] for member in group]
                     for group in _clusters_from_pairs(len(keys), pairs))


def method_datasketch(corpus: Corpus) -> Pairs:
    from datasketch import MinHash, MinHashLSH  # type: ignore[import-untyped, import-not-found, unused-ignore]

    indices = _eligible(corpus)
    keys = [paragraph_key(corpus.paragraphs[index]) for index in indices]
    lsh = MinHashLSH(threshold=0.5, num_perm=64)
    sketches = []
    for position, key in enumerate(keys):
        sketch = MinHash(num_perm=64)
        sketch.update_batch([key[i:i + 3].encode("utf-8")
                             for i in range(max(1, len(key) - 2))])
        sketches.append(sketch)
        lsh.insert(position, sketch)
    verified = []
    for position, sketch in enumerate(sketches):
        for other in lsh.query(sketch):
            if other <= position:
                continue
            a, b = keys[position], keys[other]
            longer, shorter = (a, b) if len(a) >= len(b) else (b, a)
            if len(shorter) >= MIN_CHARS and compare(longer, shorter, threshold=THRESHOLD,
                                                     min_contained=MIN_CHARS):
                verified.append((position, other))
    return _pairs_of([indices[member] for member in group]
                     for group in _clusters_from_pairs(len(keys), verified))


def _rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _child(method: Callable[[Corpus], Pairs], corpus: Corpus, pipe: object) -> None:
    start_rss = _rss_kib()
    start = time.perf_counter()
    pairs = method(corpus)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    pipe.send((seconds, max(0, peak - start_rss), pairs))  # type: ignore[attr-defined]


def run(method: Callable[[Corpus], Pairs], corpus: Corpus) -> tuple[float, int, Pairs]:
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(method, corpus, sender))
    process.start()
    result = receiver.recv()
    process.join()
    return result  # type: ignore[no-any-return]


def scores(found: Pairs, truth: Pairs) -> tuple[float, float, float]:
    hits = len(found & truth)
    precision = hits / len(found) if found else 1.0
    recall = hits / len(truth) if truth else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def benchmark(count: int, low_entropy: bool = False) -> None:
    corpus = generate_low_entropy(count) if low_entropy else generate(count)
    truth = _pairs_of(corpus.groups)
    print(f"\nN = {count:,} paragraphs ({sum(map(len, corpus.paragraphs)):,} characters, "
          f"{len(corpus.groups):,} originals with copies, {len(truth):,} true pairs)")
    print(f"{'method':22} {'time s':>8} {'x floor':>8} {'peak MiB':>9} {'precision':>10} "
          f"{'recall':>8} {'F1':>8}")
    methods: list[tuple[str, Callable[[Corpus], Pairs]]] = [
        ("floor (exact hash)", method_floor), ("engine", method_engine)]
    if count <= 100_000:
        methods.append(("datasketch+rapidfuzz", method_datasketch))
    if count <= 10_000:
        methods.append(("cdist (oracle)", method_cdist))
    floor_time = None
    results: dict[str, Pairs] = {}
    times: dict[str, float] = {}
    for name, method in methods:
        seconds, peak_kib, pairs = run(method, corpus)
        floor_time = floor_time or seconds
        results[name], times[name] = pairs, seconds
        precision, recall, f1 = scores(pairs, truth)
        print(f"{name:22} {seconds:8.2f} {seconds / floor_time:8.2f} {peak_kib / 1024:9.0f} "
              f"{precision:10.4f} {recall:8.4f} {f1:8.4f}")
    if "cdist (oracle)" in results:
        _, _, ratio_only = run(method_engine_ratio_only, corpus)
        *_, agreement = scores(ratio_only, results["cdist (oracle)"])
        print(f"oracle agreement (engine without containment vs cdist, pair F1): "
              f"{agreement:.4f}")
    if isinstance(corpus, LowEntropyCorpus):
        _near_recall(corpus, results["engine"])
    if "datasketch+rapidfuzz" in times:
        print(f"engine is {times['datasketch+rapidfuzz'] / times['engine']:.0f}x faster "
              "than datasketch+rapidfuzz")


def _near_recall(corpus: LowEntropyCorpus, found: Pairs) -> None:
    """Near copies found (linked to their original), by edit rate and by language."""
    source_of = {copy: group[0] for group in corpus.groups for copy in group[1:]}
    rows: dict[str, list[bool]] = {}
    for copy, rate in corpus.edit_rate.items():
        hit = (min(copy, source_of[copy]), max(copy, source_of[copy])) in found
        bucket = next(f"{low:.0%}-{high:.0%}" for low, high in RATE_BUCKETS if rate <= high)
        rows.setdefault(f"edits {bucket}", []).append(hit)
        rows.setdefault(f"language {corpus.language[copy]}", []).append(hit)
        rows.setdefault("all near copies", []).append(hit)
    for name in sorted(rows):
        print(f"  engine, near copies, {name:18} {sum(rows[name]):6}/{len(rows[name]):<6} "
              f"{sum(rows[name]) / len(rows[name]):.3f}")


def end_to_end(count: int) -> None:
    cleaner = shutil.which("cleaner") or sys.exit("install cleaner first (pip install .)")
    corpus = generate(count)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.txt"
        path.write_text(corpus.text(), encoding="utf-8")
        size = path.stat().st_size
        start = time.perf_counter()
        completed = subprocess.run([cleaner, "clean", str(path)], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, text=True, check=False)
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"\nend to end: cleaner clean on {count:,} paragraphs ({size / 2**20:.0f} MiB): "
          f"{seconds:.1f} s wall, peak RSS {peak / 2**20:.2f} GiB, exit {completed.returncode}")
    print(completed.stderr.strip()[-300:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000, 100000])
    parser.add_argument("--e2e", type=int, default=0, help="paragraphs for the end-to-end run")
    parser.add_argument("--low-entropy", action="store_true",
                        help="Markov text trained on real documents, with recall by edit rate")
    arguments = parser.parse_args()
    for count in arguments.sizes:
        benchmark(count, arguments.low_entropy)
    if arguments.e2e:
        end_to_end(arguments.e2e)


if __name__ == "__main__":
    main()
