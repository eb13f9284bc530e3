"""The engine's caches keep short keys only, so that memory stays bounded."""

from __future__ import annotations

from demojibake._cache import memo_by_key, short_key_cache, short_key_memo


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


def test_the_memo_answers_a_short_key_from_its_dictionary() -> None:
    """A memoized function of one short string is computed once per string."""
    calls: list[str] = []

    @short_key_memo(maxsize=8, longest=10)
    def shout(word: str) -> str:
        calls.append(word)
        return word.upper()

    assert shout("abc") == shout("abc") == "ABC"
    assert calls == ["abc"]


def test_a_full_memo_forgets_its_oldest_key_and_stays_bounded() -> None:
    """Filling the memo past its size drops the oldest key, so it never holds more."""
    calls: list[str] = []

    @short_key_memo(maxsize=4, longest=10)
    def shout(word: str) -> str:
        calls.append(word)
        return word.upper()

    for word in "abcde":
        shout(word)
    memo = shout.__self__  # type: ignore[attr-defined]
    assert len(memo) <= 4
    shout("e")  # the newest is kept
    shout("a")  # the oldest went
    assert calls == [*"abcde", "a"]


def test_a_full_memo_keeps_all_but_its_oldest_eighth() -> None:
    """A memo that fills up forgets only its oldest keys, an eighth of them: a vocabulary a
    little larger than the memo is still mostly answered from it."""
    calls: list[str] = []

    @short_key_memo(maxsize=16, longest=10)
    def shout(word: str) -> str:
        calls.append(word)
        return word.upper()

    words = [f"w{i}" for i in range(17)]
    for word in words:
        shout(word)
    for word in words[2:]:
        shout(word)  # kept: answered from the memo
    assert calls == words
    shout(words[0])
    assert calls == [*words, words[0]]


def test_the_memo_keeps_only_a_few_long_keys() -> None:
    """Keys longer than ``longest`` go to a small cache of their own, not the dictionary."""
    calls: list[str] = []

    @short_key_memo(maxsize=4, longest=3)
    def shout(word: str) -> str:
        calls.append(word)
        return word.upper()

    longs = [str(i) * 4 for i in range(40)]
    for word in longs:
        shout(word)
    assert len(shout.__self__) == 0  # type: ignore[attr-defined]
    shout(longs[-1])
    assert calls == longs


def test_a_memo_full_of_characters_forgets_its_oldest_keys() -> None:
    """A memo holds at most ``maxchars`` characters of keys, however few keys that is: long
    words fill it long before its count of keys does."""
    calls: list[str] = []

    @short_key_memo(maxsize=100, longest=10, maxchars=20)
    def shout(word: str) -> str:
        calls.append(word)
        return word.upper()

    words = [c * 10 for c in "abcdef"]
    for word in words:
        shout(word)
    memo = shout.__self__  # type: ignore[attr-defined]
    assert sum(map(len, memo)) <= 30
    assert len(memo) < 6
    shout(words[-1])  # the newest is kept
    shout(words[0])  # the oldest went
    assert calls == [*words, words[0]]


def test_a_memo_by_key_passes_its_flags_after_the_key() -> None:
    """memo_by_key(f, *flags) is f(key, *flags), computed once for each key."""
    calls: list[tuple[str, int]] = []

    def repeat(word: str, times: int) -> str:
        calls.append((word, times))
        return word * times

    twice = memo_by_key(repeat, 2, maxsize=4)
    assert twice("ab") == twice("ab") == "abab"
    assert calls == [("ab", 2)]
