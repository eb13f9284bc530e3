"""Caches with a bound on memory, not only on entries.

``functools.lru_cache`` bounds how many results it keeps, but each entry keeps its key: a cache
of 32,768 words holds 2 GB if the words are 64 KiB long. The engine's caches are for the short
strings that recur (words, windows of a few dozen characters); calls with a longer string
argument have a cache of their own that keeps only the last few.

``short_key_memo`` is the same bound for the hottest functions of one string (a character's
class, a window's cost): a call that finds its result there costs one dictionary lookup in C,
where a Python wrapper around ``lru_cache`` costs a Python call as well. It bounds the
characters of its keys as well as their number: a cache sized for words must not hold
thousands of keys a hundred characters long (random tokens, words run together), nor a
result as long as each (a term per character, see ``_score``).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import lru_cache, wraps
from itertools import islice
from typing import Final, TypeVar

__all__ = ["memo_by_key", "short_key_cache", "short_key_memo"]

_R = TypeVar("_R")
#: How many calls with a long argument each cache keeps.
_LONG_KEPT: Final = 16


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


#: What share of its keys a full memo forgets at once (the oldest: a dictionary keeps its
#: keys in the order they came). Dropping half, a memo was only three quarters full on
#: average, and a vocabulary a little larger than a memo thrashed it: on the speed bench's
#: clean text (5,000 words beyond ASCII, memos of 4,096), half of all words were priced anew,
#: and a third with an eighth dropped at a time. The most a memo holds is the same either way.
_FORGET_SHARE: Final = 8


class _Memo(dict[str, _R]):
    """What ``compute`` returns for each short string, computed on first use; when full (of
    keys, or of their characters), the oldest keys are dropped: an eighth of them
    (_FORGET_SHARE), and more until they hold fewer characters than it may keep."""

    def __init__(
        self, compute: Callable[[str], _R], maxsize: int, longest: int, maxchars: int
    ) -> None:
        super().__init__()
        self._compute = compute
        self._maxsize = maxsize
        self._longest = longest
        self._maxchars = maxchars
        self._chars = 0  # (of the keys kept)
        self._long = lru_cache(maxsize=_LONG_KEPT)(compute)

    def __missing__(self, key: str) -> _R:
        if len(key) > self._longest:
            return self._long(key)
        if len(self) >= self._maxsize or self._chars >= self._maxchars:
            self._forget_oldest()
        value = self[key] = self._compute(key)
        self._chars += len(key)
        return value

    def _forget_oldest(self) -> None:
        """Drop the oldest keys, one in _FORGET_SHARE of them (one key at least), and as
        many more as it takes for those left to hold fewer than ``maxchars`` characters."""
        drop = max(1, len(self) // _FORGET_SHARE)
        while True:
            for old in list(islice(self, drop)):
                self._chars -= len(old)
                del self[old]
            if self._chars < self._maxchars or not self:
                return


#: The characters a memo's keys may hold, by default, for each key it may hold: more than
#: most words have.
_MEAN_KEY_KEPT: Final = 16


def short_key_memo(
    maxsize: int, longest: int = 256, maxchars: int = 0
) -> Callable[[Callable[[str], _R]], Callable[[str], _R]]:
    """Like ``short_key_cache(maxsize, longest)`` for a function of one string argument, with
    no Python call in the way of a result it has: the function becomes the ``__getitem__`` of
    a dictionary of its results. Full, it forgets the oldest of them (see _FORGET_SHARE), not
    the least recently used ones. It is full when it holds ``maxsize`` keys or ``maxchars``
    characters in all (by default, _MEAN_KEY_KEPT for each of ``maxsize``)."""

    def decorate(function: Callable[[str], _R]) -> Callable[[str], _R]:
        chars = maxchars or maxsize * _MEAN_KEY_KEPT
        return _Memo(function, maxsize, longest, chars).__getitem__

    return decorate


def memo_by_key(
    function: Callable[..., _R], *rest: object, maxsize: int, longest: int = 256, maxchars: int = 0
) -> Callable[[str], _R]:
    """``function(key, *rest)`` as a function of ``key`` alone, memoized by
    ``short_key_memo(maxsize, longest, maxchars)``: one memo for each setting of the
    arguments after the key (a function's memos by its flags)."""

    def call(key: str) -> _R:
        return function(key, *rest)

    return short_key_memo(maxsize, longest, maxchars)(call)
