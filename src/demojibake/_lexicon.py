"""Which words some language writes: the commonest words of each language with a letter beyond
ASCII, and of each language written in Latin letters its commonest words of ASCII letters
(data/words.bin, derived from wordfreq's word lists, CC BY-SA 4.0).

The letter model (``_model``) knows which letters follow one another, so it prices a word
nobody writes ("pågina") about as well as the word ("página") where both are made of likely
pairs. A word list knows the words themselves. It is asked about the words a misread can
change, so it holds words with a letter beyond ASCII, and only their hashes: 4 bytes for each
of some 183,000 common words of 40 languages, and 8 for each of some 232,000 known ones (and
4 for each of 135,000 plain words, below).

Each language's words come in two tiers: its 5,000 commonest (*common* words) and up to 7,000
more (*known* words). A common word decides on its own: "версия" is Russian, so a line of
capitals that reads as it is KOI8-R in small letters. The more words a list holds, the more
of them some other text spells by chance ("НОЕМ", Bulgarian capitals, is KOI8-R "опен", a
known Serbian word), so the known words are asked (``deep``) only where a legacy reading of a
line is judged, which the line's other words must also allow (Czech "německy" and Turkish
"fabrikaları" are known words), and to tell how far the list knows a line's language.

The 5,000 commonest words of ASCII letters of a language written in Latin letters (*plain*
words) no misread changes, but they tell which language a line is in, where the letter model
has too few letters to (``told_by_words``): "prst skrz krk" is Czech.

Pure functions over a table loaded once, lazily (its languages' runs merged part by part, as they
are asked about); nothing here reaches the network or wordfreq.
"""

from __future__ import annotations

import re
import sys
import zlib
from array import array
from bisect import bisect_left
from functools import lru_cache
from importlib import resources
from typing import Final

from demojibake._model import fold

__all__ = [
    "known_share",
    "languages_of",
    "listed_anywhere",
    "one_run",
    "plain_languages",
    "told_by_words",
]

#: A run of letters and combining marks: what the word list holds words of.
_WORD: Final = re.compile(
    r"(?:[^\W\d_]|[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a"
    r"\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0dff\u1ab0-\u1aff])+"
)


#: Where the hashes start in data/words.bin, after its lines of text.
_DATA: Final = b"# data\n"


#: Where one language's words are in the tables: its common words' run of hashes (start and
#: end), its known words' run of keys, and its plain words' run of hashes.
_Runs = tuple[int, int, int, int, int, int]


@lru_cache(maxsize=1)
def _tables() -> tuple[array[int], array[int], dict[str, _Runs]]:
    """The hashes of every language's common and plain words and the keys of its known
    words, one sorted run per language and tier, and where each run starts and ends (see
    tools/build_lexicon.py)."""
    blob = resources.files("demojibake").joinpath("data", "words.bin").read_bytes()
    if not blob.startswith(b"# demojibake words v4\n") or _DATA not in blob:
        raise RuntimeError(f"data/words.bin has an unknown format: {blob[:40]!r}")
    start = blob.index(_DATA) + len(_DATA)
    head, data = blob[:start], memoryview(blob)[start:]  # (no copy of the hashes)
    runs: dict[str, _Runs] = {}
    hashes, keys = array("I"), array("Q")
    if hashes.itemsize != 4 or keys.itemsize != 8:  # (so on every platform CPython supports)
        raise RuntimeError("array('I') is not 4 bytes or array('Q') not 8 bytes here")
    at = 0
    for line in head.decode("utf-8").splitlines():
        if line.startswith("# languages: "):
            for item in line.removeprefix("# languages: ").split():
                lang, _, counts = item.partition(":")
                common, known, plain = (int(n) for n in counts.split("+"))
                first = len(hashes)
                hashes.frombytes(data[at : at + 4 * common])
                at += 4 * common
                keys.frombytes(data[at : at + 8 * known])
                at += 8 * known
                hashes.frombytes(data[at : at + 4 * plain])
                at += 4 * plain
                runs[lang] = (
                    *(first, first + common),
                    *(len(keys) - known, len(keys)),
                    *(first + common, first + common + plain),
                )
    if sys.byteorder == "big":
        hashes.byteswap()
        keys.byteswap()
    if at != len(data):
        raise RuntimeError("data/words.bin holds another number of words than it says")
    return hashes, keys, runs


def word_hash(word: str) -> int:
    """The hash the list holds for a common word: its CRC-32 (zlib is loaded anyway; hashlib
    would load OpenSSL, 4 MB more of memory)."""
    return zlib.crc32(word.encode("utf-8"))


def known_key(word: str) -> int:
    """The key the list holds for a known word: its CRC-32 and its Adler-32, 64 bits (see
    tools/build_lexicon.py)."""
    data = word.encode("utf-8")
    return zlib.crc32(data) << 32 | zlib.adler32(data)


def _holds(table: array[int], value: int, lo: int, hi: int) -> bool:
    """Whether the sorted run ``table[lo:hi]`` holds ``value``."""
    i = bisect_left(table, value, lo, hi)
    return i < hi and table[i] == value


#: How many words' languages each tier's lookup keeps: a word is looked up in each of some
#: 40 languages' runs, and a text's words recur (a few hundred distinct ones in 0.3 MB of
#: clean multilingual text, where it saves a tenth of the compiled engine's time; more
#: would hold memory the command's bound has no room for).
_KEPT: Final = 512


@lru_cache(maxsize=_KEPT)
def _languages(word: str, deep: bool = False) -> frozenset[str]:
    """The languages that list ``word`` (case-folded, NFC) among their common words, or with
    ``deep`` among their common or known words."""
    hashes, keys, runs = _tables()
    h = word_hash(word)
    key = known_key(word) if deep else 0
    # Most words asked about are no language's (readings of garble): one lookup in every
    # language's words at once says so, where asking each language makes two lookups.
    if not _listed(h, key if deep else None):
        return frozenset()
    return frozenset(
        lang
        for lang, (lo, hi, known_lo, known_hi, _plain_lo, _plain_hi) in runs.items()
        if _holds(hashes, h, lo, hi) or (deep and _holds(keys, key, known_lo, known_hi))
    )


@lru_cache(maxsize=_KEPT)
def plain_languages(word: str) -> frozenset[str]:
    """The languages that list ``word``, of ASCII letters (case-folded), among their plain
    words."""
    hashes, _keys, runs = _tables()
    h = word_hash(word)
    return frozenset(lang for lang, (*_others, lo, hi) in runs.items() if _holds(hashes, h, lo, hi))


#: Capitals shorter than this are an abbreviation more often than a word, and tell no
#: language ("ODS" beside French "MODÈLE" is no Czech "ods").
_ABBREVIATION: Final = 4


def told_by_words(words: list[str]) -> frozenset[str] | None:
    """The languages that list the most of the runs of two letters or more in ``words``
    (among their plain words where a run is ASCII, else among their common or known words),
    where the list knows more than half of the runs; else None. (Short capitals are left
    out: see _ABBREVIATION.)

    The letter model tells a line's language only from ten letter pairs or more, and even
    then short words fit many languages ("tusind lancering fod" reads as English to it). The
    words themselves say it: "prst skrz krk" is Czech, and "Grzegorz" Polish.
    """
    runs = [
        fold(run)
        for w in words
        for run in map(re.Match.group, _WORD.finditer(w))
        if len(run) >= 2 and not (run.isupper() and len(run) < _ABBREVIATION)
    ]
    counts: dict[str, int] = {}
    listed = 0
    for run in runs:
        langs = plain_languages(run) if run.isascii() else _languages(run, deep=True)
        listed += bool(langs)
        for lang in langs:
            counts[lang] = counts.get(lang, 0) + 1
    if not counts or 2 * listed <= len(runs):
        return None
    most = max(counts.values())
    return frozenset(lang for lang, n in counts.items() if n == most)


#: The merged runs (see _merged) are cut by the top bits of a hash or key into 2 ** this many
#: parts, each merged on first use: a short text asks about a few of them, where merging all
#: of them at once cost its first word a tenth of a second.
_PART_BITS: Final = 8


class _Merged:
    """Every language's common words' hashes in sorted runs, one for each part of them
    (_PART_BITS), and its known words' keys likewise, each part merged on first use from the
    languages' sorted runs (see _merged_part): one lookup asks whether any language lists a
    word, where asking each language makes two."""

    def __init__(self) -> None:
        hashes, keys, runs = _tables()
        self.hashes, self.keys = hashes, keys
        self.common_runs = [(r[0], r[1]) for r in runs.values()]
        self.known_runs = [(r[2], r[3]) for r in runs.values()]
        self.common: list[array[int] | None] = [None] * (1 << _PART_BITS)
        self.known: list[array[int] | None] = [None] * (1 << _PART_BITS)


@lru_cache(maxsize=1)
def _merged() -> _Merged:
    """The one _Merged, its parts merged as they are asked for."""
    return _Merged()


def _merged_part(
    parts: list[array[int] | None], table: array[int], runs: list[tuple[int, int]], value: int
) -> array[int]:
    """The run of ``parts`` that would hold ``value``: the values in its part of each of
    ``runs`` (start and end in ``table``, each sorted), merged on first use, sorted, each
    value once."""
    shift = table.itemsize * 8 - _PART_BITS
    n = value >> shift
    part = parts[n]
    if part is None:
        lowest, beyond = n << shift, (n + 1) << shift
        values = array(table.typecode)
        for lo, hi in runs:
            start = bisect_left(table, lowest, lo, hi)
            values.extend(table[start : bisect_left(table, beyond, start, hi)])
        part = parts[n] = array(table.typecode, sorted(set(values)))
    return part


def _listed(h: int, key: int | None) -> bool:
    """Whether some language lists the word whose hash is ``h`` among its common words, or
    whose ``key`` (if asked) among its known words."""
    merged = _merged()
    common = _merged_part(merged.common, merged.hashes, merged.common_runs, h)
    if _holds(common, h, 0, len(common)):
        return True
    if key is None:
        return False
    known = _merged_part(merged.known, merged.keys, merged.known_runs, key)
    return _holds(known, key, 0, len(known))


def listed_anywhere(word: str) -> bool:
    """Whether some language lists each run of letters beyond ASCII of ``word`` among its
    common or known words (not always the same language: see languages_of for that), where
    it holds such a run. Two lookups a run, where languages_of makes two for each language."""
    pieces = _pieces(word)
    if not pieces:
        return False
    return all(_listed(word_hash(piece), known_key(piece)) for piece in pieces)


def _pieces(text: str) -> list[str]:
    """The runs of letters in ``text`` that the list could hold: with a character beyond
    ASCII, case-folded and in NFC as its words are."""
    return [fold(m.group()) for m in _WORD.finditer(text) if not m.group().isascii()]


def one_run(text: str) -> bool:
    """Whether ``text`` is one run of letters and combining marks, as the list's words are."""
    return _WORD.fullmatch(text) is not None


def languages_of(word: str, *, deep: bool = False) -> frozenset[str] | None:
    """The languages that write every run of letters beyond ASCII of ``word`` among their
    common words, or with ``deep`` among their common or known words (empty: none does), or
    None where it holds no such run."""
    pieces = _pieces(word)
    if not pieces:
        return None
    common = _languages(pieces[0], deep)
    for piece in pieces[1:]:
        if not common:
            break
        common &= _languages(piece, deep)
    return common


def known_share(words: list[str], langs: frozenset[str]) -> float | None:
    """The share of the runs of letters beyond ASCII in ``words`` that one of ``langs``
    writes among its common or known words, or None where they hold none: how far the list
    knows a line in those languages."""
    pieces = [p for w in words for p in _pieces(w)]
    if not pieces:
        return None
    return sum(1 for p in pieces if _languages(p, deep=True) & langs) / len(pieces)
