"""Where the map steps of corpus mode run: this process, a local pool, or Dask.

One small interface, :class:`Executor` (``map(function, items) -> list``), so the
cleaning code does not know where it runs. ``function`` must be a module-level
function and ``items`` picklable. Dask is an optional extra (``pip install
'cleaner[dask]'``), imported only when a scheduler is given; its workers must
see the files at the same paths (a shared file system).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

CONNECT_SECONDS = 30
Item = TypeVar("Item")
Output = TypeVar("Output")


class ExecutorError(Exception):
    """The executor cannot run the tasks (Dask missing, scheduler unreachable)."""


class Executor(Protocol):
    def map(self, function: Callable[[Item], Output], items: Sequence[Item]) -> list[Output]:
        """``[function(item) for item in items]``, in order, wherever it runs."""
        ...


class LocalExecutor:
    """A pool of ``jobs`` processes on this machine; in this process when ``jobs`` is 1."""

    def __init__(self, jobs: int | None = None) -> None:
        self.jobs = jobs or os.cpu_count() or 1

    def map(self, function: Callable[[Item], Output], items: Sequence[Item]) -> list[Output]:
        if self.jobs == 1 or len(items) < 2:
            return [function(item) for item in items]
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
        with ProcessPoolExecutor(max_workers=self.jobs, mp_context=context) as pool:
            chunk = max(1, len(items) // (self.jobs * 8))
            return list(pool.map(function, items, chunksize=chunk))


class DaskExecutor:
    """The tasks on a Dask cluster: ``address`` of its scheduler (``tcp://host:8786``)."""

    def __init__(self, address: str) -> None:
        self.address = address

    def map(self, function: Callable[[Item], Output], items: Sequence[Item]) -> list[Output]:
        try:
            from dask.distributed import Client  # type: ignore[import-not-found, import-untyped, unused-ignore]
        except ImportError:
            raise ExecutorError("the Dask executor needs dask: "
                                "pip install 'cleaner[dask]'") from None
        try:
            with Client(self.address, timeout=CONNECT_SECONDS) as client:  # type: ignore[no-untyped-call, unused-ignore]
                futures: Any = client.map(function, list(items), pure=False)
                return list(client.gather(futures))
        except (OSError, TimeoutError) as error:
            raise ExecutorError(f"Dask scheduler {self.address}: {error}") from None


def executor_for(jobs: int | None, scheduler: str | None) -> Executor:
    """A Dask executor when a scheduler address is given, else a local pool."""
    if scheduler:
        return DaskExecutor(scheduler)
    return LocalExecutor(jobs)
