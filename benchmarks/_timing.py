"""Helpers shared by the benchmark scripts: time commands, report medians."""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Sequence


def wall_times(command: Sequence[str], runs: int, **kwargs: object) -> list[float]:
    """Wall time of ``command`` over ``runs`` runs, output discarded."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=False, **kwargs)  # type: ignore[call-overload]
        times.append(time.perf_counter() - start)
    return times


def median_ms(times: Sequence[float]) -> float:
    return statistics.median(times) * 1000
