"""Which words some language writes: the commonest words of each language with a letter beyond
ASCII, and of each language written in Latin letters its commonest words of ASCII letters
(data/words.bin, derived from wordfreq's word lists, CC BY-SA 4.0).

The letter model (``_model``) knows which letters follow one another, so it prices a word
nobody writes ("pågina") about as well as the word ("página") where both are made of likely
pairs. A word list knows the words themselves. It is asked about the words a misread can
change, so it holds words with a letter beyond ASCII, and only their hashes: 4 bytes for each
of some 174,000 common words of 40 languages, and 8 for each of some 241,000 known ones (and
4 for each of 135,000 plain words, below); a word two languages list is held once, with 2
bytes that number its set of languages.

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

Each tier holds every language's words as one sorted run, each word once with the set of
languages that list it: one lookup tells whether any language lists a word, and which ones
(the runs are read where the file's bytes are, not copied).

Pure functions over a table loaded once, lazily; nothing here reaches the network or wordfreq.
"""

from __future__ import annotations

import re
import sys
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Final, Literal

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
#: The line of data/words.bin that gives a tier's count of values and its sets of languages.
_TIER_LINE: Final = re.compile(r"# (common|known|plain) words (\d+), their language sets: (.*)")
#: The typecode of an array of unsigned integers of 2, 4 or 8 bytes (on every platform CPython
#: supports; see _run).
_Typecode = Literal["H", "I", "Q"]
#: Each tier's name, and the typecode and size of its values, in the order of data/words.bin.
_TIERS: Final[tuple[tuple[str, _Typecode, int], ...]] = (
    ("common", "I", 4),
    ("known", "Q", 8),
    ("plain", "I", 4),
)


class _Tier:
    """One tier of every language's words: its values (hashes or keys) sorted, each once, and
    for each the number of its set of languages in ``masks`` (bit ``i`` of a mask is
    ``all_languages[i]``)."""

    def __init__(
        self,
        values: Sequence[int],
        numbers: Sequence[int],
        masks: list[int],
        languages: list[str],
    ) -> None:
        self.values: Final = values
        self.numbers: Final = numbers
        self.masks: Final = masks
        self.all_languages: Final = languages
        # (Each set made when first asked for: a few are asked for most, and all 4,514 of the
        # three tiers would take 2.3 MB.)
        self.sets: Final[list[frozenset[str] | None]] = [None] * len(masks)

    def languages(self, value: int) -> frozenset[str]:
        """The languages that list ``value`` in this tier (empty: none does)."""
        i = self.index(value)
        if i < 0:
            return _NONE
        n = self.numbers[i]
        langs = self.sets[n]
        if langs is None:
            mask = self.masks[n]
            langs = frozenset(
                lang for bit, lang in enumerate(self.all_languages) if mask >> bit & 1
            )
            self.sets[n] = langs
        return langs

    def index(self, value: int) -> int:
        """Where this tier holds ``value``, or -1 where no language lists it."""
        values = self.values
        i = bisect_left(values, value)
        return i if i < len(values) and values[i] == value else -1


_NONE: Final[frozenset[str]] = frozenset()


@lru_cache(maxsize=1)
def _tables() -> tuple[_Tier, _Tier, _Tier]:
    """The common, known and plain words of every language, each tier one sorted run of
    values with the languages of each (see tools/build_lexicon.py)."""
    blob = resources.files("demojibake").joinpath("data", "words.bin").read_bytes()
    if not blob.startswith(b"# demojibake words v5\n") or _DATA not in blob:
        raise RuntimeError(f"data/words.bin has an unknown format: {blob[:40]!r}")
    start = blob.index(_DATA) + len(_DATA)
    head, data = blob[:start], memoryview(blob)[start:]
    languages: list[str] = []
    counts: dict[str, tuple[int, list[int]]] = {}
    for line in head.decode("utf-8").splitlines():
        if line.startswith("# languages: "):
            languages = [item.partition(":")[0] for item in line[13:].split()]
        elif found := _TIER_LINE.fullmatch(line):
            counts[found[1]] = int(found[2]), [int(mask, 16) for mask in found[3].split()]
    if not languages or len(counts) != len(_TIERS):
        raise RuntimeError("data/words.bin does not say its languages and its tiers")
    if len(data) != sum(counts[name][0] * (size + 2) for name, _typecode, size in _TIERS):
        raise RuntimeError("data/words.bin holds another number of words than it says")
    tiers = []
    at = 0
    for name, typecode, size in _TIERS:
        count, masks = counts[name]
        values = _run(data[at : at + count * size], typecode, size)
        at += count * size
        numbers = _run(data[at : at + 2 * count], "H", 2)
        at += 2 * count
        tiers.append(_Tier(values, numbers, masks, languages))
    return tiers[0], tiers[1], tiers[2]


def _run(data: memoryview, typecode: _Typecode, size: int) -> Sequence[int]:
    """``data`` as little-endian unsigned integers of ``size`` bytes: read where they are
    (the file's bytes are kept, and not copied: 4 MB less at the peak of loading them), or
    copied into an array where this machine orders bytes otherwise."""
    if sys.byteorder == "little":
        view = data.cast(typecode)
        if view.itemsize == size:
            return view
    values = array(typecode, data.tobytes())
    if values.itemsize != size:  # (So on every platform CPython supports.)
        raise RuntimeError(f"array({typecode!r}) is not {size} bytes here")
    if sys.byteorder == "big":
        values.byteswap()
    return values


def word_hash(word: str) -> int:
    """The hash the list holds for a common word: its CRC-32 (zlib is loaded anyway; hashlib
    would load OpenSSL, 4 MB of memory)."""
    return zlib.crc32(word.encode("utf-8"))


def known_key(word: str) -> int:
    """The key the list holds for a known word: its CRC-32 and its Adler-32, 64 bits (see
    tools/build_lexicon.py)."""
    data = word.encode("utf-8")
    return zlib.crc32(data) << 32 | zlib.adler32(data)


#: How many words' languages each tier's lookup keeps: a text's words recur (a few hundred
#: distinct ones in 0.3 MB of clean multilingual text), and a word's lookup hashes it twice.
_KEPT: Final = 512


@lru_cache(maxsize=_KEPT)
def _languages(word: str, deep: bool = False) -> frozenset[str]:
    """The languages that list ``word`` (case-folded, NFC) among their common words, or with
    ``deep`` among their common or known words."""
    common, known, _plain = _tables()
    langs = common.languages(word_hash(word))
    if deep:
        return langs | known.languages(known_key(word))
    return langs


@lru_cache(maxsize=_KEPT)
def plain_languages(word: str) -> frozenset[str]:
    """The languages that list ``word``, of ASCII letters (case-folded), among their plain
    words."""
    return _tables()[2].languages(word_hash(word))


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


def listed_anywhere(word: str) -> bool:
    """Whether some language lists each run of letters beyond ASCII of ``word`` among its
    common or known words (not always the same language: see languages_of for that), where
    it holds such a run."""
    pieces = _pieces(word)
    if not pieces:
        return False
    common, known, _plain = _tables()
    return all(
        common.index(word_hash(piece)) >= 0 or known.index(known_key(piece)) >= 0
        for piece in pieces
    )


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
