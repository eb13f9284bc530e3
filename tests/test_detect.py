"""The detector: where it looks for UTF-8 misread as an East Asian codec."""

from __future__ import annotations

from demojibake._detect import find_cjk_suspects, hinted_runs, holds_unshown_letter


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


def test_letter_a_codepage_never_shows_is_found_in_its_stretch_only() -> None:
    """Cyrillic "и" is no character cp1252 shows; "é" and the dash "—" are (or no letter)."""
    text = "Café — и"
    assert holds_unshown_letter(text, 0, len(text), "cp1252")
    assert not holds_unshown_letter(text, 0, text.index("и"), "cp1252")
    assert not holds_unshown_letter("Café —", 0, 6, "latin-1")  # (the dash is no letter)
