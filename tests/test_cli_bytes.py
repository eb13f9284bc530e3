"""Bytes to text for ``fix_bytes`` and ``--detect-encoding``: choosing and decoding encodings."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

import demojibake
from demojibake._bytes import (
    UnknownEncodingError,
    decode_bytes,
    detect_encoding,
    is_ascii_compatible,
    lookup_encoding,
)

FRENCH = (
    "Le café de la gare était fermé. Déjà l'été, les élèves répétaient leurs leçons "
    "à côté de la fenêtre; on entendait les cloches de l'église et le bruit des rues.\n"
) * 3


def test_fix_bytes_decodes_utf8_and_repairs() -> None:
    """UTF-8 bytes holding mojibake come back as repaired text."""
    assert demojibake.fix_bytes("CafÃ© and doesnÃ¢â‚¬â„¢t".encode()) == "Café and doesn’t"


def test_fix_bytes_detects_a_legacy_encoding() -> None:
    """cp1252 bytes of French text are decoded as cp1252, not as a Baltic codepage."""
    assert demojibake.fix_bytes(FRENCH.encode("cp1252")) == FRENCH


def test_fix_bytes_uses_an_explicit_encoding() -> None:
    """With ``encoding=`` no detection happens."""
    assert demojibake.fix_bytes("Привет".encode("koi8-r"), encoding="koi8-r") == "Привет"


def test_fix_bytes_refuses_an_unknown_encoding_name() -> None:
    """An unknown name is the one error: UnknownEncodingError, a ValueError and a LookupError."""
    with pytest.raises(UnknownEncodingError, match="unknown encoding 'klingon'") as info:
        demojibake.fix_bytes(b"x", encoding="klingon")
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, LookupError)


@pytest.mark.parametrize("name", ["rot13", "base64", "zlib"])
def test_bytes_to_bytes_codecs_are_not_text_encodings(name: str) -> None:
    """Codecs Python knows but that do not make text are refused the same way."""
    with pytest.raises(UnknownEncodingError):
        lookup_encoding(name)


def test_lookup_gives_the_canonical_name() -> None:
    """Aliases are resolved to Python's name for the codec."""
    assert lookup_encoding("UTF8") == "utf-8"
    assert lookup_encoding("windows-1252") == "cp1252"


def test_undecodable_bytes_are_escaped_not_fatal() -> None:
    """A byte the encoding cannot decode becomes a lone surrogate that encodes back to it."""
    text = decode_bytes(b"ok \xff \xc3(", "utf-8")
    assert text == "ok \udcff \udcc3("
    assert text.encode("utf-8", "surrogateescape") == b"ok \xff \xc3("


def test_a_wide_encoding_that_chokes_on_ascii_gets_the_replacement_character() -> None:
    """UTF-16 with an odd trailing byte decodes with U+FFFD rather than raising."""
    assert decode_bytes("hi".encode("utf-16-le") + b"!", "utf-16-le") == "hi\ufffd"


def test_an_explicit_encoding_keeps_the_byte_order_mark() -> None:
    """``encoding="utf-8"`` decodes exactly as ``bytes.decode`` does, BOM included."""
    assert decode_bytes(b"\xef\xbb\xbfx", "utf-8") == "\ufeffx"


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + "Café".encode(),
        "Café".encode("utf-16"),
        "Café".encode("utf-16-be").join([codecs.BOM_UTF16_BE, b""]),
        "Café".encode("utf-32"),
    ],
    ids=["utf-8", "utf-16", "utf-16-be", "utf-32"],
)
def test_detection_reads_and_drops_a_byte_order_mark(data: bytes) -> None:
    """A byte order mark names the encoding; detection decodes by it and drops it."""
    assert decode_bytes(data) == "Café"


def test_valid_utf8_is_utf8_without_asking_charset_normalizer() -> None:
    """Valid UTF-8 (and ASCII) is detected as UTF-8."""
    assert detect_encoding("naïve 你好".encode()) == "utf-8"
    assert detect_encoding(b"plain") == "utf-8"
    assert detect_encoding(b"") == "utf-8"


def test_a_sample_cut_inside_a_character_is_still_utf8() -> None:
    """With ``truncated=True`` an incomplete last character does not rule UTF-8 out."""
    sample = "你好".encode()[:-1]
    assert detect_encoding(sample, truncated=True) == "utf-8"
    assert detect_encoding(sample, truncated=False) != "utf-8"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (FRENCH, "cp1252"),
        ("Привет, как дела? Всё хорошо, спасибо. " * 4, "cp1251"),
        ("Zażółć gęślą jaźń, Kraków jest piękny. " * 4, "cp1250"),
        ("你好，今天天气很好。我们去公园散步吧。" * 4, "gb18030"),
        ("今日は良い天気ですね。散歩に行きましょう。" * 4, "cp932"),
    ],
    ids=["french-cp1252", "russian-cp1251", "polish-cp1250", "chinese-gbk", "japanese-sjis"],
)
def test_detection_decodes_common_legacy_text(text: str, encoding: str) -> None:
    """Text in a widely used legacy encoding is decoded to the right characters."""
    assert decode_bytes(text.encode(encoding)) == text


@given(st.binary(max_size=200))
def test_decoding_never_raises(data: bytes) -> None:
    """No input bytes make decoding fail, with or without detection."""
    decode_bytes(data)
    assert decode_bytes(data, "utf-8").encode("utf-8", "surrogateescape") == data


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8", True),
        ("cp1252", True),
        ("shift_jis", True),
        ("gb18030", True),
        ("utf-16", False),
        ("utf-32-le", False),
        ("utf-7", False),
        ("cp037", False),
        ("iso2022_jp", False),
    ],
)
def test_ascii_compatibility(encoding: str, expected: bool) -> None:
    """Only encodings where an ASCII byte always means itself can be streamed line by line."""
    assert is_ascii_compatible(encoding) is expected
