"""Corpus mode: files per second, the share of each pass, and the driver's peak memory.

Generates N files of about 20 KB (low-entropy Markov paragraphs, a masthead and a price
line garbled differently in each file, a story that runs in two files), then cleans them
together, in one run, with each executor: one process, a local pool of 2, and a Dask
LocalCluster with 2 worker processes (when dask is installed). Each executor runs in a
child process of its own, so that peak memory is its own.

Run: python benchmarks/corpus_mode.py [N ...]     (default 1000)
"""

from __future__ import annotations

import multiprocessing
import random
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from corpus_generator import generate_low_entropy

from cleaner import corpus
from cleaner.executors import DaskExecutor, Executor, LocalExecutor
from cleaner.options import Options

MASTHEAD = ["THE EVENING STAR", "THE EVENINC STAR", "THE EVEN1NG STAR", "TIIE EVENING STAR"]


def write_files(folder: Path, count: int) -> list[str]:
    rng = random.Random(5)
    paragraphs = generate_low_entropy(count * 40).paragraphs
    names = []
    for index in range(count):
        body = "\n\n".join(paragraphs[index * 40:(index + 1) * 40])
        path = folder / f"page-{index:05d}.txt"
        path.write_text(f"{rng.choice(MASTHEAD)}\nHOME EDITION\n\n{body}\n\n"
                        f"PRICE {rng.choice(['ONE', '0NE', 'ONF'])} CENT.\n", encoding="utf-8")
        names.append(str(path))
    return names


def _run(make: str, names: list[str], pipe: Any) -> None:
    if make == "dask":
        from dask.distributed import LocalCluster  # type: ignore[import-not-found, import-untyped, unused-ignore]

        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        executor: Executor = DaskExecutor(cluster.scheduler_address)
    else:
        executor = LocalExecutor(1 if make == "one process" else 2)
    options = Options()
    start = time.perf_counter()
    prints = executor.map(corpus.fingerprint, [(name, options, None, False) for name in names])
    fingerprinted = time.perf_counter()
    evidence = corpus.tally(prints, options.similarity)
    tallied = time.perf_counter()
    cleaned = executor.map(corpus.clean_with, [(name, options, None, evidence)
                                               for name in names])
    done = time.perf_counter()
    removed = sum(len(result.edits) for _, _, result in cleaned if not isinstance(result, str))
    if make == "dask":
        cluster.close()
    pipe.send((done - start, fingerprinted - start, tallied - fingerprinted, done - tallied,
               resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, len(evidence.furniture),
               removed))


def main(counts: list[int]) -> None:
    makes = ["one process", "local pool, 2"]
    try:
        import dask.distributed  # noqa: F401  # type: ignore[import-not-found, import-untyped, unused-ignore]
        makes.append("dask")
    except ImportError:
        print("dask is not installed: the Dask row is left out")
    for count in counts:
        with tempfile.TemporaryDirectory() as folder:
            names = write_files(Path(folder), count)
            size = sum(Path(name).stat().st_size for name in names)
            print(f"\n{count:,} files, {size / 1e6:.1f} MB")
            print(f"{'executor':16} {'files/s':>8} {'total s':>8} {'fingerprint':>12} "
                  f"{'tally':>6} {'clean':>6} {'driver MiB':>11} {'keys':>5} {'edits':>7}")
            context = multiprocessing.get_context("spawn")
            for make in makes:
                receiver, sender = context.Pipe(duplex=False)
                process = context.Process(target=_run, args=(make, names, sender))
                process.start()
                total, first, second, third, peak, keys, edits = receiver.recv()
                process.join()
                print(f"{make:16} {count / total:8.1f} {total:8.1f} {first / total:12.0%} "
                      f"{second / total:6.0%} {third / total:6.0%} {peak / 1024:11.0f} "
                      f"{keys:5} {edits:7}")


if __name__ == "__main__":
    main([int(value) for value in sys.argv[1:]] or [1000])
