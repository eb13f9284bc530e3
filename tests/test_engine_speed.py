"""The engine's shortcuts find what the plain scans they replace would find."""

from __future__ import annotations

import re

import pytest

from demojibake._codecs import single_byte
from demojibake._detect import find_legacy_suspects, find_legacy_words, find_suspects, run_pattern


def _plain_run_pattern(codec: str) -> re.Pattern[str]:
    """A strict run pattern written the obvious way, one alternative per kind of lead."""
    table = single_byte(codec)
    cont = table.cont
    seq = f"{table.lead2}{cont}|{table.lead3}{cont}{{2}}|{table.lead4}{cont}{{3}}"
    return re.compile(f"(?:{seq})+")


@pytest.mark.parametrize(
    "text",
    [
        "Caf\u00c3\u00a9 cr\u00c3\u00a8me",  # two-byte sequences
        "it\u00e2\u20ac\u2122s",  # a three-byte sequence
        "\u00f0\u0178\u02dc\u20ac party",  # a four-byte sequence
        "\u00c3\u00c3\u00a9 \u00e2\u20ac",  # a lead without its continuations
        "na\u00efve r\u00e9sum\u00e9, \u00fcber",  # clean text
    ],
)
def test_a_run_pattern_led_by_one_class_finds_the_runs_of_the_plain_pattern(text: str) -> None:
    """Checking the lead's kind after the fact finds the same runs as one branch per kind."""
    for codec in ("cp1252", "cp437", "cp1251", "mac_roman"):
        fast = [m.span() for m in run_pattern(codec, False).finditer(text)]
        plain = [m.span() for m in _plain_run_pattern(codec).finditer(text)]
        assert fast == plain


def test_suspects_of_every_length_of_sequence_are_found() -> None:
    """UTF-8 sequences of two, three and four bytes shown by cp1252 are each one suspect."""
    text = "Caf\u00c3\u00a9 \u00e2\u20ac\u2122 \u00f0\u0178\u02dc\u20ac"
    spans = {(s.start, s.end) for s in find_suspects(text, ("cp1252",), lossy=False)}
    assert spans == {(3, 5), (6, 9), (10, 14)}


def test_legacy_words_end_at_ascii_white_space_only() -> None:
    """A no-break space may be a legacy letter, so it does not end a word."""
    text = "ab \u00e8f\u00a0g\tx\u00e9\nplain \u00ff"
    assert list(find_legacy_words(text, "cp1252")) == [(3, 7), (8, 10), (17, 18)]


def test_legacy_words_hold_every_legacy_run() -> None:
    """Each run a legacy reading looks at lies inside one of the words, and each word holds one."""
    text = "Vodi\u00e8kova ulice 5, \u00d8resund\u00a0\u00bfqu\u00e9? plain \u00c1\u00f3\u00e4"
    words = list(find_legacy_words(text, "cp1252"))
    for multibyte in (False, True):
        runs = find_legacy_suspects(text, "cp1252", multibyte)
        assert all(any(ws <= s and e <= we for ws, we in words) for s, e in runs)
        assert all(any(ws <= s and e <= we for s, e in runs) for ws, we in words)


def test_a_word_with_a_letter_the_codepage_never_shows_is_no_legacy_word() -> None:
    """ "Ɣedzeƒe" holds cp1252's "ƒ", but cp1252 shows no "Ɣ": the word was not shown by it."""
    text = "Ɣedzeƒe ƒe nutome\u2014ƒo"
    assert list(find_legacy_words(text, "cp1252")) == [(8, 10), (11, 20)]


def test_rival_misreads_are_judged_among_the_repairs_near_them_only() -> None:
    """_misread_alike() swaps a rival in among the repairs around it, not copies all of the
    text's repairs for each rival: that made judging rivals quadratic in a long text."""
    from demojibake import _engine
    from demojibake._candidates import Candidate
    from demojibake._types import Misread

    ours, theirs = (Misread("utf-8", "cp1250"),), (Misread("utf-8", "iso-8859-2"),)

    def proposal(start: int, chain: tuple[Misread, ...], after: str) -> _engine._Proposal:
        return _engine._Proposal(start, start + 2, Candidate(after, chain, False), 5.0, frozenset())

    for repairs in (100, 1000):
        fixed = _engine._Spans()
        rivals: dict[tuple[int, int], list[_engine._Proposal]] = {}
        for i in range(repairs):
            fixed.add(proposal(100 * i, ours, "å"))
            rivals[100 * i, 100 * i + 2] = [proposal(100 * i, theirs, "á")]
        p = fixed.items[repairs // 2]
        q = rivals[p.start, p.end][0]
        swapped = _engine._misread_alike(fixed, p, q, p.start - 150, p.end + 150, rivals)
        assert swapped is not None
        assert q in swapped.items
        # (Those within the line's model window take their rivals; the rest are as chosen.)
        assert sum(1 for o in swapped.items if o.chain == theirs) == 3
        assert len(swapped.items) <= 2 * _engine._SWAP_REACH // 100 + 1
