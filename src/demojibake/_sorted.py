"""Binary search in sorted lists of ints: ``bisect``'s two searches, compiled with the engine.

The engine asks where a position falls among sorted span starts and line breaks tens of
thousands of times per call. Compiled, a loop over a ``list[int]`` compares machine integers;
``bisect`` compares Python objects, behind a call into another extension module. Not
compiled (an editable install, the tests), the loops are Python's, and ``bisect``'s own
searches, in C, stand in for them: the same answers, several times as fast.
"""

from __future__ import annotations

import bisect
from types import FunctionType
from typing import Final

__all__ = ["bisect_ints_left", "bisect_ints_right"]


def bisect_ints_left(a: list[int], x: int) -> int:
    """Where ``x`` goes in sorted ``a``, before any item equal to it (``bisect_left``)."""
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_ints_right(a: list[int], x: int) -> int:
    """Where ``x`` goes in sorted ``a``, after any item equal to it (``bisect_right``)."""
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


#: The two loops, whatever stands in for them (see the module; tests/test_sorted.py checks them).
LOOPS: Final = (bisect_ints_left, bisect_ints_right)

if isinstance(bisect_ints_left, FunctionType):  # (not compiled: see the module)
    globals().update(bisect_ints_left=bisect.bisect_left, bisect_ints_right=bisect.bisect_right)
