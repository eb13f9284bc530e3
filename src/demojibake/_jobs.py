"""Repair chunks of text in worker processes, in order: what ``demojibake --jobs`` runs on.

The command repairs its input a chunk at a time, and each chunk on its own (see _stream), so
handing chunks to other processes changes when each repair is made, never what it is: the
output is the same, byte for byte, whatever the number of processes.

A chunk of ASCII is repaired where it is (nothing in it can be mojibake), and so is the first
chunk that may hold a repair: the processes start only once a second one is waiting, so a
small file, as pre-commit passes them, costs no more than without them. At most twice as many
chunks as processes are read ahead of the output, which bounds the memory held, and every
repair that is done is handed on before the next chunk is read.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult, Pool
from typing import TypeVar

from demojibake._api import repair
from demojibake._types import Change, Options

__all__ = ["Workers", "cpu_count"]

T = TypeVar("T")
Changes = tuple[Change, ...]
#: A chunk's repair: made, to be made here (its text), or being made by a worker.
_Work = Changes | str | AsyncResult[Changes]
#: How many chunks may wait for each process.
_AHEAD = 2


def cpu_count() -> int:
    """How many CPUs this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def changes_of(text: str, options: Options) -> Changes:
    """The changes that repair ``text`` (what a worker computes)."""
    return repair(text, options).changes


class Workers:
    """Repairs texts with ``options`` in up to ``jobs`` worker processes, started when two
    texts are waiting; :meth:`close` ends them."""

    def __init__(self, options: Options, jobs: int) -> None:
        if jobs < 1:
            raise ValueError(f"jobs must be at least 1, not {jobs}")
        self.options = options
        self.jobs = jobs
        self._pool: Pool | None = None

    def repaired(self, items: Iterable[tuple[T, str | None]]) -> Iterator[tuple[T, Changes]]:
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
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def _start(self) -> Pool:
        if self._pool is None:
            # A forked worker holds a copy of this process's output buffers: empty them first.
            for stream in (sys.stdout, sys.stderr):
                if stream is not None:
                    stream.flush()
            # fork shares the tables the first chunk loaded; macOS cannot fork safely.
            method = "fork" if sys.platform == "linux" else "spawn"
            context = multiprocessing.get_context(method)
            self._pool = context.Pool(self.jobs, initializer=_start_worker)
        return self._pool

    def _submit(self, pool: Pool, work: _Work) -> _Work:
        if isinstance(work, str):
            return pool.apply_async(changes_of, (work, self.options))
        return work

    def _finish(self, entry: tuple[T, _Work]) -> tuple[T, Changes]:
        item, work = entry
        if isinstance(work, str):
            return item, changes_of(work, self.options)
        if isinstance(work, AsyncResult):
            return item, work.get()
        return item, work


def _done(work: _Work) -> bool:
    return isinstance(work, tuple) or (isinstance(work, AsyncResult) and work.ready())


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
