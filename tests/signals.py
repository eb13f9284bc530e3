"""What the tests that interrupt a command need from signals."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator


@contextlib.contextmanager
def ctrl_c_answered() -> Iterator[None]:
    """While in it, this process answers SIGINT, so the commands it starts do too.

    A shell without job control starts its background commands with SIGINT ignored, and a
    child inherits that: run so, a test that sends its command SIGINT would see it finish.
    A signal this process handles is back at its default in a child (exec resets it).
    """
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)
