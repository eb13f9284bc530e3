"""What a character is, for the scorer: its kind, script, case and how common it is.

Derived from Python's ``unicodedata`` and shipped tables (``data/letters.tsv``: the letters
each CLDR language uses; ``data/cjk.txt``: the first frequency level of the CJK national
character sets; ``data/cjk_frequency.txt``: the characters Chinese, Japanese and Korean text
writes most; ``data/cjk_pairs.txt``: the pairs of them its words write most;
``data/bigrams.txt``: letter pairs seen in clean words; ``data/marks.txt``: how
often each kind of combining mark is written). Pure lookups, cached per character; nothing here
decides about repairs.
"""

from __future__ import annotations

import itertools
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Final

from demojibake._cache import short_key_memo

__all__ = [
    "CJK_UNRANKED",
    "INDIC_TRIPLE_SCRIPTS",
    "JOIN_CONTROLS",
    "CharInfo",
    "Kind",
    "alphabets_holding",
    "cased_as_a_word",
    "char_info",
    "cjk_frequency",
    "cjk_language_rank",
    "cjk_pair_level",
    "cjk_rank",
    "cjk_rank_in",
    "east_asian_language",
    "indic_triple_level",
    "is_cased",
    "letter_pairs",
    "mark_count",
]


class Kind:
    """Coarse character kinds (plain ints, so comparisons stay cheap)."""

    ASCII_LETTER: Final = 0
    LETTER: Final = 1
    MARK: Final = 2
    DIGIT: Final = 3
    SPACE: Final = 4
    APOSTROPHE: Final = 5  # ' ’ ʼ and friends: at home inside words
    PUNCT: Final = 6
    SYMBOL: Final = 7
    FORMAT: Final = 8
    BAD: Final = 9  # C0/C1 controls, unassigned, private use, surrogates, noncharacters


@dataclass(frozen=True, slots=True)
class CharInfo:
    kind: int
    #: Script name for letters, digits and marks ("LATIN", "CYRILLIC", "CJK", ...); "" otherwise.
    script: str
    upper: bool
    lower: bool
    #: What the character costs the scorer by itself: 0 for ASCII, more for the rarer.
    cost: float
    #: Bit set of the languages whose alphabet has this character (0 when unknown or ASCII).
    langs: int
    #: Box drawing and block elements: line art, which has its own adjacency rules.
    box: bool = False
    #: A currency sign.
    currency: bool = False
    #: Printable ASCII (U+0020-U+007E): a pair of such characters costs nothing (see _score).
    plain: bool = False
    #: Which characters the scorer prices alike next to any other (see pair_class_info).
    pair_class: int = 0
    #: An emoji or pictograph, or what joins and styles one (the zero-width joiners and the
    #: variation selectors): such a character may follow another.
    emoji_part: bool = False


_APOSTROPHES: Final = frozenset("'\u2019\u02bc`")
#: The zero-width non-joiner and joiner.
JOIN_CONTROLS: Final = frozenset("\u200c\u200d")
#: Punctuation and symbols that ordinary prose in Latin, Cyrillic and Greek text uses.
_COMMON_SYMBOLS: Final = frozenset(
    "\u2018\u2019\u201a\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u2013\u2014\u2026\u2022\u00b7"
    "\u00a1\u00bf\u20ac\u00a3\u00a9\u00ae\u00b0\u00b1\u00d7\u00f7\u00a7\u2122\u2116\u00a0"
    "\u2212"
)
#: Latin-1 and cp1252 symbols that prose rarely needs but mojibake is full of.
_UNUSUAL_SYMBOLS: Final = frozenset(
    "\u00a2\u00a4\u00a5\u00a6\u00a8\u00aa\u00ac\u00ad\u00af\u00b2\u00b3\u00b4\u00b5\u00b6\u00b8"
    "\u00b9\u00ba\u00bc\u00bd\u00be\u0192\u02c6\u02dc\u2020\u2021\u2030\u02c7\u02d8\u02d9\u02db"
    "\u02dd\u00a6\u2219\u221a\u2248\u2264\u2265\u2320\u2321\u25a0\u2202\u2206\u220f\u2211"
    "\u221e\u222b\u2260\u25ca\uf8ff\u2044\u00b8\u02da\u2310\u2592\u2591\u2593"
)

#: Braille patterns, the supplemental arrows, the second block of miscellaneous mathematical
#: symbols, the supplemental mathematical operators and the miscellaneous symbols and arrows
#: (U+2800-2BFF): notation that prose hardly uses, and where UTF-8 read as cp866 or KOI8-R
#: lands when lowercase Cyrillic is taken for a lead byte ("так" as bytes E2 A0 AA is "⠪").
_RARE_SYMBOLS: Final = (0x2800, 0x2BFF)
#: But the blank braille pattern "\u2800" is, outside braille, the space that social media
#: posts pad their lines with (one no app collapses): a space, for the scorer.
_BRAILLE_BLANK: Final = 0x2800
_UNKNOWN_SCRIPT_LETTER: Final = 1.5
#: Mathematical operators and miscellaneous technical symbols (U+2200-23FF): notation too,
#: but for the few that prose uses (in the symbol lists above, or emoji).
_NOTATION: Final = (0x2200, 0x23FF)
#: The miscellaneous symbols and the dingbats (U+2600-27BF): ☀ ☎ ♥ ⚠ ✔ ✨ ❤, emoji and
#: bullets of everyday text, and what their UTF-8 shown by cp1252 ("âœ”") is for.
_PICTOGRAPHS: Final = (0x2600, 0x27BF)
#: The blocks of emoji beyond the Basic Multilingual Plane (U+1F000-1FAFF), their
#: pictographs, faces, skin tones and flags' letters.
_EMOJI: Final = (0x1F000, 0x1FAFF)
#: The variation selectors that ask for a symbol's text or emoji presentation.
_PRESENTATION_SELECTORS: Final = frozenset("\ufe0e\ufe0f")
#: Emoji (Emoji_Presentation, or drawn as emoji) in the notation blocks.
_EMOJI_SYMBOLS: Final = frozenset(
    "\u231a\u231b\u2328\u23cf\u23e9\u23ea\u23eb\u23ec\u23ed\u23ee\u23ef\u23f0\u23f1"
    "\u23f2\u23f3\u23f8\u23f9\u23fa\u2934\u2935\u2b05\u2b06\u2b07\u2b1b\u2b1c\u2b50\u2b55"
)

_SCRIPT_ALIASES: Final = {
    "CJK": "CJK",
    "HIRAGANA": "CJK",
    "KATAKANA": "CJK",
    "KATAKANA-HIRAGANA": "CJK",  # the prolonged sound mark ー of ラーメン, and its kin
    "HANGUL": "CJK",
    "HALFWIDTH": "CJK",
    "IDEOGRAPHIC": "CJK",
    "BOPOMOFO": "CJK",
    "MODIFIER": "",
    "COMBINING": "",
    "MICRO": "GREEK",
    "FEMININE": "",
    "MASCULINE": "",
    "FULLWIDTH": "",
    "SUPERSCRIPT": "",
    "SUBSCRIPT": "",
    "SMALL": "",
    "ARABIC-INDIC": "ARABIC",
    "EXTENDED": "ARABIC",
}


@dataclass(frozen=True)
class _Tables:
    major: dict[str, int]
    minor: dict[str, int]
    #: Every character of data/cjk.txt's sets, once each, in code point order: searched by
    #: bisection (only where a character's CharInfo is first made), where a set of its 12,600
    #: characters held 1.5 MB of memory.
    cjk_common: str
    scripts_with_data: frozenset[str]
    #: Each language of data/letters.tsv with its bit in CharInfo.langs, and those it marks
    #: major (its second column).
    language_bits: dict[str, int]
    major_languages: frozenset[str]


def _read_data(name: str) -> list[str]:
    text = resources.files("demojibake").joinpath("data", name).read_text(encoding="utf-8")
    lines = text.splitlines()
    header = lines[0] if lines else ""
    if not header.startswith("# demojibake ") or not header.endswith(" v1"):
        raise RuntimeError(f"data/{name} has an unknown format: {header!r}")
    return [line for line in lines if line and not line.startswith("#")]


#: Scripts whose letter pairs the scorer judges: those legacy codepages confuse with each other.
_PAIR_SCRIPTS: Final = ("LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW")


@lru_cache(maxsize=1)
def letter_pairs() -> dict[str, frozenset[str]]:
    """Per script, the pairs of letters (lower case) seen next to each other in clean words."""
    out: dict[str, frozenset[str]] = {}
    for line in _read_data("bigrams.txt"):
        script, joined = line.split("\t")
        if script in _PAIR_SCRIPTS:
            out[script] = frozenset(joined[i : i + 2] for i in range(0, len(joined), 2))
    return out


def mark_count(ch: str) -> int:
    """How many times our clean corpus writes a combining mark of ``ch``'s kind, its Unicode
    name less its script's (data/marks.txt: Bengali and Tamil count as Devanagari does for
    "SIGN VIRAMA", far more than "VOWEL SIGN U"); 0 for any other character."""
    if unicodedata.category(ch) not in ("Mn", "Mc"):
        return 0
    name = unicodedata.name(ch, "")
    return _mark_counts().get(name.split(" ", 1)[1], 0) if " " in name else 0


@lru_cache(maxsize=1)
def _mark_counts() -> dict[str, int]:
    """data/marks.txt, read once: each kind of combining mark and how often it is written."""
    out = {}
    for line in _read_data("marks.txt"):
        kind, count = line.split("\t")
        out[kind] = int(count)
    return out


def cjk_frequency(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """Of ``lang`` ("zh-hans", "zh-hant", "ja", "ko"): the commonest characters, which make up
    90 % of running text, and the rest of those that make up 99 %. Empty for other languages."""
    return _cjk_frequencies().get(lang, (frozenset(), frozenset()))


#: The rank to give a character data/cjk_frequency.txt does not list, where one is needed.
CJK_UNRANKED: Final = 20_000


def cjk_rank(ch: str) -> int | None:
    """Where ``ch`` comes among the characters data/cjk_frequency.txt lists by frequency, in
    the language that writes it most (1: the commonest), or None for one it does not list."""
    return _cjk_ranks().get(ch)


def cjk_rank_in(ch: str, lang: str) -> int | None:
    """cjk_language_rank of ``ch`` in ``lang``, or its cjk_rank where ``lang`` is ""."""
    return cjk_language_rank(ch, lang) if lang else cjk_rank(ch)


#: The scripts that tell an East Asian text's language: kana Japanese, Hangul Korean.
_TOLD_BY: Final = (("\u3040", "\u30ff", "ja"), ("\uac00", "\ud7a3", "ko"))


def east_asian_language(chars: Iterable[str]) -> str:
    """The language ``chars`` tell: Japanese by its kana, Korean by its Hangul, and Chinese
    by characters of one of its forms only, simplified ("们", "说") or traditional ("們",
    "說"), among the commonest of either (see cjk_frequency); or "" where none does."""
    chars = list(chars)
    for low, high, lang in _TOLD_BY:
        if any(low <= c <= high for c in chars):
            return lang
    simplified, traditional = _chinese_only()
    told = {
        "zh-hans" if c in simplified else "zh-hant"
        for c in chars
        if c in simplified or c in traditional
    }
    return told.pop() if len(told) == 1 else ""


@lru_cache(maxsize=1)
def _chinese_only() -> tuple[frozenset[str], frozenset[str]]:
    """The characters of the commonest of simplified Chinese that neither traditional
    Chinese nor Japanese writes (see cjk_frequency), and the other way round."""
    simplified, traditional = (frozenset().union(*cjk_frequency(lang)) for lang in _CHINESE)
    japanese = cjk_frequency("ja")[0]
    return simplified - traditional - japanese, traditional - simplified - japanese


_CHINESE: Final = ("zh-hans", "zh-hant")


#: How many pairs' levels are kept (see cjk_pair_level): guessing a lost byte of East Asian
#: text asks the same pairs around it of each character it tries.
_PAIRS_KEPT: Final = 4096


@short_key_memo(maxsize=_PAIRS_KEPT, longest=2)
def cjk_pair_level(pair: str) -> int:
    """How often Chinese, Japanese and Korean words write the two characters of ``pair``
    one after the other: 1 + log2 of the pair's frequency over the rarest pair
    data/cjk_pairs.txt keeps (rounded), or 0 for one it does not keep."""
    return _level_in(*_cjk_pairs(), pair, 2)


def _level_in(keys: str, levels: str, key: str, width: int) -> int:
    """The level (a base-36 digit of ``levels``) of ``key`` among ``keys``, keys of
    ``width`` characters joined in code point order, or 0 where it is not one of them."""
    if len(key) != width:
        return 0
    lo, hi = 0, len(levels)
    while lo < hi:
        mid = (lo + hi) // 2
        if keys[width * mid : width * mid + width] < key:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(levels) and keys[width * lo : width * lo + width] == key:
        return int(levels[lo], 36)
    return 0


#: The scripts data/indic_triples.txt counts, each with the language whose words it counts.
INDIC_TRIPLE_SCRIPTS: Final = {"DEVANAGARI": "hi", "BENGALI": "bn", "TAMIL": "ta"}


def indic_triple_level(triple: str) -> int:
    """How often Hindi, Bengali or Tamil words write the middle character of ``triple``
    between the other two ("_": the word's start or end), where it is one whose UTF-8 a
    Western codepage can lose a byte of: 1 + log2 of the triple's share of all its
    language's such triples over a millionth (data/indic_triples.txt), or 0 for one rarer."""
    return _level_in(*_indic_triples(), triple, 3)


@lru_cache(maxsize=1)
def _indic_triples() -> tuple[str, str]:
    """data/indic_triples.txt, read once: every triple it keeps, joined in code point order,
    and each one's level (a base-36 digit)."""
    columns = dict(line.split("\t") for line in _read_data("indic_triples.txt"))
    return columns["triples"], columns["levels"]


@lru_cache(maxsize=1)
def _cjk_pairs() -> tuple[str, str]:
    """data/cjk_pairs.txt, read once: every pair it keeps, joined in code point order, and
    each one's level (a base-36 digit). (Searched in halves: a dictionary of its 77,500 pairs
    would cost 8 MB of memory, against 0.4 MB so.)"""
    columns = dict(line.split("\t") for line in _read_data("cjk_pairs.txt"))
    return columns["pairs"], columns["levels"]


def cjk_language_rank(ch: str, lang: str) -> int | None:
    """Where ``ch`` comes among the characters data/cjk_frequency.txt lists by frequency for
    ``lang`` (1: the commonest), or None for one it does not list there."""
    # (A search of the list's few thousand characters in C: a dictionary per language would
    # cost a megabyte of memory for little time.)
    rank = _cjk_lists().get(lang, "").find(ch) + 1
    return rank or None


@lru_cache(maxsize=1)
def _cjk_columns() -> dict[str, tuple[str, str]]:
    """data/cjk_frequency.txt, read once: each language's commonest characters (to 90 % of
    running text) and the next ones (to 99 %), commonest first."""
    out = {}
    for line in _read_data("cjk_frequency.txt"):
        name, common, known = line.split("\t")
        out[name] = (common, known)
    return out


@lru_cache(maxsize=1)
def _cjk_lists() -> dict[str, str]:
    """Each language's characters of data/cjk_frequency.txt, commonest first."""
    return {name: common + known for name, (common, known) in _cjk_columns().items()}


@lru_cache(maxsize=1)
def _cjk_ranks() -> dict[str, int]:
    ranks: dict[str, int] = {}
    for listed in _cjk_lists().values():
        for rank, ch in enumerate(listed, 1):
            ranks[ch] = min(rank, ranks.get(ch, rank))
    return ranks


@lru_cache(maxsize=1)
def _cjk_frequencies() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Each language's two columns of data/cjk_frequency.txt as sets, of the strings that
    _cjk_ranks keys: one string for each character, not one for each set that holds it
    (7,400 of them, 0.56 MB)."""
    ones = {c: c for c in _cjk_ranks()}
    return {
        name: (frozenset(ones[c] for c in common), frozenset(ones[c] for c in known))
        for name, (common, known) in _cjk_columns().items()
    }


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    major: dict[str, int] = {}
    minor: dict[str, int] = {}
    bits: dict[str, int] = {}
    majors: set[str] = set()
    for bit, line in enumerate(_read_data("letters.tsv")):
        lang, is_major, chars = line.split("\t")
        target = major if is_major == "1" else minor
        mask = 0 if lang.startswith("~") else 1 << bit
        if mask:
            bits[lang] = mask
            if is_major == "1":
                majors.add(lang)
        for ch in chars:
            target[ch] = target.get(ch, 0) | mask
    cjk: set[str] = set()
    for line in _read_data("cjk.txt"):
        cjk.update(line.split("\t", 1)[1])
    scripts = frozenset(
        _script_of(ch) for ch in major if unicodedata.category(ch) in {"Lu", "Ll", "Lt", "Lo"}
    ) - {""}
    return _Tables(major, minor, "".join(sorted(cjk)), scripts, bits, frozenset(majors))


def major_languages() -> frozenset[str]:
    """The languages data/letters.tsv marks major (its second column)."""
    return _tables().major_languages


def language_bit(lang: str) -> int:
    """The bits of ``lang`` in CharInfo.langs (0 where data/letters.tsv does not list it;
    the word list's Serbo-Croatian, "sh", is its Croatian and Bosnian)."""
    bits = _tables().language_bits
    return sum(bits.get(name, 0) for name in _LANGUAGE_ALIASES.get(lang, (lang,)))


def alphabets_holding(text: str, start: int = 0, end: int | None = None) -> int:
    """The CharInfo.langs bits of the languages whose alphabet holds every letter beyond
    ASCII of ``text[start:end]`` (-1 where it holds none). Letters are taken as they stand:
    data/letters.tsv lists both cases, and lower-casing may give two characters ("İ")."""
    mask = -1
    for c in text[start:end]:
        if not c.isascii() and c.isalpha():
            mask &= char_info(c).langs
            if not mask:
                return 0
    return mask


#: Languages of the word list (data/words.bin) that data/letters.tsv lists under other names.
_LANGUAGE_ALIASES: Final = {"sh": ("hr", "bs")}


def _script_of(ch: str) -> str:
    name = unicodedata.name(ch, "")
    word = name.split(" ", 1)[0]
    return _SCRIPT_ALIASES.get(word, word)


#: How many characters' CharInfo are kept, some 200 bytes each: about as many as 19 MB of
#: the bench's vast vocabulary, damaged, makes with every character its readings make
#: (8,400, the rarest of them seldom met again), where 16,384 let a text of many scripts
#: hold 3.2 MB of them, more than the command's bound on memory has room for.
_INFOS_KEPT: Final = 8192


@short_key_memo(maxsize=_INFOS_KEPT, longest=1)
def char_info(ch: str) -> CharInfo:
    """Classify one character (cached)."""
    info = _char_info(ch)
    key = (info.kind, info.script, info.upper, info.cost, info.currency, info.box, info.emoji_part)
    number = _PAIR_CLASSES.get(key)
    first = number is None
    if number is None:
        number = _PAIR_CLASSES[key] = len(_PAIR_CLASS_INFOS)
    info = CharInfo(
        info.kind,
        info.script,
        info.upper,
        info.lower,
        info.cost,
        info.langs,
        info.box,
        info.currency,
        info.plain,
        number,
        info.emoji_part,
    )
    if first:
        _PAIR_CLASS_INFOS.append(info)
    return info


#: The pair classes: characters alike in what the scorer asks of two characters in a row
#: (their kind, script, case, cost, and whether each is a currency sign, line art or part
#: of an emoji), each numbered in the order first met. All of Unicode falls into some 620.
_PAIR_CLASSES: Final[dict[tuple[int, str, bool, float, bool, bool, bool], int]] = {}
_PAIR_CLASS_INFOS: Final[list[CharInfo]] = []


def pair_class_info(number: int) -> CharInfo:
    """A character's CharInfo whose pair class is ``number``: what the scorer asks of it
    next to another character, it asks of each of that class alike."""
    return _PAIR_CLASS_INFOS[number]


def _char_info(ch: str) -> CharInfo:
    o = ord(ch)
    if o < 0x80:
        if ch.isalpha():
            return CharInfo(
                Kind.ASCII_LETTER, "LATIN", ch.isupper(), ch.islower(), 0.0, 0, plain=True
            )
        if ch.isdigit():
            return CharInfo(Kind.DIGIT, "", False, False, 0.0, 0, plain=True)
        if ch in " \t\n\r":
            return CharInfo(Kind.SPACE, "", False, False, 0.0, 0, plain=ch == " ")
        if ch in {"'", "`"}:
            return CharInfo(Kind.APOSTROPHE, "", False, False, 0.0, 0, plain=True)
        if o < 0x20 or o == 0x7F:
            return CharInfo(Kind.BAD, "", False, False, 4.0, 0)
        return CharInfo(Kind.PUNCT, "", False, False, 0.0, 0, plain=True)
    return _classify(ch, o)


def _classify(ch: str, o: int) -> CharInfo:
    cat = unicodedata.category(ch)
    tables = _tables()
    if cat in ("Cc", "Cn", "Co", "Cs") or (o & 0xFFFE) == 0xFFFE or 0xFDD0 <= o <= 0xFDEF:
        return CharInfo(Kind.BAD, "", False, False, 6.0 if 0x80 <= o < 0xA0 else 5.0, 0)
    if o == 0xFFFD:
        return CharInfo(Kind.SYMBOL, "", False, False, 1.5, 0)
    if ch in _UNUSUAL_SYMBOLS:
        # Including the letter-like ƒ (florin), µ (micro) and ª º (ordinals): in prose they
        # are symbols, and in mojibake they are everywhere.
        return CharInfo(Kind.SYMBOL, "", False, False, 1.8, 0)
    if ch in JOIN_CONTROLS or ch in _PRESENTATION_SELECTORS:
        # Zero-width (non-)joiners shape the letters around them in Persian, Kurdish and the
        # Indic scripts ("حرف\u200cنگاری") and join emoji: inside a word they are part of it.
        # The variation selectors of text and emoji style follow a symbol ("❤\ufe0f").
        return CharInfo(Kind.MARK, "", False, False, 0.3, 0, emoji_part=True)
    if cat[0] == "L" or cat[0] == "M":
        script = _script_of(ch)
        langs = tables.major.get(ch, 0)
        if langs:
            # (With the minor languages that have it too: their alphabets are whole, so that
            # Ossetian "ӕ" fits the "а" beside it.)
            langs |= tables.minor.get(ch, 0)
            cost = 0.3
        elif ch in tables.major:
            cost = 1.0  # only in a legacy codepage: typed once, out of use now
        elif ch in tables.minor:
            langs = tables.minor[ch]
            cost = 1.2
        elif script == "CJK":
            cost = _cjk_cost(ch, o, tables)
        elif not script and cat[0] == "L":
            # Modifier letters and the like: phonetic notation, symbols as far as prose goes.
            return CharInfo(Kind.SYMBOL, "", False, False, 4.0, 0)
        elif not script:
            cost = 2.5  # combining marks no alphabet lists: notation, overlays
        elif 0x250 <= o <= 0x2AF:
            cost = 3.5  # IPA: phonetics, not prose; and a favourite of mojibake
        elif script in tables.scripts_with_data:
            cost = 3.0  # a letter of a living script that no language's alphabet lists
        else:
            # A script we have no alphabet for (Thaana, Syriac, N'Ko, Canadian syllabics):
            # whole words of it are text we cannot judge, not mojibake; a letter of it amid
            # another script still pays as an island.
            cost = _UNKNOWN_SCRIPT_LETTER
        kind = Kind.MARK if cat[0] == "M" else Kind.LETTER
        if cat == "Lm" and ch in _APOSTROPHES:
            kind, cost = Kind.APOSTROPHE, 0.5
        return CharInfo(kind, script, cat in {"Lu", "Lt"}, cat == "Ll", cost, langs)
    if cat == "Nd":
        return CharInfo(Kind.DIGIT, _script_of(ch), False, False, 0.8, 0)
    if cat[0] == "Z" or o == _BRAILLE_BLANK:
        return CharInfo(Kind.SPACE, "", False, False, 0.3 if o == 0xA0 else 1.0, 0)
    if cat == "Cf":
        return CharInfo(Kind.FORMAT, "", False, False, 1.5, 0)
    if ch in _APOSTROPHES:
        return CharInfo(Kind.APOSTROPHE, "", False, False, 0.3, 0)
    kind = Kind.PUNCT if cat[0] == "P" else Kind.SYMBOL
    # Punctuation of one script (the Devanagari danda, Tai Tham signs) belongs with its
    # letters: in text of another script it is an island like them.
    own = _script_of(ch)
    script = own if own in tables.scripts_with_data or _in_script_block(o) else ""
    if cat == "Sc":
        return CharInfo(
            kind, "", False, False, 0.5 if ch in _COMMON_SYMBOLS else 1.2, 0, currency=True
        )
    if ch in _COMMON_SYMBOLS:
        cost = 0.5
    elif ch in _UNUSUAL_SYMBOLS:
        cost = 1.8
    elif 0x2500 <= o <= 0x259F:
        return CharInfo(kind, "", False, False, 0.3, 0, box=True)
    elif cat == "No":
        cost = 1.5
    elif 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFF65:
        cost = 0.6  # CJK punctuation and fullwidth forms
    elif ch in _EMOJI_SYMBOLS or _PICTOGRAPHS[0] <= o <= _PICTOGRAPHS[1]:
        return CharInfo(kind, script, False, False, 0.9, 0, emoji_part=True)
    elif _EMOJI[0] <= o <= _EMOJI[1] and cat[0] == "S":
        return CharInfo(kind, script, False, False, 1.2, 0, emoji_part=True)
    elif _RARE_SYMBOLS[0] <= o <= _RARE_SYMBOLS[1]:
        cost = 2.5
    elif _NOTATION[0] <= o <= _NOTATION[1]:
        cost = 2.0
    else:
        cost = 1.2
    return CharInfo(kind, script, False, False, cost, 0)


def _in_script_block(o: int) -> bool:
    """Whether code point ``o`` lies in the blocks of the world's scripts, where punctuation
    and signs belong to one script ("᪨", Tai Tham), not among the symbols and punctuation
    that every script shares (General Punctuation, arrows, mathematics, fullwidth forms)."""
    return (
        0x0370 <= o < 0x2000
        or 0x2C00 <= o < 0x2E00
        or 0xA000 <= o < 0xFE00
        or (0x10000 <= o < 0x1F000)
    )


def _cjk_cost(ch: str, o: int, tables: _Tables) -> float:
    common = tables.cjk_common
    i = bisect_left(common, ch)
    if i < len(common) and common[i] == ch:
        return 0.5
    if 0x3040 <= o <= 0x30FF:  # kana
        return 0.6
    if 0x4E00 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7A3:
        return 2.0
    return 3.5


def cased_as_a_word(word: str) -> bool:
    """Whether each run of cased letters in ``word`` is all small, all capitals, or a capital
    and small letters ("Аб’яднаных", "Ji’is-Ahl-Ättejohpesch", "Àðãàí³çàöûÿ")."""
    if word.islower() or word.isupper() or word.istitle():
        return True  # (most words: asked in C first)
    for cased, letters in itertools.groupby(word, is_cased):
        if cased:
            run = "".join(letters)
            if not (run.islower() or run.isupper() or run[1:].islower()):
                return False
    return True


def is_cased(c: str) -> bool:
    """Whether ``c`` is a small letter or a capital."""
    return c.islower() or c.isupper()
