"""The detector: where it looks for UTF-8 misread as a codepage, and as an East Asian codec."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from demojibake._candidates import candidates, recasable, recase_pattern, recase_prefilter
from demojibake._codecs import char_class, single_byte
from demojibake._detect import (
    _suspects_in,
    count_east_asian,
    find_cjk_suspects,
    find_legacy_words,
    find_suspects,
    first_sequence,
    hinted_runs,
    holds_east_asian,
    holds_unshown_letter,
    run_pattern,
)
from demojibake._types import SINGLE_BYTE_CODECS

#: Pieces of bytes as UTF-8 mojibake holds them: whole UTF-8 characters (of two to four bytes),
#: stray high bytes, any lead byte with continuation bytes, and what lossy runs take in.
_PIECES = st.one_of(
    st.characters(min_codepoint=0x80).map(lambda c: c.encode("utf-8", "surrogatepass")),
    st.integers(0x80, 0xFF).map(lambda b: bytes([b])),
    st.builds(
        lambda lead, conts: bytes([lead, *conts]),
        st.integers(0xC2, 0xF4),
        st.lists(st.integers(0x80, 0xBF), min_size=1, max_size=3),
    ),
    st.sampled_from([b" ", b"?", b"\n", b"a"]),
)


@st.composite
def _shown(draw: st.DrawFn) -> tuple[str, str]:
    """(text, codec): bytes of _PIECES as single-byte ``codec`` shows them, some lost as
    U+FFFD."""
    codec = draw(st.sampled_from(SINGLE_BYTE_CODECS))
    table = single_byte(codec).decode
    pieces = draw(st.lists(st.one_of(_PIECES, st.just(b"\xff\xfe")), max_size=8))
    text = "".join(
        "\ufffd" if piece == b"\xff\xfe" else "".join(table[b] for b in piece) for piece in pieces
    )
    return text, codec


_CODEC_SETS = st.lists(st.sampled_from(SINGLE_BYTE_CODECS), min_size=1, unique=True).map(tuple)


def as_read(text: str, codec: str) -> str:
    """``text``'s UTF-8 bytes as ``codec`` shows them (a lost character as U+FFFD)."""
    return text.encode("utf-8").decode(codec, errors="replace")


def test_gbk_run_is_found_inside_cyrillic_text_with_its_utf8_bytes() -> None:
    """A GBK misreading between Cyrillic words is one span holding the original's bytes."""
    damaged = as_read("你好世界", "gbk")
    text = f"Привет, {damaged} мир"
    start = text.index(damaged)
    assert find_cjk_suspects(text, "gbk") == [(start, start + len(damaged), "你好世界".encode())]


def test_run_with_one_byte_characters_is_still_found() -> None:
    """Half-width kana take one byte in cp932; a run holding them is cut at real boundaries."""
    damaged = as_read("カタカナ", "cp932")  # the last character lost a byte: U+FFFD
    spans = find_cjk_suspects(f"x {damaged}", "cp932")
    assert spans == [(2, 8, "カタカ".encode())]


def test_text_without_east_asian_characters_has_no_suspects() -> None:
    """Cyrillic, Greek and accented Latin encode in GBK but are never scanned as its mojibake."""
    text = "Съешь же ещё этих мягких французских булок. Ελληνικά. Crème brûlée."
    assert find_cjk_suspects(text, "gbk") == []


def test_clean_chinese_in_its_own_codec_gives_no_long_false_span() -> None:
    """Clean Chinese seldom lines up as UTF-8 in GBK: no span covers a whole clean sentence."""
    text = "我们今天去公园散步，天气很好。"
    assert all(end - start < len(text) for start, end, _ in find_cjk_suspects(text, "gbk"))


def test_a_one_letter_word_read_as_gbk_is_a_stretch_of_its_own() -> None:
    """ "и" between spaces is GBK "懈": one character, but a whole word."""
    damaged = "Привет и мир".encode().decode("gbk")
    one = damaged.split(" ")[1]
    start = damaged.index(" " + one + " ") + 1
    assert (start, start + 1, "и".encode()) in find_cjk_suspects(damaged, "gbk")


def test_one_character_inside_a_run_of_east_asian_text_is_no_stretch() -> None:
    """Inside a run of hanzi, one character whose bytes happen to be UTF-8 is chance."""
    text = "我们懈他们"  # 懈 is D0 B8 in GBK, UTF-8 for "и"
    assert all(end - start >= 2 for start, end, _ in find_cjk_suspects(text, "gbk"))


def test_characters_a_codec_lacks_split_a_run_into_pieces() -> None:
    """A character Big5 cannot encode ends one stretch; the text after it is searched too."""
    damaged = "дом".encode().decode("big5")  # 迡郋邾
    text = damaged + "\u4e02" + damaged  # U+4E02 is not in Big5
    assert find_cjk_suspects(text, "big5") == [(0, 3, "дом".encode()), (4, 7, "дом".encode())]


def test_suspects_from_runs_found_once_are_those_found_alone() -> None:
    """The East Asian runs a caller finds once serve every codec alike."""
    text = f"x {as_read('你好世界', 'gbk')} y {as_read('日本語', 'cp932')} z"
    runs = hinted_runs(text)
    for codec in ("gbk", "cp932", "big5", "cp949"):
        assert find_cjk_suspects(text, codec, runs) == find_cjk_suspects(text, codec)


def _runs_of(text: str, codec: str, lossy: bool = True) -> list[str]:
    return [
        text[s.start : s.end]
        for s in find_suspects(text, SINGLE_BYTE_CODECS, lossy)
        if s.codec == codec
    ]


def test_pieces_of_a_longer_run_of_a_codec_as_likely_are_no_suspects() -> None:
    """UTF-8 "Тарасовна" shown by cp1252 is one cp1252 run; Latin-1, which shows no "€",
    sees pieces of it, and cp1250 others: no piece is a suspect of its own."""
    text = "Ð¢Ð°Ñ€Ð°ÑÐ¾Ð²Ð½Ð°"
    assert _runs_of(text, "cp1252") == [text]
    assert _runs_of(text, "latin-1") == []
    assert _runs_of(text, "cp1250") == []
    assert _runs_of(text + " " + "Ã©", "latin-1") == ["Ã©"]  # (a run of its own stays)
    pieces = find_suspects(text, SINGLE_BYTE_CODECS, True, pieces=True)  # (where runs are)
    assert [text[s.start : s.end] for s in pieces if s.codec == "latin-1"] == [
        "Ð¢Ð°",
        "Ð°Ñ\x81Ð¾Ð²Ð½Ð°",
    ]


def test_sequences_one_byte_short_inside_a_longer_run_are_no_suspects() -> None:
    """cp1250 leaves five bytes undefined, and its lossy runs read a lead character that no
    continuation follows as a sequence whose undefined byte was dropped ("Î" of Greek that
    cp1252 showed): inside a strict cp1252 run, and with no lost byte written near, they are
    chance."""
    text = "Ο ήλιος λάμπει".encode().decode("cp1252")
    assert _runs_of(text, "cp1250") == []
    assert _runs_of(text, "cp1252") == ["ÎŸ", "Î®Î»Î¹Î¿Ï‚", "Î»Î¬Î¼Ï€ÎµÎ¹"]


def test_a_lossy_run_may_start_one_byte_short_before_a_whole_sequence() -> None:
    """Software that drops the bytes cp1252 leaves undefined leaves the "Ð" of "А" (D0 90)
    alone before the rest of the word: the run starts there, and (in case the rest lost a
    byte too) without it as well."""
    text = "Айгүл".encode().decode("cp1252", "ignore")
    assert text == "ÐÐ¹Ð³Ò¯Ð»"
    assert {text, text[1:]} <= set(_runs_of(text, "cp1252"))


def test_only_a_codepage_that_leaves_few_bytes_undefined_starts_a_run_one_byte_short() -> None:
    """cp874 leaves 31 bytes undefined and shows clean Thai as runs here and there: a
    sequence one byte short at their start says nothing there, and is not looked for."""
    assert "short" not in run_pattern("cp874", True).groupindex
    assert "short" in run_pattern("cp1252", True).groupindex


def test_a_lone_short_sequence_is_a_suspect_only_in_a_line_with_a_run() -> None:
    """A lead character alone before a letter is a sequence whose undefined byte was dropped
    ("Ã" of "Á", C3 81) where the line holds UTF-8 cp1252 showed; elsewhere it is a letter
    of clean text, and no suspect."""
    assert "Ã" in _runs_of("JosÃ© Ãngel", "cp1252")
    assert _runs_of("SÃO PAULO", "cp1252") == []
    assert _runs_of("Ãngel\nJosÃ©", "cp1252") == ["Ã©"]


def test_pieces_stay_where_the_longer_run_lost_bytes_or_is_less_likely() -> None:
    """Where bytes were lost the longer run may read only part of the damage right, and a
    run of a less likely codec (cp850's "¯à®¤…" in Tamil shown by cp1252, its 8D bytes
    dropped) hides nothing of cp1252's."""
    lost = "Ð¢Ð°Ñ€Ð°ÑÐ¾Ð²Ð½Ð°"  # (the 81 of "с" dropped)
    assert "Ð¢Ð°" in _runs_of(lost, "latin-1")  # (a piece of cp1252's strict "Ð¢Ð°Ñ€Ð°")
    tamil = "à®®à®°à¯à®¤à¯à®¤à¯à®µà®°à"
    assert "¯à®¤à¯à®¤à¯à®µà®" in _runs_of(tamil, "cp850")
    assert _runs_of(tamil, "cp1252").count("à®¤") == 2


def test_letter_a_codepage_never_shows_is_found_in_its_stretch_only() -> None:
    """Cyrillic "и" is no character cp1252 shows; "é" and the dash "—" are (or no letter)."""
    text = "Café — и"
    assert holds_unshown_letter(text, 0, len(text), "cp1252")
    assert not holds_unshown_letter(text, 0, text.index("и"), "cp1252")
    assert not holds_unshown_letter("Café —", 0, 6, "latin-1")  # (the dash is no letter)


@given(_shown(), _CODEC_SETS, st.booleans())
def test_every_run_starts_with_what_the_one_search_finds(
    shown: tuple[str, str], others: tuple[str, ...], lossy: bool
) -> None:
    """Where some codec's run pattern matches, first_sequence() matches there too (or just
    after the sequence one byte short that a lossy run may start with): the one search may
    stand for every codec's scan."""
    text, codec = shown
    codecs = tuple(dict.fromkeys((codec, *others)))
    for each in codecs:
        pattern = run_pattern(each, lossy)
        for run in pattern.finditer(text):
            whole = run.end("short") if "short" in pattern.groupindex else -1
            assert first_sequence(codecs, lossy).match(text, max(run.start(), whole))


def test_text_with_no_utf8_sequence_in_any_codepage_has_no_suspects() -> None:
    """Accented words whose letters end no sequence are found without a scan per codec."""
    text = "Le café est très bon, merci à vous"
    codecs = SINGLE_BYTE_CODECS
    assert first_sequence(codecs, True).search(text) is None
    assert find_suspects(text, codecs, True) == []
    assert find_suspects("Le cafÃ© est", codecs, True) != []


#: 80 random characters U+00A0–U+00FF: random bytes as cp1252 shows them.
_ASCII_CHAR = re.compile("[\x00-\x7f]")
_NOISE = "òâ¹Ã°êÓê¿µíþñíîçµÑÂ¢¢º¸âûÊùþûÃµµ²³ÛöðÎÞì¨ß÷ëèÍ±ë¿ìýÆÆúå°¬®öí®ïþßÁÔ¬¡ýÞÒùÉóï´¸¼·Ø"


def test_utf8_sequences_a_long_line_of_random_bytes_holds_are_no_suspects() -> None:
    """Random bytes hold UTF-8 sequences by chance ("Ã°", "å°¬"); a long line of nothing but
    high characters, with bytes UTF-8 never holds among them ("ò", "þ", "û"), is no UTF-8
    that a codepage showed, and none of its sequences is a suspect."""
    assert run_pattern("cp1252", False).search(_NOISE)
    assert find_suspects(_NOISE, ("cp1252",), True) == []


@pytest.mark.parametrize(("codec", "errors"), [("mac_roman", "strict"), ("cp1252", "ignore")])
def test_a_long_line_of_east_asian_utf8_shown_by_a_codepage_is_suspect(
    codec: str, errors: str
) -> None:
    """UTF-8 that a codepage showed holds no byte UTF-8 never holds, whatever bytes it lost:
    a long line of it with no ASCII in it is found as ever."""
    text = "日本語の文章を読み込んでいます。文字化けを直してください。お願いします。"
    shown = text.encode().decode(codec, errors=errors)
    assert len(shown) >= 40 and not _ASCII_CHAR.search(shown)
    found = find_suspects(shown, (codec,), True)
    assert max(s.end - s.start for s in found) > len(shown) // 2


def test_random_bytes_in_a_short_line_or_beside_ascii_are_searched() -> None:
    """Only long lines with no ASCII in them are judged noise: a few characters of random
    bytes, or bytes amid ASCII text, may hold real damage."""
    assert find_suspects(_NOISE[:30], ("cp1252",), True) != []
    spaced = _NOISE[:40] + " " + _NOISE[40:]
    assert find_suspects(spaced, ("cp1252",), True) != []


@given(_shown(), _CODEC_SETS)
def test_every_lower_cased_run_starts_with_what_the_one_search_finds(
    shown: tuple[str, str], others: tuple[str, ...]
) -> None:
    """Where recase_pattern() of some codec matches, recase_prefilter() matches there too."""
    text, codec = shown
    text = text.lower()
    recased = tuple(filter(recasable, dict.fromkeys((codec, *others))))
    for each in recased:
        for run in recase_pattern(each).finditer(text):
            assert recase_prefilter(recased).match(text, run.start())


@given(_shown())
def test_a_strict_run_is_found_where_lossy_runs_are(shown: tuple[str, str]) -> None:
    """Where a codec's strict pattern finds a run, its lossy pattern finds one too: a codec
    whose lossy pattern finds nothing needs no strict scan."""
    text, codec = shown
    if run_pattern(codec, False).search(text):
        assert run_pattern(codec, True).search(text)


@given(_shown(), st.booleans())
def test_every_run_starts_with_a_character_its_codec_shows_for_a_lead_byte(
    shown: tuple[str, str], lossy: bool
) -> None:
    """Each run a codec's pattern finds starts with one of its ``leads``: a codec that shows
    none of a text's characters for a lead byte has no run in it, and is not scanned."""
    text, codec = shown
    for run in run_pattern(codec, lossy).finditer(text):
        assert text[run.start()] in single_byte(codec).leads


def test_a_codec_that_shows_no_character_of_the_text_for_a_lead_byte_is_not_compiled() -> None:
    """Cyrillic mojibake asks for the patterns of the codepages that show its lead characters
    only: compiling every codepage's patterns is what a first call would wait for."""
    run_pattern.cache_clear()
    found = find_suspects("Привет, РјРёСЂ!", SINGLE_BYTE_CODECS, True)
    assert [(s.start, s.end, s.codec) for s in found if s.codec == "cp1251"] == [(8, 14, "cp1251")]
    compiled = run_pattern.cache_info().currsize
    assert 0 < compiled < len(SINGLE_BYTE_CODECS)


#: Characters for a class: runs of consecutive code points, and single ones, anywhere.
_CLASS_CHARS = st.lists(
    st.tuples(st.integers(0, 0x10FFFF), st.integers(1, 5)).map(
        lambda run: "".join(chr(c) for c in range(run[0], min(run[0] + run[1], 0x110000)))
    ),
    min_size=1,
    max_size=6,
).map("".join)


@given(st.one_of(_CLASS_CHARS, st.text(min_size=1)))
def test_a_character_class_matches_exactly_its_characters(chars: str) -> None:
    """char_class() writes runs of code points as ranges, and still holds exactly ``chars``,
    whatever they are: brackets, dashes, carets and backslashes included."""
    pattern = re.compile(char_class(chars))
    probe = set(chars) | {
        chr(ord(c) + d) for c in chars for d in (-1, 1) if 0 <= ord(c) + d <= 0x10FFFF
    }
    probe |= set("-]^\\[")
    for c in probe:
        assert (pattern.fullmatch(c) is not None) == (c in chars), repr(c)


@given(st.text(st.one_of(st.characters(), st.sampled_from("\u2fff\u3000\u30ff\u3400\uac00\uff61"))))
def test_east_asian_text_is_told_as_by_its_class(text: str) -> None:
    """holds_east_asian() answers what a search of the East Asian class answers."""
    expected = re.search(
        "[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\uff61-\uff9f]", text
    )
    assert holds_east_asian(text) == (expected is not None)


@given(st.text(st.one_of(st.sampled_from("ab\u2fff\u3000\u4e00\uac00"), st.characters())))
def test_east_asian_matches_are_counted_as_a_search_counts_them(text: str) -> None:
    """count_east_asian() of a pattern that needs a character from U+3000 up counts what
    findall() finds, though it compiles the pattern only for a text that holds one."""
    pattern = "[A-Za-z](?=[\u3000-\u30ff\u4e00-\u9fff])|(?<=[\uac00-\ud7af])[A-Za-z]"
    assert count_east_asian(pattern, text) == len(re.findall(pattern, text))


#: Characters legacy words are made of, and what parts them: ASCII white space and the
#: characters beside it that do not part words, letters a codepage shows and letters none does.
_WORD_CHARS = st.text(
    st.one_of(
        st.sampled_from(" \t\n\r\f\v\x1c\x85\u00a0\u2028a1-"),
        st.characters(min_codepoint=0x80, max_codepoint=0x2FF),
        st.characters(min_codepoint=0x80),
    ),
    max_size=24,
)


@given(_WORD_CHARS, st.sampled_from(SINGLE_BYTE_CODECS))
def test_legacy_words_are_the_words_holding_what_the_codepage_shows(text: str, codec: str) -> None:
    """find_legacy_words() is the plain definition, searched for in one pass for every codepage:
    each word between ASCII white space that holds a character ``codec`` shows for 80–FF and
    no letter beyond ASCII that it never shows."""
    shown = set(single_byte(codec).decode[0x80:])
    expected = [
        m.span()
        for m in re.finditer(r"[^ \t\n\r\f\v]+", text)
        if shown & set(m.group())
        and not any(c.isalpha() and not c.isascii() and c not in shown for c in m.group())
    ]
    assert find_legacy_words(text, codec) == expected


@given(
    st.lists(st.one_of(_shown().map(lambda shown: shown[0]), _WORD_CHARS), max_size=5),
    _CODEC_SETS,
    st.booleans(),
)
def test_suspects_are_found_as_a_scan_of_the_whole_text_finds_them(
    lines: list[str], codecs: tuple[str, ...], lossy: bool
) -> None:
    """find_suspects() scans only the lines where some codec's run could start, and finds
    there every run a scan of the whole text finds."""
    text = "\n".join(lines)
    whole_text = [(0, len(text))]
    assert find_suspects(text, codecs, lossy) == _suspects_in(text, codecs, lossy, whole_text)


def test_candidates_without_guesses_guess_no_lost_byte() -> None:
    """ "Ñ " is "с" that lost its 81, or "я" its 8F...: without guesses, none of them."""
    codecs = ("cp1252",)
    guessed = list(candidates("Ñ ", "cp1252", codecs, 1))
    plain = list(candidates("Ñ ", "cp1252", codecs, 1, guesses=False))
    assert any(c.dropped for c in guessed)
    assert not any(c.dropped for c in plain)
