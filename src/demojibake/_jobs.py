"""Repair chunks of text in worker processes, in order: what ``demojibake --jobs`` runs on.

The command repairs its input a chunk at a time, and each chunk on its own (see _stream), so
handing chunks to other processes changes when each repair is made, never what it is: the
output is the same, byte for byte, whatever the number of processes.

A chunk of ASCII is repaired where it is (nothing in it can be mojibake), and so is the first
chunk that may hold a repair: the processes start only once a second one is waiting, so a
small file, as pre-commit passes them, costs no more than without them. At most twice as many
chunks as processes are read ahead of the output, which bounds the memory held, and every
repair that is done is handed on before the next chunk is read.

The processes are a ``concurrent.futures.ProcessPoolExecutor``: unlike
``multiprocessing.Pool``, which waits forever for the work of a worker that was killed, it
says the worker died (``WorkerDied`` here).
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, TypeAlias, TypeVar

from demojibake._api import repair
from demojibake._types import Change, Options

__all__ = ["Failure", "WorkerDied", "Workers", "collecting_less", "cpu_count", "signals_held"]

if TYPE_CHECKING:
    # (Imported when the workers start: the command without --jobs, and every small input,
    # never needs them, and they weigh some 2.5 MB.)
    from concurrent.futures import Future, ProcessPoolExecutor

T = TypeVar("T")
Changes = tuple[Change, ...]


@dataclass(frozen=True)
class Failure:
    """What the engine raised where it should have repaired a text: a bug of its own, which
    the command reports, leaving the text as it was, and goes on."""

    error: str


#: A chunk's repair, or the engine's failure to make it.
Repaired: TypeAlias = "Changes | Failure"
#: A chunk's repair: made, to be made here (its text), or being made by a worker.
_Work: TypeAlias = "Repaired | str | Future[Repaired]"
#: How many chunks may wait for each process.
_AHEAD = 2


def cpu_count() -> int:
    """How many CPUs this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


class WorkerDied(RuntimeError):
    """A worker process ended before it handed back its repair (killed, or out of memory)."""


def changes_of(text: str, options: Options) -> Repaired:
    """The changes that repair ``text`` (what a worker computes), or what the engine raised.

    One chunk the engine fails on (a bug) must not cost the rest of the input: a filter
    that stops half-way has lost the rest of its output. (An interrupt, or the end of the
    process, is no Exception, and still ends the command.)"""
    try:
        return repair(text, options).changes
    except Exception as error:
        return Failure(f"{type(error).__name__}: {error}")


class Workers:
    """Repairs texts with ``options`` in up to ``jobs`` worker processes, started when two
    texts are waiting; :meth:`close` ends them."""

    def __init__(self, options: Options, jobs: int) -> None:
        if jobs < 1:
            raise ValueError(f"jobs must be at least 1, not {jobs}")
        self.options = options
        self.jobs = jobs
        self._pool: ProcessPoolExecutor | None = None  # (see _start)

    def repaired(self, items: Iterable[tuple[T, str | None]]) -> Iterator[tuple[T, Repaired]]:
        """For each ``(item, text)``, in order, the item and the changes that repair its text
        (none where the text is None)."""
        if self.jobs == 1:
            # (Read nothing ahead: a filter shows each line as soon as it has it.)
            for item, text in items:
                yield item, () if text is None else changes_of(text, self.options)
            return
        pending: deque[tuple[T, _Work]] = deque()
        source = iter(items)
        more = True
        while pending or more:
            while pending and _done(pending[0][1]):
                yield self._finish(pending.popleft())
            if more and len(pending) < _AHEAD * self.jobs:
                got = next(source, None)
                if got is None:
                    more = False
                    continue
                item, text = got
                if text is None or text.isascii():
                    pending.append((item, ()))
                elif self._pool is None and not any(isinstance(w, str) for _, w in pending):
                    pending.append((item, text))
                else:
                    pool = self._start()
                    pending = deque((i, self._submit(pool, w)) for i, w in pending)
                    pending.append((item, self._submit(pool, text)))
            elif pending:
                yield self._finish(pending.popleft())

    def close(self) -> None:
        """End the worker processes, if any were started (work still running is dropped)."""
        if self._pool is not None:
            pool, self._pool = self._pool, None
            # Work still running would hold up the exit (Ctrl-C) by as long as a chunk takes:
            # its processes are ended first. (concurrent.futures has no public way before
            # Python 3.14's terminate_workers.)
            processes = list(getattr(pool, "_processes", {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                process.terminate()
            pool.shutdown(wait=True)

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # A forked worker holds a copy of this process's output buffers: empty them first.
            for stream in (sys.stdout, sys.stderr):
                if stream is not None:
                    stream.flush()
            # fork shares the tables the first chunk loaded; macOS cannot fork safely.
            method = "fork" if sys.platform == "linux" else "spawn"
            context = multiprocessing.get_context(method)
            self._pool = ProcessPoolExecutor(
                self.jobs, mp_context=context, initializer=_start_worker
            )
        return self._pool

    def _submit(self, pool: ProcessPoolExecutor, work: _Work) -> _Work:
        if isinstance(work, str):
            try:
                # (The first submit forks the workers. A Ctrl-C that comes while os.fork runs
                # its at-fork callbacks raises KeyboardInterrupt inside one, where Python
                # ignores it: "Exception ignored in: <function _releaseLock>", and the
                # command ran on to the end. Held, it comes once the fork is done. The
                # workers, forked with it held, ignore it anyway: see _start_worker.)
                with signals_held("SIGINT"):
                    return pool.submit(changes_of, work, self.options)
            except Exception as error:
                _raise_if_died(error)
                raise
        return work

    def _finish(self, entry: tuple[T, _Work]) -> tuple[T, Repaired]:
        item, work = entry
        if isinstance(work, str):
            return item, changes_of(work, self.options)
        if isinstance(work, (tuple, Failure)):
            return item, work
        try:
            return item, work.result()
        except Exception as error:
            _raise_if_died(error)
            raise


def _raise_if_died(error: Exception) -> None:
    """Raise WorkerDied for ``error`` if it says a worker died (a broken pool); other errors
    of the repair itself are the caller's to re-raise as they are."""
    from concurrent.futures.process import BrokenProcessPool

    if isinstance(error, BrokenProcessPool):
        raise WorkerDied(
            "a worker process ended before its repair was done (killed, or out of memory?)"
        ) from error


def _done(work: _Work) -> bool:
    if isinstance(work, (tuple, Failure)):
        return True
    return not isinstance(work, str) and work.done()


def _start_worker() -> None:
    """Set up a worker: the command's process alone answers signals, and writes output."""
    # Ctrl-C reaches every process of the terminal's group; the command handles it and ends
    # the workers. SIGTERM and SIGHUP end a worker at once (the command unwinds on them).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is not None:
            signal.signal(signum, signal.SIG_DFL)
    # multiprocessing flushes sys.stdout and sys.stderr as a worker ends; a forked worker
    # must never write what it copied of the command's buffers.
    sys.stdout = sys.stderr = open(os.devnull, "w")


#: The cyclic garbage collector's thresholds while the command runs (see collecting_less):
#: Python's are (700, 10, 10).
_COMMAND_GC_THRESHOLDS: Final = (50_000, 20, 100)


@contextlib.contextmanager
def collecting_less() -> Iterator[None]:
    """Run the body with the cyclic garbage collector running less often, as the command does.

    The engine makes and drops a great many small containers (tuples, lists, candidates),
    and with Python's thresholds the collector runs every 700 of them, each time walking the
    young ones, and every 7,000 and 70,000 the older ones too, the engine's tables among
    them: 5 to 15 % of the time of a repair (bench/speed.py's texts, compiled), to find
    next to no garbage, which reference counting frees as it comes. With the first threshold
    at 50,000, what cycles there are wait a little longer: the command's peak memory on a
    1.5 MB mixed text is the same to 0.2 MB. Worker processes forked inside the body collect
    the same way. A library call leaves the collector alone: its thresholds are the
    program's, not ours to change.
    """
    before = gc.get_threshold()
    gc.set_threshold(*_COMMAND_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


@contextlib.contextmanager
def signals_held(*names: str) -> Iterator[None]:
    """Hold the signals ``names`` (those the platform has) back while the body runs, and
    deliver them after it (where the platform can: POSIX)."""
    hold = getattr(signal, "pthread_sigmask", None)
    held = {getattr(signal, name) for name in names if hasattr(signal, name)}
    if hold is None or not held:
        yield
        return
    before = hold(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        hold(signal.SIG_SETMASK, before)
