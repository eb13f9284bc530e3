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


def test_only_a_few_calls_with_a_long_string_argument_are_kept() -> None:
    """Long arguments have a small cache of their own: the last ones recur, older ones go."""
    calls: list[str] = []

    @short_key_cache(maxsize=8, longest=10)
    def shout(word: str) -> str:
        calls.append(word)
        return word.upper()

    longs = [str(i) * 11 for i in range(40)]
    for word in longs:
        shout(word)
    shout(longs[-1])  # recent: kept
    shout(longs[0])  # long ago: computed again
    assert calls == [*longs, longs[0]]
    assert shout.cache_info().currsize == 0  # type: ignore[attr-defined]
