"""Which words some language writes: the commonest words of each language with a letter beyond
ASCII (data/words.bin, derived from wordfreq's word lists, CC BY-SA 4.0).

The letter model (``_model``) knows which letters follow one another, so it prices a word
nobody writes ("pågina") about as well as the word ("página") where both are made of likely
pairs. A word list knows the words themselves. It is asked only about the words a misread
can change, so it holds only words with a letter beyond ASCII, and only their hashes: 4 bytes
for each of some 174,000 words of 40 languages.

Pure functions over a table loaded once, lazily; nothing here reaches the network or wordfreq.
"""

from __future__ import annotations

import re
import sys
import zlib
from array import array
from bisect import bisect_left
from functools import lru_cache
from importlib import resources

from demojibake._model import fold

__all__ = ["known_share", "languages_of", "one_run"]

#: A run of letters and combining marks: what the word list holds words of.
_WORD = re.compile(
    r"(?:[^\W\d_]|[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a"
    r"\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0dff\u1ab0-\u1aff])+"
)


#: Where the hashes start in data/words.bin, after its lines of text.
_DATA = b"# data\n"


@lru_cache(maxsize=1)
def _tables() -> tuple[array[int], dict[str, tuple[int, int]]]:
    """The hashes of every language's words, one sorted run per language, and where each
    language's run starts and ends (see tools/build_lexicon.py)."""
    blob = resources.files("demojibake").joinpath("data", "words.bin").read_bytes()
    if not blob.startswith(b"# demojibake words v2\n") or _DATA not in blob:
        raise RuntimeError(f"data/words.bin has an unknown format: {blob[:40]!r}")
    head, _, data = blob.partition(_DATA)
    runs: dict[str, tuple[int, int]] = {}
    start = 0
    for line in head.decode("utf-8").splitlines():
        if line.startswith("# languages: "):
            for item in line.removeprefix("# languages: ").split():
                lang, _, count = item.partition(":")
                runs[lang] = (start, start + int(count))
                start += int(count)
    hashes = array("I")
    if hashes.itemsize != 4:  # (4 bytes on every platform CPython supports)
        raise RuntimeError("array('I') is not 4 bytes here")
    hashes.frombytes(data)
    if sys.byteorder == "big":
        hashes.byteswap()
    if len(hashes) != start:
        raise RuntimeError("data/words.bin holds another number of words than it says")
    return hashes, runs


def word_hash(word: str) -> int:
    """The hash the list holds for ``word``: its CRC-32 (zlib is loaded anyway; hashlib
    would load OpenSSL, 4 MB more of memory)."""
    return zlib.crc32(word.encode("utf-8"))


def _languages(word: str) -> frozenset[str]:
    """The languages that list ``word`` (case-folded, NFC)."""
    hashes, runs = _tables()
    h = word_hash(word)
    out = []
    for lang, (lo, hi) in runs.items():
        i = bisect_left(hashes, h, lo, hi)
        if i < hi and hashes[i] == h:
            out.append(lang)
    return frozenset(out)


def _pieces(text: str) -> list[str]:
    """The runs of letters in ``text`` that the list could hold: with a character beyond
    ASCII, case-folded and in NFC as its words are."""
    return [fold(m.group()) for m in _WORD.finditer(text) if not m.group().isascii()]


def one_run(text: str) -> bool:
    """Whether ``text`` is one run of letters and combining marks, as the list's words are."""
    return _WORD.fullmatch(text) is not None


def languages_of(word: str) -> frozenset[str] | None:
    """The languages that write every run of letters beyond ASCII of ``word`` among their
    commonest words (empty: none does), or None where it holds no such run."""
    pieces = _pieces(word)
    if not pieces:
        return None
    common = _languages(pieces[0])
    for piece in pieces[1:]:
        if not common:
            break
        common &= _languages(piece)
    return common


def known_share(words: list[str]) -> float | None:
    """The share of the runs of letters beyond ASCII in ``words`` that some language of the
    list writes, or None where they hold none: how far the list knows the language of a
    line."""
    pieces = [p for w in words for p in _pieces(w)]
    if not pieces:
        return None
    return sum(1 for p in pieces if _languages(p)) / len(pieces)
