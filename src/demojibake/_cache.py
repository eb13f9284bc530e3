"""Caches with a bound on memory, not only on entries.

``functools.lru_cache`` bounds how many results it keeps, but each entry keeps its key: a cache
of 32,768 words holds 2 GB if the words are 64 KiB long. The engine's caches are for the short
strings that recur (words, windows of a few dozen characters); calls with a longer string
argument have a cache of their own that keeps only the last few.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import lru_cache, wraps
from typing import TypeVar

__all__ = ["short_key_cache"]

_R = TypeVar("_R")
#: How many calls with a long argument each cache keeps.
_LONG_KEPT = 16


def short_key_cache(
    maxsize: int, longest: int = 256, on: int = 0
) -> Callable[[Callable[..., _R]], Callable[..., _R]]:
    """Like ``lru_cache(maxsize)`` for positional arguments, but a call whose string argument
    number ``on`` (the one that may be long) has more than ``longest`` characters is kept in
    a second cache of a few entries only."""

    def decorate(function: Callable[..., _R]) -> Callable[..., _R]:
        cached = lru_cache(maxsize=maxsize)(function)
        # A few long ones are kept all the same: a long word is priced once per reading of
        # its line, and each reading several times (a few MB at most, whatever the input).
        cached_long = lru_cache(maxsize=_LONG_KEPT)(function)

        @wraps(function)
        def call(*args: Hashable) -> _R:
            key = args[on]
            if isinstance(key, str) and len(key) > longest:
                return cached_long(*args)
            return cached(*args)

        call.cache_info = cached.cache_info  # type: ignore[attr-defined]
        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return call

    return decorate
