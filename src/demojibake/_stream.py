"""Streaming helpers for the command line: cutting bytes, locating changes, diffing lines.

Pure functions and small state machines over bytes and text, so that the command line can
repair an input of any size in bounded memory. Nothing here repairs text or touches a file;
the caller decodes, calls :func:`demojibake.repair` and writes.

Cutting. The input is cut into chunks of at most ``limit`` bytes. A chunk ends after the last
line feed that fits; a longer line is cut just after its last *safe* byte in the window: an
ASCII control character, or ASCII punctuation below ``0x40`` other than space, ``:`` and ``?``
(``!"#$%&'()*+,-./;<=>``). Such a byte is never part of a mojibake run (runs are non-ASCII
characters, plus spaces and question marks where bytes were lost), never the second byte of a
Shift_JIS, Big5 or GBK character (those are ``0x40`` and up), never inside a GB18030 four-byte
sequence (its ASCII bytes are digits), and never inside the ``demojibake: ignore`` marker
(hence no ``:``). A window with no safe byte is cut after its last ASCII byte that is not a
digit: that still ends a character in every encoding we stream, and is outside any run of UTF-8
misread as a single-byte codepage. Only a window without any such byte (a megabyte of CJK text
with no ASCII at all) is cut at ``limit``, stepped back off UTF-8 continuation bytes; a mojibake
run cut there may be left unrepaired, and nothing else is affected.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

__all__ = [
    "CHUNK_SIZE",
    "IGNORE_MARKER",
    "LineDiff",
    "Locator",
    "cut_point",
    "iter_chunks",
]

#: The default most bytes handed to the engine at once. The engine's working memory grows with
#: the text it is handed: 64 KiB took the command's peak memory some 11 MB higher than 16 KiB.
#: Only repairs near a cut may come out otherwise (a confident repair vouches for weaker ones
#: of its kind nearby, not across a cut); on 1.2 MB of multilingual text with every third line
#: damaged, the output was the same byte for byte.
CHUNK_SIZE = 16 * 1024

#: A line containing this text is never changed.
IGNORE_MARKER = "demojibake: ignore"

# Everything up to the last byte after which a long line may be cut (see the module
# docstring): controls, and ASCII punctuation below 0x40 except space, ":" and "?". Greedy, so
# the regex engine backtracks from the end of the window in C rather than Python looping.
_UP_TO_LAST_SAFE = re.compile(rb".*[\x00-\x1f\x21-\x2f\x3b-\x3e]", re.DOTALL)
_UP_TO_LAST_ASCII = re.compile(rb".*[\x00-\x2f\x3a-\x7f]", re.DOTALL)


def cut_point(buf: bytes | bytearray, limit: int) -> int:
    """Where to end the next chunk of ``buf``: an offset in ``1..min(len(buf), limit)``.

    The end of ``buf`` if it fits, else just after the last line feed within ``limit``, else
    just after the last safe byte, else after the last ASCII byte other than a digit, else
    ``limit`` (moved back off UTF-8 continuation bytes).

    >>> cut_point(b"one\\ntwo\\nthree", 9)
    8
    >>> cut_point(b"abc, def ghi", 8)
    4
    """
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    if len(buf) <= limit:
        return len(buf)
    newline = buf.rfind(b"\n", 0, limit)
    if newline >= 0:
        return newline + 1
    for pattern in (_UP_TO_LAST_SAFE, _UP_TO_LAST_ASCII):
        found = pattern.match(buf, 0, limit)
        if found:
            return found.end()
    cut = limit
    # Step back at most three bytes so a valid UTF-8 character is not split; with any other
    # encoding this is harmless (a split character is escaped on both sides and kept as is).
    while cut > limit - 3 and 0x80 <= buf[cut] <= 0xBF and cut > 1:
        cut -= 1
    return cut


def iter_chunks(blocks: Iterable[bytes], limit: int = CHUNK_SIZE) -> Iterator[bytes]:
    """Re-cut a stream of byte blocks into chunks chosen by :func:`cut_point`.

    The chunks concatenate to exactly the input. Complete lines are yielded as soon as a block
    brings them. At most ``limit`` plus one block is held at a time, however long the input or
    its lines.
    """
    buf = bytearray()
    for block in blocks:
        buf += block
        while len(buf) > limit:
            cut = cut_point(buf, limit)
            yield bytes(buf[:cut])
            del buf[:cut]
        # Hand on finished lines at once, so a slow stream (`tail -f log | demojibake`) is
        # not held back until a whole chunk has arrived.
        end = buf.rfind(b"\n") + 1
        if end:
            yield bytes(buf[:end])
            del buf[:end]
    while buf:
        cut = cut_point(buf, limit)
        yield bytes(buf[:cut])
        del buf[:cut]


@dataclass
class Locator:
    """Turns offsets in consecutive chunks of text into 1-based ``(line, column)`` pairs.

    Lines end at a line feed (as for ``grep -n`` and compilers; a lone carriage return does not
    start a line); columns count code points. It also answers whether an offset lies on a line
    that carries :data:`IGNORE_MARKER`, for lines split across chunks as well (there the
    marker protects the chunk that holds it and the rest of the line).
    Call :meth:`advance` once per chunk, after asking about its offsets.
    """

    line: int = 1
    column: int = 1
    # Whether the line the next chunk starts in has shown the marker already.
    marked: bool = False
    _text: str = field(default="", repr=False)

    def start(self, text: str) -> None:
        """Begin answering questions about ``text``, the next chunk."""
        self._text = text

    def position(self, offset: int) -> tuple[int, int]:
        """The line and column of ``offset`` in the current chunk."""
        text = self._text
        breaks = text.count("\n", 0, offset)
        if breaks == 0:
            return self.line, self.column + offset
        return self.line + breaks, offset - text.rfind("\n", 0, offset)

    def ignored(self, offset: int) -> bool:
        """Whether ``offset`` in the current chunk is on a line carrying the marker."""
        text = self._text
        line_start = text.rfind("\n", 0, offset) + 1
        line_end = text.find("\n", offset)
        if line_end < 0:
            line_end = len(text)
        if line_start == 0 and self.marked:
            return True
        return IGNORE_MARKER in text[line_start:line_end]

    def advance(self) -> None:
        """Move past the current chunk."""
        text = self._text
        last = text.rfind("\n")
        if last < 0:
            self.column += len(text)
            self.marked = self.marked or IGNORE_MARKER in text
        else:
            self.line += text.count("\n")
            self.column = len(text) - last
            self.marked = IGNORE_MARKER in text[last + 1 :]
        self._text = ""


# A hunk is written out once it holds this many lines, or this many bytes, even if more
# changes follow.
_MAX_HUNK_LINES = 4096
_MAX_HUNK_BYTES = 1024 * 1024

_LINE = re.compile(rb"[^\n]*\n|[^\n]+")


@dataclass
class _Line:
    """One line on both sides, kept as the pieces it came in: joining them would copy a line
    that may be megabytes long, and an unchanged piece is held once for both sides."""

    old: list[bytes] = field(default_factory=list)
    new: list[bytes] = field(default_factory=list)
    # Whether a piece differs: a repair stays within its chunk, so this is whether the line does.
    changed: bool = False
    size: int = 0

    def add(self, old: bytes, new: bytes) -> None:
        if old == new:
            new = old
        else:
            self.changed = True
            self.size += len(new)
        self.old.append(old)
        self.new.append(new)
        self.size += len(old)


@dataclass
class LineDiff:
    """A unified diff built while streaming, for edits that never add or remove a line.

    Feed it each chunk before and after repair with :meth:`feed`, then call :meth:`finish`;
    both return the diff output produced so far, as pieces of bytes (in the file's own
    encoding) to be written in order. It holds one hunk, cut at ``_MAX_HUNK_BYTES``, and up
    to ``context`` lines before it, so memory is bounded by the longest line rather than by
    the file.
    """

    old_name: bytes
    new_name: bytes
    context: int = 3
    _line: _Line = field(default_factory=_Line, repr=False)
    _number: int = 0
    _before: deque[_Line] = field(default_factory=deque, repr=False)
    _hunk: list[_Line] = field(default_factory=list, repr=False)
    _held: int = 0
    _hunk_start: int = 0
    _trailing: int = 0
    _header_done: bool = False

    def feed(self, old: bytes, new: bytes) -> list[bytes]:
        """Take the next chunk (``old``) and its repair (``new``) and return diff output."""
        out: list[bytes] = []
        old_lines = _LINE.findall(old)
        new_lines = _LINE.findall(new)
        for old_piece, new_piece in zip(old_lines, new_lines, strict=True):
            self._line.add(old_piece, new_piece)
            if old_piece.endswith(b"\n"):
                out += self._line_done()
        return out

    def finish(self) -> list[bytes]:
        """Flush the last line and any open hunk."""
        out: list[bytes] = []
        if self._line.old:
            out += self._line_done()
        out += self._close_hunk()
        return out

    @property
    def changed(self) -> bool:
        """Whether any line differed."""
        return self._header_done

    def _line_done(self) -> list[bytes]:
        line, self._line = self._line, _Line()
        self._number += 1
        out: list[bytes] = []
        if line.changed:
            if not self._hunk:
                self._hunk_start = self._number - len(self._before)
                self._hunk = list(self._before)
                self._held = sum(before.size for before in self._before)
                self._before.clear()
            self._hunk.append(line)
            self._held += line.size
            self._trailing = 0
            if len(self._hunk) >= _MAX_HUNK_LINES or self._held >= _MAX_HUNK_BYTES:
                # Bound memory when changes are dense: end the hunk here; the next one starts
                # on the following line, without leading context (still a valid diff).
                out = self._close_hunk()
                self._before.clear()
        elif self._hunk:
            self._hunk.append(line)
            self._held += line.size
            self._trailing += 1
            # Hunks closer than twice the context share the lines between them, as in diff -u.
            if self._trailing > 2 * self.context:
                out = self._close_hunk()
        else:
            self._before.append(line)
            if len(self._before) > self.context:
                self._before.popleft()
        return out

    def _close_hunk(self) -> list[bytes]:
        if not self._hunk:
            return []
        # Keep at most `context` unchanged lines after the last change; any beyond that were
        # only held in case another change came close enough to share the hunk.
        extra = max(0, self._trailing - self.context)
        lines = self._hunk[: len(self._hunk) - extra]
        after = self._hunk[len(self._hunk) - extra :]
        self._hunk = []
        self._held = 0
        self._trailing = 0
        self._before = deque(after[max(0, len(after) - self.context) :])
        out: list[bytes] = []
        if not self._header_done:
            out.append(b"--- " + self.old_name + b"\n+++ " + self.new_name + b"\n")
            self._header_done = True
        # Repairs never add or remove lines, so both sides of a hunk have the same range.
        span = _range(self._hunk_start, len(lines))
        out.append(b"@@ -%s +%s @@\n" % (span, span))
        # Within a hunk, runs of changed lines print all their old lines, then all new ones.
        count = len(lines)
        i = 0
        while i < count:
            if not lines[i].changed:
                out += _diff_line(b" ", lines[i].old)
                i += 1
                continue
            j = i
            while j < count and lines[j].changed:
                j += 1
            for line in lines[i:j]:
                out += _diff_line(b"-", line.old)
            for line in lines[i:j]:
                out += _diff_line(b"+", line.new)
            i = j
        return out


def _range(start: int, count: int) -> bytes:
    return b"%d" % start if count == 1 else b"%d,%d" % (start, count)


def _diff_line(prefix: bytes, pieces: list[bytes]) -> list[bytes]:
    if pieces[-1].endswith(b"\n"):
        return [prefix, *pieces]
    return [prefix, *pieces, b"\n\\ No newline at end of file\n"]
