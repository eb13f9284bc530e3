"""Hypothesis strategies (and seeded samples) of text, shared by the property tests.

Clean text is made of real words: every word of the clean corpus (``corpus/clean/*.txt``),
grouped by the file it came from (its "language") and by the Unicode script most of its letters
belong to. Texts are sequences of such words with the ordinary furniture of real text between
them: punctuation, digits, quotes, no-break spaces and line breaks (LF or CRLF). Nothing here
invents letters, so whatever the engine sees from ``clean_text`` is text a person could have
written, and must come back unchanged.

The corpus is read once, at import, through a path relative to this file's folder. The codecs
and the way damage is done come from the corpus generator (``corpus/pairs.py``, on the path by
``conftest.py``), so properties and corpus damage text alike. This module may not import the
engine: a strategy that depended on what the engine does could not judge it.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

from hypothesis import strategies as st
from pairs import SINGLE_BYTE_CODECS, read_as

__all__ = [
    "CODECS",
    "LANGUAGES",
    "SCRIPTS",
    "any_text",
    "clean_text",
    "clean_text_for_codec",
    "codec_languages",
    "damaged_text",
    "misread",
    "sample_clean_texts",
    "sample_clean_texts_for_codec",
]

_T = TypeVar("_T")

_CLEAN_DIR = Path(__file__).resolve().parent.parent / "corpus" / "clean"

#: The single-byte codecs UTF-8 is commonly misread as (the engine's first family): the corpus
#: generator's list, so that the properties and the corpus cover the same codecs.
CODECS: tuple[str, ...] = SINGLE_BYTE_CODECS

#: Texts longer than this are not built: the engine runs on every example, and real mojibake
#: is mostly names, titles and short fields.
MAX_CHARS = 200

#: A language file feeds the texts of a codec when at least this share of its words with
#: non-ASCII letters fit the codec, so cp1251 texts are Russian or Bulgarian rather than English
#: whose only non-ASCII characters are curly quotes.
_FIT_SHARE = 0.5
#: ... and when it has at least this many such words, so its texts are not all alike.
_FIT_MIN_WORDS = 5


# --- the words ------------------------------------------------------------------------------

#: First word of a letter's Unicode name -> its script. Letters named otherwise ("FEMININE
#: ORDINAL INDICATOR", "MODIFIER LETTER ...", "MICRO SIGN") count as no script, like digits.
_SCRIPT_OF_NAME = {
    **{
        name: name.lower()
        for name in "ARABIC ARMENIAN BENGALI CYRILLIC DEVANAGARI ETHIOPIC GEORGIAN GREEK HANGUL"
        " HEBREW LATIN TAMIL THAI".split()
    },
    "CJK": "han",
    "IDEOGRAPHIC": "han",
    "HIRAGANA": "kana",
    "KATAKANA": "kana",
    "KATAKANA-HIRAGANA": "kana",
}


def _script_of_char(char: str) -> str | None:
    """The script of a letter or mark, or None for digits, punctuation, symbols and spaces."""
    if unicodedata.category(char)[0] not in "LM":
        return None
    words = unicodedata.name(char, "").split()
    if words[:1] in (["FULLWIDTH"], ["HALFWIDTH"]):
        words = words[1:]
    return _SCRIPT_OF_NAME.get(words[0]) if words else None


def _script_of_word(word: str) -> str:
    """The script most of a word's letters are in; "common" for words without letters."""
    counts: dict[str, int] = {}
    for char in word:
        script = _script_of_char(char)
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return "common"
    # Ties go to the script met first, so the result does not depend on dict ordering quirks.
    return max(counts, key=lambda script: counts[script])


def _is_punctuation(char: str) -> bool:
    return unicodedata.category(char).startswith("P")


def _strip_punctuation(token: str) -> str:
    """The token without the punctuation around it (``«Œuvres`` -> ``Œuvres``), inner kept."""
    start, end = 0, len(token)
    while start < end and _is_punctuation(token[start]):
        start += 1
    while end > start and _is_punctuation(token[end - 1]):
        end -= 1
    return token[start:end]


#: Where words end: an ordinary space (not split(): a no-break space inside "5\u00a0€" belongs
#: to the word) or East Asian punctuation, since Chinese and Japanese lines have no spaces.
_TOKEN_BREAKS = re.compile("[ \u3001\u3002\uff0c\uff01\uff1f\uff1a\uff1b]")
#: Longer "words" are whole unspaced sentences (Thai, Chinese): too long for a short text.
_MAX_WORD_CHARS = 40


#: Brackets stripping can leave half of ("健一郎（営業部長" from "健一郎（営業部長）").
_BRACKETS = ("()", "[]", "\uff08\uff09", "\u3010\u3011", "\u300c\u300d", "\u300e\u300f", "«»")


def _balanced(word: str) -> bool:
    return all(word.count(pair[0]) == word.count(pair[1]) for pair in _BRACKETS)


@dataclass(frozen=True)
class _Word:
    text: str
    language: str  # the clean file's stem: "fr", "zh-Hans", "tricky"
    script: str  # "latin", "cyrillic", "han", "common", ...


def _read_words() -> tuple[_Word, ...]:
    words: list[_Word] = []
    seen: set[tuple[str, str]] = set()
    for path in sorted(_CLEAN_DIR.glob("*.txt")):
        # split("\n"), not splitlines(): the latter also breaks at U+0085, U+2028 and friends.
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.startswith("#") or not line.strip():
                continue
            for token in _TOKEN_BREAKS.split(line):
                text = _strip_punctuation(token)
                if not 0 < len(text) <= _MAX_WORD_CHARS or not _balanced(text):
                    continue
                if (path.stem, text) not in seen:
                    seen.add((path.stem, text))
                    words.append(_Word(text, path.stem, _script_of_word(text)))
    if not words:
        raise RuntimeError(f"no clean corpus words found under {_CLEAN_DIR}")
    return tuple(words)


_WORDS = _read_words()

#: Every clean corpus file, by stem, in name order ("am", "ar", ..., "tricky", ...).
LANGUAGES: tuple[str, ...] = tuple(sorted({word.language for word in _WORDS}))
#: Every script some corpus word is mostly written in ("latin", "cyrillic", "han", ...).
SCRIPTS: tuple[str, ...] = tuple(sorted({word.script for word in _WORDS} - {"common"}))


def _pool(words: Sequence[_Word]) -> tuple[str, ...]:
    return tuple(word.text for word in words)


_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    language: _pool([w for w in _WORDS if w.language == language]) for language in LANGUAGES
}
#: script -> language -> the language's words in that script (only non-empty entries).
_BY_SCRIPT: dict[str, dict[str, tuple[str, ...]]] = {
    script: {
        language: pool
        for language in LANGUAGES
        if (pool := _pool([w for w in _WORDS if w.language == language and w.script == script]))
    }
    for script in SCRIPTS
}


# --- the furniture between words -------------------------------------------------------------

_SENTENCE_ENDS = (".", "!", "?", "\u2026")
_TRAILING = (",", ",", ",", ";", ":", " \u2014", " \u2013", *_SENTENCE_ENDS)
_QUOTES = (
    ("\u201c", "\u201d"),  # “English”
    ("\u2018", "\u2019"),  # ‘single’
    ('"', '"'),
    ("'", "'"),
    ("\u00ab", "\u00bb"),  # «French»
    ("\u00ab\u00a0", "\u00a0\u00bb"),  # « French, spaced »
    ("\u201e", "\u201c"),  # „German“
    ("(", ")"),
)
#: East Asian text has punctuation of its own, used beside the ordinary kind.
_CJK_TRAILING = ("\u3001", "\u3002", "\uff0c", "\uff01")
_CJK_QUOTES = (("\u300c", "\u300d"), ("\uff08", "\uff09"))
_NUMBER_FORMATS = ("{}", "{}", "{},{:02d}", "{}.{:02d}", "{}%", "{}\u00a0%", "{}:{:02d}", "№ {}")
_LINE_BREAKS = ("\n", "\r\n")


@dataclass(frozen=True)
class _Furniture:
    trailing: tuple[str, ...]
    quotes: tuple[tuple[str, str], ...]
    numbers: tuple[str, ...]
    nbsp: bool


def _furniture(fits: Callable[[str], bool] = lambda _: True, *, cjk: bool = False) -> _Furniture:
    trailing = _TRAILING + (_CJK_TRAILING if cjk else ())
    quotes = _QUOTES + (_CJK_QUOTES if cjk else ())
    return _Furniture(
        trailing=tuple(mark for mark in trailing if fits(mark)),
        quotes=tuple(pair for pair in quotes if fits(pair[0] + pair[1])),
        numbers=tuple(form for form in _NUMBER_FORMATS if fits(form)),
        nbsp=fits("\u00a0"),
    )


_PLAIN = _furniture()
_CJK = _furniture(cjk=True)
_CJK_LANGUAGES = frozenset({"ja", "zh-Hans", "zh-Hant"})
_CJK_SCRIPTS = frozenset({"han", "kana"})


# --- composing a text, from hypothesis draws or from a seeded Random --------------------------


class _Picker(Protocol):
    """Where the choices come from: hypothesis (shrinkable) or random.Random (a fixed sample)."""

    def pick(self, options: Sequence[_T]) -> _T: ...
    def number(self, low: int, high: int) -> int: ...
    def chance(self, percent: int) -> bool: ...


class _DrawPicker:
    # Every choice shrinks towards the plainest text: the first option, the smallest number,
    # no decoration.
    def __init__(self, draw: st.DrawFn) -> None:
        self._draw = draw

    def pick(self, options: Sequence[_T]) -> _T:
        return self._draw(st.sampled_from(options))

    def number(self, low: int, high: int) -> int:
        return self._draw(st.integers(low, high))

    def chance(self, percent: int) -> bool:
        return self._draw(st.integers(0, 99)) >= 100 - percent


class _RandomPicker:
    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def pick(self, options: Sequence[_T]) -> _T:
        return options[self._rng.randrange(len(options))]

    def number(self, low: int, high: int) -> int:
        return self._rng.randint(low, high)

    def chance(self, percent: int) -> bool:
        return self._rng.randrange(100) < percent


def _token(picker: _Picker, words: Sequence[str], furniture: _Furniture) -> str:
    if furniture.numbers and picker.chance(8):
        form = picker.pick(furniture.numbers)
        return form.format(picker.number(0, 9999), picker.number(0, 99))
    return picker.pick(words)


def _compose(
    picker: _Picker,
    words: Sequence[str],
    furniture: _Furniture,
    *,
    max_words: int,
    foreign: Sequence[str] = (),
    required: Sequence[str] = (),
) -> str:
    """Words with punctuation, quotes and breaks between them; at most ``MAX_CHARS`` long.

    ``foreign`` words are mixed in now and then (another language, another script);
    one of the ``required`` words, when given, is always in the text.
    """
    count = picker.number(1, max_words)
    must_at = picker.number(0, count - 1) if required else -1
    text = ""
    for index in range(count):
        if index == must_at:
            token = picker.pick(required)
        elif foreign and picker.chance(10):
            token = picker.pick(foreign)
        else:
            token = _token(picker, words, furniture)
        if furniture.quotes and picker.chance(8):
            opening, closing = picker.pick(furniture.quotes)
            token = opening + token + closing
        if furniture.trailing and picker.chance(20):
            token += picker.pick(furniture.trailing)
        if index == 0:
            separator = ""
        elif text.endswith(_SENTENCE_ENDS) and picker.chance(40):
            separator = picker.pick(_LINE_BREAKS)
        elif furniture.nbsp and picker.chance(5):
            separator = "\u00a0"
        else:
            separator = " "
        too_long = len(text) + len(separator) + len(token) > MAX_CHARS
        if index > 0 and index != must_at and too_long:
            if index > must_at:
                break
            continue  # skip this one, but keep going until the required word is in
        text += separator + token
    return text


# --- clean text in any script ----------------------------------------------------------------


def _check_choice(script: str | None, language: str | None) -> None:
    if script is not None and script not in _BY_SCRIPT:
        hint = " (a clean file's stem goes in language=)" if script in _BY_LANGUAGE else ""
        raise ValueError(f"unknown script {script!r}{hint}; known: {', '.join(SCRIPTS)}")
    if language is not None and language not in _BY_LANGUAGE:
        raise ValueError(f"unknown language file {language!r}; known: {', '.join(LANGUAGES)}")
    if script is not None and language is not None and language not in _BY_SCRIPT[script]:
        raise ValueError(f"{language!r} has no words in the {script} script")


def _clean(picker: _Picker, script: str | None, language: str | None, max_words: int) -> str:
    foreign: tuple[str, ...] = ()
    if script is not None:
        pools = _BY_SCRIPT[script]
        chosen = language if language is not None else picker.pick(sorted(pools))
        words = pools[chosen]
        cjk = script in _CJK_SCRIPTS
    else:
        chosen = language if language is not None else picker.pick(LANGUAGES)
        words = _BY_LANGUAGE[chosen]
        if language is None:
            foreign = _BY_LANGUAGE[picker.pick(LANGUAGES)]
        cjk = chosen in _CJK_LANGUAGES
    furniture = _CJK if cjk else _PLAIN
    return _compose(picker, words, furniture, max_words=max_words, foreign=foreign)


def clean_text(
    script: str | None = None, *, language: str | None = None, max_words: int = 16
) -> st.SearchStrategy[str]:
    """Realistic clean text: real corpus words with punctuation, digits, quotes and line breaks.

    ``script`` ("latin", "cyrillic", "han", ... see ``SCRIPTS``) keeps to words mostly written
    in that script; ``language`` (a clean file's stem, see ``LANGUAGES``) keeps to that file's
    words. With neither, a text is drawn from one language file with the odd word from another.
    """
    _check_choice(script, language)

    @st.composite
    def texts(draw: st.DrawFn) -> str:
        return _clean(_DrawPicker(draw), script, language, max_words)

    return texts()


def sample_clean_texts(
    count: int,
    *,
    seed: int = 0,
    script: str | None = None,
    language: str | None = None,
    max_words: int = 16,
) -> list[str]:
    """``count`` texts like ``clean_text``'s, always the same ones for one seed."""
    _check_choice(script, language)
    picker = _RandomPicker(random.Random(f"{seed}/{script}/{language}"))
    return [_clean(picker, script, language, max_words) for _ in range(count)]


# --- clean text a given single-byte codec can hold --------------------------------------------


def _encodes(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def _has_wide_letter(word: str) -> bool:
    """Whether the word has a letter outside ASCII (not just a curly quote or a dash)."""
    return any(not char.isascii() and char.isalpha() for char in word)


@dataclass(frozen=True)
class _CodecPools:
    languages: tuple[str, ...]
    words: dict[str, tuple[str, ...]]  # language -> every word that fits
    wide: dict[str, tuple[str, ...]]  # language -> the words that fit and have a non-ASCII letter
    furniture: _Furniture


def _codec_pools(codec: str) -> _CodecPools:
    words: dict[str, tuple[str, ...]] = {}
    wide: dict[str, tuple[str, ...]] = {}
    for language, pool in _BY_LANGUAGE.items():
        fitting = tuple(word for word in pool if _encodes(word, codec))
        wide_fitting = tuple(word for word in fitting if _has_wide_letter(word))
        wide_count = sum(1 for word in pool if _has_wide_letter(word))
        if len(wide_fitting) >= max(_FIT_MIN_WORDS, _FIT_SHARE * wide_count):
            words[language] = fitting
            wide[language] = wide_fitting
    if not words:
        raise ValueError(f"no corpus language fits {codec!r}")
    return _CodecPools(
        languages=tuple(words),
        words=words,
        wide=wide,
        furniture=_furniture(lambda text: _encodes(text, codec)),
    )


# Built once at import, like the word lists; other codecs are added when first asked for.
_CODEC_POOLS: dict[str, _CodecPools] = {codec: _codec_pools(codec) for codec in CODECS}


def _pools_for(codec: str) -> _CodecPools:
    if codec not in _CODEC_POOLS:
        _CODEC_POOLS[codec] = _codec_pools(codec)
    return _CODEC_POOLS[codec]


def codec_languages(codec: str) -> tuple[str, ...]:
    """The clean files whose words feed ``codec``'s texts (most of their words fit it)."""
    return _pools_for(codec).languages


def _codec_text(picker: _Picker, codec: str, max_words: int) -> str:
    pools = _pools_for(codec)
    language = picker.pick(pools.languages)
    return _compose(
        picker,
        pools.words[language],
        pools.furniture,
        max_words=max_words,
        required=pools.wide[language],
    )


def clean_text_for_codec(codec: str, *, max_words: int = 10) -> st.SearchStrategy[str]:
    """Clean text whose every character ``codec`` can encode, with at least one non-ASCII letter.

    Words come from the language files that mostly fit the codec (Cyrillic for cp1251, koi8-r
    and cp866, Greek for cp1253, Central European for cp1250, Latin for cp437 ...), keeping
    only the words that fit; punctuation and quotes the codec lacks are left out.
    """
    _pools_for(codec)  # fail now, not at the first draw, for a codec no language fits

    @st.composite
    def texts(draw: st.DrawFn) -> str:
        return _codec_text(_DrawPicker(draw), codec, max_words)

    return texts()


def sample_clean_texts_for_codec(
    codec: str, count: int, *, seed: int = 0, max_words: int = 10
) -> list[str]:
    """``count`` texts like ``clean_text_for_codec``'s, always the same ones for one seed.

    For measuring rates: unlike hypothesis examples, the sample does not move between runs
    or as the example database grows.
    """
    picker = _RandomPicker(random.Random(f"{seed}/{codec}"))
    return [_codec_text(picker, codec, max_words) for _ in range(count)]


# --- damage the way real software does it ------------------------------------------------------


def misread(text: str, codec: str) -> str:
    """``text`` saved as UTF-8 and opened as single-byte ``codec`` by a browser or database."""
    return read_as(text.encode("utf-8"), codec)


@st.composite
def _damaged(draw: st.DrawFn, codec: str | None) -> str:
    chosen = codec if codec is not None else draw(st.sampled_from(CODECS))
    text = draw(clean_text_for_codec(chosen))
    if draw(st.booleans()):
        # Partial damage, the common case in real documents: one run of words is broken.
        bounds = [0, *(i + 1 for i, char in enumerate(text) if char == " "), len(text) + 1]
        first = draw(st.integers(0, len(bounds) - 2))
        last = draw(st.integers(first + 1, len(bounds) - 1))
        start, end = bounds[first], bounds[last] - 1
    else:
        start, end = 0, len(text)
    segment = text[start:end]
    for _ in range(draw(st.integers(1, 2))):  # once or twice, as when a fix is itself misread
        segment = misread(segment, chosen)
    return text[:start] + segment + text[end:]


def damaged_text(codec: str | None = None) -> st.SearchStrategy[str]:
    """Clean text, all of it or one run of its words, saved as UTF-8 and misread once or twice.

    ``codec`` is the single-byte codec it is misread as; by default any of ``CODECS``.
    """
    if codec is not None:
        _pools_for(codec)
    return _damaged(codec)


# --- any text at all -------------------------------------------------------------------------

#: Characters that break naive text code, each for its own reason.
_AWKWARD = (
    "\ud800",  # lone surrogates, high and low (what surrogateescape produces)
    "\udfff",
    "\udc80",
    "\udcff",
    "\ufffe",  # noncharacters
    "\uffff",
    "\ufdd0",
    "\ufdef",
    "\U0010ffff",
    "\x00",  # C0 controls, including the line-breaking ones
    "\x1b",
    "\x7f",
    "\t",
    "\n",
    "\r",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x80",  # C1 controls, including those cp1252 leaves undefined and NEL
    "\x81",
    "\x85",
    "\x8d",
    "\x9d",
    "\x9f",
    "\ue000",  # private use, BMP and planes 15/16
    "\uf8ff",
    "\U000f0000",
    "\U00100000",
    "\ufffd",  # the replacement character
    "\u0301",  # combining marks, alone or stacked
    "\u0308",
    "\u0327",
    "\u20dd",
    "\u200b",  # format characters and odd line separators
    "\u200d",
    "\u202e",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\u00a0",
)
#: Characters mojibake is made of, so arbitrary text often looks half damaged.
#: ("?" and U+FFFD: what strict and lenient software leave for a byte their codepage lacks.)
_MOJIBAKE_FODDER = tuple(
    "ÃÂâ€™œ\u009dšžŸ¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÐÑÏïðÅ¾Ä¹ЃЂРСЎвЂ™рстδΓ?\ufffd"
)
#: Runs of these are repeated thousands of times.
_RUN_UNITS = ("Ã", "Ã©", "â€™", "Ð¿", "é", "\ud800", "\u0301", "\x00", "a ", "Ð", "\ufffd")


def any_text() -> st.SearchStrategy[str]:
    """Any ``str`` at all: surrogates, controls, noncharacters, mixed scripts, very long runs."""
    awkward = st.sampled_from(_AWKWARD + _MOJIBAKE_FODDER)
    every_char = st.characters(exclude_categories=())
    pieces = st.one_of(
        clean_text(max_words=4),
        st.text(awkward, max_size=6),
        st.text(every_char, max_size=10),
    )
    mixed = st.lists(pieces, max_size=12).map("".join)
    runs = st.builds(
        lambda before, unit, times, after: before + unit * times + after,
        st.text(awkward, max_size=3),
        st.sampled_from(_RUN_UNITS),
        st.integers(1_000, 10_000),
        st.text(awkward, max_size=3),
    )
    return st.one_of(
        st.text(every_char, max_size=MAX_CHARS),
        st.text(st.one_of(awkward, every_char), max_size=MAX_CHARS),
        mixed,
        runs,
    )
