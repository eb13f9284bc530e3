"""The engine's caches keep short keys only, so that memory stays bounded."""

from __future__ import annotations

from demojibake._cache import short_key_cache


def test_a_short_string_argument_is_cached() -> None:
    """A call with short strings is computed once and then answered from the cache."""
    calls: list[str] = []

    @short_key_cache(maxsize=8, longest=10)
    def shout(word: str) -> str:
        calls.append(word)
        return word.upper()

    assert shout("abc") == shout("abc") == "ABC"
    assert calls == ["abc"]


def test_a_long_string_argument_is_computed_every_time_and_not_kept() -> None:
    """A string longer than the limit goes straight to the function; the cache stays empty."""
    calls: list[str] = []

    @short_key_cache(maxsize=8, longest=10)
    def shout(word: str) -> str:
        calls.append(word)
        return word.upper()

    long_word = "x" * 11
    assert shout(long_word) == shout(long_word) == "X" * 11
    assert calls == [long_word, long_word]
    assert shout.cache_info().currsize == 0  # type: ignore[attr-defined]
