"""Where the map steps of corpus mode run: this process, a local pool, or Dask.

One small interface, :class:`Executor` (``map(function, items) -> list``), so the
cleaning code does not know where it runs. ``function`` must be a module-level
function and ``items`` picklable. Dask is an optional extra (``pip install
'.[dask]'`` in this project's folder), imported only when a scheduler is given;
its workers must see the files (a shared file system): they are sent absolute
paths, and check that the file they read is the one the driver saw.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

TIMEOUT_SECONDS = 30.0  # to connect, for a first worker, or with no worker left
CONNECT_GRACE_SECONDS = 2.0  # Dask's own connect timeout gets this long to fire first
POLL_SECONDS = 1.0  # how often a run checks that the cluster still has a worker
RETRIES = 2  # times a task is run again after its worker died
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
    """The tasks on a Dask cluster: ``address`` of its scheduler (``tcp://host:8786``).

    Nothing waits forever: connecting, finding a first worker, and any stretch with no
    worker at all (the only one killed) each end after ``timeout`` seconds with an
    :class:`ExecutorError`; a task on a worker that died is run again elsewhere
    (``RETRIES`` times) by Dask itself."""

    def __init__(self, address: str, timeout: float = TIMEOUT_SECONDS) -> None:
        self.address = address
        self.timeout = timeout

    def map(self, function: Callable[[Item], Output], items: Sequence[Item]) -> list[Output]:
        try:
            from dask.distributed import Client, wait  # type: ignore[import-not-found, import-untyped, unused-ignore]
        except ImportError:
            raise ExecutorError("the Dask executor needs dask: pip install '.[dask]' in "
                                "cleaner's source folder") from None
        import logging

        logging.getLogger("distributed").setLevel(logging.CRITICAL)  # our one line, not theirs
        client = self._connect(Client)
        try:
            with client:
                return self._run(client, wait, function, items)
        except ExecutorError:
            raise
        except Exception as error:  # a lost cluster or a failed task: one line
            raise ExecutorError(f"Dask scheduler {self.address}: {_one_line(error)}") from None

    def _connect(self, client_class: Any) -> Any:
        """A client of the scheduler, or ExecutorError. Dask's own timeout does not cover
        a port that accepts and never answers (an HTTP server, a firewall), so the
        connection is made in a thread that is given up on after ``timeout``."""
        outcome: dict[str, Any] = {}

        def connect() -> None:
            try:
                outcome["client"] = client_class(self.address, timeout=self.timeout)
            except Exception as error:  # any failure to connect: one line
                outcome["error"] = error

        thread = threading.Thread(target=connect, name="cleaner-dask-connect", daemon=True)
        thread.start()
        thread.join(self.timeout + CONNECT_GRACE_SECONDS)
        if "client" in outcome:
            return outcome["client"]
        problem = (_one_line(outcome["error"]) if "error" in outcome else
                   f"no answer within {self.timeout:g} s (is it a Dask scheduler?)")
        raise ExecutorError(f"Dask scheduler {self.address}: cannot connect ({problem})")

    def _run(self, client: Any, wait: Any, function: Callable[[Item], Output],
             items: Sequence[Item]) -> list[Output]:
        try:
            client.wait_for_workers(1, timeout=self.timeout)
        except TimeoutError:
            raise ExecutorError(f"Dask scheduler {self.address}: no worker joined within "
                                f"{self.timeout:g} s") from None
        futures = client.map(function, list(items), pure=False, retries=RETRIES)
        without_workers = 0.0
        while True:
            try:
                wait(futures, timeout=POLL_SECONDS)
                break
            except TimeoutError:
                if client.scheduler_info().get("workers"):
                    without_workers = 0.0
                    continue
                without_workers += POLL_SECONDS
                if without_workers >= self.timeout:
                    unfinished = sum(1 for future in futures if not future.done())
                    raise ExecutorError(
                        f"Dask scheduler {self.address}: no worker left for "
                        f"{self.timeout:g} s, {unfinished} of {len(futures)} tasks "
                        "unfinished") from None
        return list(client.gather(futures))


def _one_line(error: BaseException) -> str:
    """An exception as one short line: its message, else its type's name."""
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 200 else text[:199] + "…"


def executor_for(jobs: int | None, scheduler: str | None,
                 timeout: float = TIMEOUT_SECONDS) -> Executor:
    """A Dask executor when a scheduler address is given, else a local pool."""
    if scheduler:
        return DaskExecutor(scheduler, timeout)
    return LocalExecutor(jobs)
