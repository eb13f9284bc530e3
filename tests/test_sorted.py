"""The binary searches the engine compiles find what ``bisect`` finds (tested as loops, also
where ``bisect``'s own stand in for them: see _sorted)."""

from __future__ import annotations

import bisect

from hypothesis import given, settings
from hypothesis import strategies as st

from demojibake._sorted import LOOPS

bisect_ints_left, bisect_ints_right = LOOPS

_SORTED = st.lists(st.integers(min_value=-5, max_value=5), max_size=30).map(sorted)


@settings(max_examples=500, derandomize=True, database=None)
@given(_SORTED, st.integers(min_value=-7, max_value=7))
def test_bisect_ints_left_is_bisect_left(a: list[int], x: int) -> None:
    """Before every item equal to ``x``, after every smaller one, repeats included."""
    assert bisect_ints_left(a, x) == bisect.bisect_left(a, x)


@settings(max_examples=500, derandomize=True, database=None)
@given(_SORTED, st.integers(min_value=-7, max_value=7))
def test_bisect_ints_right_is_bisect_right(a: list[int], x: int) -> None:
    """After every item equal to ``x``, before every larger one, repeats included."""
    assert bisect_ints_right(a, x) == bisect.bisect_right(a, x)
