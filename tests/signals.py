"""What the tests that interrupt a command need from signals."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Callable, Iterator
from types import FrameType
from typing import Any


@contextlib.contextmanager
def signals_answered(*signums: int) -> Iterator[None]:
    """While in it, this process answers ``signums``, so the commands it starts do too.

    A shell without job control starts its background commands with SIGINT ignored, and
    nohup starts its command with SIGHUP ignored; a child inherits that, and a test that
    sends its command such a signal would see it finish. A signal this process handles is
    back at its default in a child (exec resets it). SIGINT is answered as Python does by
    default; the others by nothing, while the command starts.
    """
    before: dict[int, Callable[[int, FrameType | None], Any] | int | None] = {}
    for signum in signums:
        answer = signal.default_int_handler if signum == signal.SIGINT else _nothing
        before[signum] = signal.signal(signum, answer)
    try:
        yield
    finally:
        for signum, handler in before.items():
            # (None: a handler set outside Python, which cannot be put back; the default is.)
            signal.signal(signum, signal.SIG_DFL if handler is None else handler)


def _nothing(signum: int, frame: FrameType | None) -> None:
    """A handler that does nothing (see signals_answered)."""
