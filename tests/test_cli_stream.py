"""The streaming helpers behind the command: cutting bytes, locating changes, diffing lines."""

from __future__ import annotations

import difflib
import tracemalloc

import pytest
from hypothesis import given
from hypothesis import strategies as st

from demojibake._stream import IGNORE_MARKER, LineDiff, Locator, cut_point, iter_chunks

# --- cut_point -----------------------------------------------------------------------------


def test_a_buffer_that_fits_is_not_cut() -> None:
    """Everything fits: the cut is the end."""
    assert cut_point(b"short", 10) == 5


def test_the_cut_prefers_the_last_line_feed() -> None:
    """Whole lines are kept together when any line feed fits."""
    assert cut_point(b"one, two\nthree, four\nfive", 22) == 21


def test_a_long_line_is_cut_after_the_last_safe_byte() -> None:
    """Without a line feed, the cut falls just after the last punctuation or control."""
    assert cut_point("abc, CafÃ© déf".encode(), 12) == 4


@pytest.mark.parametrize("byte", [b" ", b"?", b":", b"5"])
def test_space_question_mark_colon_and_digits_are_not_safe(byte: bytes) -> None:
    """Lost bytes become spaces or ?, the marker holds a colon, GB18030 has digits inside."""
    buf = b"ab-cd" + byte + b"efgh"
    assert cut_point(buf, 9) == 3


def test_without_safe_bytes_the_cut_follows_an_ascii_byte() -> None:
    """Second choice: just after the last ASCII byte that is not a digit, so runs stay whole."""
    buf = "Привет CafÃ©".encode()
    assert cut_point(buf, len(buf) - 1) == len("Привет Caf".encode())


def test_a_window_without_ascii_is_cut_at_a_utf8_character_boundary() -> None:
    """Last resort: at the limit, but never inside a UTF-8 character."""
    buf = "你好世界".encode()  # three bytes per character
    assert cut_point(buf, 7) == 6
    assert cut_point(buf, 6) == 6


def test_a_shift_jis_trail_byte_is_never_a_cut() -> None:
    """0x5C ends 表 in Shift_JIS: a backslash there is not a place to cut."""
    buf = "表表表表".encode("shift_jis")
    assert b"\\" in buf
    assert cut_point(buf, 5) in (2, 4, 5)  # after a whole character (an ASCII-range trail byte)
    assert buf[: cut_point(buf, 5)].decode("shift_jis")


def test_the_limit_must_be_positive() -> None:
    """A limit below one is a programming error."""
    with pytest.raises(ValueError, match="at least 1"):
        cut_point(b"abc", 0)


# --- iter_chunks ---------------------------------------------------------------------------

_bytes_pieces = st.lists(
    st.sampled_from([b"a", b" ", b",", b"\n", b"\r\n", b"\xc3\xa9", "你".encode(), b"\xff"]),
    max_size=200,
).map(b"".join)


@given(
    data=_bytes_pieces,
    block=st.integers(min_value=1, max_value=50),
    limit=st.integers(min_value=4, max_value=40),
)
def test_chunks_concatenate_to_the_input_and_respect_the_limit(
    data: bytes, block: int, limit: int
) -> None:
    """However the input arrives, the chunks rebuild it exactly and none exceeds the limit."""
    blocks = [data[i : i + block] for i in range(0, len(data), block)]
    chunks = list(iter_chunks(blocks, limit))
    assert b"".join(chunks) == data
    assert all(0 < len(chunk) <= limit for chunk in chunks)


@given(data=_bytes_pieces, limit=st.integers(min_value=4, max_value=40))
def test_chunks_never_split_a_utf8_character_when_ascii_is_near(data: bytes, limit: int) -> None:
    """With an ASCII byte in every window, every chunk is valid on its own where the input is."""
    chunks = list(iter_chunks([data], limit))
    whole = data.decode("utf-8", "surrogateescape")
    assert "".join(c.decode("utf-8", "surrogateescape") for c in chunks) == whole


def test_complete_lines_are_handed_on_without_waiting_for_a_full_chunk() -> None:
    """A slow stream (``tail -f``) yields each finished line, not only full chunks."""
    chunks = iter_chunks(iter([b"first line\nsecond", b" line\n", b"tail"]), 1000)
    assert next(chunks) == b"first line\n"
    assert next(chunks) == b"second line\n"
    assert list(chunks) == [b"tail"]


# --- Locator -------------------------------------------------------------------------------


def test_positions_are_one_based_lines_and_code_point_columns() -> None:
    """Offsets become (line, column) counted from 1, with columns in code points."""
    locator = Locator()
    locator.start("ab\n你好x\n")
    assert locator.position(0) == (1, 1)
    assert locator.position(3) == (2, 1)
    assert locator.position(5) == (2, 3)


def test_positions_carry_across_chunks() -> None:
    """A chunk that ends inside a line continues its column in the next chunk."""
    locator = Locator()
    for chunk in ("one\ntw", "o thr", "ee\nfour"):
        locator.start(chunk)
        locator.advance()
    assert (locator.line, locator.column) == (3, 5)
    locator = Locator()
    locator.start("one\ntw")
    locator.advance()
    locator.start("o x")
    assert locator.position(2) == (2, 5)


def test_a_lone_carriage_return_does_not_start_a_line() -> None:
    """Lines are counted by line feeds, as grep -n counts them."""
    locator = Locator()
    locator.start("a\rb\r\nc")
    assert locator.position(5) == (2, 1)
    assert locator.position(2) == (1, 3)


def test_the_marker_covers_its_line_only() -> None:
    """An offset on a line holding the marker is ignored; the next line's is not."""
    locator = Locator()
    locator.start(f"x\nbad {IGNORE_MARKER} bad\nbad\n")
    assert not locator.ignored(0)
    assert locator.ignored(2)
    assert locator.ignored(len(f"x\nbad {IGNORE_MARKER} b"))
    assert not locator.ignored(len(f"x\nbad {IGNORE_MARKER} bad\nb"))


def test_the_marker_carries_into_the_rest_of_a_split_line() -> None:
    """A marker seen in one chunk covers the same line in the next chunk, and no further."""
    locator = Locator()
    locator.start(f"ok\n{IGNORE_MARKER} and then")
    locator.advance()
    locator.start(" more text\nnext line")
    assert locator.ignored(3)
    assert not locator.ignored(12)
    locator.advance()
    assert not locator.marked


# --- LineDiff ------------------------------------------------------------------------------


def _diff(old: bytes, new: bytes, pieces: int = 1, context: int = 3) -> bytes:
    diff = LineDiff(b"a", b"b", context=context)
    out: list[bytes] = []
    # Feed line-aligned pieces: the same cuts on both sides (changes never cross a line feed).
    old_lines = old.splitlines(keepends=True)
    new_lines = new.splitlines(keepends=True)
    step = max(1, len(old_lines) // pieces)
    for i in range(0, len(old_lines), step):
        out += diff.feed(b"".join(old_lines[i : i + step]), b"".join(new_lines[i : i + step]))
    out += diff.finish()
    return b"".join(out)


@given(
    count=st.integers(min_value=0, max_value=60),
    changed=st.sets(st.integers(min_value=0, max_value=59)),
    pieces=st.integers(min_value=1, max_value=7),
    context=st.integers(min_value=0, max_value=4),
)
def test_the_streamed_diff_matches_difflib(
    count: int, changed: set[int], pieces: int, context: int
) -> None:
    """For line-preserving edits the streamed diff is exactly difflib's unified diff, with
    any number of context lines."""
    # Distinct lines, so that difflib pairs each line with itself as the repair does.
    old = [b"line %d\n" % i for i in range(count)]
    new = [b"fixed " + line if i in changed else line for i, line in enumerate(old)]
    want = b"".join(difflib.diff_bytes(difflib.unified_diff, old, new, b"a", b"b", n=context))
    assert _diff(b"".join(old), b"".join(new), pieces, context) == want


def test_no_change_gives_no_diff() -> None:
    """Identical sides produce nothing, not even a header."""
    diff = LineDiff(b"a", b"b")
    assert diff.feed(b"x\ny\n", b"x\ny\n") + diff.finish() == []
    assert not diff.changed


def test_a_last_line_without_newline_is_marked() -> None:
    """The missing final newline is spelled out on both sides."""
    assert _diff(b"a\nold", b"a\nnew") == (
        b"--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n-old\n\\ No newline at end of file\n"
        b"+new\n\\ No newline at end of file\n"
    )


def test_crlf_lines_are_diffed_with_their_endings() -> None:
    """CRLF stays in the diff lines, so the patch applies to the file as it is."""
    assert _diff(b"x\r\nold\r\n", b"x\r\nnew\r\n") == (
        b"--- a\n+++ b\n@@ -1,2 +1,2 @@\n x\r\n-old\r\n+new\r\n"
    )


def test_a_line_split_across_chunks_is_one_diff_line() -> None:
    """Pieces of one long line are joined before they are compared."""
    diff = LineDiff(b"a", b"b")
    out = diff.feed(b"abc", b"abc") + diff.feed(b"def\n", b"DEF\n") + diff.finish()
    assert b"".join(out) == b"--- a\n+++ b\n@@ -1 +1 @@\n-abcdef\n+abcDEF\n"


def test_dense_changes_are_split_into_bounded_hunks() -> None:
    """When every line changes, hunks are cut at a bounded size and still count right."""
    old = b"".join(b"%d\n" % i for i in range(10_000))
    new = old.replace(b"\n", b"!\n")
    out = _diff(old, new)
    headers = [line for line in out.splitlines() if line.startswith(b"@@")]
    assert len(headers) > 1
    assert out.count(b"\n-") == 10_000
    assert out.count(b"\n+") == 10_001  # the +++ header, then one per line


def test_long_changed_lines_are_diffed_in_bounded_memory() -> None:
    """Dense changes on long lines: what the diff holds is bounded in bytes, not only in lines
    (20 MB of changed 100 KB lines go through holding a few MB)."""
    line = b"x" * 100_000 + b"\n"
    diff = LineDiff(b"a", b"b")
    written = 0
    tracemalloc.start()
    try:
        for _ in range(200):
            written += sum(map(len, diff.feed(line, line.replace(b"x\n", b"y\n"))))
        written += sum(map(len, diff.finish()))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert written > 2 * 200 * len(line)
    assert peak < 4 * 1024 * 1024, f"peak {peak / 2**20:.1f} MB"
