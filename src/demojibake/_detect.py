"""The detector: find the runs of text that could be UTF-8 misread as some codec.

For a codec B, UTF-8 read as B shows as runs of "lead, continuation..." characters: a character
B shows for a byte C2–F4 followed by the right number of characters it shows for bytes 80–BF.
Each codec gets one compiled pattern for such runs; clean ASCII never reaches them, and clean
text rarely matches, so the scorer sees few spans. The detector only says where to look.

With lossy repairs allowed, a continuation may also be a character that stands for a lost byte:
a space where a no-break space was (byte A0, in codepages where A0 is the no-break space), or
``?`` / U+FFFD where a byte could not be decoded; and after a whole sequence, one may be a byte
short, where software dropped a byte its codepage leaves undefined. East Asian codecs lose the
bytes they cannot pair the same ways (find_cjk_holes, find_cjk_drops).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Final, TypeAlias

from demojibake._cache import short_key_memo
from demojibake._chars import char_info
from demojibake._codecs import char_bytes, char_class, prior, single_byte
from demojibake._sorted import bisect_ints_left
from demojibake._types import SINGLE_BYTE

__all__ = [
    "C1_RUN",
    "HOLE_CODECS",
    "UTF8_FOLLOWERS",
    "Hole",
    "Suspect",
    "Word",
    "count_east_asian",
    "east_asian_class",
    "find_cjk_drops",
    "find_cjk_holes",
    "find_cjk_suspects",
    "find_legacy_suspects",
    "find_legacy_words",
    "find_non_ascii_words",
    "find_suspects",
    "first_sequence",
    "hinted_runs",
    "holds_east_asian",
    "holds_unshown_letter",
    "run_pattern",
    "sequence_bounds",
    "showing_bit",
    "shown_chars",
    "shown_words",
    "whole_sequences",
    "word_shown",
]

#: The East Asian codecs whose lost bytes are read (see find_cjk_holes): those of Python's
#: lenient decoders, which lose the byte they cannot pair. GB18030 pairs nearly every two
#: bytes, and a lenient GB18030 decoder (a browser's, for GBK) drops no byte of UTF-8 text.
HOLE_CODECS: Final = frozenset(("gbk", "big5", "cp932", "shift_jis", "cp949", "euc_kr"))
#: Placeholders a lost continuation byte leaves behind.
LOST: Final = "?\ufffd"

#: Runs of C1 control characters: single-byte text (usually cp1252) decoded as Latin-1.
C1_RUN: Final = re.compile("[\u0080-\u009f]+")


class Suspect:
    """A span that matched codec ``codec``'s pattern (``codec`` is what it was read as).

    Immutable by contract (Final), a plain class for the speed of making one, as Candidate
    is; equal when every field is."""

    __slots__ = ("codec", "end", "start")

    def __init__(self, start: int, end: int, codec: str) -> None:
        self.start: Final = start
        self.end: Final = end
        self.codec: Final = codec

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Suspect):
            return NotImplemented
        return (self.start, self.end, self.codec) == (other.start, other.end, other.codec)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.codec))

    def __repr__(self) -> str:
        return f"Suspect(start={self.start!r}, end={self.end!r}, codec={self.codec!r})"


@cache
def run_pattern(codec: str, lossy: bool) -> re.Pattern[str]:
    """The pattern for runs of UTF-8 sequences as ``codec`` shows them."""
    table = single_byte(codec)
    cont = table.cont
    # What must follow the first lead character, whatever its kind: a lookahead that turns
    # most lead characters of clean text away before the sequences are tried one by one.
    ahead = cont
    if lossy:
        extra = LOST + (" " if table.decode[0xA0] == "\u00a0" else "")
        cont = ahead = "(?:" + cont + "|[" + re.escape(extra) + "])"
        if table.decode[0xA0] == "\u00a0":
            ahead = f"(?:{cont}|[ \\t\\n\\r]|$)"  # (see the lost A0 below)
    # Each sequence is any lead character, then the continuations its kind of lead takes (the
    # three lead classes are disjoint). Led by one character class, the pattern lets the regex
    # engine skip to the next lead character in C instead of trying a match at every position.
    # (The class of ``leads``, which _suspects_in asks to skip a codec: one set for both.)
    lead = char_class("".join(table.leads))
    seq = f"(?<={table.lead2}){cont}|(?<={table.lead3}){cont}{{2}}|(?<={table.lead4}){cont}{{3}}"
    if lossy and table.decode[0xA0] == "\u00a0":
        # A 2-byte sequence whose A0 byte was dropped, at the end of a word: "voilÃ le".
        seq += f"|(?<={table.lead2})(?=[ \\t\\n\\r]|$)"
    if lossy and table.undefined:
        # A sequence one byte short, after a whole one: software that drops the bytes the
        # codepage leaves undefined ("ÐœÐ¾ÑÐºÐ²Ð°" is "Москва", the 81 of "с" gone).
        short = (
            f"(?<={table.lead2})(?!{cont})|(?<={table.lead3}){cont}(?!{cont})"
            f"|(?<={table.lead4}){cont}{{2}}(?!{cont})"
        )
        # A run may start one byte short too, right before a sequence that lost nothing
        # ("ÐÐ¹Ð³" is "Айг", the 90 of "А" gone). (Still led by the one class: the first
        # lead may be that sequence's.)
        whole = (
            f"(?<={table.lead2}){table.cont}|(?<={table.lead3}){table.cont}{{2}}"
            f"|(?<={table.lead4}){table.cont}{{3}}"
        )
        if _few_undefined(table.undefined):
            return re.compile(
                f"{lead}(?:(?P<short>{short})(?={lead}(?:{whole})){lead})?"
                f"(?={ahead})(?:{seq})(?:{lead}(?:{seq}|{short}))*"
            )
        return re.compile(f"{lead}(?={ahead})(?:{seq})(?:{lead}(?:{seq}|{short}))*")
    return re.compile(f"{lead}(?={ahead})(?:{seq})(?:{lead}(?:{seq}))*")


#: The most bytes a codepage may leave undefined for a sequence one byte short to start a
#: run, or to stand alone (see _lone_shorts).
_FEW_UNDEFINED: Final = 8


def _few_undefined(undefined: bytes) -> bool:
    """Whether a codepage that leaves ``undefined`` undefined leaves some, and few.

    A codepage that leaves many bytes undefined (cp874, cp1255, cp1253, cp1257) shows its
    own script's clean text as runs of sequences one byte short here and there by chance:
    a short one there says nothing of a byte dropped."""
    return 0 < len(undefined) <= _FEW_UNDEFINED


@cache
def first_sequence(codecs: tuple[str, ...], lossy: bool) -> re.Pattern[str]:
    """What every run_pattern() of any of ``codecs`` starts with: one UTF-8 sequence, each of
    its bytes as any of the codecs shows that byte. Where it finds nothing, no codec's
    pattern can, and one search stands for a scan by each codec."""
    lead2 = lead3 = lead4 = cont = ""
    for codec in codecs:
        table = single_byte(codec).decode
        lead2 += table[0xC2:0xE0]
        lead3 += table[0xE0:0xF0]
        lead4 += table[0xF0:0xF5]
        cont += table[0x80:0xC0]
    if lossy:
        cont += LOST + " "
    c = char_class(cont)
    seq = (
        f"(?<={char_class(lead2)}){c}|(?<={char_class(lead3)}){c}{{2}}"
        f"|(?<={char_class(lead4)}){c}{{3}}"
    )
    if lossy:
        seq += f"|(?<={char_class(lead2)})(?=[ \\t\\n\\r]|$)"
    # (Led by one class, as run_pattern is, so that the search skips in C.)
    return re.compile(f"{char_class(lead2 + lead3 + lead4)}(?:{seq})")


def find_suspects(
    text: str, codecs: tuple[str, ...], lossy: bool, *, pieces: bool = False
) -> list[Suspect]:
    """Every run in ``text`` that one of ``codecs`` could have produced from UTF-8 (but the
    pieces of longer ones, see _hidden_runs, unless ``pieces``: a caller that asks only
    where runs are finds the same places without working them out)."""
    # Only the lines where some codec's run could start are scanned: a run starts where
    # first_sequence() matches, and no run holds a line break.
    lines = _lines_matching(first_sequence(codecs, lossy), text)
    return _suspects_in(text, codecs, lossy, lines, pieces) if lines else []


def _suspects_in(
    text: str,
    codecs: tuple[str, ...],
    lossy: bool,
    lines: list[tuple[int, int]],
    pieces: bool = False,
) -> list[Suspect]:
    """find_suspects() of the runs within ``lines`` (whole lines, see _runs_in)."""
    # Every run starts with a character its codec shows for a lead byte: a codec that shows
    # none of the lines' characters so has no run there, and its patterns are neither run
    # nor, on a first call, compiled (compiling them is most of what a first call costs).
    present = set("".join([text[start:end] for start, end in lines]))
    high = _high_lines(text, lines)  # (the lines _noise_lines judges, whatever the codec)
    # Each codec's strict runs, and the runs that allow lost bytes beyond them, in order.
    found: list[tuple[str, list[tuple[int, int]], list[tuple[int, int]]]] = []
    for codec in codecs:
        if single_byte(codec).leads.isdisjoint(present):
            continue
        loose: list[tuple[int, int]] = []
        if lossy:
            loose = _lossy_runs_in(run_pattern(codec, True), text, lines)
            if not loose:
                continue  # (every strict run is part of a lossy one: there is none either)
        # Strict runs first, then runs that allow lost bytes: a lossy run may begin in clean
        # text before the real damage ("мир — РџСЂ..."), and must not hide the strict run.
        strict = _runs_in(run_pattern(codec, False), text, lines)
        noise = _noise_lines(text, codec, high) if high else []
        if noise:
            strict, loose = _outside(strict, noise), _outside(loose, noise)
        if lossy and strict and _few_undefined(single_byte(codec).undefined):
            loose = sorted(loose + _lone_shorts(text, codec, strict, loose))
        seen = set(strict)
        extra: list[tuple[int, int]] = []
        for start, end in loose:
            for span in ((start, end), *_beside_strict(start, end, strict)):
                if span not in seen:
                    seen.add(span)
                    extra.append(span)
        found.append((codec, strict, extra))
    hidden = set() if pieces else _hidden_runs(text, found)
    out: list[Suspect] = []
    for codec, strict, extra in found:
        out.extend(
            Suspect(start, end, codec)
            for start, end in (*strict, *extra)
            if (start, end, codec) not in hidden
        )
    return out


def _lone_shorts(
    text: str, codec: str, strict: list[tuple[int, int]], loose: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The sequences one byte short that stand alone (see _lone_short) in the lines that
    hold a strict run of ``codec`` (``strict``) and no other character beyond ASCII outside
    its runs (``strict``, ``loose``; both in order).

    Software that drops the bytes its codepage leaves undefined leaves a lead byte alone
    where a character lost its second byte ("Ãngel" is "Ángel", the 81 of "Á" gone). A
    lone "Ã" or "Ä" is a letter of clean text as often: only a line that is UTF-8 shown by
    ``codec`` from end to end, its runs and such leads all it holds beyond ASCII, tells that
    the byte was lost ("Привет, РјРёСЂ!" is clean Russian beside a damaged word).
    """
    pattern = _lone_short(codec)
    table = single_byte(codec)
    runs = sorted(strict + loose)
    starts = [start for start, _ in runs]
    strict_starts = [start for start, _ in strict]
    out: list[tuple[int, int]] = []
    line_end = -1
    for k, (first, _) in enumerate(strict):
        if first < line_end:
            continue  # (a line already looked through)
        line_start = text.rfind("\n", 0, first) + 1
        line_end = text.find("\n", first)
        line_end = len(text) if line_end < 0 else line_end
        inside = runs[bisect_ints_left(starts, line_start) : bisect_ints_left(starts, line_end)]
        index = _overlap_index(inside)
        lone = [
            m.span()
            for m in pattern.finditer(text, line_start, line_end)
            if not _overlaps(index, *m.span())
        ]
        if lone and not _non_ascii_outside(text, line_start, line_end, sorted(inside + lone)):
            scripts = {
                char_info(c).script
                for start, end in strict[k : bisect_ints_left(strict_starts, line_end)]
                for c in _utf8_of(table.bytes_of(text[start:end]))
            }
            out.extend(
                (start, end)
                for start, end in lone
                if _completed_fits(table.to_bytes(text[start:end]), table.undefined, scripts)
            )
    return out


def _utf8_of(data: bytes | None) -> str:
    """``data`` read as UTF-8, or "" where it is not (or None)."""
    try:
        return data.decode("utf-8") if data is not None else ""
    except UnicodeDecodeError:
        return ""


def _completed_fits(data: bytes, undefined: bytes, scripts: set[str]) -> bool:
    """Whether ``data``, a UTF-8 sequence one byte short, completed with some byte of
    ``undefined``, makes a character of no script (a sign) or of one of ``scripts``, the
    scripts of the letters the line's other damage shows, if it shows any ("Õ…" of clean
    Portuguese "INSCRIÇÕ…" is Armenian "Յ" by chance, and says nothing of its "Ã" before
    "O"; "â‚¬" is "€", and leaves "Ä" of "gorÄico" free to be "č")."""
    letters = scripts - {""}
    for byte in undefined:
        read = _utf8_of(data + bytes([byte]))
        if read and (not letters or char_info(read).script in letters | {""}):
            return True
    return False


def _non_ascii_outside(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``text[start:end]`` holds a character beyond ASCII outside ``spans`` (in
    order of start)."""
    pos = start
    for span_start, span_end in spans:
        if span_start > pos and _NON_ASCII_RUN.search(text, pos, span_start):
            return True
        pos = max(pos, span_end)
    return _NON_ASCII_RUN.search(text, pos, end) is not None


@cache
def _lone_short(codec: str) -> re.Pattern[str]:
    """A 2-byte UTF-8 lead as ``codec`` shows it, followed by neither a continuation, a lost
    byte's mark, a space nor the end of the text (before a space, a lead is a run of its
    own: a lost no-break space, see run_pattern); or a 3-byte lead and one continuation
    followed by neither a continuation nor a lost byte's mark (at the end of a line too:
    "EMINESCUâ€" lost the 9D of "”")."""
    table = single_byte(codec)
    marks = table.decode[0x80:0xC0] + LOST
    after2 = char_class(marks + " \t\r\n")
    after3 = char_class(marks)
    return re.compile(f"{table.lead2}(?!{after2}|$)|{table.lead3}{table.cont}(?!{after3})")


def _hidden_runs(
    text: str, found: list[tuple[str, list[tuple[int, int]], list[tuple[int, int]]]]
) -> set[tuple[int, int, str]]:
    """The runs (start, end, codec) of ``found`` (each codec's strict runs and its runs with
    lost bytes, as _suspects_in finds them) that are part of a longer strict run of a codec
    no less likely (``prior``), whose UTF-8 writes letters of one script at most, and that no
    run with lost bytes touches (one of its own codec's, or one holding a lost byte's mark).

    UTF-8 that cp1252 showed is a strict run of cp1252 from end to end, and Latin-1, ISO
    8859-15 and cp1250, which show most of its characters alike, see pieces of it: "Ð¢Ð°Ñ€"
    is one cp1252 run and two Latin-1 ones, "€" being no Latin-1 character, and cp1250,
    which leaves bytes undefined, reads each "Î" of Greek as a sequence whose second byte
    was dropped. A piece reads as the whole run does there or worse, and each piece was a
    candidate to score and, in every pass, to score again. The pieces stay where the longer
    run may be no UTF-8 at all (its letters of two scripts, as chance makes them of legacy
    bytes: "Ã¹Ù¸" of Korean cp949 is "ùٸ"), or where bytes were lost (it may read only part
    of the damage right).
    """
    # The runs with lost bytes that count against each codec's runs: those of that codec, and
    # those of any codec that hold what software writes for a lost byte (or a space, for a
    # lost no-break space). (Elsewhere a codec that leaves bytes undefined sees sequences one
    # byte short by chance: cp1250's "Î" of Greek that cp1252 showed.) The marked ones are
    # indexed once for all codecs, each codec's own ones apart.
    marked = _overlap_index(
        [span for _, _, extra in found for span in extra if _holds_lost(text, *span)]
    )
    own = {codec: _overlap_index(extra) for codec, _, extra in found}

    def may_hide(start: int, end: int, codec: str) -> bool:
        if _overlaps(marked, start, end) or _overlaps(own[codec], start, end):
            return False
        data = single_byte(codec).bytes_of(text[start:end])
        try:
            # (The run patterns take sequences UTF-8 forbids too: overlong ones, surrogates.)
            read = data.decode("utf-8") if data is not None else ""
        except UnicodeDecodeError:
            return False
        return len({char_info(c).script for c in read} - {""}) <= 1

    # Every strict run of every codec, by start, may hold the runs that start where it does
    # or after it. One sweep over all runs in order: the strict runs of one codec are apart,
    # so at most one of each codec holds a given point, and a run asks only those.
    outer_runs = sorted(
        (start, end, other, prior("utf-8", other))
        for other, strict, _ in found
        for start, end in strict
    )
    inner_runs = sorted(
        (start, end, codec, prior("utf-8", codec))
        for codec, strict, extra in found
        for start, end in (*strict, *extra)
    )
    outers: dict[tuple[int, int, str], bool] = {}
    hidden: set[tuple[int, int, str]] = set()
    active: list[tuple[int, int, str, float]] = []
    k = 0
    for start, end, codec, rank in inner_runs:
        while k < len(outer_runs) and outer_runs[k][0] <= start:
            active.append(outer_runs[k])
            k += 1
        active = [run for run in active if run[1] > start]
        for outer_start, outer_end, other, other_rank in active:
            if (
                other == codec
                or other_rank < rank
                or end > outer_end
                or (outer_start, outer_end) == (start, end)
            ):
                continue
            key = (outer_start, outer_end, other)
            if key not in outers:
                outers[key] = may_hide(*key)
            if outers[key]:
                hidden.add((start, end, codec))
                break
    return hidden


#: Spans by start, with the furthest end up to each: see _overlap_index.
_OverlapIndex: TypeAlias = tuple[list[int], list[int]]


def _overlap_index(spans: list[tuple[int, int]]) -> _OverlapIndex:
    """``spans`` made ready for _overlaps: their starts in order, and the furthest end of the
    spans up to each, so that whether any overlaps a span is one search."""
    ordered = sorted(spans)
    reach: list[int] = []
    for _, end in ordered:
        reach.append(max(end, reach[-1]) if reach else end)
    return [start for start, _ in ordered], reach


def _overlaps(index: _OverlapIndex, start: int, end: int) -> bool:
    """Whether some span of ``index`` (see _overlap_index) overlaps ``start``–``end``."""
    starts, reach = index
    i = bisect_ints_left(starts, end)  # (the spans that start before ``end``)
    return i > 0 and reach[i - 1] > start


_LOST_OR_SPACE: Final = re.compile(f"[{re.escape(LOST)} ]")


def _holds_lost(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds what software writes for a lost byte, or a space."""
    return _LOST_OR_SPACE.search(text, start, end) is not None


#: A line shorter than this is not judged by _noise_lines.
_NOISE_LINE: Final = 40
#: Characters that show bytes UTF-8 never holds, in a line _noise_lines judges, that make
#: it none that a codepage showed.
_NOISE_BYTES: Final = 2
#: A line of _NOISE_LINE characters or more with no ASCII in it (its line break aside).
_HIGH_LINE: Final = re.compile(f"(?m)^[^\\x00-\\x7f]{{{_NOISE_LINE},}}(?=\\r?$)")


def _high_lines(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines within ``lines`` (whole lines, see _runs_in) of _NOISE_LINE characters or
    more with no ASCII in them, in order: where _noise_lines looks."""
    return _runs_in(_HIGH_LINE, text, lines)


def _noise_lines(text: str, codec: str, high: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of ``high`` (see _high_lines) that are not UTF-8 ``codec`` showed, in order:
    those where ``codec`` shows _NOISE_BYTES characters or more for bytes that UTF-8 never
    holds (C0, C1, F5–FF).

    UTF-8 that a codepage showed holds none of those bytes (whatever bytes it lost), so a
    line holding them is not UTF-8 throughout; and text written in a codepage's letters,
    where UTF-8 damage may sit among clean words, parts its words with ASCII spaces and
    punctuation. A long line of high characters alone, holding such bytes, is neither: it is
    bytes of something else (binary data, or East Asian text in a legacy encoding, which is
    read as such elsewhere), and the UTF-8 sequences it holds here and there are there by
    chance: a line of random bytes holds dozens, each a repair to judge.
    """
    never = _never_in_utf8(codec)
    return [
        (start, end)
        for start, end in high
        if sum(1 for _ in itertools.islice(never.finditer(text, start, end), _NOISE_BYTES))
        >= _NOISE_BYTES
    ]


@cache
def _never_in_utf8(codec: str) -> re.Pattern[str]:
    """What ``codec`` shows for the bytes that UTF-8 never holds: C0, C1 and F5–FF."""
    table = single_byte(codec).decode
    return re.compile(char_class(table[0xC0:0xC2] + table[0xF5:]))


def _outside(runs: list[tuple[int, int]], lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``runs`` that start in none of ``lines`` (both in order; lines apart)."""
    out = []
    i = 0
    for run in runs:
        while i < len(lines) and lines[i][1] <= run[0]:
            i += 1
        if i == len(lines) or run[0] < lines[i][0]:
            out.append(run)
    return out


def _lines_matching(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The lines of ``text`` where ``pattern`` matches, each with its line break, those that
    follow one another as one span."""
    out: list[tuple[int, int]] = []
    n = len(text)
    found = pattern.search(text)
    while found is not None:
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.end())
        end = n if end < 0 else end + 1
        if out and out[-1][1] == start:
            start = out.pop()[0]
        out.append((start, end))
        found = pattern.search(text, end) if end < n else None
    return out


def _runs_in(
    pattern: re.Pattern[str], text: str, spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Every run of ``pattern`` in ``text`` within ``spans`` (whole lines, with their line
    breaks, which no run holds): what a scan of the whole text finds there."""
    return [m.span() for start, end in spans for m in pattern.finditer(text, start, end)]


def _lossy_runs_in(
    pattern: re.Pattern[str], text: str, spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """_runs_in() of a lossy run_pattern(), and of each run that starts one byte short, the
    run without that sequence as well, in order: where the rest of the run holds a lost byte
    too, the run is not read whole (see _dropped_inside)."""
    out = []
    short = "short" in pattern.groupindex  # (only codecs that leave bytes undefined)
    for start, end in spans:
        for m in pattern.finditer(text, start, end):
            out.append(m.span())
            if short and m.start("short") >= 0:
                out.append((m.end("short"), m.end()))
    return out


def _beside_strict(start: int, end: int, strict: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of a lossy run that no strict run inside it covers.

    A lossy run joins a sequence that lost a byte to the strict runs beside it; if the strict
    run alone is the better repair, the lossy sequence must still be proposed on its own
    ("× " before "×ž×¨×’×™" is Hebrew "נ" with its A0 shown as a space).
    """
    i = bisect_left(strict, (start, -1))
    inside = []
    while i < len(strict) and strict[i][1] <= end:
        inside.append(strict[i])
        i += 1
    if not inside:
        return []
    parts, pos = [], start
    for s, e in inside:
        if s > pos:
            parts.append((pos, s))
        pos = e
    if pos < end:
        parts.append((pos, end))
    return parts


#: Characters UTF-8 read as an East Asian codec turns into: CJK ideographs and punctuation,
#: kana (half-width too), Hangul. A text with none of them has no such mojibake.
_CJK_HINT: Final = "[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\uff61-\uff9f]"
#: Any character from U+3000 up: a text with none has no East Asian character to look for.
_FROM_U3000: Final = re.compile("[^\x00-\u2fff]")


def holds_east_asian(text: str) -> bool:
    """Whether ``text`` holds a character of _CJK_HINT.

    (Its class and the others built on East Asian ranges are compiled on the first text that
    needs them: each takes milliseconds, a range's every code point set one at a time.)
    """
    return (
        _FROM_U3000.search(text) is not None
        and east_asian_class(_CJK_HINT).search(text) is not None
    )


@cache
def east_asian_class(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled, once, when first asked for (see holds_east_asian)."""
    return re.compile(pattern)


def count_east_asian(pattern: str, text: str) -> int:
    """How many times ``pattern``, which matches nothing without a character from U+3000 up,
    matches in ``text``; compiled only once some text holds one."""
    if _FROM_U3000.search(text) is None:
        return 0
    return len(east_asian_class(pattern).findall(text))


_NON_ASCII_RUN: Final = re.compile("[^\x00-\x7f]+")
#: Well-formed UTF-8. ASCII bytes belong in it: an East Asian character's second byte may be
#: ASCII (Shift_JIS 0x40–0x7E), and so was the character after it in the UTF-8 original.
_UTF8_RUN: Final = re.compile(
    rb"(?:[\x00-\x7f]|[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
    rb"|[\xf0-\xf4][\x80-\xbf]{3})+"
)


def find_cjk_suspects(
    text: str, codec: str, runs: Sequence[tuple[int, int]] | None = None
) -> list[tuple[int, int, bytes]]:
    """Spans of ``text`` whose bytes in the East Asian ``codec`` are well-formed UTF-8.

    Returns (start, end, bytes) with the span's bytes, cut at a character boundary of both
    encodings, for every such stretch of at least two characters. ``runs``: hinted_runs(text),
    where the caller has them (they are the same for every codec).
    """
    out: list[tuple[int, int, bytes]] = []
    for start, end in hinted_runs(text) if runs is None else runs:
        if codec in _AT_MOST_TWO_BYTES:
            # One call encodes the run; "?" (never a byte of these codecs' characters) marks
            # each character the codec lacks. If every other character took two bytes, the
            # pieces between the marks map back to the text by halving.
            data = text[start:end].encode(codec, "replace")
            pieces = data.split(b"?")
            if len(data) - (len(pieces) - 1) == 2 * (end - start - (len(pieces) - 1)):
                pos = start
                for piece in pieces:
                    out.extend(_two_byte_stretches(pos, piece))
                    pos += len(piece) // 2 + 1
                continue
        for piece_start, piece_end, data in _encodable_pieces(text, start, end, codec):
            if len(data) == 2 * (piece_end - piece_start):
                out.extend(_two_byte_stretches(piece_start, data))
            else:
                out.extend(_mixed_run(text, piece_start, piece_end, codec))
    return out


def find_cjk_holes(text: str, codec: str) -> list[tuple[int, int, bytes, tuple[Hole, ...]]]:
    """Spans of ``text`` holding U+FFFD or "?" whose bytes in the East Asian ``codec``, one
    byte lost at each, are well-formed UTF-8.

    Software that decodes leniently turns each byte it cannot pair into one U+FFFD (Python's
    ``errors="replace"``) or "?" (PHP): UTF-8 read as GBK leaves "澶�閮�" or "澶?閮?" of
    "太郎". A "?" stands for a lost byte only where a UTF-8 sequence needs one (a lost
    continuation byte); elsewhere it is a question mark.

    Returns (start, end, bytes, holes): the span's bytes, with a stand-in at each lost byte
    that keeps the UTF-8 well-formed (the sequence's shape tells a lead from a continuation
    byte), and each hole's offset in them with the byte the codec read after it (None at the
    end of the text, or where another mark follows). Each stretch comes with the narrowest
    spans around each of its holes where both encodings are at a character boundary.
    """
    out: list[tuple[int, int, bytes, tuple[Hole, ...]]] = []
    if "\ufffd" not in text and "?" not in text:
        return out
    for start, end in _marked_runs(text):
        if not east_asian_class(_CJK_START).search(text, start, end):
            continue
        piece_start = start
        pieces: list[bytes] = []
        for i in range(start, end + 1):
            char = text[i] if i < end else ""
            data = _MARKS.get(char) if char in _MARKS else char_bytes(char, codec) if char else None
            if data is None or (data and data[0] < 0x80 and char != "?"):
                out.extend(_hole_stretches(text, piece_start, pieces, codec))
                pieces, piece_start = [], i + 1
            else:
                pieces.append(data)
    return out


def _marked_runs(text: str) -> Iterator[tuple[int, int]]:
    """The maximal runs of characters beyond ASCII and "?" in ``text`` that hold a U+FFFD or
    a "?", in order."""
    return _runs_around(text, _MARK, _RUN_BREAK)


#: A mark a lenient decoder may leave for a lost byte, and what ends a run around one:
#: ASCII but "?".
_MARK: Final = re.compile("[?\ufffd]")
_RUN_BREAK: Final = re.compile("[\x00-\x3e\x40-\x7f]")
#: What a lenient decoder leaves for a lost byte, as a piece of _hole_stretches: U+FFFD is
#: one for sure (b""), "?" may be one (b"?").
_MARKS: Final = {"\ufffd": b"", "?": b"?"}


#: A lost byte: its offset, the byte the codec read after it (None: none, or unknown), and
#: the mark the decoder left for it (U+FFFD or "?").
Hole: TypeAlias = tuple[int, int | None, str]


def _hole_stretches(
    text: str, start: int, pieces: list[bytes], codec: str
) -> list[tuple[int, int, bytes, tuple[Hole, ...]]]:
    """find_cjk_holes() of the characters ``pieces`` encode from ``start`` on (see _MARKS)."""
    if b"" not in pieces and b"?" not in pieces:
        return []
    made = _stand_ins(pieces)
    if made is None:
        return []
    filled, lost_pieces = made
    bounds = list(itertools.accumulate((max(1, len(p)) for p in pieces[:-1]), initial=0))
    lost = {}
    for i in lost_pieces:
        after = text[start + i + 1 : start + i + 2]
        data = char_bytes(after, codec) if after and after not in _MARKS else None
        lost[bounds[i]] = (data[0] if data else None, text[start + i])
    return _stretches_with_holes(start, filled, bounds, lost)


def find_cjk_drops(
    text: str,
    codec: str,
    suspects: list[tuple[int, int, bytes]],
    runs: Sequence[tuple[int, int]] | None = None,
) -> list[tuple[int, int, bytes, tuple[Hole, ...]]]:
    """find_cjk_holes() of text decoded by software that drops what it cannot read
    (Python's ``errors="ignore"``): UTF-8 read as GBK leaves "澶閮" of "太郎", no mark.

    A byte dropped after a sequence one byte short, before a byte that starts another (or
    at the end of a run), is taken as lost there: "澶" is E5 A4, "閮" starts with E9; so is
    one dropped between two characters of the codec that a sequence one byte short spans
    (see _dropped_stretches). A sequence two bytes short, or a run of continuation bytes
    with no lead, is left as it is.

    Only runs that ``suspects`` (find_cjk_suspects of the same codec) mostly cover are
    read: between the bytes lost, the rest of such a run is whole UTF-8, where East Asian
    text lines up as UTF-8 here and there by chance only.
    """
    out: list[tuple[int, int, bytes, tuple[Hole, ...]]] = []
    starts = [s for s, _e, _d in suspects]
    for start, end in hinted_runs(text) if runs is None else runs:
        k = bisect_ints_left(starts, start)
        spans = []
        while k < len(suspects) and suspects[k][0] < end:
            spans.append((suspects[k][0], suspects[k][1]))
            k += 1
        if not _DROPS_FEW <= end - start <= _DROPS_SHORT and sum(
            e - s for s, e in spans
        ) < _DROPS_SEEN * (end - start):
            continue  # (most runs of East Asian text: see _DROPS_SEEN)
        found = []
        piece_start = start
        pieces: list[bytes] = []
        for i in range(start, end + 1):
            data = char_bytes(text[i], codec) if i < end else None
            if data is None or data[0] < 0x80:
                found.extend(_dropped_stretches(text, piece_start, pieces, codec))
                pieces, piece_start = [], i + 1
            else:
                pieces.append(data)
        # (Whole UTF-8 once the lost bytes are put back, as mojibake is; see _covered_by.)
        if _covered_by(spans + [(s, e) for s, e, _d, _h in found]) >= _DROPS_COVERED * (
            end - start
        ):
            out.extend(found)
    return out


def _covered_by(spans: list[tuple[int, int]]) -> int:
    """How many positions the union of ``spans`` covers."""
    total = 0
    reach = -1
    for s, e in sorted(spans):
        if e > reach:
            total += e - max(s, reach)
            reach = e
    return total


#: The least share of a run that whole UTF-8 stretches must cover, once its dropped bytes
#: are put back, for them to be read (see find_cjk_drops): a run of East Asian text lines up
#: as UTF-8 here and there by chance only.
_DROPS_COVERED: Final = 0.3
#: The least share of a run that whole UTF-8 stretches must cover before its bytes are put
#: back, unless it is _DROPS_FEW to _DROPS_SHORT characters long: a run of clean East Asian
#: text is not read byte by byte. (A byte dropped in every third character leaves few whole:
#: "宸ュ巶鍒堕犱簡寰堝氭苯杞", 工厂制造了很多汽车, that dropped three, holds one, "宸ュ巶";
#: a short run may hold none: "澶у︽皸", 大学気. One or two characters alone, that hold no
#: whole sequence, are as likely a word of clean text.)
_DROPS_SEEN: Final = 0.1
_DROPS_FEW: Final = 3
_DROPS_SHORT: Final = 12


def _dropped_stretches(
    text: str, start: int, pieces: list[bytes], codec: str
) -> list[tuple[int, int, bytes, tuple[Hole, ...]]]:
    """find_cjk_drops() of the characters ``pieces`` encode from ``start`` on.

    A byte is dropped only where the codec starts a character: at the end of a piece (see
    find_cjk_drops), or between two pieces that a sequence spans, where the sequence comes
    out one byte short inside the second ("造" is E9 80 A0; GBK reads "鍒堕" of B6 E9, drops
    80, which it cannot pair, and reads "犺" of A0 E8: E9 A0 meets the next lead inside
    "犺", so 80 was lost after E9, the only place the codec could drop it)."""
    need = 0
    lost: dict[int, tuple[int | None, str]] = {}
    filled: list[bytes] = []
    offset = 0
    lead = 0
    lead_piece = -1  # (the piece the sequence being read starts in)
    for k, piece in enumerate(pieces):
        for j, b in enumerate(piece):
            if 0x80 <= b < 0xC0:
                need -= 1
                continue
            if need == 1 and j > 0 and lead_piece == k - 1:
                # One byte short, and the one place the codec could drop it: after piece
                # k - 1 (a stand-in keeps the UTF-8 well formed; see _hole_options).
                first = filled[-1][-1] == lead
                filled[-1] += bytes([_FIRST_AFTER.get(lead, 0x80) if first else 0x80])
                lost[offset] = (piece[0], "\ufffd")
                offset += 1
            need, lead, lead_piece = UTF8_FOLLOWERS.get(b, 0), b, k
        filled.append(piece)
        offset += len(piece)
        following = pieces[k + 1][0] if k + 1 < len(pieces) else None
        if need == 1 and (following is None or not 0x80 <= following < 0xC0):
            if following is None:
                after = text[start + k + 1 : start + k + 2]
                if after in _MARKS or not after.isascii():
                    # (A mark: a byte lost there left it, see find_cjk_holes. Or a character
                    # the codec never shows: the bytes were not read by it alone.)
                    need = 0
                    continue
                following = ord(after) if after else None
            lost[offset] = (following, "\ufffd")
            filled[-1] = piece + b"\x80"
            offset += 1
            need = 0
    if not lost:
        return []
    bounds = list(itertools.accumulate((len(p) for p in filled[:-1]), initial=0))
    return _stretches_with_holes(start, b"".join(filled), bounds, lost)


def _stretches_with_holes(
    start: int, filled: bytes, bounds: list[int], lost: dict[int, tuple[int | None, str]]
) -> list[tuple[int, int, bytes, tuple[Hole, ...]]]:
    """Each stretch of ``filled`` (the bytes of characters from ``start`` on, each starting
    at ``bounds``, a stand-in at each byte offset of ``lost``) that holds a lost byte, and
    within it the narrowest span around each lost byte where both encodings are at a
    character boundary; ``lost`` tells the byte read after each lost one and its mark."""
    index = {b: i for i, b in enumerate(bounds)}
    index[len(filled)] = len(bounds)
    offsets = sorted(lost)
    out = []
    for s, e, chunk in _utf8_stretches(start, filled, bounds):
        first = bounds[s - start]
        last = bounds[e - start] if e - start < len(bounds) else len(filled)
        inside = offsets[bisect_ints_left(offsets, first) : bisect_ints_left(offsets, last)]
        if not inside:
            continue
        out.append((s, e, chunk, tuple((at - first, *lost[at]) for at in inside)))
        # Where both encodings are at a character boundary in the stretch.
        common = [pos for pos in sequence_bounds(filled, first, last) if pos in index]
        narrows = {}  # (each piece once, though it hold several lost bytes)
        for at in inside:
            k = bisect_ints_left(common, at + 1)
            if k < len(common):
                narrows[common[k - 1]] = common[k]
        for a, b in narrows.items():
            if (a, b) != (first, last):
                near = offsets[bisect_ints_left(offsets, a) : bisect_ints_left(offsets, b)]
                holes = tuple((at - a, *lost[at]) for at in near)
                out.append((start + index[a], start + index[b], filled[a:b], holes))
    return out


def _stand_ins(pieces: list[bytes]) -> tuple[bytes, list[int]] | None:
    """The bytes of ``pieces`` with a stand-in for each lost one that keeps the UTF-8
    well-formed, and which pieces were lost (see _MARKS); None where no stand-in can."""
    data = bytearray()
    lost = []
    need = 0  # continuation bytes the sequence being read still needs
    lead = 0
    for k, piece in enumerate(pieces):
        if piece and (piece != b"?" or need == 0):
            for b in piece:
                if 0x80 <= b < 0xC0:
                    need -= 1
                else:
                    need, lead = UTF8_FOLLOWERS.get(b, 0), b
            data += piece
            continue
        lost.append(k)
        if need > 0:
            # A continuation byte; the first after E0 or F0 has a narrower range.
            first = data[-1] == lead
            data.append(_FIRST_AFTER.get(lead, 0x80) if first else 0x80)
            need -= 1
            continue
        follow = b"".join(pieces[k + 1 : k + 4])
        count = len(follow) - len(follow.lstrip(bytes(range(0x80, 0xC0))))
        if not 1 <= count <= 3:
            return None
        lead = (0xC2, 0xE1, 0xF1)[count - 1]
        data.append(lead)
        need = count
    return bytes(data), lost


def sequence_bounds(data: bytes, start: int = 0, end: int | None = None) -> list[int]:
    """Where each UTF-8 sequence of well-formed ``data[start:end]`` starts (a byte that is
    no lead counts as one of its own), and where the last one ends."""
    end = len(data) if end is None else end
    bounds = [start]
    pos = start
    while pos < end:
        pos += UTF8_FOLLOWERS.get(data[pos], 0) + 1
        bounds.append(pos)
    return bounds


def whole_sequences(data: bytes, lost: set[int]) -> int:
    """How many UTF-8 sequences of two bytes or more in well-formed ``data`` hold none of
    the byte offsets ``lost``."""
    bounds = sequence_bounds(data)
    return sum(
        1
        for start, end in itertools.pairwise(bounds)
        if end - start > 1 and lost.isdisjoint(range(start, end))
    )


#: How many continuation bytes each UTF-8 lead byte takes.
UTF8_FOLLOWERS: Final = {
    **dict.fromkeys(range(0xC2, 0xE0), 1),
    **dict.fromkeys(range(0xE0, 0xF0), 2),
    **dict.fromkeys(range(0xF0, 0xF5), 3),
}
#: The first continuation byte a stand-in may be after a lead byte that narrows it.
_FIRST_AFTER: Final = {0xE0: 0xA0, 0xF0: 0x90}


def _two_byte_stretches(start: int, data: bytes) -> list[tuple[int, int, bytes]]:
    """_utf8_stretches() of a piece whose every character took two bytes, the first high."""
    if not _UTF8_SEQUENCE.search(data):
        return []
    return _utf8_stretches(start, data, range(0, len(data), 2))


#: East Asian codecs whose characters take one or two bytes, never "?" (0x3F) among them.
_AT_MOST_TWO_BYTES: Final = frozenset(("gbk", "big5", "cp932", "shift_jis", "cp949"))
#: How many characters are encoded at a time while looking for one the codec lacks.
_ENCODE_WINDOW: Final = 256


def _encodable_pieces(
    text: str, start: int, end: int, codec: str
) -> Iterator[tuple[int, int, bytes]]:
    """The stretches of ``text[start:end]`` that ``codec`` can encode, with their bytes.

    A character the codec lacks ends a stretch. The text is encoded a window at a time, so
    that a run full of such characters (random CJK in Big5) costs linear time.
    """
    pos = start
    while pos < end:
        chunks: list[bytes] = []
        cursor, stop, resume = pos, end, end
        while cursor < end:
            window_end = min(end, cursor + _ENCODE_WINDOW)
            try:
                chunks.append(text[cursor:window_end].encode(codec))
            except UnicodeEncodeError as error:
                stop, resume = cursor + error.start, cursor + error.end
                chunks.append(text[cursor:stop].encode(codec))
                break
            cursor = window_end
        if stop > pos:
            yield pos, stop, b"".join(chunks)
        pos = resume


#: Where a stretch of UTF-8 read as an East Asian codec begins, the codec shows a character
#: whose first byte is a UTF-8 lead byte (C2–F4): an ideograph, a syllable, half-width kana
#: or, in Microsoft's codepages, a private-use character. Runs without one are skipped. (The
#: exceptions, Big5's C7 row of Cyrillic and cp932's EE row of Roman numerals, would be UTF-8
#: for rare Latin letters and private-use characters only.)
_CJK_START: Final = _CJK_HINT[:-1] + "\ue000-\uf8ff]"
_ASCII: Final = re.compile("[\x00-\x7f]")
#: One multi-byte UTF-8 sequence: a stretch holds at least one.
_UTF8_SEQUENCE: Final = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def hinted_runs(text: str) -> list[tuple[int, int]]:
    """The maximal non-ASCII runs of ``text`` that hold an East Asian character, in order."""
    return list(_runs_around(text, east_asian_class(_CJK_START), _ASCII))


def _runs_around(
    text: str, seeds: re.Pattern[str], breaks: re.Pattern[str]
) -> Iterator[tuple[int, int]]:
    """The maximal runs of ``text`` without a character of ``breaks`` that hold a match of
    ``seeds``, in order: each found from a seed outwards, in linear time however long."""
    reversed_text = ""
    end = 0
    for seed in seeds.finditer(text):
        at = seed.start()
        if at < end:
            continue
        if not reversed_text:
            reversed_text = text[::-1]
        before = breaks.search(reversed_text, len(text) - at)
        start = len(text) - before.start() if before else 0
        after = breaks.search(text, at)
        end = after.start() if after else len(text)
        yield start, end


def _mixed_run(text: str, start: int, end: int, codec: str) -> list[tuple[int, int, bytes]]:
    """find_cjk_suspects() one character at a time, for a run of mixed byte lengths."""
    out: list[tuple[int, int, bytes]] = []
    pieces: list[bytes] = []
    bounds: list[int] = []  # byte offset of each character's start
    offset = 0
    for i in range(start, end + 1):
        data = char_bytes(text[i], codec) if i < end else None
        if data is None or not data or data[0] < 0x80:
            joined = b"".join(pieces)
            # (Without one multi-byte UTF-8 sequence the bytes hold no stretch.)
            if pieces and _UTF8_SEQUENCE.search(joined):
                out.extend(_utf8_stretches(start, joined, bounds))
            pieces, bounds, offset = [], [], 0
            start = i + 1
            continue
        bounds.append(offset)
        pieces.append(data)
        offset += len(data)
    return out


def _utf8_stretches(start: int, data: bytes, bounds: Sequence[int]) -> list[tuple[int, int, bytes]]:
    # Where every character took two bytes (see _two_byte_stretches), character i starts at
    # byte 2i: no index of the boundaries is needed.
    even = (
        isinstance(bounds, range)
        and bounds.start == 0
        and bounds.step == 2
        and len(data) == 2 * len(bounds)
    )
    index: dict[int, int] = {}
    if not even:
        index = {b: i for i, b in enumerate(bounds)}
        index[len(data)] = len(bounds)
    out = []
    for m in _UTF8_RUN.finditer(data):
        # Walk the UTF-8 sequences; keep the first and last offsets where both encodings
        # are at a character boundary.
        pos = m.start()
        common = []
        while pos <= m.end():
            if (pos % 2 == 0) if even else (pos in index):
                common.append(pos)
            if pos == m.end():
                break
            lead = data[pos]
            pos += 1 if lead < 0x80 else 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
        if len(common) >= 2:
            if even:
                first, last = common[0] // 2, common[-1] // 2
            else:
                first, last = index[common[0]], index[common[-1]]
            chunk = data[common[0] : common[-1]]
            # One character alone is a stretch only where it stands alone (a one-letter word
            # such as "и" is GBK "懈" between spaces); inside a run of East Asian text it is
            # chance, and random text is full of such chances.
            wide_enough = last - first >= 2 or len(bounds) == 1
            if last > first and wide_enough and not chunk.isascii():
                out.append((start + first, start + last, chunk))
    return out


@cache
def legacy_pattern(read_as: str, multibyte: bool) -> re.Pattern[str]:
    """Runs of the characters single-byte ``read_as`` shows for bytes 80–FF.

    For a multi-byte legacy encoding the second byte of a character may be ASCII (GBK's
    trail bytes start at 0x40), so a run may take one such character after each high one.
    """
    high = single_byte(read_as).high
    if multibyte:
        return re.compile(f"(?:{high}[@-~]?)+")
    return re.compile(high + "+")


def find_legacy_suspects(text: str, read_as: str, multibyte: bool) -> list[tuple[int, int]]:
    """Runs of ``text`` that single-byte ``read_as`` could have shown for legacy bytes."""
    return [m.span() for m in legacy_pattern(read_as, multibyte).finditer(text)]


def holds_unshown_letter(text: str, start: int, end: int, read_as: str) -> bool:
    """Whether ``text[start:end]`` holds a letter beyond ASCII that single-byte ``read_as``
    never shows."""
    foreign = _foreign_char(read_as)
    found = foreign.search(text, start, end)
    while found is not None:
        if found.group().isalpha():
            return True
        found = foreign.search(text, found.end(), end)
    return False


@cache
def _foreign_char(read_as: str) -> re.Pattern[str]:
    """Characters single-byte ``read_as`` never shows (neither ASCII nor shown for 80–FF)
    that are word characters: letters among them (a regular expression tells no letter, but
    a letter is a word character, and most of what a misread makes is none: C1 controls)."""
    return re.compile("(?=\\w)[^\x00-\x7f" + single_byte(read_as).high[1:])


#: The codepages whose words find_non_ascii_words() tells apart, each by one bit.
_SHOWING: Final = tuple(sorted(SINGLE_BYTE))


def _showing(c: str) -> int:
    """Which of _SHOWING show ``c`` for a byte 80–FF (bit ``1 << k + 1`` for the k-th one),
    and bit 1 if ``c`` is a letter."""
    bits = int(c.isalpha())
    for k, codec in enumerate(_SHOWING):
        if c in shown_chars(codec):
            bits |= 2 << k
    return bits


#: _showing() of each character, memoized.
_shows: Final = short_key_memo(maxsize=1 << 15)(_showing)

#: A word: its start and end; which codepages show one of its characters, and which ones show
#: every letter it holds beyond ASCII (each a bit, as _shows() gives them).
Word = tuple[int, int, int, int]


#: A word holding a character beyond ASCII, words being what lies between ASCII white space (a
#: no-break space may be a legacy letter, and does not end one). It must start where a word
#: does, so that each word is scanned once: from its start over its ASCII characters
#: (possessively), to a character beyond ASCII, and on to its end.
_NON_ASCII_WORD: Final = re.compile(
    r"(?<![^ \t\n\r\f\v])[\x00-\x08\x0e-\x1f\x21-\x7f]*+[^\x00-\x7f][^ \t\n\r\f\v]*+"
)


def find_non_ascii_words(text: str) -> list[Word]:
    """The words of ``text`` that hold a character beyond ASCII, in order, words being what
    lies between ASCII white space: what every codepage's find_legacy_words() chooses from."""
    out: list[Word] = []
    for found in _NON_ASCII_WORD.finditer(text):
        start, end = found.span()
        some, every = _word_shows(found.group())
        out.append((start, end, some, every))
    return out


@short_key_memo(maxsize=1 << 11)
def _word_shows(word: str) -> tuple[int, int]:
    """Which codepages show a character of ``word``, and which show each of its letters
    beyond ASCII (see Word). Memoized, as words recur; the commonest words are enough: 16,384
    of them took the command's peak memory 3.7 MB higher on 1 MB of damaged text."""
    some = 0
    every = -1
    for c in word:
        if ord(c) >= 0x80:
            bits = _shows(c)
            some |= bits
            if bits & 1:
                every &= bits
    return some, every


@cache
def shown_chars(read_as: str) -> frozenset[str]:
    """The characters single-byte ``read_as`` shows for bytes 80–FF (none of them ASCII)."""
    return frozenset(single_byte(read_as).decode[0x80:])


def shown_words(words: list[Word], read_as: str) -> list[Word]:
    """Of ``words`` (see find_non_ascii_words), those find_legacy_words() finds for
    single-byte ``read_as``: each holds a character ``read_as`` shows, and no letter beyond
    ASCII that it never shows."""
    bit = showing_bit(read_as)
    return [w for w in words if word_shown(w, bit)]


def word_shown(word: Word, bit: int) -> bool:
    """Whether the codepage whose bit is ``bit`` (see showing_bit) shows ``word``: a character
    of it, and every letter of it beyond ASCII."""
    return bool(word[2] & word[3] & bit)


@cache
def showing_bit(read_as: str) -> int:
    """The bit of single-byte ``read_as`` in a Word's sets of codepages."""
    return 2 << _SHOWING.index(read_as)


def find_legacy_words(text: str, read_as: str) -> list[tuple[int, int]]:
    """The words of ``text`` holding a character single-byte ``read_as`` shows for a byte
    80–FF, in order: (start, end) of each, words being what lies between ASCII white space.

    A word that also holds a letter ``read_as`` never shows was not shown by it: it is a word
    of an alphabet that has that letter ("Ɣedzeƒe" is Ewe, not Japanese shown by cp1252), and
    is left out. Every run find_legacy_suspects() finds lies inside a word, and every word
    found holds one: no run takes in white space.
    """
    return [(w[0], w[1]) for w in shown_words(find_non_ascii_words(text), read_as)]
