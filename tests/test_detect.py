"""The detector: where it looks for UTF-8 misread as an East Asian codec."""

from __future__ import annotations

from demojibake._detect import find_cjk_suspects


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
