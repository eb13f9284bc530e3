"""Engine behaviours that decide between readings of one text."""

from __future__ import annotations

import demojibake


def misread(text: str, codec: str) -> str:
    """``text``'s UTF-8 bytes read as the single-byte ``codec``."""
    return text.encode("utf-8").decode(codec)


def test_the_misread_that_explains_every_span_wins_a_near_tie() -> None:
    """The text reads "ÃŒ" as cp1252 "Ì", not ISO 8859-15 "ü": its "Ã¨" only fits cp1252."""
    clean = "Giamàica, Mèssicu, Càmerun, Ìsuli Cayman, Ìsuli Marshall"
    assert demojibake.fix(misread(clean, "cp1252")) == clean


def test_one_misread_of_a_word_beats_two_different_ones() -> None:
    """A word read as cp1252 is not repaired as cp1254 for its start and another codec after."""
    assert demojibake.fix(misread("メグレル語", "cp1252")) == "メグレル語"
