"""The completed single-byte tables: every byte is a character, and back."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from demojibake._codecs import PRIOR, single_byte

_CODEPAGES = sorted(PRIOR)


@settings(max_examples=300, derandomize=True, database=None)
@given(st.sampled_from(_CODEPAGES), st.binary(max_size=40))
def test_bytes_read_by_a_codepage_give_the_same_bytes_back(name: str, data: bytes) -> None:
    """read() shows each byte as the table's character, and to_bytes() and bytes_of() undo
    it, undefined bytes included."""
    table = single_byte(name)
    shown = table.read(data)
    assert shown == "".join(table.decode[b] for b in data)
    assert table.to_bytes(shown) == table.bytes_of(shown) == data


@settings(max_examples=300, derandomize=True, database=None)
@given(st.sampled_from(_CODEPAGES), st.text(max_size=20))
def test_text_a_codepage_cannot_show_has_no_bytes_in_it(name: str, text: str) -> None:
    """bytes_of() is None exactly where some character is none of the codepage's."""
    table = single_byte(name)
    expected = None if any(c not in table.decode for c in text) else table.to_bytes(text)
    assert table.bytes_of(text) == expected
