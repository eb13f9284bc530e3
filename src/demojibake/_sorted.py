"""Binary search in sorted lists of ints: ``bisect``'s two searches, compiled with the engine.

The engine asks where a position falls among sorted span starts and line breaks tens of
thousands of times per call. Compiled, a loop over a ``list[int]`` compares machine integers;
``bisect`` compares Python objects, behind a call into another extension module.
"""

from __future__ import annotations

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
